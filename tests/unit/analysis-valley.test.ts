import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { backers } from "../../src/analysis/backers";
import { camps } from "../../src/analysis/camps";
import { findContradictions } from "../../src/analysis/contradictions";
import { paths } from "../../src/analysis/paths";
import { rankActors } from "../../src/analysis/rank";
import { loadDatasetFile } from "../../src/cli/load";
import { runCli } from "../../src/cli/main";
import { buildGraph } from "../../src/model/build-graph";
import type { FaultlineGraph, LoadedDataset } from "../../src/model/types";

/** The constructed valley dataset, loaded and built the way the CLI and the app do it. */

const FILE = fileURLToPath(new URL("../fixtures/analysis/valley.json", import.meta.url));
let loaded: LoadedDataset;
let graph: FaultlineGraph;

beforeAll(async () => {
  loaded = await loadDatasetFile(FILE);
  graph = buildGraph(loaded, { iterations: 0 });
});

describe("analyses on a dataset loaded from disk", () => {
  it("finds the two camps and the one frustrated claim", () => {
    const result = camps(graph, loaded.ontology);
    expect(result.camps.map((c) => [c.label, c.members])).toEqual([
      ["Coastal Union camp", ["coastal-union", "harbor-guard", "northern-league"]],
      ["Hill Front camp", ["hill-front", "ridge-brigades"]],
    ]);
    expect(result.frustrated.map((f) => f.claim)).toEqual(["union-supports-front"]);
    expect(result.balance).toBeCloseTo(5 / 6, 12);
    expect(result.campOf).not.toHaveProperty("millbrook");
  });

  it("lists each contradiction once, in kind order", () => {
    expect(
      findContradictions(graph, loaded.ontology).map((c) => [c.kind, c.claims.map((x) => x.claim)]),
    ).toEqual([
      ["friend-and-foe", ["union-supports-front", "union-attacks-front"]],
      ["rival-control", ["front-controls-millbrook", "league-controls-millbrook"]],
      ["disputed", ["league-controls-millbrook"]],
      ["disputed", ["union-supports-front", "union-attacks-front", "front-fights-league"]],
    ]);
    // Before the shelling, the union's disputed support has nothing hostile beside it but the front's war.
    const early = findContradictions(graph, loaded.ontology, { filter: { at: "2024-02" } });
    expect(early.map((c) => c.kind)).toEqual(["disputed"]);
  });

  it("walks symmetric alliances in backer chains and paths", () => {
    expect(
      backers(graph, "harbor-guard", { maxHops: 2, relations: ["supports", "allied-with"] }).map(
        (r) => r.actor,
      ),
    ).toEqual(["coastal-union", "northern-league"]);
    const chains = paths(graph, "ridge-brigades", "harbor-guard", {
      relations: ["part-of", "fights", "allied-with", "supports"],
    });
    expect(chains.map((c) => [c[0]!.from, ...c.map((s) => s.to)])).toEqual([
      ["ridge-brigades", "hill-front", "coastal-union", "harbor-guard"],
    ]);
    // Guard and Front each have one backer; the Front, with more claims, ranks first.
    const rows = rankActors(graph, loaded.ontology, { by: "support" });
    expect(rows.slice(0, 2).map((r) => [r.actor, r.backers])).toEqual([
      ["hill-front", 1],
      ["harbor-guard", 1],
    ]);
  });

  it("the CLI names actors by alias", async () => {
    let out = "";
    const code = await runCli(["backers", FILE, "the Union", "--direction", "out", "--hops", "1"], {
      stdout: (t) => {
        out += t;
      },
      stderr: () => {},
    });
    expect(code).toBe(0);
    expect(out).toContain("Backed by Coastal Union (coastal-union), up to 1 hop:");
    expect(out).toContain('"Some reports claim the Coastal Union supports the Hill Front" (valley-report)');
  });
});

import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { backers } from "../../src/analysis/backers";
import { camps } from "../../src/analysis/camps";
import { findContradictions } from "../../src/analysis/contradictions";
import { paths } from "../../src/analysis/paths";
import { rankActors } from "../../src/analysis/rank";
import { actorSummary } from "../../src/analysis/summary";
import { loadDatasetFile } from "../../src/cli/load";
import { buildGraph } from "../../src/model/build-graph";
import type { FaultlineGraph, LoadedDataset } from "../../src/model/types";

/** The analyses on the shipped Hama dataset: the answers a reader of the article expects. */

const DATASET_FILE = fileURLToPath(new URL("../../data/hama-2024-12.json", import.meta.url));
let loaded: LoadedDataset;
let graph: FaultlineGraph;

beforeAll(async () => {
  loaded = await loadDatasetFile(DATASET_FILE);
  graph = buildGraph(loaded, { iterations: 0 });
});

describe("analyses of the Hama dataset", () => {
  it("finds Russia, Iran, Hezbollah and the pro-Iran militias among the Assad government's backers", () => {
    const found = backers(graph, "assad-government").map((r) => r.actor);
    expect(found).toEqual(expect.arrayContaining(["russia", "iran", "hezbollah", "pro-iran-militias"]));
    for (const result of backers(graph, "assad-government")) {
      expect(result.chains.length).toBeGreaterThan(0);
      // Every link of every chain is backed by at least one verbatim quote of the article.
      for (const step of result.chains.flat()) {
        for (const claim of step.claims) {
          for (const e of claim.evidence) expect(loaded.sourceTexts[e.source]).toContain(e.quote);
        }
      }
    }
  });

  it("puts Russia, Iran, Hezbollah and the Assad government in one camp, HTS and the rebels in the other", () => {
    const result = camps(graph, loaded.ontology);
    const camp = (actor: string) => result.campOf[actor];
    const government = camp("assad-government");
    expect(government).toBeTruthy();
    for (const ally of ["russia", "iran", "hezbollah"]) expect(camp(ally)).toBe(government);
    const rebels = camp("rebel-forces");
    expect(rebels).toBeTruthy();
    expect(rebels).not.toBe(government);
    expect(camp("hts")).toBe(rebels);
    expect(result.method).toBe("exact");
    expect(result.camps.find((c) => c.id === government)!.label).toBe("Assad government camp");
  });

  it("lists the disputed first-sentence claim against the Russian airstrikes on rebel-held areas", () => {
    const disputed = findContradictions(graph, loaded.ontology).filter((c) => c.kind === "disputed");
    const firstSentence = disputed.filter((c) =>
      c.claims[0]!.evidence.some((e) => e.quote?.includes("Russian planes")),
    );
    expect(firstSentence.length).toBeGreaterThan(0);
    const opposing = firstSentence.flatMap((c) => c.claims.slice(1));
    expect(
      opposing.some((c) =>
        c.evidence.some((e) => e.quote?.includes("Russian airstrikes on rebel-held areas")),
      ),
    ).toBe(true);
  });

  it("links Iran to HTS through the government and the rebels, and summarises the government", () => {
    const chains = paths(graph, "iran", "hts", { relations: ["supports", "allied-with", "fights", "leads"] });
    expect(chains.length).toBeGreaterThan(0);
    expect(chains[0]!.map((s) => s.to)).toContain("assad-government");
    const summary = actorSummary(graph, loaded.ontology, "assad-government");
    const supportedBy = summary.groups.find((g) => g.label === "supported by")!;
    expect(supportedBy.entries.map((e) => e.other)).toEqual(
      expect.arrayContaining(["russia", "iran", "hezbollah"]),
    );
  });

  it("ranks the Assad government as the most backed actor", () => {
    const rows = rankActors(graph, loaded.ontology, { by: "support" });
    expect(rows[0]!.actor).toBe("assad-government");
    expect(rows.some((r) => r.kind === "city")).toBe(false);
  });
});

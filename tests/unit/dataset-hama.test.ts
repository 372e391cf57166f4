import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { buildGraph } from "../../src/model/build-graph";
import { claimVisible } from "../../src/model/filter";
import { findActor } from "../../src/model/find-actor";
import { loadDataset } from "../../src/model/load";
import type { Claim, LoadedDataset } from "../../src/model/types";

/** The facts a user of the Hama dataset relies on, checked against the shipped file. */

const DATASET_FILE = fileURLToPath(new URL("../../data/hama-2024-12.json", import.meta.url));

/** The two sentences the machine translation garbled (see the claims' notes). */
const GARBLED_QUOTES = [
  "with the support of pro-Iran militias and Russian planes",
  "the rebels had been driven out of Hama",
];

let loaded: LoadedDataset;

function claims(): Claim[] {
  return loaded.dataset.claims;
}

function kindOf(actorId: string): string {
  const actor = loaded.dataset.actors.find((a) => a.id === actorId);
  if (actor === undefined) throw new Error(`no actor ${actorId}`);
  return actor.kind;
}

/** Who controls Hama on a day, by the claims that are not disputed, through the shared filter model. */
function controllersOfHamaAt(at: string): string[] {
  return claims()
    .filter((c) => c.to === "hama" && c.certainty !== "disputed")
    .filter((c) => claimVisible({ relations: ["controls"], at }, c, kindOf(c.from), kindOf(c.to)))
    .map((c) => c.from)
    .sort();
}

beforeAll(async () => {
  const result = await loadDataset(DATASET_FILE, (path) => readFile(path, "utf8"));
  if (!result.ok) {
    throw new Error(result.errors.map((e) => `${e.file}: ${e.path}: ${e.message}`).join("\n"));
  }
  loaded = result.value;
});

describe("Hama dataset", () => {
  it("loads, validates and builds a graph with one node per actor and one edge per claim", () => {
    expect(loaded.dataset.id).toBe("hama-2024-12");
    const graph = buildGraph(loaded);
    expect(graph.order).toBe(loaded.dataset.actors.length);
    expect(graph.size).toBe(loaded.dataset.claims.length);
    expect(graph.order).toBeGreaterThanOrEqual(25);
  });

  it("quotes every piece of evidence exactly, not just up to whitespace", () => {
    const text = Object.values(loaded.sourceTexts)[0] ?? "";
    const inexact = claims().flatMap((c) =>
      c.evidence.filter((e) => !text.includes(e.quote ?? "")).map((e) => `${c.id}: ${e.quote}`),
    );
    expect(inexact).toEqual([]);
  });

  it("records Russia, Iran, Hezbollah and pro-Iran militias as direct backers of the Assad government", () => {
    const backers = new Set(
      claims()
        .filter((c) => c.relation === "supports" && c.to === "assad-government")
        .map((c) => c.from),
    );
    for (const backer of ["russia", "iran", "hezbollah", "pro-iran-militias"]) {
      expect(backers, backer).toContain(backer);
    }
    const allies = claims()
      .filter((c) => c.relation === "allied-with" && c.to === "assad-government")
      .map((c) => c.from)
      .sort();
    expect(allies).toEqual(["iran", "russia"]);
  });

  it("gives Hama a government controller before December 2024 and a rebel one after", () => {
    expect(controllersOfHamaAt("2024-11-15")).toEqual(["assad-government"]);
    expect(controllersOfHamaAt("2025-01-15")).toEqual(["rebel-forces"]);
    expect(controllersOfHamaAt("2015-06-01")).toEqual(["assad-government"]);
  });

  it("marks every claim resting on a garbled sentence as disputed, with a note", () => {
    const resting = claims().filter((c) =>
      c.evidence.some((e) => GARBLED_QUOTES.some((garbled) => e.quote?.includes(garbled))),
    );
    expect(resting.length).toBeGreaterThanOrEqual(3);
    for (const claim of resting) {
      expect(claim.certainty, claim.id).toBe("disputed");
      expect(claim.note?.length ?? 0, claim.id).toBeGreaterThan(40);
    }
  });

  it("does not take the garbled sentence literally: no Russian or pro-Iran support for the rebels", () => {
    const rebelSide = new Set(["rebel-forces", "hts"]);
    const literal = claims().filter(
      (c) =>
        c.relation === "supports" && ["russia", "pro-iran-militias"].includes(c.from) && rebelSide.has(c.to),
    );
    expect(literal).toEqual([]);
  });

  it("has HTS designated a terrorist organisation by the USA, Turkey and Russia", () => {
    const designators = claims()
      .filter((c) => c.relation === "designates-terrorist" && c.to === "hts")
      .map((c) => c.from)
      .sort();
    expect(designators).toEqual(["russia", "turkey", "usa"]);
  });

  it("traces HTS to the Nusra Front and al-Qaeda", () => {
    const hts = claims().filter((c) => c.from === "hts");
    expect(hts.some((c) => c.relation === "successor-of" && c.to === "nusra-front")).toBe(true);
    const qaeda = hts.find((c) => c.relation === "part-of" && c.to === "al-qaeda");
    expect(qaeda?.end).toBeDefined();
  });

  it("uses every actor in a claim, or cites it as the attribution of evidence", () => {
    const used = new Set(claims().flatMap((c) => [c.from, c.to]));
    const attributions = new Set(
      claims().flatMap((c) => c.evidence.map((e) => e.attributedTo?.toLowerCase()).filter(Boolean)),
    );
    const unjustified = loaded.dataset.actors.filter(
      (a) =>
        !used.has(a.id) &&
        ![a.label, ...(a.aliases ?? [])].some((name) => attributions.has(name.toLowerCase())),
    );
    expect(unjustified.map((a) => a.id)).toEqual([]);
  });

  it("gives every place coordinates and resolves every label and alias to its own actor", () => {
    const placeKinds = new Set(loaded.ontology.placeKinds);
    for (const actor of loaded.dataset.actors) {
      if (placeKinds.has(actor.kind)) expect(actor.coordinates, actor.id).toBeDefined();
      for (const name of [actor.label, ...(actor.aliases ?? [])]) {
        expect(findActor(loaded.dataset, name)?.id, name).toBe(actor.id);
      }
    }
  });
});

import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { camps } from "../../src/analysis/camps";
import { buildGraph } from "../../src/model/build-graph";
import { claimVisible } from "../../src/model/filter";
import { findActor } from "../../src/model/find-actor";
import { loadDataset } from "../../src/model/load";
import type { Claim, FaultlineGraph, LoadedDataset } from "../../src/model/types";

/** The facts and figures a user of the Syria knowledge base relies on, checked on the shipped file. */

const DATASET_FILE = fileURLToPath(new URL("../../data/syria.json", import.meta.url));

let loaded: LoadedDataset;
let graph: FaultlineGraph;

function claims(): Claim[] {
  return loaded.dataset.claims;
}

function kindOf(actorId: string): string {
  return loaded.dataset.actors.find((a) => a.id === actorId)!.kind;
}

function holdersAt(place: string, at: string): string[] {
  return claims()
    .filter((c) => c.to === place && c.certainty !== "disputed")
    .filter((c) => claimVisible({ relations: ["controls"], at }, c, kindOf(c.from), kindOf(c.to)))
    .map((c) => c.from)
    .sort();
}

/** The distinct reference sources a claim cites. */
function referencesOf(claim: Claim): Set<string> {
  return new Set(claim.evidence.map((e) => e.source));
}

beforeAll(async () => {
  const result = await loadDataset(DATASET_FILE, (path) => readFile(path, "utf8"));
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
  loaded = result.value;
  graph = buildGraph(loaded);
});

describe("the Syria knowledge base", () => {
  it("holds the war at the size the issue asks for: actors, claims, dates, references", () => {
    const { actors, sources } = loaded.dataset;
    expect(actors.length).toBeGreaterThanOrEqual(150);
    expect(claims().length).toBeGreaterThanOrEqual(600);
    const dated = claims().filter((c) => c.start !== undefined || c.end !== undefined).length;
    expect(dated / claims().length).toBeGreaterThanOrEqual(0.8);
    const references = sources.filter((s) => "url" in s && s.url !== undefined && !("text" in s && s.text));
    expect(references.length).toBeGreaterThanOrEqual(40);
    const twoOrMore = claims().filter((c) => referencesOf(c).size >= 2).length;
    expect(twoOrMore / claims().length).toBeGreaterThanOrEqual(0.2);
  });

  it("cites both sides of every disputed claim", () => {
    const disputed = claims().filter((c) => c.certainty === "disputed");
    expect(disputed.length).toBeGreaterThan(0);
    for (const claim of disputed) {
      expect(
        claim.evidence.some((e) => "stance" in e && e.stance === "against"),
        claim.id,
      ).toBe(true);
      expect(
        claim.evidence.some((e) => !("stance" in e) || e.stance !== "against"),
        claim.id,
      ).toBe(true);
    }
  });

  it("finds actors by the names people write", () => {
    for (const [name, id] of [
      ["ISIS", "islamic-state"],
      ["ISIL", "islamic-state"],
      ["Daesh", "islamic-state"],
      ["QSD", "sdf"],
      ["Jabhat al-Nusra", "nusra-front"],
      ["HTS", "hts"],
    ] as const) {
      expect(findActor(loaded.dataset, name)?.id, name).toBe(id);
    }
  });

  it("keeps Hama government-held until 5 December 2024, and not after", () => {
    expect(holdersAt("hama", "2024-12-04")).toContain("assad-government");
    expect(holdersAt("hama", "2024-12-06")).not.toContain("assad-government");
  });

  it("traces HTS back to the Nusra Front, and dates the US designation of HTS", () => {
    const successor = (from: string) =>
      claims().find((c) => c.relation === "successor-of" && c.from === from)?.to;
    const chain = ["hts"];
    for (let next = successor("hts"); next !== undefined && chain.length < 5; next = successor(next))
      chain.push(next);
    expect(chain).toContain("nusra-front");
    const designation = claims().find(
      (c) => c.from === "usa" && c.relation === "designates-terrorist" && c.to === "hts",
    );
    expect(designation?.start).toBe("2018-05-31");
  });

  it("splits the actors of 1 December 2024 into the sides an analyst expects", () => {
    const result = camps(graph, loaded.ontology, { at: "2024-12-01" });
    const campOf = (actor: string) => result.campOf[actor];
    const together = (...actors: string[]) => {
      for (const actor of actors) expect(campOf(actor), actor).toBe(campOf(actors[0]!));
      expect(campOf(actors[0]!)).not.toBeNull();
    };
    together("assad-government", "russia", "iran", "hezbollah");
    together("hts", "military-operations-command");
    together("turkey", "sna");
    together("sdf", "usa");
    expect(campOf("hts")).not.toBe(campOf("assad-government"));
    expect(campOf("turkey")).not.toBe(campOf("assad-government"));
    expect(campOf("sdf")).not.toBe(campOf("assad-government"));
    expect(campOf("sdf")).not.toBe(campOf("turkey"));
    expect(result.lowerBound ?? result.frustratedWeight).toBeLessThanOrEqual(result.frustratedWeight);
  });
});

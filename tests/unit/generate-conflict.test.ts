import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/model/build-graph";
import { quoteIsVerbatim } from "../../src/model/quote-match";
import type { Ontology } from "../../src/model/types";
import { validateDataset } from "../../src/model/validate";
import { generateConflictDataset } from "../support/generate";

const ontology = JSON.parse(readFileSync("data/ontology.json", "utf8")) as Ontology;

describe("generateConflictDataset", () => {
  it("is deterministic per seed and differs between seeds", () => {
    const a = generateConflictDataset({ nodes: 300, edges: 900, seed: 42, layout: true });
    const b = generateConflictDataset({ nodes: 300, edges: 900, seed: 42, layout: true });
    const c = generateConflictDataset({ nodes: 300, edges: 900, seed: 43, layout: true });
    expect(JSON.stringify(a.dataset)).toBe(JSON.stringify(b.dataset));
    expect(a.sourceTexts).toEqual(b.sourceTexts);
    expect(JSON.stringify(c.dataset)).not.toBe(JSON.stringify(a.dataset));
  });

  it("gives the requested sizes, and a layout only when asked", () => {
    const withLayout = generateConflictDataset({ nodes: 1000, edges: 3000, seed: 1, layout: true });
    expect(withLayout.dataset.actors).toHaveLength(1000);
    expect(withLayout.dataset.claims).toHaveLength(3000);
    expect(Object.keys(withLayout.dataset.layout ?? {})).toHaveLength(1000);
    const without = generateConflictDataset({ nodes: 200, edges: 500, seed: 1 });
    expect(without.dataset.layout).toBeUndefined();
  });

  it("passes full validation: allowed kind pairs, verbatim quotes, real dates", () => {
    const generated = generateConflictDataset({ nodes: 800, edges: 2500, seed: 5, layout: true });
    const result = validateDataset(JSON.parse(JSON.stringify(generated.dataset)), {
      file: generated.file,
      ontology,
      sourceTexts: generated.sourceTexts,
    });
    if (!result.ok) expect(result.errors.slice(0, 5)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("quotes each claim verbatim from the source it cites", () => {
    const { dataset, sourceTexts } = generateConflictDataset({ nodes: 150, edges: 400, seed: 9 });
    for (const claim of dataset.claims) {
      for (const evidence of claim.evidence) {
        const text = sourceTexts[evidence.source];
        expect(text).toBeDefined();
        expect(quoteIsVerbatim(evidence.quote ?? "", text ?? "")).toBe(true);
      }
    }
  });

  it("uses only relations the ontology allows between the two kinds", () => {
    const { dataset } = generateConflictDataset({ nodes: 500, edges: 2000, seed: 3 });
    const kindOf = new Map(dataset.actors.map((a) => [a.id, a.kind]));
    const relations = new Map(ontology.relationKinds.map((r) => [r.id, r]));
    for (const claim of dataset.claims) {
      const relation = relations.get(claim.relation);
      expect(relation).toBeDefined();
      expect(relation?.from).toContain(kindOf.get(claim.from));
      expect(relation?.to).toContain(kindOf.get(claim.to));
      expect(claim.from).not.toBe(claim.to);
    }
  });

  it("looks like conflict data: heavy-tailed degrees, mixed relations, certainty and time spans", () => {
    const generated = generateConflictDataset({ nodes: 2000, edges: 8000, seed: 11 });
    const graph = buildGraph(generated, { iterations: 0 });
    const degrees = graph.mapNodes((node) => graph.degree(node)).sort((x, y) => y - x);
    const mean = (2 * graph.size) / graph.order;
    // Preferential attachment: hubs far above the mean degree; and no actor left without a tie.
    expect(degrees[0]).toBeGreaterThan(10 * mean);
    expect(degrees.at(-1)).toBeGreaterThan(0);

    const claims = generated.dataset.claims;
    const relationsUsed = new Set(claims.map((c) => c.relation));
    expect(relationsUsed.size).toBeGreaterThanOrEqual(8);
    const certainties = new Set(claims.map((c) => c.certainty));
    expect(certainties).toEqual(new Set(["stated", "implied", "disputed"]));
    const dated = claims.filter((c) => c.start !== undefined).length / claims.length;
    expect(dated).toBeGreaterThan(0.2);
    expect(dated).toBeLessThan(0.6);
    expect(claims.some((c) => c.end !== undefined)).toBe(true);
    expect(new Set(generated.dataset.actors.map((a) => a.kind)).size).toBe(ontology.nodeKinds.length);
  });

  it("keeps hostile ties mostly across sides and friendly ties mostly inside (stored layout clusters them)", () => {
    const { dataset } = generateConflictDataset({ nodes: 1500, edges: 5000, seed: 2, layout: true });
    const layout = dataset.layout ?? {};
    const distance = (a: string, b: string) => {
      const p = layout[a];
      const q = layout[b];
      return p && q ? Math.hypot(p.x - q.x, p.y - q.y) : Number.NaN;
    };
    const meanDistance = (relation: string) => {
      const picked = dataset.claims.filter((c) => c.relation === relation);
      return picked.reduce((sum, c) => sum + distance(c.from, c.to), 0) / picked.length;
    };
    // Factions are laid out as blobs: allies sit closer together than enemies.
    expect(meanDistance("allied-with")).toBeLessThan(meanDistance("fights"));
  });
});

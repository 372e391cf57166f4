import { describe, expect, it } from "vitest";
import { findContradictions } from "../../src/analysis/contradictions";
import { buildGraph } from "../../src/model/build-graph";
import { generateConflictDataset } from "../support/generate";
import { referenceContradictions } from "./helpers/reference-contradictions";

/**
 * The disputed-claim lists come from per-actor indexes (claims sorted by id, span bounds sorted
 * for counting); these tests hold the result to the straightforward search on generated graphs,
 * where hubs have hundreds of claims and lists are cut at maxOpposing.
 */
describe("contradictions on generated graphs agree with the reference search", () => {
  for (const seed of [2, 9]) {
    const generated = generateConflictDataset({ nodes: 500, edges: 2500, seed, layout: true });
    const graph = buildGraph(generated);

    it(`seed ${seed}, default options and several list limits`, () => {
      const found = findContradictions(graph, generated.ontology);
      expect(found).toEqual(referenceContradictions(graph, generated.ontology));
      const disputed = found.filter((c) => c.kind === "disputed");
      expect(disputed.length).toBeGreaterThan(20);
      expect(disputed.some((c) => (c.omitted ?? 0) > 0)).toBe(true);
      for (const maxOpposing of [0, 1, 2, 5]) {
        expect(findContradictions(graph, generated.ontology, { maxOpposing })).toEqual(
          referenceContradictions(graph, generated.ontology, { maxOpposing }),
        );
      }
    });

    it(`seed ${seed}, at a date and over some kinds`, () => {
      const filter = { at: "2022-03-01", kinds: ["armed-group", "militia", "government", "state", "city"] };
      expect(findContradictions(graph, generated.ontology, { filter })).toEqual(
        referenceContradictions(graph, generated.ontology, { filter }),
      );
    });
  }
});

import { describe, expect, it } from "vitest";
import { type BackingResult, backed, backers } from "../../src/analysis/backers";
import { graphIndex } from "../../src/analysis/graph-index";
import { paths } from "../../src/analysis/paths";
import { buildGraph } from "../../src/model/build-graph";
import { mulberry32 } from "../../src/model/random";
import type { FaultlineGraph } from "../../src/model/types";
import { claims, testGraph } from "../fixtures/analysis/graph";
import { generateConflictDataset } from "../support/generate";
import { referenceBacked, referenceBackers, referencePaths } from "./helpers/reference-walks";

/**
 * backers/backed/paths run on the graph's cached index with a bidirectional search; these tests
 * hold them to the first, straightforward implementation (tests/unit/helpers/reference-walks.ts)
 * on generated conflict graphs, over many actor pairs and option sets.
 */

function generatedGraph(seed: number): FaultlineGraph {
  const generated = generateConflictDataset({ nodes: 400, edges: 1400, seed, layout: true });
  return buildGraph(generated);
}

/** Hubs (where chains and ties multiply) and seeded picks. */
function pickActors(graph: FaultlineGraph, seed: number, count: number): string[] {
  const byDegree = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1));
  const random = mulberry32(seed);
  const picks = byDegree.slice(0, 4);
  while (picks.length < count) picks.push(byDegree[Math.floor(random() * byDegree.length)] as string);
  return picks;
}

const PATH_OPTIONS = [
  {},
  { undirected: false },
  { relations: ["supports", "allied-with", "fights"] },
  { maxPaths: 6 },
  { maxPaths: 3, maxLength: 5, undirected: false },
  { filter: { at: "2023-06-01", kinds: ["armed-group", "militia", "government", "state", "city"] } },
];

const BACKING_OPTIONS = [
  {},
  { maxHops: 2, maxChains: 2 },
  { maxHops: 4, relations: ["supports", "allied-with"] },
  { at: "2022-01-01" },
];

/** The answer as the reference gives it: each result's chains listed, its best claims aside. */
function listed(results: BackingResult[]) {
  return results.map(({ actor, hops, chains }) => ({ actor, hops, chains }));
}

describe("indexed backers and paths agree with the reference implementation", () => {
  for (const seed of [3, 11]) {
    const graph = generatedGraph(seed);
    const actors = pickActors(graph, seed, 6);

    it(`backers and backed, seed ${seed}`, () => {
      let nonEmpty = 0;
      for (const actor of actors) {
        for (const options of BACKING_OPTIONS) {
          const found = backers(graph, actor, options);
          expect(listed(found)).toEqual(referenceBackers(graph, actor, options));
          expect(listed(backed(graph, actor, options))).toEqual(referenceBacked(graph, actor, options));
          for (const result of [...found, ...backed(graph, actor, options)]) {
            const first = result.chains[0]?.flatMap((step) => step.claims.map((claim) => claim.claim));
            if (first !== undefined) expect(result.bestClaims).toEqual(first);
            expect(result.bestClaims.length).toBeGreaterThanOrEqual(result.hops);
          }
          if (found.length > 0) nonEmpty++;
        }
      }
      expect(nonEmpty).toBeGreaterThan(5);
    });

    it(`paths, seed ${seed}`, () => {
      let nonEmpty = 0;
      for (const a of actors) {
        for (const b of actors) {
          for (const options of PATH_OPTIONS) {
            const found = paths(graph, a, b, options);
            expect(found).toEqual(referencePaths(graph, a, b, options));
            if (found.length > 1) nonEmpty++;
          }
        }
      }
      expect(nonEmpty).toBeGreaterThan(10);
    });
  }
});

describe("the cached index follows the graph", () => {
  it("sees claims added, dropped and changed after a first query", () => {
    const graph = testGraph(["a", "b", "c"], claims("a supports b"));
    expect(paths(graph, "a", "c")).toEqual([]);
    graph.addDirectedEdgeWithKey("b-supports-c", "b", "c", {
      ...graph.getEdgeAttributes("a-supports-b"),
      claim: "b-supports-c",
    });
    expect(backers(graph, "c").map((r) => [r.actor, r.hops])).toEqual([
      ["b", 1],
      ["a", 2],
    ]);
    graph.setEdgeAttribute("a-supports-b", "relation", "fights");
    expect(backers(graph, "c").map((r) => r.actor)).toEqual(["b"]);
    graph.dropEdge("b-supports-c");
    expect(backers(graph, "c")).toEqual([]);
  });

  it("drops the index when a node's kind changes, not when it moves", () => {
    const graph = testGraph(["a", "b:militia"], claims("a supports b"));
    const filter = { kinds: ["state"] };
    expect(backers(graph, "b", { filter })).toEqual([]);
    graph.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, x: attributes.x + 1 }), {
      attributes: ["x"],
    });
    expect(backers(graph, "b", { filter })).toEqual([]);
    graph.setNodeAttribute("b", "kind", "state");
    expect(backers(graph, "b", { filter }).map((r) => r.actor)).toEqual(["a"]);
  });

  it("keeps the index through layout updates that name no attributes, unless a kind changed", () => {
    const graph = testGraph(["a", "b:militia"], claims("a supports b"));
    const first = graphIndex(graph);
    // ForceAtlas2 writes positions this way, without hints, many times a second.
    graph.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, x: attributes.x + 1 }));
    expect(graphIndex(graph)).toBe(first);
    graph.mergeNodeAttributes("a", { y: 3 });
    expect(graphIndex(graph)).toBe(first);
    graph.updateEachNodeAttributes((node, attributes) =>
      node === "b" ? { ...attributes, kind: "state" } : attributes,
    );
    expect(graphIndex(graph)).not.toBe(first);
    expect(backers(graph, "b", { filter: { kinds: ["state"] } }).map((r) => r.actor)).toEqual(["a"]);
  });
});

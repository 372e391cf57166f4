import { UndirectedGraph } from "graphology";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import { describe, expect, it } from "vitest";
import { brokerScores } from "../../src/analysis/brokers";
import { mulberry32 } from "../../src/model/random";

/** The graph as brokerScores takes it: node ids and links. */
function scoresOf(graph: UndirectedGraph, options: Parameters<typeof brokerScores>[2] = {}) {
  return brokerScores(
    graph.nodes(),
    graph.mapEdges((_e, _a, s, t) => [s, t] as const),
    options,
  );
}

function randomGraph(seed: number, n: number, links: number): UndirectedGraph {
  const graph = new UndirectedGraph();
  const random = mulberry32(seed);
  for (let i = 0; i < n; i++) graph.addNode(`n${i}`);
  // A path through every node keeps it connected; random chords make several shortest paths.
  for (let i = 1; i < n; i++) graph.addEdge(`n${i - 1}`, `n${i}`);
  for (let k = 0; k < links; k++) {
    const a = Math.floor(random() * n);
    const b = Math.floor(random() * n);
    if (a !== b) graph.mergeEdge(`n${a}`, `n${b}`);
  }
  return graph;
}

describe("brokerScores", () => {
  it("is graphology-metrics' exact betweenness below the limit", () => {
    const graph = randomGraph(1, 40, 60);
    const result = scoresOf(graph);
    expect(result.method).toBe("exact");
    expect(result.scores).toEqual(betweennessCentrality(graph, { getEdgeWeight: null, normalized: true }));
  });

  it("sampling every node as a source gives the exact values", () => {
    const graph = randomGraph(2, 60, 90);
    const exact = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
    const all = scoresOf(graph, { exactLimit: 0, samples: 60 });
    expect(all.method).toBe("sampled");
    expect(all.sources).toBe(60);
    for (const node of graph.nodes()) expect(all.scores[node]).toBeCloseTo(exact[node]!, 12);
  });

  it("a sampled estimate is deterministic per seed and finds the same top brokers", () => {
    const graph = randomGraph(3, 400, 500);
    const exact = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
    const estimate = scoresOf(graph, { exactLimit: 0, samples: 200, seed: 9 });
    expect(scoresOf(graph, { exactLimit: 0, samples: 200, seed: 9 })).toEqual(estimate);
    const top = (scores: Record<string, number>) =>
      Object.entries(scores)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 10)
        .map(([node]) => node);
    const shared = top(exact).filter((node) => top(estimate.scores).includes(node));
    expect(shared.length).toBeGreaterThanOrEqual(7);
    const total = (scores: Record<string, number>) => Object.values(scores).reduce((s, v) => s + v, 0);
    expect(total(estimate.scores) / total(exact)).toBeGreaterThan(0.8);
    expect(total(estimate.scores) / total(exact)).toBeLessThan(1.25);
  });
});

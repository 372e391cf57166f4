import type { UndirectedGraph } from "graphology";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import { createUnweightedIndexedBrandes } from "graphology-shortest-path/indexed-brandes";
import { mulberry32 } from "./random";

export interface BrokerOptions {
  /** Graphs up to this many nodes get exact betweenness; larger ones a sampled estimate. Default 3000. */
  exactLimit?: number;
  /** Number of sampled sources for the estimate. Default 256. */
  samples?: number;
  seed?: number;
}

export interface BrokerScores {
  /** Normalised betweenness per node (the fraction of other pairs' shortest paths through it). */
  scores: Record<string, number>;
  /** `sampled` even when every node was a source (then the values equal the exact ones). */
  method: "exact" | "sampled";
  /** Sources the shortest paths were counted from: every node when exact. */
  sources: number;
}

/**
 * Betweenness centrality: who sits on the shortest paths between others (brokers). Exact
 * (graphology-metrics, Brandes) up to `exactLimit` nodes, which costs nodes x links; beyond, the
 * standard source-sampling estimate (Brandes & Pich 2007): the same accumulation from a seeded
 * sample of sources, scaled by nodes / samples, so the explorer's table stays quick on 50k actors.
 */
export function brokerScores(graph: UndirectedGraph, options: BrokerOptions = {}): BrokerScores {
  const n = graph.order;
  if (n <= (options.exactLimit ?? 3000)) {
    return {
      scores: betweennessCentrality(graph, { getEdgeWeight: null, normalized: true }),
      method: "exact",
      sources: n,
    };
  }
  // At run time the index hangs on the returned function (graphology-metrics reads it there too);
  // the published typings put it on the factory instead.
  const samples = Math.min(n, Math.max(1, options.samples ?? 256));
  const brandes = createUnweightedIndexedBrandes(graph) as ReturnType<
    typeof createUnweightedIndexedBrandes
  > & {
    index: { nodes: string[] };
  };
  // Seeded partial Fisher-Yates: `samples` distinct source indices.
  const order = Array.from({ length: n }, (_, i) => i);
  const random = mulberry32(options.seed ?? 1);
  for (let i = 0; i < samples; i++) {
    const j = i + Math.floor(random() * (n - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const delta = new Float64Array(n);
  const centrality = new Float64Array(n);
  for (let k = 0; k < samples; k++) {
    const source = order[k]!;
    const [stack, predecessors, sigma] = brandes(source);
    stack.forEach((node) => {
      delta[node] = 0;
    });
    while (stack.size > 0) {
      const w = stack.pop() as number;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of predecessors[w]!) delta[v] = delta[v]! + sigma[v]! * coefficient;
      if (w !== source) centrality[w] = centrality[w]! + delta[w]!;
    }
  }
  const scale = n / samples / ((n - 1) * (n - 2));
  const scores: Record<string, number> = {};
  const nodes = brandes.index.nodes;
  for (let i = 0; i < n; i++) scores[nodes[i]!] = centrality[i]! * scale;
  return { scores, method: "sampled", sources: samples };
}

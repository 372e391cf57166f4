import { UndirectedGraph } from "graphology";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import { mulberry32 } from "../model/random";

/** Above this many actors betweenness is estimated from sampled sources (see brokerScores). */
export const EXACT_BETWEENNESS_LIMIT = 3000;

export interface BrokerOptions {
  /** Graphs up to this many nodes get exact betweenness; larger ones a sampled estimate. Default 3000. */
  exactLimit?: number;
  /** Number of sampled sources for the estimate. Default 256. */
  samples?: number;
  seed?: number;
}

export interface BrokerScores {
  /** Normalised betweenness per node (the share of other pairs' shortest paths through it). */
  scores: Record<string, number>;
  /** `sampled` even when every node was a source (then the values equal the exact ones). */
  method: "exact" | "sampled";
  /** Sources the shortest paths were counted from: every node when exact. */
  sources: number;
}

/**
 * Betweenness centrality on an undirected simple graph given as nodes and links: who sits on the
 * shortest paths between others (brokers). Exact (graphology-metrics) up to `exactLimit` nodes,
 * which costs nodes x links; beyond, the source-sampling estimate of Brandes & Pich (2007): Brandes'
 * accumulation from a seeded sample of sources, scaled by nodes / samples. That part runs on flat
 * typed arrays: building a graphology graph and its per-source predecessor lists cost far more
 * than the search itself at 50k actors (measured: 46 s against under a second).
 */
export function brokerScores(
  nodes: readonly string[],
  links: readonly (readonly [string, string])[],
  options: BrokerOptions = {},
): BrokerScores {
  const n = nodes.length;
  if (n <= (options.exactLimit ?? EXACT_BETWEENNESS_LIMIT)) {
    const graph = new UndirectedGraph();
    for (const node of nodes) graph.addNode(node);
    for (const [a, b] of links) if (a !== b) graph.mergeEdge(a, b);
    return {
      scores: betweennessCentrality(graph, { getEdgeWeight: null, normalized: true }),
      method: "exact",
      sources: n,
    };
  }
  const { offsets, neighbours } = adjacency(nodes, links);
  const samples = Math.min(n, Math.max(1, options.samples ?? 256));
  // Seeded partial Fisher-Yates: `samples` distinct sources.
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const random = mulberry32(options.seed ?? 1);
  for (let i = 0; i < samples; i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  const distance = new Int32Array(n).fill(-1);
  const paths = new Float64Array(n);
  const delta = new Float64Array(n);
  const visited = new Int32Array(n);
  const centrality = new Float64Array(n);
  for (let k = 0; k < samples; k++) {
    const source = order[k]!;
    // BFS counting shortest paths; `visited` doubles as the queue and, read backwards, the stack.
    let count = 0;
    distance[source] = 0;
    paths[source] = 1;
    visited[count++] = source;
    for (let head = 0; head < count; head++) {
      const v = visited[head]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = neighbours[e]!;
        if (distance[w] === -1) {
          distance[w] = distance[v]! + 1;
          visited[count++] = w;
        }
        if (distance[w] === distance[v]! + 1) paths[w] = paths[w]! + paths[v]!;
      }
    }
    for (let i = count - 1; i >= 0; i--) {
      const w = visited[i]!;
      const coefficient = (1 + delta[w]!) / paths[w]!;
      for (let e = offsets[w]!; e < offsets[w + 1]!; e++) {
        const v = neighbours[e]!;
        if (distance[v] === distance[w]! - 1) delta[v] = delta[v]! + paths[v]! * coefficient;
      }
      if (w !== source) centrality[w] = centrality[w]! + delta[w]!;
    }
    for (let i = 0; i < count; i++) {
      const v = visited[i]!;
      distance[v] = -1;
      paths[v] = 0;
      delta[v] = 0;
    }
  }
  const scale = n / samples / ((n - 1) * (n - 2));
  const scores: Record<string, number> = {};
  for (let i = 0; i < n; i++) scores[nodes[i]!] = centrality[i]! * scale;
  return { scores, method: "sampled", sources: samples };
}

/** Compressed adjacency of the simple undirected graph: node i's neighbours are offsets[i] .. offsets[i + 1]. */
function adjacency(
  nodes: readonly string[],
  links: readonly (readonly [string, string])[],
): { offsets: Int32Array; neighbours: Int32Array } {
  const index = new Map(nodes.map((node, i) => [node, i]));
  const seen = new Set<number>();
  const ends: number[] = [];
  const n = nodes.length;
  for (const [a, b] of links) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined || i === j) continue;
    const key = Math.min(i, j) * n + Math.max(i, j);
    if (seen.has(key)) continue;
    seen.add(key);
    ends.push(i, j);
  }
  const degree = new Int32Array(n + 1);
  for (const end of ends) degree[end]!++;
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, n);
  const neighbours = new Int32Array(ends.length);
  for (let k = 0; k < ends.length; k += 2) {
    const i = ends[k]!;
    const j = ends[k + 1]!;
    neighbours[fill[i]!++] = j;
    neighbours[fill[j]!++] = i;
  }
  return { offsets, neighbours };
}

import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { mulberry32 } from "./random";
import type { FaultlineGraph } from "./types";

/**
 * The one layout of the project (CLI export and browser app alike): seeded initial positions, then a
 * fixed number of synchronous ForceAtlas2 iterations. No clock, no Math.random: the same graph and
 * seed always give byte-identical positions.
 */

export interface LayoutOptions {
  /** Seed of the initial positions (default 1). */
  seed?: number;
  /** ForceAtlas2 iterations (default: `defaultIterations(graph.order)`). */
  iterations?: number;
  /** Nodes whose current x/y are kept (e.g. positions stored in the dataset); all others are placed. */
  fixed?: Iterable<string>;
}

export const DEFAULT_LAYOUT_SEED = 1;

/**
 * 300 iterations settle a graph of a few hundred nodes; each iteration costs O(n log n) to O(n²), so
 * bigger graphs get proportionally fewer (at least 40) to keep a CLI export in seconds. Depends only
 * on the node count, so results stay deterministic.
 */
export function defaultIterations(order: number): number {
  return Math.max(40, Math.min(300, Math.round(60_000 / Math.max(1, order))));
}

/** Positions are rounded so that exports do not carry float noise (FA2 computes in float32). */
const PRECISION = 100;

/** FNV-1a of the node key mixed with the seed, so a node's start does not depend on the others. */
function hashKey(key: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The seeded start position of one node, on a disc whose area grows with the node count. */
export function initialPosition(key: string, seed: number, nodeCount: number): { x: number; y: number } {
  const random = mulberry32(hashKey(key, seed));
  const radius = 10 * Math.sqrt(Math.max(1, nodeCount)) * Math.sqrt(random());
  const angle = 2 * Math.PI * random();
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

function round(value: number): number {
  return Math.round(value * PRECISION) / PRECISION;
}

/** Places the graph's nodes in place (x, y attributes); nodes in `fixed` keep their position. */
export function layoutGraph(graph: FaultlineGraph, options: LayoutOptions = {}): void {
  const seed = options.seed ?? DEFAULT_LAYOUT_SEED;
  const iterations = options.iterations ?? defaultIterations(graph.order);
  const fixed = new Set(options.fixed ?? []);
  if (graph.order === 0) return;

  // FA2 reads `fixed`, `x`, `y`, `size` from node attributes; a plain working copy keeps those
  // layout-only attributes out of the dataset graph.
  const work = new Graph({ multi: true, type: "directed", allowSelfLoops: true });
  graph.forEachNode((key, attributes) => {
    const keep = fixed.has(key) && Number.isFinite(attributes.x) && Number.isFinite(attributes.y);
    const start = keep ? { x: attributes.x, y: attributes.y } : initialPosition(key, seed, graph.order);
    work.addNode(key, { ...start, size: attributes.size, fixed: keep });
  });
  graph.forEachEdge((_edge, _attributes, source, target) => {
    work.addEdge(source, target);
  });

  const allFixed = work.everyNode((_key, attributes) => attributes.fixed === true);
  if (!allFixed && iterations > 0) {
    forceAtlas2.assign(work, { iterations, settings: forceAtlas2.inferSettings(work), getEdgeWeight: null });
  }
  work.forEachNode((key, attributes) => {
    if (attributes.fixed === true) return;
    graph.mergeNodeAttributes(key, { x: round(attributes.x as number), y: round(attributes.y as number) });
  });
}

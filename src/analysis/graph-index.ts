import { firstDay, lastDay } from "../model/dates";
import type { FaultlineGraph } from "../model/types";

/**
 * The graph as flat arrays (nodes and edges numbered, adjacency in CSR form), built once per graph
 * and reused by every query until the graph changes. Reading neighbours through graphology's
 * callbacks and attribute getters costs far more than the search itself on 50k actors; here a
 * step is an array read and filters compare small integers.
 */
export interface GraphIndex {
  /** Node keys, in graph order; a node's number is its position here. */
  readonly nodes: readonly string[];
  readonly nodeNumber: ReadonlyMap<string, number>;
  /** Position of each node in code-point order of the keys (neighbours are visited in that order). */
  readonly idRank: Int32Array;
  /** The node at each position of that order (the inverse of `idRank`). */
  readonly byRank: Int32Array;
  /** Kind of each node, as a number into `kindIds`. */
  readonly nodeKind: Int32Array;
  readonly kindIds: readonly string[];
  /** Edge keys (claim ids), in graph order. */
  readonly edges: readonly string[];
  readonly source: Int32Array;
  readonly target: Int32Array;
  /** Relation of each edge, as a number into `relationIds`. */
  readonly relation: Int32Array;
  readonly relationIds: readonly string[];
  readonly directed: Uint8Array;
  /** Claim span ends as stated (partial dates), for the time filter. */
  readonly start: readonly (string | undefined)[];
  readonly end: readonly (string | undefined)[];
  /** Edges leaving node n: `outEdges[outOffset[n] .. outOffset[n + 1]]`; same for entering edges. */
  readonly outOffset: Int32Array;
  readonly outEdges: Int32Array;
  readonly inOffset: Int32Array;
  readonly inEdges: Int32Array;
  /** First day of each claim's start and last day of its end, worked out on first use. */
  spanBounds(edge: number): readonly [string, string];
}

const cache = new WeakMap<FaultlineGraph, GraphIndex>();
/** Graphs whose node attributes were rewritten wholesale since their index was built: kinds to re-check. */
const kindsUnsure = new WeakSet<FaultlineGraph>();
const watched = new WeakSet<FaultlineGraph>();

/** The index of `graph`, built on first use and dropped when the graph changes in a way it records. */
export function graphIndex(graph: FaultlineGraph): GraphIndex {
  let index = cache.get(graph);
  if (index !== undefined && kindsUnsure.has(graph)) {
    kindsUnsure.delete(graph);
    if (!kindsUnchanged(graph, index)) index = undefined;
  }
  if (index === undefined) {
    index = buildIndex(graph);
    cache.set(graph, index);
    watch(graph);
  }
  return index;
}

/** Whether every node still has the kind the index recorded (same nodes, same order: no structural change since). */
function kindsUnchanged(graph: FaultlineGraph, index: GraphIndex): boolean {
  let n = 0;
  let same = true;
  graph.forEachNode((_node, attributes) => {
    if (same && index.kindIds[index.nodeKind[n] as number] !== attributes.kind) same = false;
    n++;
  });
  return same;
}

/**
 * Drops the cached index on every change to what it holds: structure, edge attributes, node kinds.
 * Position and style updates keep it: they name other attributes, or (ForceAtlas2 rewrites every
 * node's attributes without saying which, many times a second) the kinds are re-checked in one
 * pass at the next query instead of rebuilding the index.
 */
function watch(graph: FaultlineGraph): void {
  if (watched.has(graph)) return;
  watched.add(graph);
  const drop = () => {
    cache.delete(graph);
    kindsUnsure.delete(graph);
  };
  const unsure = () => {
    if (cache.has(graph)) kindsUnsure.add(graph);
  };
  for (const event of [
    "nodeAdded",
    "edgeAdded",
    "nodeDropped",
    "edgeDropped",
    "cleared",
    "edgesCleared",
    "edgeAttributesUpdated",
    "eachEdgeAttributesUpdated",
  ] as const) {
    graph.on(event, drop);
  }
  graph.on("nodeAttributesUpdated", (payload: { type: string; name?: string; data?: object }) => {
    if (payload.type === "set" || payload.type === "remove") {
      if (payload.name === "kind") drop();
    } else if (payload.type === "merge") {
      if (payload.data !== undefined && "kind" in payload.data) drop();
    } else unsure();
  });
  graph.on("eachNodeAttributesUpdated", (payload: { hints: { attributes?: string[] } | null }) => {
    const names = payload.hints?.attributes;
    if (names === undefined) unsure();
    else if (names.includes("kind")) drop();
  });
}

/** CSR layout: offsets per node, then the edges grouped by node in graph order. */
function compressed(nodeCount: number, ends: Int32Array): { offset: Int32Array; edges: Int32Array } {
  const offset = new Int32Array(nodeCount + 1);
  for (let e = 0; e < ends.length; e++) {
    const slot = (ends[e] as number) + 1;
    offset[slot] = (offset[slot] as number) + 1;
  }
  for (let n = 0; n < nodeCount; n++) offset[n + 1] = (offset[n + 1] as number) + (offset[n] as number);
  const fill = offset.slice(0, nodeCount);
  const edges = new Int32Array(ends.length);
  for (let e = 0; e < ends.length; e++) {
    const n = ends[e] as number;
    edges[fill[n] as number] = e;
    fill[n] = (fill[n] as number) + 1;
  }
  return { offset, edges };
}

function buildIndex(graph: FaultlineGraph): GraphIndex {
  const nodes: string[] = [];
  const nodeNumber = new Map<string, number>();
  const kindNumber = new Map<string, number>();
  const kindIds: string[] = [];
  const kindOf: number[] = [];
  graph.forEachNode((node, attributes) => {
    nodeNumber.set(node, nodes.length);
    nodes.push(node);
    let k = kindNumber.get(attributes.kind);
    if (k === undefined) {
      k = kindIds.length;
      kindNumber.set(attributes.kind, k);
      kindIds.push(attributes.kind);
    }
    kindOf.push(k);
  });
  const nodeKind = Int32Array.from(kindOf);
  // The default sort compares UTF-16 code units, the order of compareIds, without a callback per comparison.
  const sortedKeys = [...nodes].sort();
  const byRank = new Int32Array(nodes.length);
  const idRank = new Int32Array(nodes.length);
  for (let r = 0; r < sortedKeys.length; r++) {
    const n = nodeNumber.get(sortedKeys[r] as string) as number;
    byRank[r] = n;
    idRank[n] = r;
  }

  const size = graph.size;
  const edges: string[] = [];
  const source = new Int32Array(size);
  const target = new Int32Array(size);
  const relation = new Int32Array(size);
  const directed = new Uint8Array(size);
  const start: (string | undefined)[] = [];
  const end: (string | undefined)[] = [];
  const relationNumber = new Map<string, number>();
  const relationIds: string[] = [];
  graph.forEachEdge((edge, attributes, from, to) => {
    const e = edges.length;
    edges.push(edge);
    source[e] = nodeNumber.get(from) as number;
    target[e] = nodeNumber.get(to) as number;
    let r = relationNumber.get(attributes.relation);
    if (r === undefined) {
      r = relationIds.length;
      relationNumber.set(attributes.relation, r);
      relationIds.push(attributes.relation);
    }
    relation[e] = r;
    directed[e] = attributes.directed ? 1 : 0;
    start.push(attributes.start);
    end.push(attributes.end);
  });
  const out = compressed(nodes.length, source);
  const into = compressed(nodes.length, target);

  const bounds: (readonly [string, string] | undefined)[] = new Array(size);
  const spanBounds = (e: number): readonly [string, string] => {
    let b = bounds[e];
    if (b === undefined) {
      const s = start[e];
      const t = end[e];
      b = [s === undefined ? "0000-01-01" : firstDay(s), t === undefined ? "9999-12-31" : lastDay(t)];
      bounds[e] = b;
    }
    return b;
  };

  return {
    nodes,
    nodeNumber,
    idRank,
    byRank,
    nodeKind,
    kindIds,
    edges,
    source,
    target,
    relation,
    relationIds,
    directed,
    start,
    end,
    outOffset: out.offset,
    outEdges: out.edges,
    inOffset: into.offset,
    inEdges: into.edges,
    spanBounds,
  };
}

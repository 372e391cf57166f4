import { firstDay } from "../model/dates";
import type { GraphFilter } from "../model/filter";
import type { FaultlineGraph } from "../model/types";
import { claimRef, compareIds } from "./claims";
import { type GraphIndex, graphIndex } from "./graph-index";
import type { ChainStep, TraversedClaim } from "./projection";

export type Direction = "in" | "out";

/**
 * What a walker learns about the graph under one filter (which edges pass, sorted neighbour
 * lists), kept with the graph's index so the next query with the same filter starts from it: the
 * explorer asks backers and paths of actor after actor. A new index (the graph changed) starts empty.
 */
interface FilterMemo {
  visibility: Uint8Array;
  sorted: { out: Map<number, Int32Array>; in: Map<number, Int32Array> };
}

const memos = new WeakMap<GraphIndex, Map<string, FilterMemo>>();
/** Filters remembered per graph; the oldest is dropped beyond this. */
const MEMO_FILTERS = 8;

function filterMemo(index: GraphIndex, filter: GraphFilter, undirected: boolean): FilterMemo {
  let byFilter = memos.get(index);
  if (byFilter === undefined) {
    byFilter = new Map();
    memos.set(index, byFilter);
  }
  const key = JSON.stringify([filter.relations ?? null, filter.kinds ?? null, filter.at ?? null, undirected]);
  let memo = byFilter.get(key);
  if (memo === undefined) {
    memo = { visibility: new Uint8Array(index.edges.length), sorted: { out: new Map(), in: new Map() } };
    byFilter.set(key, memo);
    if (byFilter.size > MEMO_FILTERS) byFilter.delete(byFilter.keys().next().value as string);
  }
  return memo;
}

/**
 * "Can walk from u to v" over the claims that pass a filter, on the graph's cached index: one
 * walker per query, nodes as numbers. Symmetric claims walk both ways; with `undirected`, directed
 * claims do too (the reverse marked `against`). Sorted neighbour lists (id order, for deterministic
 * enumeration) are made only for the nodes a search enumerates from; breadth-first searches read
 * the adjacency unsorted.
 */
export class IndexedWalker {
  readonly index: GraphIndex;
  private readonly relationAllowed: Uint8Array;
  private readonly kindAllowed: Uint8Array;
  /** Per edge: 0 not yet checked, 1 passes the filter, 2 does not. */
  private readonly visibility: Uint8Array;
  private readonly sorted: FilterMemo["sorted"];
  private readonly steps = new Map<number, Map<number, ChainStep>>();
  private day: string | undefined;
  /** Reused buffer of collectNeighbours' callers. */
  private readonly scratch: number[] = [];

  constructor(
    private readonly graph: FaultlineGraph,
    private readonly filter: GraphFilter,
    private readonly undirected = false,
  ) {
    const index = graphIndex(graph);
    this.index = index;
    this.relationAllowed = new Uint8Array(index.relationIds.length);
    index.relationIds.forEach((relation, r) => {
      this.relationAllowed[r] = filter.relations === undefined || filter.relations.includes(relation) ? 1 : 0;
    });
    this.kindAllowed = new Uint8Array(index.kindIds.length);
    index.kindIds.forEach((kind, k) => {
      this.kindAllowed[k] = filter.kinds === undefined || filter.kinds.includes(kind) ? 1 : 0;
    });
    const memo = filterMemo(index, filter, undirected);
    this.visibility = memo.visibility;
    this.sorted = memo.sorted;
  }

  /** The node's number; throws for a key the graph does not have. */
  number(node: string): number {
    const n = this.index.nodeNumber.get(node);
    if (n === undefined) throw new Error(`unknown actor "${node}"`);
    return n;
  }

  /** Same rule as model/filter's claimVisible, on numbers: relation, kinds of both ends, date. */
  visible(e: number): boolean {
    const known = this.visibility[e];
    if (known !== 0) return known === 1;
    const index = this.index;
    let passes =
      this.relationAllowed[index.relation[e] as number] === 1 &&
      this.kindAllowed[index.nodeKind[index.source[e] as number] as number] === 1 &&
      this.kindAllowed[index.nodeKind[index.target[e] as number] as number] === 1;
    if (passes && this.filter.at !== undefined) {
      // Worked out on first need, as claimVisible does: an empty search never parses the date.
      this.day ??= firstDay(this.filter.at);
      const [first, last] = index.spanBounds(e);
      passes = first <= this.day && last >= this.day;
    }
    this.visibility[e] = passes ? 1 : 2;
    return passes;
  }

  /**
   * Appends each one-step neighbour to `into` (repeats possible, any order) and returns it: the
   * breadth-first searches read this, with one reused array and no callback per node.
   */
  collectNeighbours(node: number, direction: Direction, into: number[]): number[] {
    const { outOffset, outEdges, inOffset, inEdges, source, target, directed } = this.index;
    const out = direction === "out";
    const forward = out ? outEdges : inEdges;
    const forwardOffset = out ? outOffset : inOffset;
    const backward = out ? inEdges : outEdges;
    const backwardOffset = out ? inOffset : outOffset;
    const far = out ? target : source;
    const near = out ? source : target;
    for (let i = forwardOffset[node] as number; i < (forwardOffset[node + 1] as number); i++) {
      const e = forward[i] as number;
      if (this.visible(e)) into.push(far[e] as number);
    }
    for (let i = backwardOffset[node] as number; i < (backwardOffset[node + 1] as number); i++) {
      const e = backward[i] as number;
      if ((directed[e] === 1 && !this.undirected) || !this.visible(e)) continue;
      into.push(near[e] as number);
    }
    return into;
  }

  /** One-step neighbours, each once, in id order; memoised per node. */
  neighbours(node: number, direction: Direction): Int32Array {
    const memo = this.sorted[direction];
    const cached = memo.get(node);
    if (cached !== undefined) return cached;
    const { idRank, byRank } = this.index;
    const found = this.collectNeighbours(node, direction, this.scratch);
    // Sorting ranks natively (no comparator) is several times faster than comparing keys.
    const ranks = new Int32Array(found.length);
    for (let i = 0; i < found.length; i++) ranks[i] = idRank[found[i] as number] as number;
    found.length = 0;
    ranks.sort();
    const nodeRank = idRank[node] as number;
    let count = 0;
    for (let i = 0; i < ranks.length; i++) {
      const rank = ranks[i] as number;
      if (rank !== nodeRank && (count === 0 || ranks[count - 1] !== rank)) ranks[count++] = rank;
    }
    const list = new Int32Array(count);
    for (let i = 0; i < count; i++) list[i] = byRank[ranks[i] as number] as number;
    memo.set(node, list);
    return list;
  }

  /**
   * Hop distances by breadth-first search from `start`, up to `maxDepth` (-1: not reached);
   * `layers[d]` lists the nodes at distance d.
   */
  distances(
    start: number,
    direction: Direction,
    maxDepth: number,
  ): { depth: Int32Array; layers: number[][] } {
    const depth = new Int32Array(this.index.nodes.length).fill(-1);
    depth[start] = 0;
    const layers = [[start]];
    const found = this.scratch;
    for (let d = 1; d <= maxDepth; d++) {
      const next: number[] = [];
      for (const node of layers[d - 1] as number[]) {
        this.collectNeighbours(node, direction, found);
        for (const other of found) {
          if (depth[other] !== -1) continue;
          depth[other] = d;
          next.push(other);
        }
        found.length = 0;
      }
      if (next.length === 0) break;
      layers.push(next);
    }
    return { depth, layers };
  }

  /** The step from `from` to `to` with every chosen claim linking them that way, in claim-id order. */
  step(from: number, to: number): ChainStep {
    let steps = this.steps.get(from);
    if (steps === undefined) {
      steps = new Map();
      this.steps.set(from, steps);
    }
    const cached = steps.get(to);
    if (cached !== undefined) return cached;
    const { edges, nodes, directed } = this.index;
    const claims: TraversedClaim[] = [];
    const add = (e: number, forward: boolean) => {
      const claim = claimRef(this.graph, edges[e] as string) as TraversedClaim;
      claim.traversal = directed[e] === 0 ? "symmetric" : forward ? "along" : "against";
      claims.push(claim);
    };
    if (from !== to) {
      for (const e of this.edgesBetween(from, to)) add(e, true);
      for (const e of this.edgesBetween(to, from)) if (directed[e] === 0 || this.undirected) add(e, false);
    }
    if (claims.length === 0)
      throw new Error(`no step from "${nodes[from] as string}" to "${nodes[to] as string}"`);
    claims.sort((x, y) => compareIds(x.claim, y.claim));
    const step = { from: nodes[from] as string, to: nodes[to] as string, claims };
    steps.set(to, step);
    return step;
  }

  /** The claim ids of `step(from, to)`, in the same order, without making the step. */
  claimsOfStep(from: number, to: number): string[] {
    const cached = this.steps.get(from)?.get(to);
    if (cached !== undefined) return cached.claims.map((claim) => claim.claim);
    const { edges, directed } = this.index;
    const claims: string[] = [];
    if (from !== to) {
      for (const e of this.edgesBetween(from, to)) claims.push(edges[e] as string);
      for (const e of this.edgesBetween(to, from))
        if (directed[e] === 0 || this.undirected) claims.push(edges[e] as string);
    }
    return claims.length > 1 ? claims.sort(compareIds) : claims;
  }

  /** Chosen edges stated from `source` to `target`, read from whichever end has fewer edges (hubs recur in chains). */
  private edgesBetween(source: number, target: number): number[] {
    const index = this.index;
    const outCount = (index.outOffset[source + 1] as number) - (index.outOffset[source] as number);
    const inCount = (index.inOffset[target + 1] as number) - (index.inOffset[target] as number);
    const fromSource = outCount <= inCount;
    const offset = fromSource ? index.outOffset : index.inOffset;
    const list = fromSource ? index.outEdges : index.inEdges;
    const ends = fromSource ? index.target : index.source;
    const other = fromSource ? target : source;
    const node = fromSource ? source : target;
    const found: number[] = [];
    for (let i = offset[node] as number; i < (offset[node + 1] as number); i++) {
      const e = list[i] as number;
      if (ends[e] === other && this.visible(e)) found.push(e);
    }
    return found;
  }
}

import { firstDay } from "../model/dates";
import type { GraphFilter } from "../model/filter";
import type { FaultlineGraph } from "../model/types";
import { claimRef, compareIds } from "./claims";
import { type GraphIndex, graphIndex } from "./graph-index";
import type { ChainStep, Traversal, TraversedClaim } from "./projection";

export type Direction = "in" | "out";

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
  private readonly sorted = { out: new Map<number, Int32Array>(), in: new Map<number, Int32Array>() };
  private readonly stepMemo = new Map<string, ChainStep>();
  private day: string | undefined;

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
    this.visibility = new Uint8Array(index.edges.length);
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

  /** Calls `visit` for each one-step neighbour (repeats possible, any order): for breadth-first searches. */
  forEachNeighbour(node: number, direction: Direction, visit: (other: number) => void): void {
    const { outOffset, outEdges, inOffset, inEdges, source, target, directed } = this.index;
    const forward = direction === "out" ? outEdges : inEdges;
    const forwardOffset = direction === "out" ? outOffset : inOffset;
    const backward = direction === "out" ? inEdges : outEdges;
    const backwardOffset = direction === "out" ? inOffset : outOffset;
    const far = direction === "out" ? target : source;
    const near = direction === "out" ? source : target;
    for (let i = forwardOffset[node] as number; i < (forwardOffset[node + 1] as number); i++) {
      const e = forward[i] as number;
      if (this.visible(e)) visit(far[e] as number);
    }
    for (let i = backwardOffset[node] as number; i < (backwardOffset[node + 1] as number); i++) {
      const e = backward[i] as number;
      if ((directed[e] === 1 && !this.undirected) || !this.visible(e)) continue;
      visit(near[e] as number);
    }
  }

  /** One-step neighbours, each once, in id order; memoised per node. */
  neighbours(node: number, direction: Direction): Int32Array {
    const memo = this.sorted[direction];
    const cached = memo.get(node);
    if (cached !== undefined) return cached;
    const seen = new Set<number>();
    this.forEachNeighbour(node, direction, (other) => {
      if (other !== node) seen.add(other);
    });
    const rank = this.index.idRank;
    const list = Int32Array.from(seen).sort((x, y) => (rank[x] as number) - (rank[y] as number));
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
    for (let d = 1; d <= maxDepth; d++) {
      const next: number[] = [];
      for (const node of layers[d - 1] as number[]) {
        this.forEachNeighbour(node, direction, (other) => {
          if (depth[other] !== -1) return;
          depth[other] = d;
          next.push(other);
        });
      }
      if (next.length === 0) break;
      layers.push(next);
    }
    return { depth, layers };
  }

  /** The step from `from` to `to` with every chosen claim linking them that way, in claim-id order. */
  step(from: number, to: number): ChainStep {
    const key = `${from} ${to}`;
    const cached = this.stepMemo.get(key);
    if (cached !== undefined) return cached;
    const { outOffset, outEdges, inOffset, inEdges, source, target, directed, edges, nodes } = this.index;
    const claims: TraversedClaim[] = [];
    const add = (e: number, traversal: Traversal) => {
      claims.push({ ...claimRef(this.graph, edges[e] as string), traversal });
    };
    for (let i = outOffset[from] as number; i < (outOffset[from + 1] as number); i++) {
      const e = outEdges[i] as number;
      if (target[e] === to && this.visible(e)) add(e, directed[e] === 1 ? "along" : "symmetric");
    }
    for (let i = inOffset[from] as number; i < (inOffset[from + 1] as number); i++) {
      const e = inEdges[i] as number;
      if (source[e] !== to || (directed[e] === 1 && !this.undirected) || !this.visible(e)) continue;
      add(e, directed[e] === 1 ? "against" : "symmetric");
    }
    const fromKey = nodes[from] as string;
    const toKey = nodes[to] as string;
    if (claims.length === 0 || from === to) throw new Error(`no step from "${fromKey}" to "${toKey}"`);
    claims.sort((x, y) => compareIds(x.claim, y.claim));
    const step = { from: fromKey, to: toKey, claims };
    this.stepMemo.set(key, step);
    return step;
  }
}

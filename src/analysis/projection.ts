import type { GraphFilter } from "../model/filter";
import type { FaultlineGraph } from "../model/types";
import { type ClaimRef, claimRef, compareIds, edgeVisible } from "./claims";

/**
 * How a chain step uses a claim: `along` its stated direction, `against` it (only when a search
 * ignores direction), or `symmetric` for relations whose direction carries no meaning.
 */
export type Traversal = "along" | "against" | "symmetric";

export interface TraversedClaim extends ClaimRef {
  traversal: Traversal;
}

/** One hop of a chain: every chosen claim that lets a walker go from `from` to `to`. */
export interface ChainStep {
  from: string;
  to: string;
  claims: TraversedClaim[];
}

export type Chain = ChainStep[];

/**
 * "Can walk from u to v" over the claims that pass a filter, read straight from the graph and
 * memoised per node, so a search touches only the part of a large graph it explores. Symmetric
 * claims walk both ways; with `undirected`, directed claims do too (the reverse marked `against`).
 * Neighbours come in id order and each step's claims in claim-id order: searches are deterministic.
 */
export class ClaimWalker {
  private readonly memo = { out: new Map<string, Map<string, TraversedClaim[]>>(), in: new Map() };

  constructor(
    private readonly graph: FaultlineGraph,
    private readonly filter: GraphFilter,
    private readonly undirected = false,
  ) {}

  /** Neighbours reachable in one step from `node` (`out`) or that reach it in one step (`in`), with the claims. */
  steps(node: string, direction: "in" | "out"): Map<string, TraversedClaim[]> {
    const memo = this.memo[direction] as Map<string, Map<string, TraversedClaim[]>>;
    const cached = memo.get(node);
    if (cached !== undefined) return cached;
    const found = new Map<string, TraversedClaim[]>();
    const add = (other: string, edge: string, traversal: Traversal) => {
      if (other === node) return;
      const list = found.get(other);
      const claim = { ...claimRef(this.graph, edge), traversal };
      if (list === undefined) found.set(other, [claim]);
      else list.push(claim);
    };
    // Edges stated in the walking direction, then those stated the other way.
    const forward = direction === "out" ? "forEachOutEdge" : "forEachInEdge";
    const backward = direction === "out" ? "forEachInEdge" : "forEachOutEdge";
    this.graph[forward](node, (edge, attributes, source, target) => {
      if (!edgeVisible(this.graph, edge, this.filter)) return;
      add(source === node ? target : source, edge, attributes.directed ? "along" : "symmetric");
    });
    this.graph[backward](node, (edge, attributes, source, target) => {
      if (attributes.directed && !this.undirected) return;
      if (!edgeVisible(this.graph, edge, this.filter)) return;
      add(source === node ? target : source, edge, attributes.directed ? "against" : "symmetric");
    });
    const sorted = new Map([...found.entries()].sort((x, y) => compareIds(x[0], y[0])));
    for (const list of sorted.values()) list.sort((x, y) => compareIds(x.claim, y.claim));
    memo.set(node, sorted);
    return sorted;
  }

  /** The step from `from` to `to`; throws if no chosen claim links them that way. */
  step(from: string, to: string): ChainStep {
    const claims = this.steps(from, "out").get(to);
    if (claims === undefined) throw new Error(`no step from "${from}" to "${to}"`);
    return { from, to, claims };
  }

  /**
   * Hop distances by breadth-first search from `source`, following steps out of it (`out`) or
   * into it (`in`), up to `maxDepth`; stops early once `until` is reached and its layer is done.
   */
  distances(source: string, direction: "in" | "out", maxDepth: number, until?: string): Map<string, number> {
    const depth = new Map([[source, 0]]);
    let layer = [source];
    for (let d = 1; d <= maxDepth && layer.length > 0; d++) {
      if (until !== undefined && depth.has(until)) break;
      const next: string[] = [];
      for (const node of layer) {
        for (const other of this.steps(node, direction).keys()) {
          if (depth.has(other)) continue;
          depth.set(other, d);
          next.push(other);
        }
      }
      layer = next;
    }
    return depth;
  }
}

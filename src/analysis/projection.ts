import { DirectedGraph } from "graphology";
import type { GraphFilter } from "../model/filter";
import type { FaultlineGraph } from "../model/types";
import { type ClaimRef, compareIds, visibleClaims } from "./claims";

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

export interface StepAttributes {
  claims: TraversedClaim[];
}

/**
 * A simple directed graph of "can walk from u to v" over the claims that pass the filter: one
 * edge per ordered pair, carrying every claim behind it. Symmetric claims give both directions;
 * with `undirected`, directed claims do too (the reverse marked `against`). Searches (BFS, paths,
 * betweenness) then run on this with the graphology libraries, and steps keep their evidence.
 */
export function walkProjection(
  graph: FaultlineGraph,
  filter: GraphFilter,
  options: { undirected?: boolean } = {},
): DirectedGraph<Record<string, never>, StepAttributes> {
  const projection = new DirectedGraph<Record<string, never>, StepAttributes>();
  // Nodes in id order so every traversal of the projection is deterministic.
  for (const node of [...graph.nodes()].sort(compareIds)) projection.addNode(node);
  const add = (from: string, to: string, claim: TraversedClaim) => {
    if (from === to) return;
    const existing = projection.edge(from, to);
    if (existing === undefined) projection.addDirectedEdge(from, to, { claims: [claim] });
    else projection.getEdgeAttribute(existing, "claims").push(claim);
  };
  for (const ref of visibleClaims(graph, filter)) {
    if (!ref.directed) {
      add(ref.from, ref.to, { ...ref, traversal: "symmetric" });
      add(ref.to, ref.from, { ...ref, traversal: "symmetric" });
    } else {
      add(ref.from, ref.to, { ...ref, traversal: "along" });
      if (options.undirected) add(ref.to, ref.from, { ...ref, traversal: "against" });
    }
  }
  return projection;
}

/** Neighbours of `node` in the projection, in the given direction, sorted by id. */
export function sortedNeighbors(
  projection: DirectedGraph<Record<string, never>, StepAttributes>,
  node: string,
  direction: "in" | "out",
): string[] {
  const list = direction === "in" ? projection.inNeighbors(node) : projection.outNeighbors(node);
  return list.sort(compareIds);
}

/** The step for the projection edge from -> to. */
export function stepOf(
  projection: DirectedGraph<Record<string, never>, StepAttributes>,
  from: string,
  to: string,
): ChainStep {
  const edge = projection.edge(from, to);
  if (edge === undefined) throw new Error(`no step from "${from}" to "${to}"`);
  return { from, to, claims: projection.getEdgeAttribute(edge, "claims") };
}

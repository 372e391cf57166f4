import type { Chain } from "../analysis/projection";
import type { FaultlineGraph } from "../model/types";
import type { Focus } from "./view-model";

/**
 * One route chosen among the chains an analysis mode lists (who backs whom, paths): its claims are
 * kept in the app state's `highlightedClaims`, and the graph lights that route alone.
 */

/** The claims of a chain, step by step (every claim backing a step). */
export function chainClaims(chain: Chain): string[] {
  return chain.flatMap((step) => step.claims.map((claim) => claim.claim));
}

/** Whether `claims` is exactly this chain's claims (the chain is the chosen route). */
export function isChosenRoute(chain: Chain, claims: readonly string[]): boolean {
  const own = chainClaims(chain);
  return own.length === claims.length && own.every((claim, i) => claims[i] === claim);
}

/**
 * The focus of a chosen route, when `claims` is one of `chains` (a stale choice from another mode
 * or another answer is ignored: null).
 */
export function routeFocus(
  graph: FaultlineGraph,
  chains: readonly Chain[],
  claims: readonly string[],
): Focus | null {
  if (claims.length === 0 || !chains.some((chain) => isChosenRoute(chain, claims))) return null;
  const focus: Focus = { nodes: new Set(), edges: new Set() };
  for (const claim of claims) {
    if (!graph.hasEdge(claim)) continue;
    focus.edges.add(claim);
    focus.nodes.add(graph.source(claim));
    focus.nodes.add(graph.target(claim));
  }
  return focus;
}

import type { Chain } from "../analysis/projection";
import { claimVisible, type GraphFilter, kindVisible } from "../model/filter";
import type { FaultlineGraph, Ontology } from "../model/types";
import type { AppState } from "./app-state";

/**
 * What the renderer shows for a given app state, as precomputed sets the sigma reducers look up:
 * which items are hidden by the filters and date, and which are in focus (the rest fades).
 * Pure: no DOM, no sigma; recomputed on state changes, never by rebuilding the graph.
 */

export interface Visibility {
  filter: GraphFilter;
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
}

export interface Focus {
  nodes: Set<string>;
  edges: Set<string>;
}

/** The one GraphFilter the legend and date control stand for (also used by the "current view" export). */
export function filterFromState(state: AppState, ontology: Ontology): GraphFilter {
  const filter: GraphFilter = {};
  const { hiddenRelations, hiddenKinds } = state.filters;
  if (hiddenRelations.length > 0) {
    filter.relations = ontology.relationKinds.map((r) => r.id).filter((id) => !hiddenRelations.includes(id));
  }
  if (hiddenKinds.length > 0) {
    filter.kinds = ontology.nodeKinds.map((k) => k.id).filter((id) => !hiddenKinds.includes(id));
  }
  if (state.date !== null) filter.at = state.date;
  if (state.date !== null && state.filters.hideUndated) filter.datedOnly = true;
  return filter;
}

export function computeVisibility(graph: FaultlineGraph, ontology: Ontology, state: AppState): Visibility {
  const filter = filterFromState(state, ontology);
  const hiddenNodes = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if (!kindVisible(filter, attributes.kind)) hiddenNodes.add(node);
  });
  const hiddenEdges = new Set<string>();
  const connected = new Set<string>();
  graph.forEachEdge((edge, attributes, source, target, sourceAttributes, targetAttributes) => {
    if (!claimVisible(filter, attributes, sourceAttributes.kind, targetAttributes.kind))
      hiddenEdges.add(edge);
    else {
      connected.add(source);
      connected.add(target);
    }
  });
  // Hiding the unconnected is drawing only: the analyses still see every actor the filter keeps.
  if (state.filters.hideUnconnected)
    graph.forEachNode((node) => connected.has(node) || hiddenNodes.add(node));
  return { filter, hiddenNodes, hiddenEdges };
}

/** An actor and its neighbours over the visible claims. */
export function neighbourhood(graph: FaultlineGraph, node: string, visibility: Visibility): Focus {
  const nodes = new Set([node]);
  const edges = new Set<string>();
  graph.forEachEdge(node, (edge, _attributes, source, target) => {
    if (visibility.hiddenEdges.has(edge)) return;
    edges.add(edge);
    nodes.add(source);
    nodes.add(target);
  });
  return { nodes, edges };
}

/** Every actor and claim on a set of chains (edge key = claim id). */
export function chainFocus(chains: readonly Chain[], anchor?: string): Focus {
  const nodes = new Set<string>(anchor === undefined ? [] : [anchor]);
  const edges = new Set<string>();
  for (const chain of chains) {
    for (const step of chain) {
      nodes.add(step.from);
      nodes.add(step.to);
      for (const claim of step.claims) edges.add(claim.claim);
    }
  }
  return { nodes, edges };
}

/** Adds the chosen claim and its two ends to a focus (or makes a focus of them). */
export function withClaim(graph: FaultlineGraph, focus: Focus | null, claim: string | null): Focus | null {
  if (claim === null || !graph.hasEdge(claim)) return focus;
  const result: Focus = focus ?? { nodes: new Set(), edges: new Set() };
  result.edges.add(claim);
  result.nodes.add(graph.source(claim));
  result.nodes.add(graph.target(claim));
  return result;
}

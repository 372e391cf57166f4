import { BACKING_PAGE, type BackingResult, backed, backers } from "../analysis/backers";
import { paths } from "../analysis/paths";
import type { Chain } from "../analysis/projection";
import type { FaultlineGraph, Ontology } from "../model/types";
import type { AppState } from "./app-state";
import { routeFocus } from "./route";
import type { KnownIds } from "./url-state";
import {
  chainFocus,
  computeVisibility,
  type Focus,
  neighbourhood,
  type Visibility,
  withClaim,
} from "./view-model";

/**
 * From the app state to what is drawn and listed: visibility (filters, date), the focus (what stays
 * lit while the rest fades) and the answers of the analysis modes. Pure: no DOM, no sigma.
 */

/** What the app derives from the state on every change; panels and reducers read it. */
export interface Derived {
  visibility: Visibility;
  focus: Focus | null;
  /** Backers mode: who backs the selected actor (in) and whom it backs (out). */
  backing: { in: BackingResult[]; out: BackingResult[] } | null;
  /** Path mode: chains between the two chosen actors (null when not both chosen). */
  paths: Chain[] | null;
}

/**
 * `reuse` is the visibility computed for the same graph and the same filters and date (hovering or
 * selecting does not change it), so a hover costs no pass over every claim. `hoverFades` false
 * (large graphs): hovering leaves the focus alone, sigma's hover layer alone shows the actor.
 */
export function derive(
  graph: FaultlineGraph,
  ontology: Ontology,
  state: AppState,
  reuse?: Visibility,
  hoverFades = true,
): Derived {
  const visibility = reuse ?? computeVisibility(graph, ontology, state);
  let focus: Focus | null = null;
  let backing: Derived["backing"] = null;
  let found: Chain[] | null = null;
  const selected = state.selected !== null && graph.hasNode(state.selected) ? state.selected : null;
  if (state.mode === "backers" && selected !== null) {
    const options = { maxHops: state.backers.hops, filter: visibility.filter };
    backing = {
      in: state.backers.direction === "out" ? [] : backers(graph, selected, options),
      out: state.backers.direction === "in" ? [] : backed(graph, selected, options),
    };
    const results = [...backing.in, ...backing.out];
    focus = routeFocus(
      graph,
      routeCandidates(graph, results, state.highlightedClaims),
      state.highlightedClaims,
    );
    focus ??= backingFocus(graph, backing, selected);
  } else if (state.mode === "path") {
    const { from, to, relations } = state.path;
    if (from !== null && to !== null && graph.hasNode(from) && graph.hasNode(to)) {
      found = paths(graph, from, to, { relations: relations ?? undefined, filter: visibility.filter });
      focus = routeFocus(graph, found, state.highlightedClaims) ?? chainFocus(found, from);
      focus.nodes.add(from);
      focus.nodes.add(to);
    }
  } else if (selected !== null) {
    focus = neighbourhood(graph, selected, visibility);
  }
  // Hovering previews a neighbourhood on top of whatever the mode shows.
  if (hoverFades && state.hovered !== null && graph.hasNode(state.hovered))
    focus = neighbourhood(graph, state.hovered, visibility);
  // A contradiction chosen in its panel: all its claims at once, through the claim highlight.
  if (state.mode === "contradictions") {
    for (const claim of state.highlightedClaims) focus = withClaim(graph, focus, claim);
  }
  focus = withClaim(graph, focus, state.selectedClaim);
  return { visibility, focus, backing, paths: found };
}

/**
 * What backers mode lights: every chain of the results a list shows at first, and the best chain
 * of each other result (listing every chain of thousands of backers would cost more than the
 * query; the lit graph still reaches every backer).
 */
function backingFocus(
  graph: FaultlineGraph,
  backing: NonNullable<Derived["backing"]>,
  selected: string,
): Focus {
  const focus = chainFocus(
    [...backing.in.slice(0, BACKING_PAGE), ...backing.out.slice(0, BACKING_PAGE)].flatMap((r) => r.chains),
    selected,
  );
  for (const result of [...backing.in.slice(BACKING_PAGE), ...backing.out.slice(BACKING_PAGE)]) {
    focus.nodes.add(result.actor);
    for (const claim of result.bestClaims) {
      focus.edges.add(claim);
      focus.nodes.add(graph.source(claim));
      focus.nodes.add(graph.target(claim));
    }
  }
  return focus;
}

/** The chains a chosen route can be one of: those of the results at its ends (listed only for them). */
function routeCandidates(
  graph: FaultlineGraph,
  results: readonly BackingResult[],
  claims: readonly string[],
): Chain[] {
  if (claims.length === 0) return [];
  const ends = new Set<string>();
  for (const claim of claims) {
    if (!graph.hasEdge(claim)) continue;
    ends.add(graph.source(claim));
    ends.add(graph.target(claim));
  }
  return results.filter((result) => ends.has(result.actor)).flatMap((result) => result.chains);
}

/** Whether a state change can change what is drawn (the camera and nothing else cannot). */
export function affectsView(a: AppState, b: AppState): boolean {
  return (
    a.filters !== b.filters ||
    a.date !== b.date ||
    a.selected !== b.selected ||
    a.selectedClaim !== b.selectedClaim ||
    a.highlightedClaims !== b.highlightedClaims ||
    a.colorBy !== b.colorBy ||
    a.labels !== b.labels ||
    a.hovered !== b.hovered ||
    a.mode !== b.mode ||
    a.backers !== b.backers ||
    a.path !== b.path
  );
}

/** Whether a state change is the hovered actor and nothing else that is drawn. */
export function onlyHoverChanged(a: AppState, b: AppState): boolean {
  return a.hovered !== b.hovered && !affectsView({ ...a, hovered: b.hovered }, b);
}

/** The ids a dataset knows, to drop stale ones from a shared URL. */
export function knownIds(graph: FaultlineGraph, ontology: Ontology): KnownIds {
  return {
    relations: new Set(ontology.relationKinds.map((r) => r.id)),
    kinds: new Set(ontology.nodeKinds.map((k) => k.id)),
    actors: new Set(graph.nodes()),
    claims: new Set(graph.edges()),
  };
}

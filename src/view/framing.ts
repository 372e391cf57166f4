import type { FaultlineGraph } from "../model/types";
import type { AppState } from "./app-state";
import type { Derived } from "./derive";

/**
 * Which actors the camera should frame after a state change: the answer the user just asked for.
 * Backers and paths frame their chains, and the one route chosen among them (or all of them again
 * when it is let go); a change of the legend filters frames what is left. A
 * selection made on the graph itself, a hover or a date step moves nothing (the user is looking
 * there already; playing through time must not shake the view). Pure.
 */
export function framingTarget(
  graph: FaultlineGraph,
  state: AppState,
  previous: AppState,
  derived: Derived,
): string[] | null {
  const filtersChanged = state.filters !== previous.filters;
  // Picking a route in the list lights it alone (derive's focus): the camera goes to it.
  const routeChanged = state.highlightedClaims !== previous.highlightedClaims && state.mode === previous.mode;
  if (state.mode === "backers" && derived.backing !== null && derived.focus !== null) {
    const asked =
      previous.mode !== "backers" ||
      previous.selected !== state.selected ||
      previous.backers !== state.backers ||
      routeChanged ||
      filtersChanged;
    return asked ? [...derived.focus.nodes] : null;
  }
  if (state.mode === "path" && derived.paths !== null && derived.focus !== null) {
    const asked = previous.mode !== "path" || previous.path !== state.path || routeChanged || filtersChanged;
    return asked ? [...derived.focus.nodes] : null;
  }
  if (!filtersChanged) return null;
  const { hiddenNodes } = derived.visibility;
  const shown = graph.filterNodes((node) => !hiddenNodes.has(node));
  return shown.length === 0 ? null : shown;
}

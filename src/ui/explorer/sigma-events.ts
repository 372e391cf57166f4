import type { AppContext } from "../context";

/** Pointer events on the graph: hover previews, a click selects an actor or a claim, the stage clears. */
export function bindSigmaEvents(ctx: AppContext): void {
  const { store } = ctx;
  const sigma = ctx.view.sigma;
  sigma.on("enterNode", ({ node }) => store.set({ hovered: node }));
  sigma.on("leaveNode", () => store.set({ hovered: null }));
  sigma.on("clickNode", ({ node }) => ctx.selectActor(node, { move: false }));
  sigma.on("clickEdge", ({ edge }) => {
    const graph = ctx.graph();
    const state = store.get();
    const ends = [graph.source(edge), graph.target(edge)];
    const selected =
      state.selected !== null && ends.includes(state.selected) ? state.selected : (ends[0] ?? null);
    store.set({ ...state, selected, selectedClaim: edge });
  });
  sigma.on("clickStage", () => {
    const state = store.get();
    if (state.selected !== null || state.selectedClaim !== null || state.highlightedClaims.length > 0)
      store.set({ selected: null, selectedClaim: null, highlightedClaims: [] });
  });
}

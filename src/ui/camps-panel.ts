import type { CampResult } from "../analysis/camps";
import { analysisViews } from "../view/analysis-cache";
import type { AppState } from "../view/app-state";
import { balanceSummary } from "../view/camp-summary";
import { campLegend } from "./camp-legend";
import { claimCard } from "./claim-card";
import type { AppContext, Panel } from "./context";
import { byId, fill, h } from "./dom";
import { cutNote, LISTED_ENTRIES } from "./list-limit";
import { rebuildKeepingFocus } from "./panel-focus";

/**
 * The camps of structural balance as of the chosen date (`faultline camps [--at DATE]`): a legend
 * of the camps (colour, members, frustrated claims touching them), the balance score, and the
 * frustrated claims with their quotes; choosing one highlights its edge. Opening the tab colours
 * the graph by camp; the checkbox switches back to colours by kind.
 */

/** The frustrated claims, each with a button that shows it on the graph. */
function frustratedList(ctx: AppContext, state: AppState, result: CampResult): (HTMLElement | null)[] {
  return [
    h("h3", { className: "frustrated-title", text: `Frustrated claims (${result.frustrated.length})` }),
    h("p", {
      className: "hint",
      text: "Friendly claims across camps and hostile claims within one: drawn thick in red when colouring by camp.",
    }),
    result.frustrated.length === 0
      ? h("p", { className: "empty", text: "None: the split is perfectly balanced." })
      : h(
          "ul",
          { className: "claim-list frustrated-list" },
          ...result.frustrated.slice(0, LISTED_ENTRIES).map((frustrated) => {
            const chosen = state.selectedClaim === frustrated.claim;
            const card = claimCard(
              ctx,
              frustrated.claim,
              h("button", {
                className: "link-button show-claim",
                text: chosen ? "shown on graph" : "show on graph",
                attrs: {
                  type: "button",
                  "aria-pressed": String(chosen),
                  "data-focus-key": `claim:${frustrated.claim}`,
                },
                on: {
                  click: () => ctx.store.set({ selectedClaim: chosen ? null : frustrated.claim }),
                },
              }),
            );
            if (chosen) card.classList.add("chosen");
            return card;
          }),
        ),
    cutNote(
      Math.min(LISTED_ENTRIES, result.frustrated.length),
      result.frustrated.length,
      "frustrated claims",
    ),
  ];
}

function renderedUnchanged(state: AppState, previous: AppState | null, datasetChanged: boolean): boolean {
  return (
    !datasetChanged &&
    previous !== null &&
    previous.mode === state.mode &&
    previous.date === state.date &&
    previous.colorBy === state.colorBy &&
    previous.selectedClaim === state.selectedClaim
  );
}

export function mountCamps(ctx: AppContext): Panel {
  const container = byId("camps-view");
  // Opening the tab is asking to see the camps: colour the graph by them.
  byId("tab-camps").addEventListener("click", () => {
    if (ctx.store.get().colorBy !== "camp") ctx.store.set({ colorBy: "camp" });
  });

  return {
    render(state: AppState, previous: AppState | null, datasetChanged: boolean) {
      if (state.mode !== "camps" || renderedUnchanged(state, previous, datasetChanged)) return;
      const graph = ctx.graph();
      const { ontology } = ctx.loaded();
      const result = analysisViews(graph, ontology, state.date).camps();
      const colorToggle = h("input", {
        attrs: { type: "checkbox", id: "camps-color", "data-focus-key": "color" },
        on: {
          change: (event) =>
            ctx.store.set({ colorBy: (event.currentTarget as HTMLInputElement).checked ? "camp" : "kind" }),
        },
      });
      colorToggle.checked = state.colorBy === "camp";
      rebuildKeepingFocus(container, () =>
        fill(
          container,
          h("h2", {
            className: "mode-title",
            text: `Camps, ${state.date === null ? "all time" : `as of ${state.date}`}`,
          }),
          h("label", { className: "camps-toggle" }, colorToggle, " Colour the graph by camp"),
          h("p", {
            className: "camps-summary",
            text: balanceSummary(result),
            attrs: { id: "camps-summary" },
          }),
          // Say in words what the split rests on, where it rests on little.
          result.caveats.length > 0
            ? h(
                "ul",
                {
                  className: "camps-caveats",
                  attrs: { id: "camps-caveats", "aria-label": "What the split rests on" },
                },
                ...result.caveats.map((caveat) => h("li", { text: caveat })),
              )
            : null,
          campLegend(ctx, graph, ontology, result),
          ...frustratedList(ctx, state, result),
        ),
      );
    },
  };
}

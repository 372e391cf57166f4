import type { CampResult } from "../analysis/camps";
import { analysisViews } from "../view/analysis-cache";
import { campColors, PLACE_COLOR, UNALIGNED_COLOR } from "../view/camp-style";
import { actorButton } from "./chains";
import { claimCard } from "./claim-card";
import type { AppContext, Panel } from "./context";
import { byId, fill, h, swatch } from "./dom";
import { cutNote, LISTED_ENTRIES } from "./list-limit";
import { rebuildKeepingFocus } from "./panel-focus";
import type { AppState } from "./state";

/**
 * The camps of structural balance as of the chosen date (`faultline camps [--at DATE]`): a legend
 * of the camps (colour, members, frustrated claims touching them), the balance score, and the
 * frustrated claims with their quotes; choosing one highlights its edge. Opening the tab colours
 * the graph by camp; the checkbox switches back to colours by kind.
 */

/** The frustrated claims with an end in each camp (a claim across two camps counts for both). */
export function frustratedPerCamp(result: CampResult): Map<string, number> {
  const counts = new Map(result.camps.map((camp) => [camp.id, 0]));
  for (const claim of result.frustrated) {
    const camps = new Set([result.campOf[claim.from], result.campOf[claim.to]]);
    for (const camp of camps) if (camp != null) counts.set(camp, (counts.get(camp) ?? 0) + 1);
  }
  return counts;
}

export function balanceSummary(result: CampResult): string {
  const camps = `${result.camps.length} camp${result.camps.length === 1 ? "" : "s"}`;
  const bound = result.lowerBound === undefined ? "" : `, at least ${result.lowerBound} unavoidable`;
  return `${camps}; balance ${result.balance.toFixed(3)} (${result.frustratedWeight} of ${result.totalWeight} signed claims frustrated, ${result.method}${bound})`;
}

const OPEN_MEMBER_LISTS_UP_TO = 12;

export function mountCamps(ctx: AppContext): Panel {
  const container = byId("camps-view");
  // Opening the tab is asking to see the camps: colour the graph by them.
  byId("tab-camps").addEventListener("click", () => {
    if (ctx.store.get().colorBy !== "camp") ctx.store.set({ colorBy: "camp" });
  });

  const memberList = (members: readonly string[]) =>
    h(
      "details",
      // Short lists start open: who is on which side is the point of the view.
      { className: "camp-members", attrs: members.length <= OPEN_MEMBER_LISTS_UP_TO ? { open: "" } : {} },
      h("summary", { text: "Members" }),
      h("ul", {}, ...members.map((member) => h("li", {}, actorButton(ctx, member)))),
    );

  const legendRow = (
    attrs: Record<string, string>,
    color: string,
    name: string,
    members: readonly string[],
    frustrated: number | null,
  ) =>
    h(
      "li",
      { className: "camp-row", attrs },
      h(
        "div",
        { className: "camp-line" },
        swatch(color, "disc"),
        h("span", { className: "camp-name", text: name }),
        h("span", {
          className: "camp-count",
          text: `${members.length} member${members.length === 1 ? "" : "s"}`,
          attrs: { "data-members": String(members.length) },
        }),
        frustrated === null
          ? null
          : h("span", {
              className: frustrated > 0 ? "camp-frustrated some" : "camp-frustrated",
              text: `${frustrated} frustrated`,
              attrs: {
                "data-frustrated": String(frustrated),
                title: "Frustrated claims with an end in this camp",
              },
            }),
      ),
      members.length > 0 ? memberList(members) : null,
    );

  return {
    render(state: AppState, previous: AppState | null, datasetChanged: boolean) {
      if (state.mode !== "camps") return;
      const unchanged =
        !datasetChanged &&
        previous !== null &&
        previous.mode === state.mode &&
        previous.date === state.date &&
        previous.colorBy === state.colorBy &&
        previous.selectedClaim === state.selectedClaim;
      if (unchanged) return;
      const graph = ctx.graph();
      const { ontology } = ctx.loaded();
      const result = analysisViews(graph, ontology, state.date).camps();
      const colors = campColors(result);
      const perCamp = frustratedPerCamp(result);
      const places = new Set(ontology.placeKinds);
      const unaligned = Object.keys(result.campOf).filter((actor) => result.campOf[actor] === null);
      const placeCount = graph.filterNodes((_node, attributes) => places.has(attributes.kind)).length;

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
          h(
            "ul",
            { className: "camp-legend", attrs: { "aria-label": "Camps" } },
            ...result.camps.map((camp) =>
              legendRow(
                { "data-camp": camp.id },
                colors.get(camp.id) ?? UNALIGNED_COLOR,
                camp.label,
                camp.members,
                perCamp.get(camp.id) ?? 0,
              ),
            ),
            unaligned.length > 0
              ? legendRow(
                  { "data-camp": "unaligned" },
                  UNALIGNED_COLOR,
                  "Unaligned (no friendly or hostile claim)",
                  unaligned,
                  null,
                )
              : null,
            placeCount > 0
              ? h(
                  "li",
                  { className: "camp-row", attrs: { "data-camp": "places" } },
                  h(
                    "div",
                    { className: "camp-line" },
                    swatch(PLACE_COLOR, "disc"),
                    h("span", { className: "camp-name", text: "Places (not in camps)" }),
                    h("span", { className: "camp-count", text: String(placeCount) }),
                  ),
                )
              : null,
          ),
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
        ),
      );
    },
  };
}

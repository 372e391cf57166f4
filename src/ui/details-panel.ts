import { actorSummary, type SummaryEntry } from "../analysis/summary";
import { type AppState, defaultState } from "../view/app-state";
import { kindAppearance, relationColor } from "../view/appearance";
import type { AppContext, Panel } from "./context";
import { byId, h, swatch } from "./dom";
import { evidenceBlock } from "./evidence-view";

/**
 * The details of the selected actor: kind, aliases, description and its claims grouped by relation
 * and direction, each with the verbatim quote, the source and a certainty badge. Choosing a claim
 * highlights its edge; choosing the other actor moves there.
 */

export function spanText(entry: { start?: string; end?: string }): string {
  if (entry.start === undefined && entry.end === undefined) return "";
  if (entry.start !== undefined && entry.start === entry.end) return entry.start;
  return `${entry.start ?? "…"} – ${entry.end ?? "…"}`;
}

export function certaintyBadge(certainty: string): HTMLElement {
  return h("span", {
    className: `badge badge-${certainty}`,
    text: certainty,
    attrs: { title: `Certainty: ${certainty}` },
  });
}

/** One claim of the selected actor: the other actor (a button), certainty, span, "show on graph", quotes. */
function entryItem(ctx: AppContext, entry: SummaryEntry, chosen: boolean): HTMLElement {
  return h(
    "li",
    { className: chosen ? "claim chosen" : "claim", attrs: { "data-claim": entry.claim } },
    h(
      "div",
      { className: "claim-line" },
      h("button", {
        className: "link-button other",
        text: entry.otherLabel,
        attrs: { type: "button", title: `Go to ${entry.otherLabel}` },
        on: { click: () => ctx.selectActor(entry.other, { move: true }) },
      }),
      certaintyBadge(entry.certainty),
      h("span", { className: "span", text: spanText(entry) }),
      h("button", {
        className: "link-button show-claim",
        text: chosen ? "shown on graph" : "show on graph",
        attrs: { type: "button", "aria-pressed": String(chosen) },
        on: {
          click: () =>
            ctx.store.set({
              selectedClaim: ctx.store.get().selectedClaim === entry.claim ? null : entry.claim,
            }),
        },
      }),
    ),
    ...entry.evidence.map((evidence, index, all) => evidenceBlock(ctx, evidence, all.slice(0, index))),
    noteOf(ctx, entry.claim),
  );
}

function noteOf(ctx: AppContext, claim: string): HTMLElement | null {
  const graph = ctx.graph();
  const note = graph.hasEdge(claim) ? graph.getEdgeAttribute(claim, "note") : undefined;
  return note === undefined || note === "" ? null : h("p", { className: "note", text: `Note: ${note}` });
}

/** Claims the filters or date hide, with the way to show them all again. */
function hiddenNote(ctx: AppContext, hidden: number, total: number): HTMLElement {
  return h(
    "p",
    { className: "empty hidden-note" },
    `${hidden} of ${total} claims hidden by the filters or date. `,
    h("button", {
      className: "link-button clear-filters",
      text: "Clear filters",
      attrs: { type: "button", id: "clear-filters" },
      on: { click: () => ctx.store.set({ filters: defaultState().filters, date: null }) },
    }),
  );
}

export function mountDetails(ctx: AppContext): Panel {
  const container = byId("details-view");

  const renderEmpty = () => {
    const graph = ctx.graph();
    container.replaceChildren(
      h("p", {
        className: "empty",
        text: "Select an actor: click it on the graph or find it with the search box.",
      }),
      h("p", { className: "empty", text: `${graph.order} actors, ${graph.size} claims.` }),
    );
  };

  return {
    render(state: AppState, previous: AppState | null, datasetChanged: boolean) {
      const unchanged =
        !datasetChanged &&
        previous !== null &&
        previous.selected === state.selected &&
        previous.selectedClaim === state.selectedClaim &&
        previous.filters === state.filters &&
        previous.date === state.date;
      if (unchanged) return;
      const actor = state.selected;
      const graph = ctx.graph();
      if (actor === null || !graph.hasNode(actor)) {
        renderEmpty();
        return;
      }
      const { ontology } = ctx.loaded();
      const attributes = graph.getNodeAttributes(actor);
      const kind = ontology.nodeKinds.find((k) => k.id === attributes.kind);
      const look = kindAppearance(ontology, attributes.kind);
      const summary = actorSummary(graph, ontology, actor, ctx.derived().visibility.filter);
      const total = graph.degree(actor);
      const shown = summary.groups.reduce((sum, group) => sum + group.entries.length, 0);
      const parts: Array<HTMLElement | null> = [
        h(
          "div",
          { className: "actor-head" },
          swatch(look.color, look.shape),
          h("h2", { text: attributes.label, attrs: { id: "details-title" } }),
          h("span", { className: "kind-badge", text: kind?.label ?? attributes.kind }),
        ),
        attributes.aliases.length > 0
          ? h("p", { className: "aliases", text: `Also: ${attributes.aliases.join(" · ")}` })
          : null,
        attributes.description !== ""
          ? h("p", { className: "description", text: attributes.description })
          : null,
        shown < total ? hiddenNote(ctx, total - shown, total) : null,
        summary.groups.length === 0
          ? h("p", { className: "empty", text: "No claims in the current view." })
          : null,
        ...summary.groups.map((group) =>
          h(
            "section",
            {
              className: "claim-group",
              attrs: { "data-relation": group.relation, "data-direction": group.direction },
            },
            h(
              "h3",
              {},
              swatch(relationColor(ontology, group.relation), "line"),
              h("span", { text: `${group.label} (${group.entries.length})` }),
            ),
            h(
              "ul",
              { className: "claim-list" },
              ...group.entries.map((entry) => entryItem(ctx, entry, entry.claim === state.selectedClaim)),
            ),
          ),
        ),
      ];
      container.replaceChildren(...parts.filter((part): part is HTMLElement => part !== null));
    },
  };
}

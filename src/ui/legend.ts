import { ruleBreaks } from "../model/import-ontology";
import type { LoadedDataset } from "../model/types";
import type { AppState } from "../view/app-state";
import { RULE_BREAK_COLOR } from "../view/graph-style";
import type { AppContext, Panel } from "./context";
import { byId, h, swatch } from "./dom";

/**
 * The legend is the filter: each relation kind and node kind with its colour (and shape), how
 * many claims or actors it has, a checkbox, and "only" to show just that kind.
 */

function toggled(list: readonly string[], id: string, hidden: boolean): string[] {
  const set = new Set(list);
  if (hidden) set.add(id);
  else set.delete(id);
  return [...set].sort();
}

interface LegendItem {
  id: string;
  label: string;
  color: string;
  shape: "disc" | "square" | "triangle" | "diamond" | "line";
  count: number;
  shown?: number | undefined;
  title: string;
}

type Which = "hiddenRelations" | "hiddenKinds";

/** One list of the legend; re-rendering keeps the keyboard focus on the control that had it. */
function renderList(
  list: HTMLUListElement,
  items: LegendItem[],
  hidden: readonly string[],
  setHidden: (ids: string[]) => void,
  currentlyHidden: () => readonly string[],
) {
  const allIds = items.map((item) => item.id);
  // Re-rendering must not lose the keyboard focus: remember which control had it.
  const active = document.activeElement;
  const activeItem =
    active instanceof HTMLElement && list.contains(active) ? active.closest("li")?.dataset.id : undefined;
  const activeSelector = active instanceof HTMLButtonElement ? "button" : "input";
  list.replaceChildren(
    ...items.map((item) => {
      const off = hidden.includes(item.id);
      const checkbox = h("input", {
        attrs: { type: "checkbox", "data-id": item.id },
        on: {
          change: (event) => {
            const target = event.currentTarget as HTMLInputElement;
            setHidden(toggled(currentlyHidden(), item.id, !target.checked));
          },
        },
      });
      checkbox.checked = !off;
      return h(
        "li",
        { className: off ? "off" : "", attrs: { "data-id": item.id, title: item.title } },
        h(
          "label",
          {},
          checkbox,
          swatch(item.color, item.shape),
          h("span", { className: "name", text: item.label }),
          h("span", {
            className: "count",
            text:
              item.shown === undefined || item.shown === item.count
                ? String(item.count)
                : `${item.shown}/${item.count}`,
            attrs:
              item.shown === undefined || item.shown === item.count
                ? {}
                : {
                    title: `${item.shown} of ${item.count} shown in the current view (date and kind filters)`,
                  },
          }),
        ),
        h("button", {
          className: "only",
          text: "only",
          attrs: { type: "button", "aria-label": `Show only ${item.label}` },
          on: {
            click: () => setHidden(allIds.filter((id) => id !== item.id)),
          },
        }),
      );
    }),
  );
  if (activeItem !== undefined) {
    list.querySelector<HTMLElement>(`li[data-id="${CSS.escape(activeItem)}"] ${activeSelector}`)?.focus();
  }
}

/**
 * The red of claims that break the kind rules (a foreign file opened through the mapping step),
 * explained in the legend only when the dataset shown has such claims.
 */
function renderRuleBreakNote(note: HTMLElement, loaded: LoadedDataset): void {
  const count = loaded.mappedOnto ? ruleBreaks(loaded.dataset, loaded.mappedOnto).length : 0;
  note.hidden = count === 0;
  if (count === 0) {
    note.replaceChildren();
    return;
  }
  note.replaceChildren(
    swatch(RULE_BREAK_COLOR, "line"),
    h("span", {
      text: `Red line: a claim that breaks the ontology's kind rules (${count}, listed under Export & import).`,
    }),
  );
}

export function mountLegend(ctx: AppContext): Panel {
  const relationList = byId<HTMLUListElement>("relation-legend");
  const kindList = byId<HTMLUListElement>("kind-legend");
  const ruleBreakNote = byId("rule-break-note");
  const setHidden = (which: Which, ids: string[]) =>
    ctx.store.set((state) => ({ ...state, filters: { ...state.filters, [which]: ids } }));

  byId("relations-all").addEventListener("click", () => setHidden("hiddenRelations", []));
  byId("kinds-all").addEventListener("click", () => setHidden("hiddenKinds", []));
  const unconnected = byId<HTMLInputElement>("hide-unconnected");
  unconnected.addEventListener("change", () =>
    ctx.store.set((state) => ({
      ...state,
      filters: { ...state.filters, hideUnconnected: unconnected.checked },
    })),
  );

  return {
    render(state: AppState, previous: AppState | null, datasetChanged: boolean) {
      const unchanged =
        previous !== null && previous.filters === state.filters && previous.date === state.date;
      if (!datasetChanged && unchanged) return;
      unconnected.checked = state.filters.hideUnconnected;
      if (datasetChanged) renderRuleBreakNote(ruleBreakNote, ctx.loaded());
      const { ontology } = ctx.loaded();
      const graph = ctx.graph();
      const relationCounts = new Map<string, number>();
      // Claims of a relation that the date or the kind filters (not its own checkbox) leave out of view.
      const narrowed = state.date !== null || state.filters.hiddenKinds.length > 0;
      const outOfView = new Map<string, number>();
      const { hiddenEdges } = ctx.derived().visibility;
      graph.forEachEdge((edge, attributes) => {
        relationCounts.set(attributes.relation, (relationCounts.get(attributes.relation) ?? 0) + 1);
        if (narrowed && hiddenEdges.has(edge)) {
          outOfView.set(attributes.relation, (outOfView.get(attributes.relation) ?? 0) + 1);
        }
      });
      const kindCounts = new Map<string, number>();
      graph.forEachNode((_node, attributes) =>
        kindCounts.set(attributes.kind, (kindCounts.get(attributes.kind) ?? 0) + 1),
      );
      // Kinds the dataset does not use stay listed (count 0) but after the ones it does.
      const byUse = <T extends { id: string }>(items: T[], counts: Map<string, number>) =>
        [...items].sort((a, b) => Number((counts.get(b.id) ?? 0) > 0) - Number((counts.get(a.id) ?? 0) > 0));
      renderList(
        relationList,
        byUse(ontology.relationKinds, relationCounts).map((relation) => ({
          id: relation.id,
          label: relation.label,
          color: relation.color,
          shape: "line",
          count: relationCounts.get(relation.id) ?? 0,
          // With a date or kind filter, the part of the count the view shows ("2/9").
          shown:
            narrowed && !state.filters.hiddenRelations.includes(relation.id)
              ? (relationCounts.get(relation.id) ?? 0) - (outOfView.get(relation.id) ?? 0)
              : undefined,
          title: `${relation.description}${relation.directed ? "" : " (symmetric)"}`,
        })),
        state.filters.hiddenRelations,
        (ids) => setHidden("hiddenRelations", ids),
        () => ctx.store.get().filters.hiddenRelations,
      );
      renderList(
        kindList,
        byUse(ontology.nodeKinds, kindCounts).map((kind) => ({
          id: kind.id,
          label: kind.label,
          color: kind.color,
          shape: kind.shape,
          count: kindCounts.get(kind.id) ?? 0,
          title: kind.description,
        })),
        state.filters.hiddenKinds,
        (ids) => setHidden("hiddenKinds", ids),
        () => ctx.store.get().filters.hiddenKinds,
      );
    },
  };
}

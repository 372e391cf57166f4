import type { CampResult } from "../analysis/camps";
import type { RankRow } from "../analysis/rank";
import {
  ACTOR_COLUMNS,
  type ActorColumn,
  type ActorSort,
  campLabel,
  DEFAULT_ACTOR_SORT,
  nextSort,
  sortActorRows,
} from "../view/actor-rows";
import { analysisViews } from "../view/analysis-cache";
import type { AppState } from "../view/app-state";
import { UNALIGNED_COLOR } from "../view/appearance";
import { campColors } from "../view/camp-style";
import type { AppContext, Panel } from "./context";
import { byId, fill, h, swatch } from "./dom";
import { cutNote, LISTED_ROWS } from "./list-limit";
import { rebuildKeepingFocus } from "./panel-focus";

/** The header: every column a sort button; the active one says its direction. */
function headerRow(sort: ActorSort, sortBy: (column: ActorColumn) => void): HTMLTableRowElement {
  return h(
    "tr",
    {},
    ...ACTOR_COLUMNS.map((column) => {
      const active = sort.column === column.id;
      return h(
        "th",
        {
          className: column.numeric ? "numeric" : "",
          attrs: { scope: "col", "aria-sort": active ? sort.direction : "none", "data-column": column.id },
        },
        h("button", {
          className: "sort-button",
          text: `${column.label}${active ? (sort.direction === "ascending" ? " ▲" : " ▼") : ""}`,
          attrs: {
            type: "button",
            title: `${column.title}. Sort by this column.`,
            "data-focus-key": `sort:${column.id}`,
          },
          on: { click: () => sortBy(column.id) },
        }),
      );
    }),
  );
}

/** One cell; the actor's name is a button, so a row can be chosen from the keyboard. */
function tableCell(
  row: RankRow,
  column: ActorColumn,
  campResult: CampResult,
  colors: Map<string, string>,
  kindLabel: (kind: string) => string,
): HTMLTableCellElement {
  switch (column) {
    case "label":
      return h(
        "th",
        { attrs: { scope: "row" } },
        h("button", {
          className: "link-button row-select",
          text: row.label,
          attrs: { type: "button", title: `Select ${row.label}`, "data-focus-key": `row:${row.actor}` },
        }),
      );
    case "kind":
      return h("td", { text: kindLabel(row.kind) });
    case "camp":
      return h(
        "td",
        {
          className: "camp-cell",
          attrs: { "data-camp": row.camp ?? "", title: campLabel(campResult, row.camp) },
        },
        swatch(colors.get(row.camp ?? "") ?? UNALIGNED_COLOR, "disc"),
        h("span", { text: campLabel(campResult, row.camp) }),
      );
    case "betweenness":
      // Three decimals, as `faultline rank` prints it.
      return h("td", { className: "numeric", text: row.betweenness.toFixed(3) });
    default:
      return h("td", { className: "numeric", text: String(row[column]) });
  }
}

/**
 * Every actor with its influence figures (`faultline rank --json` as of the chosen date), like the
 * data tables of Gephi Lite: a header sorts (again: reverses), a row selects the actor as the search
 * does. Headers and actor names are buttons, so all of it works from the keyboard; on a phone the
 * table scrolls sideways inside its panel.
 */
export function mountActorTable(ctx: AppContext): Panel {
  const container = byId("actors-view");
  let sort: ActorSort = DEFAULT_ACTOR_SORT;
  let tbody: HTMLTableSectionElement | null = null;

  const markSelected = (selected: string | null) => {
    for (const row of tbody?.rows ?? []) {
      const isSelected = row.dataset.actor === selected;
      row.classList.toggle("selected", isSelected);
      if (isSelected) row.setAttribute("aria-current", "true");
      else row.removeAttribute("aria-current");
    }
  };

  const build = (state: AppState) => {
    const graph = ctx.graph();
    const { ontology } = ctx.loaded();
    const views = analysisViews(graph, ontology, state.date);
    const campResult = views.camps();
    const colors = campColors(campResult);
    const kindLabels = new Map(ontology.nodeKinds.map((k) => [k.id, k.label]));
    const kindLabel = (kind: string) => kindLabels.get(kind) ?? kind;
    const rows = sortActorRows(views.rank(), sort, kindLabel);

    const header = headerRow(sort, sortBy);
    const cell = (row: RankRow, column: ActorColumn) => tableCell(row, column, campResult, colors, kindLabel);
    tbody = h(
      "tbody",
      {},
      ...rows.slice(0, LISTED_ROWS).map((row) =>
        h(
          "tr",
          {
            attrs: { "data-actor": row.actor },
            // The whole row is the target for a pointer; the name button carries it for the keyboard.
            on: { click: () => ctx.selectActor(row.actor, { move: true }) },
          },
          ...ACTOR_COLUMNS.map((column) => cell(row, column.id)),
        ),
      ),
    );
    const sortedBy = ACTOR_COLUMNS.find((c) => c.id === sort.column)?.label ?? sort.column;
    rebuildKeepingFocus(container, () =>
      fill(
        container,
        h("h2", {
          className: "mode-title",
          text: `Actors, ${state.date === null ? "all time" : `as of ${state.date}`}`,
        }),
        h("p", {
          className: "hint",
          text: `${rows.length} actors (places left out), sorted by ${sortedBy.toLowerCase()}, ${sort.direction}. Click a header to sort, a row to select.`,
          attrs: { id: "actors-caption" },
        }),
        h(
          "div",
          {
            className: "table-scroll",
            // Focusable so the keyboard can scroll it sideways on a narrow screen.
            attrs: { tabindex: "0", role: "region", "aria-labelledby": "actors-caption" },
          },
          h("table", { className: "actor-table" }, h("thead", {}, header), tbody),
        ),
        cutNote(Math.min(LISTED_ROWS, rows.length), rows.length, "actors (sort to see others first)"),
      ),
    );
    markSelected(state.selected);
  };

  const resizeGraph = () =>
    requestAnimationFrame(() => {
      ctx.view.sigma.resize();
      ctx.view.sigma.refresh();
    });

  const sortBy = (column: ActorColumn) => {
    sort = nextSort(sort, column);
    build(ctx.store.get());
  };

  return {
    render(state: AppState, previous: AppState | null, datasetChanged: boolean) {
      // The side panel widens while the table is shown (CSS): the graph canvas must follow.
      if ((state.mode === "actors") !== (previous?.mode === "actors")) resizeGraph();
      if (state.mode !== "actors") return;
      const rebuild =
        datasetChanged ||
        previous === null ||
        previous.mode !== state.mode ||
        previous.date !== state.date ||
        tbody === null;
      if (rebuild) build(state);
      else if (previous.selected !== state.selected) markSelected(state.selected);
    },
  };
}

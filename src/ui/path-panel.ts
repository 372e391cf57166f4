import type { Ontology } from "../model/types";
import type { AppState } from "../view/app-state";
import { actorCombobox, searchables } from "./actor-combobox";
import { chainList } from "./chains";
import type { AppContext, Panel } from "./context";
import { byId, fill, h } from "./dom";

/**
 * The path finder: how two actors are connected, over the relation kinds the user picks. The
 * shortest chains are listed and drawn on the graph.
 */
/**
 * A searchable actor picker (the search box's combobox: labels and aliases, arrow keys, Enter),
 * showing the chosen actor's label.
 */
function actorPicker(
  ctx: AppContext,
  id: string,
  label: string,
  value: string | null,
  onChoose: (actor: string) => void,
): HTMLElement {
  const input = h("input", {
    attrs: {
      id,
      type: "search",
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": `${id}-list`,
      autocomplete: "off",
      spellcheck: "false",
      placeholder: "Type a name or alias…",
    },
  });
  input.value = value === null ? "" : ctx.actorLabel(value);
  const list = h("div", {
    attrs: { id: `${id}-list`, role: "listbox", "aria-label": `${label}: matching actors` },
  });
  list.hidden = true;
  const combobox = actorCombobox({
    input,
    list,
    idPrefix: `${id}-hit`,
    ontology: () => ctx.loaded().ontology,
    onChoose: (hit) => onChoose(hit.id),
  });
  combobox.setItems(searchables(ctx.graph()));
  return h(
    "div",
    { className: "form-row" },
    h("label", { text: label, attrs: { for: id } }),
    h("div", { className: "search" }, input, list),
  );
}

/** The relations a path may use: every one checked means null (all). */
function relationChoice(
  ctx: AppContext,
  ontology: Ontology,
  chosen: readonly string[] | null,
  onChange: (relations: string[] | null) => void,
): HTMLFieldSetElement {
  return h(
    "fieldset",
    { className: "relation-checks" },
    h("legend", { text: "Over relations" }),
    ...ontology.relationKinds.map((relation) => {
      const box = h("input", {
        attrs: { type: "checkbox", id: `path-rel-${relation.id}`, value: relation.id },
        on: {
          change: () => {
            const all = ontology.relationKinds.map((r) => r.id);
            const current = new Set(ctx.store.get().path.relations ?? all);
            if (current.has(relation.id)) current.delete(relation.id);
            else current.add(relation.id);
            const next = all.filter((id) => current.has(id));
            onChange(next.length === all.length ? null : next);
          },
        },
      });
      box.checked = chosen === null || chosen.includes(relation.id);
      return h("label", {}, box, h("span", { text: relation.label }));
    }),
  );
}

export function mountPath(ctx: AppContext): Panel {
  const container = byId("path-view");

  return {
    render(state: AppState, previous: AppState | null, datasetChanged: boolean) {
      if (state.mode !== "path") return;
      const unchanged =
        !datasetChanged &&
        previous !== null &&
        previous.mode === state.mode &&
        previous.path === state.path &&
        previous.highlightedClaims === state.highlightedClaims &&
        previous.filters === state.filters &&
        previous.date === state.date;
      if (unchanged) return;
      const focusedId = document.activeElement?.id;
      // Another question forgets the route chosen among the previous answer's.
      const setPath = (patch: Partial<AppState["path"]>) =>
        ctx.store.set((s) => ({ ...s, path: { ...s.path, ...patch }, highlightedClaims: [] }));
      const { ontology } = ctx.loaded();
      const relationChecks = relationChoice(ctx, ontology, state.path.relations, (relations) =>
        setPath({ relations }),
      );
      const chains = ctx.derived().paths;
      let result: HTMLElement;
      if (state.path.from === null || state.path.to === null) {
        result = h("p", { className: "empty", text: "Choose two actors." });
      } else if (chains === null || chains.length === 0) {
        result = h("p", {
          className: "empty",
          text: "No connection over the chosen relations in the current view.",
        });
      } else {
        const hops = chains[0]?.length ?? 0;
        result = h(
          "section",
          { attrs: { "data-list": "paths" } },
          h("h3", {
            text: `${chains.length} shortest path${chains.length === 1 ? "" : "s"}, ${hops} hop${hops === 1 ? "" : "s"}`,
          }),
          h("p", {
            className: "hint",
            text: "Pick a route to light it alone on the graph and read its quotes.",
          }),
          chainList(ctx, chains),
        );
      }
      fill(
        container,
        h("h2", { className: "mode-title", text: "How are two actors connected?" }),
        h(
          "div",
          { className: "path-pickers" },
          actorPicker(ctx, "path-from", "From", state.path.from, (actor) => setPath({ from: actor })),
          h(
            "div",
            { className: "swap-row" },
            h("button", {
              className: "link-button",
              text: "⇅ Swap",
              attrs: { type: "button", id: "path-swap", title: "Swap From and To" },
              on: { click: () => setPath({ from: state.path.to, to: state.path.from }) },
            }),
          ),
          actorPicker(ctx, "path-to", "To", state.path.to, (actor) => setPath({ to: actor })),
        ),
        relationChecks,
        result,
        h("p", {
          className: "hint",
          text: "Directed claims may be walked against their direction (shown as ←).",
        }),
      );
      if (focusedId !== undefined && focusedId !== "") document.getElementById(focusedId)?.focus();
    },
  };
}

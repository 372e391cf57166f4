import type { Ontology } from "../model/types";
import type { AppState } from "../view/app-state";
import { chainList } from "./chains";
import type { AppContext, Panel } from "./context";
import { byId, fill, h } from "./dom";

/**
 * The path finder: how two actors are connected, over the relation kinds the user picks. The
 * shortest chains are listed and drawn on the graph.
 */
/** A drop-down of every actor, by label. */
function actorSelect(
  ctx: AppContext,
  id: string,
  value: string | null,
  onChange: (actor: string | null) => void,
): HTMLSelectElement {
  const graph = ctx.graph();
  const actors = graph.mapNodes((node, attributes) => ({ node, label: attributes.label }));
  actors.sort((a, b) => a.label.localeCompare(b.label));
  const select = h(
    "select",
    {
      attrs: { id },
      on: { change: (event) => onChange((event.currentTarget as HTMLSelectElement).value || null) },
    },
    h("option", { text: "— choose an actor —", attrs: { value: "" } }),
    ...actors.map(({ node, label }) => h("option", { text: label, attrs: { value: node } })),
  );
  select.value = value ?? "";
  return select;
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
        previous.filters === state.filters &&
        previous.date === state.date;
      if (unchanged) return;
      const focusedId = document.activeElement?.id;
      const setPath = (patch: Partial<AppState["path"]>) =>
        ctx.store.set((s) => ({ ...s, path: { ...s.path, ...patch } }));
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
          chainList(ctx, chains),
        );
      }
      fill(
        container,
        h("h2", { className: "mode-title", text: "How are two actors connected?" }),
        h(
          "div",
          { className: "form-row" },
          h("label", { text: "From", attrs: { for: "path-from" } }),
          actorSelect(ctx, "path-from", state.path.from, (actor) => setPath({ from: actor })),
        ),
        h(
          "div",
          { className: "form-row" },
          h("label", { text: "To", attrs: { for: "path-to" } }),
          actorSelect(ctx, "path-to", state.path.to, (actor) => setPath({ to: actor })),
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

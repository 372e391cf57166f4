import type { AppContext, Panel } from "./context";
import { byId, h, swatch } from "./dom";
import { type Searchable, type SearchHit, searchActors } from "./search-index";

/**
 * The actor search box: an ARIA combobox over labels and aliases. Arrow keys move through the
 * results, Enter chooses, Escape closes (or clears). Choosing selects the actor and moves the
 * camera to it.
 */
export function mountSearch(ctx: AppContext): Panel {
  const input = byId<HTMLInputElement>("search");
  const list = byId<HTMLDivElement>("search-results");
  let items: Searchable[] = [];
  let hits: SearchHit[] = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const choose = (hit: SearchHit | undefined) => {
    if (hit === undefined) return;
    input.value = hit.label;
    close();
    ctx.selectActor(hit.id, { move: true });
  };

  const highlight = (index: number) => {
    active = hits.length === 0 ? -1 : (index + hits.length) % hits.length;
    for (const [i, option] of [...list.children].entries())
      option.setAttribute("aria-selected", String(i === active));
    const current = list.children[active] as HTMLElement | undefined;
    if (current !== undefined) {
      input.setAttribute("aria-activedescendant", current.id);
      current.scrollIntoView({ block: "nearest" });
    }
  };

  const kinds = () => new Map(ctx.loaded().ontology.nodeKinds.map((kind) => [kind.id, kind]));

  const update = () => {
    hits = searchActors(items, input.value);
    const kindById = kinds();
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const kind = kindById.get(hit.kind);
        return h(
          "div",
          {
            attrs: { id: `search-hit-${i}`, role: "option", "aria-selected": "false", "data-id": hit.id },
            on: {
              // mousedown, not click: choosing must happen before the input's blur closes the list.
              mousedown: (event) => {
                event.preventDefault();
                choose(hit);
              },
            },
          },
          swatch(kind?.color ?? "#888", kind?.shape ?? "disc"),
          h("span", { text: hit.label }),
          hit.via !== undefined ? h("span", { className: "via", text: `as “${hit.via}”` }) : null,
        );
      }),
    );
    if (input.value.trim() === "") {
      close();
      return;
    }
    if (hits.length === 0) {
      list.replaceChildren(
        h("div", {
          className: "no-match",
          text: "No actor matches",
          attrs: { role: "option", "aria-disabled": "true" },
        }),
      );
    }
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    highlight(hits.length > 0 ? 0 : -1);
  };

  input.addEventListener("input", update);
  input.addEventListener("focus", () => {
    if (input.value.trim() !== "") update();
  });
  input.addEventListener("blur", close);
  input.addEventListener("keydown", (event) => {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (list.hidden) update();
        else highlight(active + 1);
        break;
      case "ArrowUp":
        event.preventDefault();
        highlight(active - 1);
        break;
      case "Enter":
        if (!list.hidden) {
          event.preventDefault();
          choose(hits[active]);
        }
        break;
      case "Escape":
        if (!list.hidden) close();
        else input.value = "";
        break;
    }
  });

  return {
    render(_state, _previous, datasetChanged) {
      if (!datasetChanged) return;
      const graph = ctx.graph();
      items = graph.mapNodes((node, attributes) => ({
        id: node,
        label: attributes.label,
        aliases: attributes.aliases,
        kind: attributes.kind,
      }));
      close();
    },
  };
}

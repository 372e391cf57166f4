import type { FaultlineGraph, Ontology } from "../model/types";
import { kindAppearance } from "../view/appearance";
import { type Searchable, type SearchHit, searchActors } from "../view/search-index";
import { h, swatch } from "./dom";

/**
 * An ARIA combobox over actors (labels and aliases): arrow keys move through the results, Enter
 * chooses, Escape closes (or clears). The search box and the path pickers are each one.
 */

export interface ActorComboboxOptions {
  input: HTMLInputElement;
  list: HTMLElement;
  /** Prefix of the options' ids (unique on the page). */
  idPrefix: string;
  ontology(): Ontology;
  onChoose(hit: SearchHit): void;
}

export interface ActorCombobox {
  /** The actors to search (after a dataset change). */
  setItems(items: Searchable[]): void;
  close(): void;
}

interface SearchKeys {
  open(): void;
  move(step: number): void;
  choose(): void;
  close(): void;
  clear(): void;
}

/** The combobox keys: arrows move through the results, Enter chooses, Escape closes (or clears). */
function comboboxKey(event: KeyboardEvent, listHidden: boolean, keys: SearchKeys): void {
  switch (event.key) {
    case "ArrowDown":
      event.preventDefault();
      if (listHidden) keys.open();
      else keys.move(1);
      break;
    case "ArrowUp":
      event.preventDefault();
      keys.move(-1);
      break;
    case "Enter":
      if (!listHidden) {
        event.preventDefault();
        keys.choose();
      }
      break;
    case "Escape":
      if (!listHidden) {
        // Escape closing the list must not also close a panel around the box.
        event.stopPropagation();
        keys.close();
      } else keys.clear();
      break;
  }
}

function hitOption(
  id: string,
  hit: SearchHit,
  ontology: Ontology,
  choose: (hit: SearchHit) => void,
): HTMLElement {
  const kind = kindAppearance(ontology, hit.kind);
  return h(
    "div",
    {
      attrs: { id, role: "option", "aria-selected": "false", "data-id": hit.id },
      on: {
        // mousedown, not click: choosing must happen before the input's blur closes the list.
        mousedown: (event) => {
          event.preventDefault();
          choose(hit);
        },
      },
    },
    swatch(kind.color, kind.shape),
    h("span", { text: hit.label }),
    hit.via !== undefined ? h("span", { className: "via", text: `as “${hit.via}”` }) : null,
  );
}

export function actorCombobox(options: ActorComboboxOptions): ActorCombobox {
  const { input, list, idPrefix } = options;
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
    options.onChoose(hit);
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
  const update = () => {
    if (input.value.trim() === "") {
      close();
      return;
    }
    hits = searchActors(items, input.value);
    const ontology = options.ontology();
    list.replaceChildren(...hits.map((hit, i) => hitOption(`${idPrefix}-${i}`, hit, ontology, choose)));
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
  input.addEventListener("keydown", (event) =>
    comboboxKey(event, list.hidden !== false, {
      open: update,
      move: (step) => highlight(active + step),
      choose: () => choose(hits[active]),
      close,
      clear: () => {
        input.value = "";
      },
    }),
  );
  return {
    setItems(next) {
      items = next;
      close();
    },
    close,
  };
}

/** The actors of a graph as the combobox searches them. */
export function searchables(graph: FaultlineGraph): Searchable[] {
  return graph.mapNodes((node, attributes) => ({
    id: node,
    label: attributes.label,
    aliases: attributes.aliases,
    kind: attributes.kind,
  }));
}

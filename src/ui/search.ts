import { actorCombobox, searchables } from "./actor-combobox";
import type { AppContext, Panel } from "./context";
import { byId } from "./dom";

/**
 * The actor search box: a combobox over labels and aliases. Choosing selects the actor and moves
 * the camera to it.
 */
export function mountSearch(ctx: AppContext): Panel {
  const combobox = actorCombobox({
    input: byId<HTMLInputElement>("search"),
    list: byId("search-results"),
    idPrefix: "search-hit",
    ontology: () => ctx.loaded().ontology,
    onChoose: (hit) => ctx.selectActor(hit.id, { move: true }),
  });
  return {
    render(_state, _previous, datasetChanged) {
      if (datasetChanged) combobox.setItems(searchables(ctx.graph()));
    },
  };
}

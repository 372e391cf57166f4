import { isOneOf } from "../view/app-state";
import { LABEL_DENSITIES } from "../view/label-placement";
import type { AppContext, Panel } from "./context";
import { byId } from "./dom";

/** The label density control: every label that fits (default), all, the larger actors, none. */
export function mountLabelControl(ctx: AppContext): Panel {
  const select = byId<HTMLSelectElement>("label-density");
  select.addEventListener("change", () => {
    if (isOneOf(LABEL_DENSITIES, select.value)) ctx.store.set({ labels: select.value });
  });
  return {
    render(state) {
      select.value = state.labels;
    },
  };
}

import { loadDataset } from "../model/load";
import type { LoadedDataset } from "../model/types";
import { bundledDatasetPaths, readAppText } from "../view/bundled-data";
import { showInputErrors } from "./alert";
import type { AppContext } from "./context";
import { byId, h } from "./dom";

/**
 * Which dataset the explorer shows: every dataset shipped in data/ (the Hama article, the Syrian
 * war once it is there), and the dataset now shown when it was imported. Choosing a shipped one
 * opens it in the same renderer; one that does not load is reported and the graph stays.
 */
export function mountDatasetPicker(
  ctx: AppContext,
  actions: { replaceDataset(loaded: LoadedDataset): void },
  status: HTMLElement,
): void {
  const picker = byId<HTMLSelectElement>("dataset-picker");
  const shipped = bundledDatasetPaths();
  const render = () => {
    const current = ctx.loaded().file.replace(/^\.?\//, "");
    const options = shipped.map((path) =>
      h("option", { text: path.replace(/^data\//, "").replace(/\.json$/, ""), attrs: { value: path } }),
    );
    if (!shipped.includes(current))
      options.push(h("option", { text: `${ctx.loaded().dataset.id} (imported)`, attrs: { value: "" } }));
    picker.replaceChildren(...options);
    picker.value = shipped.includes(current) ? current : "";
  };
  render();
  ctx.store.subscribe(() => {
    if (picker.value !== (shipped.includes(ctx.loaded().file) ? ctx.loaded().file : "")) render();
  });
  picker.addEventListener("change", async () => {
    const path = picker.value;
    if (path === "") return;
    status.textContent = `Opening ${path}…`;
    const result = await loadDataset(path, readAppText);
    if (!result.ok) {
      showInputErrors(`Cannot open ${path}: the current graph is unchanged.`, result.errors);
      render();
      return;
    }
    actions.replaceDataset(result.value);
    const { dataset } = result.value;
    status.textContent = `Opened ${dataset.title}: ${dataset.actors.length} actors, ${dataset.claims.length} claims.`;
  });
}

import { loadDataset } from "./model/load";
import { showInputErrors } from "./ui/alert";
import { startExplorer } from "./ui/app";
import { DEFAULT_DATASET, readAppText } from "./ui/bundled-data";
import { byId } from "./ui/dom";

/** Opens the bundled dataset (data/ in the repository) in the explorer. */
async function main(): Promise<void> {
  const result = await loadDataset(DEFAULT_DATASET, readAppText);
  if (!result.ok) {
    byId("dataset-title").textContent = "The dataset could not be loaded";
    showInputErrors(`Cannot open ${DEFAULT_DATASET}`, result.errors);
    return;
  }
  startExplorer(result.value);
}

void main();

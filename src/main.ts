// Must stay first: configures zod before any schema is created (see zod-csp.ts).
import "./view/zod-csp";
import { loadDataset } from "./model/load";
import { showInputErrors } from "./ui/alert";
import { startExplorer } from "./ui/app";
import { byId } from "./ui/dom";
import { afterGraphShown, fileParameter, openByUrl } from "./ui/open-by-url";
import { DEFAULT_DATASET, readAppText } from "./view/bundled-data";
import { openSavedWork } from "./view/workspace";

/**
 * Opens the explorer on the file named by `?file=<url>` (loaded in a worker), else on the dataset
 * saved in this browser (an earlier import), or else on the bundled dataset (data/ in the repository).
 */
async function main(): Promise<void> {
  const loadBundled = () => loadDataset(DEFAULT_DATASET, readAppText);
  const file = fileParameter();
  const fromUrl = file === null ? null : openByUrl(file);
  const savedWork = await openSavedWork(() => {
    byId("data-status").textContent = "Another tab changed the saved dataset; reload to see it.";
  });
  // A browser without IndexedDB is no error worth an alert: the app only forgets on reload.
  const datasetProblems = savedWork.problems.filter((problem) => problem.path !== "IndexedDB");
  if (datasetProblems.length > 0) {
    showInputErrors(
      "The dataset saved in this browser could not be restored; showing the bundled one.",
      datasetProblems,
    );
  }
  if (fromUrl !== null) {
    const loaded = await fromUrl;
    if (loaded === null) return;
    await startExplorer(loaded, { loadBundled, initialIsBundled: false, savedWork });
    afterGraphShown();
    return;
  }
  if (savedWork.dataset !== null) {
    await startExplorer(savedWork.dataset, { loadBundled, initialIsBundled: false, savedWork });
    afterGraphShown();
    return;
  }
  const result = await loadBundled();
  if (!result.ok) {
    byId("dataset-title").textContent = "The dataset could not be loaded";
    showInputErrors(`Cannot open ${DEFAULT_DATASET}`, result.errors);
    return;
  }
  await startExplorer(result.value, { loadBundled, initialIsBundled: true, savedWork });
  afterGraphShown();
}

void main();

import type { LoadedDataset } from "../model/types";
import { LoadFailedError, loadInWorker } from "../view/load-client";
import type { LoadProgress } from "../view/load-protocol";
import { showInputErrors } from "./alert";
import { byId } from "./dom";

/**
 * `?file=<url>`: the explorer opens a dataset (JSON, with its ontology and sources beside it) or a
 * GEXF file from a URL of the same origin or one that allows CORS. Loading runs in the load
 * worker; the header shows progress and a Cancel button.
 */

/** Performance marks the benchmark reads (relative to navigation start). */
export const MARK_LOADED = "faultline:loaded";
export const MARK_SHOWN = "faultline:graph-shown";

export function fileParameter(search: string = location.search): string | null {
  const value = new URLSearchParams(search).get("file");
  return value === null || value.trim() === "" ? null : value.trim();
}

const STAGE_TEXT: Record<LoadProgress["stage"], string> = {
  download: "Downloading",
  sources: "Reading source texts",
  validate: "Checking",
  build: "Building the graph",
  layout: "Laying out the graph",
  transfer: "Preparing the view",
};

function describe(progress: LoadProgress): string {
  const { stage, done, total } = progress;
  let amount = "";
  if (stage === "download") {
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
    amount = total > 0 ? ` ${mb(done)} of ${mb(total)}` : ` ${mb(done)}`;
  } else if (total > 0) amount = ` ${Math.round((100 * done) / total)}%`;
  return `${STAGE_TEXT[stage]}…${amount}`;
}

/** Loads the file named by `?file=`, showing progress; null when cancelled or invalid (errors shown). */
export async function openByUrl(file: string): Promise<LoadedDataset | null> {
  const title = byId("dataset-title");
  const controller = new AbortController();
  const cancel = document.createElement("button");
  cancel.type = "button";
  cancel.className = "link-button load-cancel";
  cancel.textContent = "Cancel";
  cancel.addEventListener("click", () => controller.abort());
  title.textContent = `Opening ${file}…`;
  title.setAttribute("aria-live", "polite");
  title.after(cancel);
  try {
    const loaded = await loadInWorker(file, {
      signal: controller.signal,
      onProgress: (progress) => {
        title.textContent = describe(progress);
      },
    });
    performance.mark(MARK_LOADED);
    return loaded;
  } catch (error) {
    if (controller.signal.aborted) {
      title.textContent = `Cancelled opening ${file}`;
      return null;
    }
    title.textContent = "The file could not be opened";
    const errors =
      error instanceof LoadFailedError
        ? error.errors
        : [{ file, path: "$", message: error instanceof Error ? error.message : String(error) }];
    showInputErrors(`Cannot open ${file}`, errors);
    return null;
  } finally {
    cancel.remove();
  }
}

/**
 * After the explorer shows a graph (large-graph mode, if any, is the renderer's own): a mark once
 * the first frame with it is on screen.
 */
export function afterGraphShown(): void {
  // rAF runs before the next paint; the timeout after it lands once that frame is presented.
  requestAnimationFrame(() => setTimeout(() => performance.mark(MARK_SHOWN), 0));
}

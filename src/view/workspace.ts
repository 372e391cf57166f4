import { parseLoadedDataset } from "../model/load";
import type { InputError, LoadedDataset } from "../model/types";
import {
  discardWorkspace,
  loadWorkspace,
  openWorkspace,
  saveWorkspace,
  type WorkspaceHandle,
} from "./persistence";

/**
 * The explorer's use of the saved workspace (src/view/persistence.ts): an imported dataset is saved
 * in this browser so a reload keeps it; "back to the bundled dataset" discards it. Saved data is
 * validated again on the way in, like any other input. Without IndexedDB the explorer still works;
 * it just forgets on reload. Writes are forced: the user has just chosen this dataset in this tab,
 * so that choice wins over another tab's, and the other tabs are told (BroadcastChannel).
 */

export interface SavedWork {
  /** The saved dataset, validated; null when nothing is saved (or it could not be used). */
  dataset: LoadedDataset | null;
  /** Why saved work could not be opened or used, to tell the user. */
  problems: InputError[];
  /** Article work saved with the dataset (the article panel reads it); [] when none. */
  candidates: unknown[];
  /** Saves the dataset (null = the bundled one) and the article work in one transaction. */
  save(loaded: LoadedDataset | null, candidates?: unknown[]): Promise<string | null>;
  discard(): Promise<string | null>;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function openSavedWork(onExternalChange: () => void): Promise<SavedWork> {
  let handle: WorkspaceHandle | null = null;
  let revision = 0;
  let dataset: LoadedDataset | null = null;
  let candidates: unknown[] = [];
  const problems: InputError[] = [];
  try {
    handle = await openWorkspace({ onExternalChange });
    const stored = await loadWorkspace(handle);
    revision = stored.revision;
    candidates = stored.candidates;
    if (stored.dataset !== null) {
      const saved = stored.dataset;
      const checked = parseLoadedDataset(
        saved.file,
        JSON.stringify(saved.dataset),
        saved.ontology,
        saved.sourceTexts,
      );
      // A foreign file's mapping (the ontology it was mapped onto) comes back with it.
      if (checked.ok)
        dataset = saved.mappedOnto ? { ...checked.value, mappedOnto: saved.mappedOnto } : checked.value;
      else {
        // Article work built on a dataset that cannot be used is dropped with it.
        candidates = [];
        problems.push(...checked.errors.map((e) => ({ ...e, file: `saved work (${e.file})` })));
      }
    }
  } catch (error) {
    problems.push({ file: "saved work", path: "IndexedDB", message: errorText(error) });
  }

  const write = async (action: (h: WorkspaceHandle) => Promise<number>): Promise<string | null> => {
    if (handle === null) return "this browser does not keep saved work (IndexedDB unavailable)";
    try {
      revision = await action(handle);
      return null;
    } catch (error) {
      return errorText(error);
    }
  };

  return {
    dataset,
    problems,
    candidates,
    save: (loaded, articleWork = []) =>
      write((h) =>
        saveWorkspace(
          h,
          { dataset: loaded, candidates: articleWork, view: null },
          { baseRevision: revision, force: true },
        ),
      ),
    discard: () => write((h) => discardWorkspace(h, { baseRevision: revision, force: true })),
  };
}

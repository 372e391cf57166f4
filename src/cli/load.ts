import { loadDataset, type ReadText } from "../model/load";
import { MAX_DATASET_BYTES, MAX_TEXT_BYTES } from "../model/size-limits";
import type { LoadedDataset } from "../model/types";
import { InputError } from "./command";
import { readTextFile } from "./files";

/** Formats validation errors one per line as `file: path: message`. */
export function formatInputErrors(
  errors: readonly { file: string; path: string; message: string }[],
): string {
  return errors.map((e) => `${e.file}: ${e.path}: ${e.message}`).join("\n");
}

/**
 * The reader for a dataset and the files it names: each is refused by its size before it is read,
 * the dataset and the datasets it includes over the dataset limit, its ontology and source texts
 * over the smaller text limit.
 */
export function datasetReader(datasetPath: string): ReadText {
  return (path, what) =>
    readTextFile(path, path === datasetPath || what === "dataset" ? MAX_DATASET_BYTES : MAX_TEXT_BYTES);
}

/** Loads and validates a dataset from disk; throws InputError listing every problem found. */
export async function loadDatasetFile(path: string): Promise<LoadedDataset> {
  const result = await loadDataset(path, datasetReader(path));
  if (!result.ok) throw new InputError(formatInputErrors(result.errors));
  return result.value;
}

import { loadDataset } from "../model/load";
import type { LoadedDataset } from "../model/types";
import { InputError } from "./command";
import { readTextFile } from "./files";

/** Formats validation errors one per line as `file: path: message`. */
export function formatInputErrors(
  errors: readonly { file: string; path: string; message: string }[],
): string {
  return errors.map((e) => `${e.file}: ${e.path}: ${e.message}`).join("\n");
}

/** Loads and validates a dataset from disk; throws InputError listing every problem found. */
export async function loadDatasetFile(path: string): Promise<LoadedDataset> {
  const result = await loadDataset(path, readTextFile);
  if (!result.ok) throw new InputError(formatInputErrors(result.errors));
  return result.value;
}

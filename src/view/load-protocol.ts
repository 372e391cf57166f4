import type { DatasetColumns } from "../io/dataset-columns";
import type { Dataset, InputError, Ontology } from "../model/types";

/**
 * Messages between the explorer and its load worker. The dataset's actors, claims and layout
 * travel as columns (dataset-columns.ts) in one message whose buffers are transferred, not copied;
 * the page rebuilds the records from them in short steps.
 */

export type LoadRequest = { type: "load"; url: string } | { type: "load-text"; name: string; text: string };

export type LoadStage = "download" | "sources" | "validate" | "build" | "layout" | "transfer";

export interface LoadProgress {
  stage: LoadStage;
  /** Work done and total in the stage's unit (bytes, files, items); total 0 when unknown. */
  done: number;
  total: number;
}

/** The dataset without its big arrays, which follow as columns. */
export interface DatasetHead {
  file: string;
  ontology: Ontology;
  /** A foreign file opened with a mapping: the ontology it was mapped onto (see LoadedDataset). */
  mappedOnto?: Ontology;
  sourceTexts: Record<string, string>;
  dataset: Omit<Dataset, "actors" | "claims" | "layout">;
  warnings: string[];
}

export type LoadResponse =
  | { type: "progress"; progress: LoadProgress }
  /** The file is read and checked; its records follow. */
  | { type: "head"; head: DatasetHead }
  | { type: "columns"; columns: DatasetColumns }
  | { type: "failed"; errors: InputError[] };

/** Records rebuilt per step on the page: a few milliseconds each. */
export const DECODE_STEP = 5_000;

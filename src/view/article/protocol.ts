import type { Candidates } from "../../ingest/types";
import type { LoadedDataset } from "../../model/types";

/** Messages between the page and the article worker (src/view/article/worker.ts). */

/**
 * Which dataset the gazetteer must come from: `version` names it; `dataset` is sent only when the
 * worker may not have it yet (the worker keeps the gazetteer of the last version it was sent).
 */
export interface DatasetRef {
  version: number;
  dataset?: LoadedDataset;
}

export type ArticleRequest =
  /** Load the model and, for a dataset, build its gazetteer and read a sample article once. */
  | ({ type: "warm"; id: number } & Partial<DatasetRef>)
  | ({
      type: "extract";
      id: number;
      text: string;
      date: string;
      sourceId: string;
    } & DatasetRef);

/** Where the worker's time went, in milliseconds (0 for a step it had done already). */
export interface WarmTimings {
  model: number;
  gazetteer: number;
  sample: number;
}

export type ArticleResponse =
  | { type: "warm"; id: number; timings: WarmTimings }
  /** `workerMs`: the gazetteer (if rebuilt) and the extraction, as timed in the worker. */
  | { type: "result"; id: number; candidates: Candidates; workerMs: number }
  | { type: "error"; id: number; message: string };

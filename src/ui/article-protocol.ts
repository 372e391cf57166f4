import type { Candidates } from "../ingest/types";
import type { LoadedDataset } from "../model/types";

/** Messages between the page and the article worker (src/ui/article-worker.ts). */

export type ArticleRequest =
  | { type: "warm"; id: number }
  | {
      type: "extract";
      id: number;
      text: string;
      date: string;
      sourceId: string;
      /** Which dataset the gazetteer must come from; `dataset` is sent only when the worker lacks it. */
      version: number;
      dataset?: LoadedDataset;
    };

export type ArticleResponse =
  | { type: "warm"; id: number }
  | { type: "result"; id: number; candidates: Candidates }
  | { type: "error"; id: number; message: string };

import type { DatasetColumns } from "../io/dataset-columns";
import { DatasetDecoder } from "../io/dataset-columns-decode";
import type { InputError, LoadedDataset } from "../model/types";
import {
  type DatasetHead,
  DECODE_STEP,
  type LoadProgress,
  type LoadRequest,
  type LoadResponse,
} from "./load-protocol";
import { nextTask } from "./next-task";

/**
 * Opens a dataset or GEXF file in the load worker and rebuilds it on the page from the columns the
 * worker transfers, DECODE_STEP records per task, so the page stays responsive while a large file
 * loads; aborting the signal terminates the worker and stops the rebuilding.
 */

/** Performance mark (read by the benchmark): the worker has parsed and checked the file. */
const MARK_HEAD = "faultline:load-head";

export interface LoadInWorkerOptions {
  onProgress?: (progress: LoadProgress) => void;
  signal?: AbortSignal;
}

/** The dataset's layout has a position for every actor: from the file, or the worker's layout. */
export interface WorkerLoaded extends LoadedDataset {
  /** What the reading noticed (rewritten ids, a mapping applied, …). */
  warnings: string[];
}

/** Rejection of `loadInWorker` when the file is invalid: every error with file and place. */
export class LoadFailedError extends Error {
  readonly errors: InputError[];
  constructor(errors: InputError[]) {
    super(errors.map((e) => `${e.file}: ${e.path}: ${e.message}`).join("\n"));
    this.name = "LoadFailedError";
    this.errors = errors;
  }
}

export function createLoadWorker(): Worker {
  return new Worker(new URL("./load-worker.ts", import.meta.url), { type: "module", name: "faultline-load" });
}

function aborted(signal: AbortSignal | undefined): unknown {
  return signal?.reason ?? new DOMException("Aborted", "AbortError");
}

/** The dataset from its head and columns, rebuilt in steps of DECODE_STEP records. */
export async function rebuildDataset(
  head: DatasetHead,
  columns: DatasetColumns,
  options: LoadInWorkerOptions = {},
): Promise<WorkerLoaded> {
  const { signal, onProgress } = options;
  const decoder = new DatasetDecoder(columns);
  while (decoder.step(DECODE_STEP)) {
    onProgress?.({ stage: "transfer", done: decoder.decoded, total: decoder.total });
    await nextTask();
    if (signal?.aborted) throw aborted(signal);
  }
  const layout = decoder.finishLayout();
  const result: WorkerLoaded = {
    file: head.file,
    ontology: head.ontology,
    sourceTexts: head.sourceTexts,
    dataset: {
      ...head.dataset,
      actors: decoder.actors,
      claims: decoder.claims,
      ...(layout ? { layout } : {}),
    },
    warnings: head.warnings,
  };
  if (head.mappedOnto) result.mappedOnto = head.mappedOnto;
  return result;
}

/** `source`: a URL (resolved against the page) or `{ name, text }` of a GEXF file already read. */
export function loadInWorker(
  source: string | { name: string; text: string },
  options: LoadInWorkerOptions = {},
): Promise<WorkerLoaded> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(aborted(signal));
  const worker = createLoadWorker();
  return new Promise<WorkerLoaded>((resolve, reject) => {
    let head: DatasetHead | undefined;
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener("abort", onAbort);
    };
    const onAbort = () => {
      finish();
      reject(aborted(signal));
    };
    signal?.addEventListener("abort", onAbort, { once: true });

    worker.onerror = (event) => {
      finish();
      reject(new Error(`the load worker failed: ${event.message}`));
    };
    worker.onmessage = (event: MessageEvent<LoadResponse>) => {
      const message = event.data;
      if (message.type === "progress") onProgress?.(message.progress);
      else if (message.type === "failed") {
        finish();
        reject(new LoadFailedError(message.errors));
      } else if (message.type === "head") {
        performance.mark(MARK_HEAD);
        head = message.head;
      } else {
        finish();
        if (head === undefined) reject(new Error("the load worker sent no dataset"));
        else rebuildDataset(head, message.columns, { signal, onProgress }).then(resolve, reject);
      }
    };
    const request: LoadRequest =
      typeof source === "string"
        ? { type: "load", url: new URL(source, location.href).href }
        : { type: "load-text", name: source.name, text: source.text };
    worker.postMessage(request);
  });
}

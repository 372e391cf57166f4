import type { SerializedGraph } from "graphology-types";
import type { Actor, Claim, InputError, LoadedDataset } from "../model/types";
import type { DatasetHead, LoadProgress, LoadRequest, LoadResponse } from "./load-protocol";

/**
 * Opens a dataset or GEXF file in the load worker and reassembles it on the page. Each worker
 * message is small, so the page stays responsive while a large file loads; aborting the signal
 * terminates the worker.
 */

/** Performance mark (read by the benchmark): the worker has parsed and checked the file. */
const MARK_HEAD = "faultline:load-head";

export interface LoadInWorkerOptions {
  onProgress?: (progress: LoadProgress) => void;
  signal?: AbortSignal;
  /** Also send the built graph (graph.export()), e.g. to skip rebuilding it on the page. */
  withGraph?: boolean;
}

export interface WorkerLoaded extends LoadedDataset {
  /** Positions for every actor: from the file, or computed by the worker's layout. */
  warnings: string[];
  graphData?: SerializedGraph;
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

/** `source`: a URL (resolved against the page) or `{ name, text }` of a GEXF file already read. */
export function loadInWorker(
  source: string | { name: string; text: string },
  options: LoadInWorkerOptions = {},
): Promise<WorkerLoaded> {
  const { signal, onProgress, withGraph = false } = options;
  if (signal?.aborted) return Promise.reject(signal.reason ?? new DOMException("Aborted", "AbortError"));
  const worker = createLoadWorker();
  return new Promise<WorkerLoaded>((resolve, reject) => {
    let head: DatasetHead | undefined;
    let graphOptions: SerializedGraph["options"] | undefined;
    let graphAttributes: SerializedGraph["attributes"] | undefined;
    const actors: Actor[] = [];
    const claims: Claim[] = [];
    const layout: Record<string, { x: number; y: number }> = {};
    const graphNodes: NonNullable<SerializedGraph["nodes"]> = [];
    const graphEdges: NonNullable<SerializedGraph["edges"]> = [];
    let received = 0;

    const finish = () => {
      worker.terminate();
      signal?.removeEventListener("abort", onAbort);
    };
    const onAbort = () => {
      finish();
      reject(signal?.reason ?? new DOMException("Aborted", "AbortError"));
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
        graphOptions = message.graphOptions;
        graphAttributes = message.graphAttributes;
      } else if (message.type === "chunk") {
        const { chunk } = message;
        // push(...items) is bounded by CHUNK_SIZE, far below the argument limit.
        if (chunk.part === "actors") actors.push(...chunk.items);
        else if (chunk.part === "claims") claims.push(...chunk.items);
        else if (chunk.part === "layout") for (const [node, position] of chunk.items) layout[node] = position;
        else if (chunk.part === "graphNodes") graphNodes.push(...chunk.items);
        else graphEdges.push(...chunk.items);
        received += chunk.items.length;
        if (head) {
          const c = head.counts;
          onProgress?.({
            stage: "transfer",
            done: received,
            total: c.actors + c.claims + c.layout + c.graphNodes + c.graphEdges,
          });
        }
      } else if (message.type === "done") {
        finish();
        if (head === undefined) {
          reject(new Error("the load worker sent no dataset"));
          return;
        }
        const result: WorkerLoaded = {
          file: head.file,
          ontology: head.ontology,
          sourceTexts: head.sourceTexts,
          dataset: { ...head.dataset, actors, claims, layout },
          warnings: head.warnings,
        };
        if (head.mappedOnto) result.mappedOnto = head.mappedOnto;
        if (withGraph) {
          result.graphData = {
            options: graphOptions ?? {},
            attributes: graphAttributes ?? {},
            nodes: graphNodes,
            edges: graphEdges,
          };
        }
        resolve(result);
      }
    };
    const request: LoadRequest =
      typeof source === "string"
        ? { type: "load", url: new URL(source, location.href).href, withGraph }
        : { type: "load-text", name: source.name, text: source.text, withGraph };
    worker.postMessage(request);
  });
}

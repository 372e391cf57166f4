import type { Candidates } from "../../ingest/types";
import type { LoadedDataset } from "../../model/types";
import type { ArticleRequest, ArticleResponse, DatasetRef, WarmTimings } from "./protocol";

/**
 * Runs the extractor in a worker (src/view/article/worker.ts), one long-lived worker per page so its
 * model and gazetteer stay loaded. A dataset is sent (structured-cloned) only when the worker does
 * not hold its gazetteer yet. The extractor and its English model (4 MB) are bundled only into
 * the worker: a page-side copy, for browsers that cannot start a module worker, doubled the build
 * for a case the supported browsers and our CSP (worker-src 'self') do not have. If the worker
 * does fail, the extraction fails with a message saying so.
 */

export interface ExtractResult {
  candidates: Candidates;
  /** The worker's own time for this article. */
  workerMs: number;
}

export interface ArticleExtractor {
  /**
   * Loads the model now and, with a dataset, builds its gazetteer and reads a sample article, so
   * the first real article does not wait for any of it. Resolves when done (null timings if the
   * worker could not start); calling it again for the same dataset costs nothing.
   */
  warm(dataset?: LoadedDataset): Promise<WarmTimings | null>;
  extract(
    text: string,
    options: { dataset: LoadedDataset; date: string; sourceId: string },
  ): Promise<ExtractResult>;
}

type Reply = Exclude<ArticleResponse, { type: "error" }>;

/** Why an extraction failed when the worker could not run. */
const WORKER_FAILED =
  "the article reader could not start (this browser did not run its Web Worker); reload the page to try again";

/** Numbers each dataset object once, so the worker can be told which gazetteer to use. */
function datasetVersions(): (dataset: LoadedDataset) => number {
  const versions = new WeakMap<LoadedDataset, number>();
  let nextVersion = 1;
  return (dataset) => {
    let version = versions.get(dataset);
    if (version === undefined) {
      version = nextVersion++;
      versions.set(dataset, version);
    }
    return version;
  };
}

export function createArticleExtractor(): ArticleExtractor {
  let worker: Worker | null = null;
  let failed = false;
  let nextId = 1;
  const pending = new Map<number, { resolve(reply: Reply): void; reject(e: Error): void }>();
  const versionOf = datasetVersions();
  /** The dataset version last posted to the worker (messages arrive in order, so it will hold it). */
  let sentVersion = 0;
  let warming: { version: number; done: Promise<WarmTimings | null> } | undefined;

  const start = (): Worker | null => {
    if (worker !== null || failed) return worker;
    try {
      worker = new Worker(new URL("./worker.ts", import.meta.url), {
        type: "module",
        name: "faultline-article",
      });
    } catch {
      failed = true;
      return null;
    }
    worker.onmessage = (event: MessageEvent<ArticleResponse>) => {
      const message = event.data;
      const waiting = pending.get(message.id);
      if (waiting === undefined) return;
      pending.delete(message.id);
      if (message.type === "error") {
        // The gazetteer may not have been built: send the dataset again next time.
        sentVersion = 0;
        waiting.reject(new Error(message.message));
      } else waiting.resolve(message);
    };
    worker.onerror = (event) => {
      // The worker died (script failed to load): this and later calls fail with WORKER_FAILED.
      event.preventDefault();
      failed = true;
      worker?.terminate();
      worker = null;
      sentVersion = 0;
      for (const waiting of pending.values()) waiting.reject(new Error("worker-failed"));
      pending.clear();
    };
    return worker;
  };

  /** The dataset reference for a request: the data itself only if the worker lacks this version. */
  const refFor = (dataset: LoadedDataset): DatasetRef => {
    const version = versionOf(dataset);
    return sentVersion === version ? { version } : { version, dataset };
  };

  const send = (request: ArticleRequest): Promise<Reply> => {
    const target = start();
    if (target === null) return Promise.reject(new Error("worker-failed"));
    return new Promise((resolve, reject) => {
      pending.set(request.id, { resolve, reject });
      target.postMessage(request);
      if (request.version !== undefined) sentVersion = request.version;
    });
  };

  return {
    warm(dataset) {
      const version = dataset === undefined ? 0 : versionOf(dataset);
      // Warm for this dataset already asked (or, without one, any warm-up at all): nothing to do.
      if (warming !== undefined && (version === 0 || warming.version === version)) return warming.done;
      const request: ArticleRequest =
        dataset === undefined
          ? { type: "warm", id: nextId++ }
          : { type: "warm", id: nextId++, ...refFor(dataset) };
      const done = send(request).then(
        (reply) => (reply.type === "warm" ? reply.timings : null),
        () => null,
      );
      warming = { version, done };
      return done;
    },
    async extract(text, options) {
      if (failed) throw new Error(WORKER_FAILED);
      const request: ArticleRequest = {
        type: "extract",
        id: nextId++,
        text,
        date: options.date,
        sourceId: options.sourceId,
        ...refFor(options.dataset),
      };
      try {
        const reply = await send(request);
        if (reply.type !== "result") throw new Error("the worker sent no candidates");
        return { candidates: reply.candidates, workerMs: reply.workerMs };
      } catch (error) {
        if (error instanceof Error && error.message === "worker-failed") throw new Error(WORKER_FAILED);
        throw error;
      }
    },
  };
}

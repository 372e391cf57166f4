import type { Candidates } from "../ingest/types";
import type { LoadedDataset } from "../model/types";
import type { ArticleRequest, ArticleResponse } from "./article-protocol";

/**
 * Runs the extractor in a worker (src/ui/article-worker.ts), one long-lived worker per page so its
 * model and gazetteer stay loaded. The dataset is sent again only when it changed. Where workers
 * cannot start, the extractor runs on the page instead (same function, same result).
 */

export interface ArticleExtractor {
  /** Starts loading the model now, so the first article does not wait for it; resolves when loaded. */
  warm(): Promise<void>;
  extract(
    text: string,
    options: { dataset: LoadedDataset; date: string; sourceId: string },
  ): Promise<Candidates>;
}

export function createArticleExtractor(): ArticleExtractor {
  let worker: Worker | null = null;
  let failed = false;
  let nextId = 1;
  const pending = new Map<number, { resolve(c: Candidates | null): void; reject(e: Error): void }>();
  const versions = new WeakMap<LoadedDataset, number>();
  let nextVersion = 1;
  let sentVersion = 0;
  let warming: Promise<void> | undefined;

  const start = (): Worker | null => {
    if (worker !== null || failed) return worker;
    try {
      worker = new Worker(new URL("./article-worker.ts", import.meta.url), {
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
      if (message.type === "error") waiting.reject(new Error(message.message));
      else waiting.resolve(message.type === "result" ? message.candidates : null);
    };
    worker.onerror = (event) => {
      // The worker died (script failed to load): fall back to the page for this and later calls.
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

  const send = (request: ArticleRequest): Promise<Candidates | null> => {
    const target = start();
    if (target === null) return Promise.reject(new Error("worker-failed"));
    return new Promise((resolve, reject) => {
      pending.set(request.id, { resolve, reject });
      target.postMessage(request);
    });
  };

  const onPage = async (
    text: string,
    options: { dataset: LoadedDataset; date: string; sourceId: string },
  ) => {
    const { extractCandidates } = await import("../ingest/extract");
    return extractCandidates(text, {
      ontology: options.dataset.ontology,
      datasets: [options.dataset],
      date: options.date,
      sourceId: options.sourceId,
    });
  };

  return {
    warm() {
      warming ??= send({ type: "warm", id: nextId++ }).then(
        () => undefined,
        () => undefined,
      );
      return warming;
    },
    async extract(text, options) {
      if (failed) return onPage(text, options);
      let version = versions.get(options.dataset);
      if (version === undefined) {
        version = nextVersion++;
        versions.set(options.dataset, version);
      }
      const request: ArticleRequest = {
        type: "extract",
        id: nextId++,
        text,
        date: options.date,
        sourceId: options.sourceId,
        version,
        ...(sentVersion === version ? {} : { dataset: options.dataset }),
      };
      try {
        const candidates = await send(request);
        sentVersion = version;
        if (candidates === null) throw new Error("the worker sent no candidates");
        return candidates;
      } catch (error) {
        if (error instanceof Error && error.message === "worker-failed") return onPage(text, options);
        throw error;
      }
    },
  };
}

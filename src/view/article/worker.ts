/// <reference lib="webworker" />
import { extractCandidates } from "../../ingest/extract";
import { buildGazetteer, type Gazetteer } from "../../ingest/gazetteer";
import { segmentText } from "../../ingest/nlp";
import type { LoadedDataset } from "../../model/types";
import type { ArticleRequest, ArticleResponse, DatasetRef } from "./protocol";
import { WARMUP_ARTICLE } from "./warmup-text";

/**
 * The extractor off the main thread: loading its English model takes a second or more on first
 * use, and the page must stay responsive meanwhile. The gazetteer is built once per dataset version.
 * A warm-up loads the model, builds the gazetteer and reads a sample article once, while the user
 * is still pasting: the first real article then runs compiled code against a ready gazetteer.
 */

declare const self: DedicatedWorkerGlobalScope;

let gazetteer: { version: number; value: Gazetteer } | undefined;
let modelLoaded = false;
let sampleRead = false;

function post(message: ArticleResponse): void {
  self.postMessage(message);
}

/** Builds the gazetteer for `ref` unless it is the one held; returns the time spent. */
function useDataset(ref: DatasetRef): number {
  if (gazetteer?.version === ref.version || ref.dataset === undefined) return 0;
  const started = performance.now();
  gazetteer = { version: ref.version, value: buildGazetteer(ref.dataset.ontology, [ref.dataset]) };
  return performance.now() - started;
}

function extract(value: Gazetteer, text: string, sourceId: string, date: string) {
  return extractCandidates(text, { ontology: value.ontology, gazetteer: value, sourceId, date });
}

/** The dataset's longest source text, cut to a few articles' length (the warm-up must stay short). */
function longestSourceText(dataset: LoadedDataset | undefined): string | undefined {
  let longest: string | undefined;
  for (const text of Object.values(dataset?.sourceTexts ?? {}))
    if (text.length > (longest?.length ?? 0)) longest = text;
  return longest?.slice(0, 8000);
}

/**
 * Model and gazetteer now; the samples each in a task of their own, so an article pasted meanwhile
 * is read before them (and then they are skipped: that article has warmed the extractor already).
 */
function warm(request: Extract<ArticleRequest, { type: "warm" }>): void {
  const timings = { model: 0, gazetteer: 0, sample: 0 };
  const started = performance.now();
  if (!modelLoaded) {
    segmentText("Warming up the model.");
    modelLoaded = true;
    timings.model = performance.now() - started;
  }
  if (request.version !== undefined) timings.gazetteer = useDataset({ ...request, version: request.version });
  // Real reporting reaches more of the extractor than any sample: one of the dataset's own sources.
  const samples = sampleRead ? [] : [WARMUP_ARTICLE, longestSourceText(request.dataset)];
  const next = () => {
    try {
      const sample = samples.shift();
      if (sample === undefined || sampleRead || gazetteer === undefined) {
        if (gazetteer !== undefined) sampleRead = true;
        post({ type: "warm", id: request.id, timings });
        return;
      }
      const at = performance.now();
      extract(gazetteer.value, sample, "warm-up", "2024");
      timings.sample += performance.now() - at;
      setTimeout(next, 0);
    } catch (error) {
      post({
        type: "error",
        id: request.id,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };
  setTimeout(next, 0);
}

self.onmessage = (event: MessageEvent<ArticleRequest>) => {
  const request = event.data;
  try {
    if (request.type === "warm") {
      warm(request);
      return;
    }
    const started = performance.now();
    useDataset(request);
    if (gazetteer === undefined || gazetteer.version !== request.version) {
      post({ type: "error", id: request.id, message: "the worker has not been sent this dataset" });
      return;
    }
    const candidates = extract(gazetteer.value, request.text, request.sourceId, request.date);
    modelLoaded = true;
    sampleRead = true;
    post({ type: "result", id: request.id, candidates, workerMs: performance.now() - started });
  } catch (error) {
    post({ type: "error", id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
};

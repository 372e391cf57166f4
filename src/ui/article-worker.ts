/// <reference lib="webworker" />
import { extractCandidates } from "../ingest/extract";
import { buildGazetteer, type Gazetteer } from "../ingest/gazetteer";
import { segmentText } from "../ingest/nlp";
import type { ArticleRequest, ArticleResponse } from "./article-protocol";

/**
 * The extractor off the main thread: loading its English model takes a second or more on first
 * use, and the page must stay responsive meanwhile. The gazetteer is built once per dataset version.
 */

declare const self: DedicatedWorkerGlobalScope;

let gazetteer: { version: number; value: Gazetteer } | undefined;

function post(message: ArticleResponse): void {
  self.postMessage(message);
}

self.onmessage = (event: MessageEvent<ArticleRequest>) => {
  const request = event.data;
  try {
    if (request.type === "warm") {
      segmentText("Warming up the model.");
      post({ type: "warm", id: request.id });
      return;
    }
    if (request.dataset !== undefined) {
      gazetteer = {
        version: request.version,
        value: buildGazetteer(request.dataset.ontology, [request.dataset]),
      };
    }
    if (gazetteer === undefined || gazetteer.version !== request.version) {
      post({ type: "error", id: request.id, message: "the worker has not been sent this dataset" });
      return;
    }
    const candidates = extractCandidates(request.text, {
      ontology: gazetteer.value.ontology,
      gazetteer: gazetteer.value,
      sourceId: request.sourceId,
      date: request.date,
    });
    post({ type: "result", id: request.id, candidates });
  } catch (error) {
    post({ type: "error", id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
};

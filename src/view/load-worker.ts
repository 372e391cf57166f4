/// <reference lib="webworker" />
// Must stay first after the reference: configures zod before any schema is created (see zod-csp.ts).
import "./zod-csp";
import ontologyJson from "../../data/ontology.json";
import { columnBuffers, encodeDatasetColumns } from "../io/dataset-columns";
import { openGexf } from "../io/gexf-open";
import { buildGraph } from "../model/build-graph";
import { loadDataset } from "../model/load";
import {
  MAX_DATASET_BYTES,
  MAX_GEXF_BYTES,
  MAX_TEXT_BYTES,
  megabytes,
  tooLargeMessage,
} from "../model/size-limits";
import type { LoadedDataset, Ontology } from "../model/types";
import { validateOntology } from "../model/validate";
import type { LoadRequest, LoadResponse, LoadStage } from "./load-protocol";

/**
 * The explorer's load worker: download, parse, validate, build and lay out a dataset or GEXF file
 * off the main thread, then send it back: its actors, claims and layout as columns whose buffers are
 * transferred (dataset-columns.ts). Layout positions computed here are stored in the dataset's
 * `layout`, so the page never runs the load-time layout itself.
 */

declare const self: DedicatedWorkerGlobalScope;

function post(message: LoadResponse, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer);
}

function progress(stage: LoadStage, done: number, total: number): void {
  post({ type: "progress", progress: { stage, done, total } });
}

/** A download refused for its size (its message says the size and the limit). */
class DownloadTooLarge extends Error {}

/**
 * Downloads a text with byte progress (Content-Length when the server sends it). A file over
 * `limit` bytes is refused before its body is read when Content-Length says so, otherwise as soon
 * as the bytes received pass the limit: never held whole in memory only to be refused.
 */
async function download(url: string, report: boolean, limit: number): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  const total = Number(response.headers.get("content-length") ?? 0);
  if (total > limit) {
    await response.body?.cancel();
    throw new DownloadTooLarge(tooLargeMessage("the file", total, limit));
  }
  if (response.body === null) {
    const text = await response.text();
    if (text.length > limit) throw new DownloadTooLarge(tooLargeMessage("the file", text.length, limit));
    return text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let done = 0;
  let lastReport = 0;
  for (;;) {
    const { value, done: finished } = await reader.read();
    if (finished) break;
    done += value.byteLength;
    if (done > limit) {
      await reader.cancel();
      throw new DownloadTooLarge(
        `the file is too large: more than ${megabytes(limit)} MB (the limit is ${megabytes(limit)} MB)`,
      );
    }
    parts.push(decoder.decode(value, { stream: true }));
    if (report && done - lastReport > 1 << 20) {
      lastReport = done;
      progress("download", done, total);
    }
  }
  parts.push(decoder.decode());
  if (report) progress("download", done, total);
  return parts.join("");
}

function isGexf(name: string, text: string | undefined): boolean {
  if (/\.gexf(\?|#|$)/i.test(name)) return true;
  return text !== undefined && /^\s*(<\?xml|<gexf)/.test(text.slice(0, 200));
}

function bundledOntology(): Ontology {
  const checked = validateOntology(ontologyJson, "ontology.json");
  if (!checked.ok) throw new Error("the bundled ontology is invalid");
  return checked.ontology;
}

async function load(
  request: LoadRequest,
): Promise<{ loaded: LoadedDataset; warnings: string[] } | LoadResponse> {
  const name = request.type === "load" ? request.url : request.name;
  let text = request.type === "load-text" ? request.text : undefined;
  if (isGexf(name, text)) {
    if (text === undefined) {
      try {
        text = await download(name, true, MAX_GEXF_BYTES);
      } catch (error) {
        if (!(error instanceof DownloadTooLarge)) throw error;
        // Where the GEXF import reports its own size error.
        return { type: "failed", errors: [{ file: name, path: "line 1, column 1", message: error.message }] };
      }
    }
    progress("validate", 0, 0);
    const ontology = bundledOntology();
    const result = openGexf(name, text, ontology);
    return result.ok
      ? { loaded: result.value, warnings: result.warnings }
      : { type: "failed", errors: result.errors };
  }
  if (text !== undefined) {
    // A pasted or picked dataset has no location to resolve its ontology and sources against.
    return {
      type: "failed",
      errors: [
        {
          file: name,
          path: "$",
          message: "a dataset given as text must be opened by URL (?file=) or imported with its files",
        },
      ],
    };
  }
  const url = name;
  let sourcesRead = 0;
  let sourcesTotal = 0;
  const readText = async (path: string, what?: "dataset" | "text"): Promise<string> => {
    if (path === url || what === "dataset") {
      const body = await download(path, true, MAX_DATASET_BYTES);
      // A rough count of the sources (only they have a "text" field), so progress can say "n of N".
      sourcesTotal = (body.match(/"text"\s*:/g) ?? []).length;
      return body;
    }
    const body = await download(path, false, MAX_TEXT_BYTES);
    if (!path.endsWith(".json")) {
      sourcesRead++;
      if (sourcesRead % 25 === 0 || sourcesRead === sourcesTotal)
        progress("sources", sourcesRead, sourcesTotal);
    }
    return body;
  };
  const result = await loadDataset(url, readText);
  progress("validate", 1, 1);
  return result.ok ? { loaded: result.value, warnings: [] } : { type: "failed", errors: result.errors };
}

/** Positions from the file as they are; the ones the load-time layout computes join them. */
function completeLayout(loaded: LoadedDataset): Record<string, { x: number; y: number }> {
  const { actors, layout: stored } = loaded.dataset;
  const layout: Record<string, { x: number; y: number }> = {};
  let positioned = 0;
  for (const actor of actors) {
    const position = stored !== undefined && Object.hasOwn(stored, actor.id) ? stored[actor.id] : undefined;
    if (position === undefined) continue;
    layout[actor.id] = position;
    positioned++;
  }
  if (positioned === actors.length) return layout;
  progress("layout", 0, 1);
  buildGraph(loaded).forEachNode((node, attributes) => {
    layout[node] ??= { x: attributes.x, y: attributes.y };
  });
  return layout;
}

self.onmessage = async (event: MessageEvent<LoadRequest>) => {
  const request = event.data;
  const name = request.type === "load" ? request.url : request.name;
  try {
    const outcome = await load(request);
    if ("type" in outcome) {
      post(outcome);
      return;
    }
    const { loaded, warnings } = outcome;
    const { actors, claims, layout: _stored, ...rest } = loaded.dataset;
    const layout = completeLayout(loaded);
    post({
      type: "head",
      head: {
        file: loaded.file,
        ontology: loaded.ontology,
        ...(loaded.mappedOnto ? { mappedOnto: loaded.mappedOnto } : {}),
        sourceTexts: loaded.sourceTexts,
        dataset: rest,
        warnings,
      },
    });
    const columns = encodeDatasetColumns({ actors, claims, layout });
    post({ type: "columns", columns }, columnBuffers(columns));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    post({ type: "failed", errors: [{ file: name, path: "$", message: `cannot load: ${message}` }] });
  }
};

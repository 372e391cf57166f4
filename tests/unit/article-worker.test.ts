import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { extractCandidates } from "../../src/ingest/extract";
import { datasetSchema, ontologySchema } from "../../src/model/schema";
import type { LoadedDataset } from "../../src/model/types";
import type { ArticleExtractor } from "../../src/view/article/extract-client";
import type { ArticleRequest, ArticleResponse } from "../../src/view/article/protocol";

/**
 * The article worker and its client, in-process: the worker module runs against a stand-in `self`
 * and a stand-in `Worker` passes structured clones both ways. What is checked: the warm-up builds
 * the gazetteer and reads its samples once per worker, a dataset crosses to the worker only when it
 * holds no gazetteer for it, and candidates equal the extractor's own.
 */

const ontology = ontologySchema.parse(JSON.parse(readFileSync("data/ontology.json", "utf8")));
const hamaText = readFileSync("data/sources/hama-2024-12.txt", "utf8");
const hama: LoadedDataset = {
  file: "hama-2024-12.json",
  dataset: datasetSchema.parse(JSON.parse(readFileSync("data/hama-2024-12.json", "utf8"))),
  ontology,
  sourceTexts: { "hama-2024-12.txt": hamaText },
};
const ARTICLE =
  "Iran supports the Syrian army with advisers, officials said. Turkey denied backing Hayat Tahrir al-Sham.";

/** Every request the page posted, as the worker received it. */
const received: ArticleRequest[] = [];
let deliverToPage: (message: ArticleResponse) => void = () => {};

class InProcessWorker {
  onmessage: ((event: { data: ArticleResponse }) => void) | null = null;
  onerror: unknown = null;
  constructor() {
    deliverToPage = (message) => this.onmessage?.({ data: structuredClone(message) });
  }
  postMessage(request: ArticleRequest): void {
    const copy = structuredClone(request);
    received.push(copy);
    setTimeout(() => workerScope.onmessage?.({ data: copy }), 0);
  }
  terminate(): void {}
}

const workerScope: {
  onmessage: ((event: { data: ArticleRequest }) => void) | null;
  postMessage(message: ArticleResponse): void;
} = { onmessage: null, postMessage: (message) => setTimeout(() => deliverToPage(message), 0) };

let createArticleExtractor: () => ArticleExtractor;

// A fresh worker module (its model, gazetteer and warm-up state) and client for each test.
beforeEach(async () => {
  Object.assign(globalThis, { self: workerScope, Worker: InProcessWorker });
  vi.resetModules();
  received.length = 0;
  await import("../../src/view/article/worker");
  ({ createArticleExtractor } = await import("../../src/view/article/extract-client"));
});

describe("article worker", () => {
  it("says so when no worker can start (the extractor is bundled only into the worker)", async () => {
    Object.assign(globalThis, {
      Worker: class {
        constructor() {
          throw new Error("workers are disabled");
        }
      },
    });
    const extractor = createArticleExtractor();
    expect(await extractor.warm(hama)).toBeNull();
    await expect(
      extractor.extract(ARTICLE, { dataset: hama, date: "2024-12-05", sourceId: "a" }),
    ).rejects.toThrow(/the article reader could not start/);
  });

  it("warms up once per dataset, sends each dataset once and extracts what the extractor does", async () => {
    const extractor = createArticleExtractor();
    const first = await extractor.warm(hama);
    expect(first).not.toBeNull();
    expect(first?.gazetteer).toBeGreaterThan(0);
    expect(first?.sample).toBeGreaterThan(0);
    // Asked again for the same dataset: no message at all.
    const sentBefore = received.length;
    await extractor.warm(hama);
    expect(received.length).toBe(sentBefore);

    const options = { dataset: hama, date: "2024-12-06", sourceId: "article-test" };
    const result = await extractor.extract(ARTICLE, options);
    const direct = extractCandidates(ARTICLE, {
      ontology,
      datasets: [hama],
      date: options.date,
      sourceId: options.sourceId,
    });
    expect(result.candidates).toEqual(direct);
    expect(result.candidates.claims.some((c) => c.from === "iran" && !c.asserted)).toBe(false);
    expect(result.workerMs).toBeGreaterThan(0);
    const extractRequest = received.at(-1);
    expect(extractRequest?.type).toBe("extract");
    expect(extractRequest?.dataset).toBeUndefined();

    // A changed dataset (a claim accepted) is sent once, with the next warm-up, then no more.
    const grown: LoadedDataset = {
      ...hama,
      dataset: { ...hama.dataset, claims: hama.dataset.claims.slice(1) },
    };
    const again = await extractor.warm(grown);
    expect(received.at(-1)?.dataset).toBeDefined();
    expect(again?.gazetteer).toBeGreaterThan(0);
    expect(again?.sample).toBe(0);
    await extractor.extract(ARTICLE, { ...options, dataset: grown });
    expect(received.at(-1)?.dataset).toBeUndefined();
  });

  it("reads an article pasted during the warm-up before the samples, and then skips them", async () => {
    const extractor = createArticleExtractor();
    const order: string[] = [];
    const warmed = extractor.warm(hama).then((timings) => {
      order.push("warm");
      return timings;
    });
    const result = await extractor
      .extract(ARTICLE, { dataset: hama, date: "2024-12-06", sourceId: "article-test" })
      .then((r) => {
        order.push("extract");
        return r;
      });
    const timings = await warmed;
    expect(order).toEqual(["extract", "warm"]);
    expect(timings?.gazetteer).toBeGreaterThan(0);
    expect(timings?.sample).toBe(0);
    expect(result.candidates.claims.length).toBeGreaterThan(0);
    // The dataset went with the warm-up only.
    expect(received.map((r) => r.dataset !== undefined)).toEqual([true, false]);
  });

  it("answers an article sent with a dataset version it was never given with an error, not a guess", async () => {
    let answer: ArticleResponse | undefined;
    deliverToPage = (message) => {
      answer = message;
    };
    workerScope.onmessage?.({
      data: { type: "extract", id: 99, text: ARTICLE, date: "2024", sourceId: "x", version: 12345 },
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(answer).toMatchObject({ type: "error", id: 99, message: /not been sent this dataset/ });
  });
});

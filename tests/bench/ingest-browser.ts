/**
 * The explorer's side of ingest speed: in the built app (headless Chromium), how long the
 * "Add article" panel takes to have its NLP model ready after it is opened, and how long from
 * "Find claims" to the candidates on screen for a ~500-word article: the first article (the
 * worker builds the gazetteer and compiles the extractor) and the next ones (median).
 * The panel warms the worker up when it opens (model, gazetteer, a sample and one of the dataset's
 * sources read once), so "model ready" is the end of that warm-up. The articles pasted are the
 * eval articles, never the dataset's own source (the warm-up has read it).
 * `benchArticlePanel()` returns rows like `benchIngest()`; `tsx tests/bench/ingest.ts --browser`
 * runs it alone.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchBrowser, openExplorer, type Page } from "../e2e/browser";
import { articles, type IngestBenchRow } from "./ingest";
import { buildApp, serveDirectory } from "./serve-app";

const VIEWPORT = { width: 1280, height: 800 };
const WARM_ARTICLES = 7;

/** tsx compiles the functions passed to evaluate() with a `__name` helper the page lacks. */
const NAME_HELPER = "window.__name = (target) => target;";

/** Clicks the panel's toggle and waits, in the page, until the worker says it is warm. */
function openPanelUntilModelReady(page: Page): Promise<{ ms: number; warm: string }> {
  return page.evaluate(async () => {
    const panel = document.querySelector<HTMLElement>("#article-panel");
    const toggle = document.querySelector<HTMLButtonElement>("#toggle-article");
    if (!panel || !toggle) throw new Error("no Add article panel");
    const started = performance.now();
    toggle.click();
    while (panel.dataset.modelReady !== "true") await new Promise((resolve) => setTimeout(resolve, 5));
    return { ms: performance.now() - started, warm: panel.dataset.warmMs ?? "?" };
  });
}

/**
 * Pastes `text`, clicks "Find claims" and times, in the page, from the click to the first frame
 * drawn after the candidates are in the list. Also returns the panel's own figure (data-find-ms).
 */
async function findClaims(
  page: Page,
  text: string,
): Promise<{ toFrame: number; panel: number; worker: number }> {
  await page.locator("#article-text").fill(text);
  await page.locator("#article-date").fill("2024-12-06");
  return page.evaluate(async () => {
    const panel = document.querySelector<HTMLElement>("#article-panel");
    const find = document.querySelector<HTMLButtonElement>("#find-claims");
    if (!panel || !find) throw new Error("no Find claims button");
    delete panel.dataset.findMs;
    const started = performance.now();
    find.click();
    while (panel.dataset.findMs === undefined) await new Promise((resolve) => setTimeout(resolve, 2));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const toFrame = performance.now() - started;
    if (document.querySelectorAll("#article-candidates li.candidate").length === 0)
      throw new Error(`no candidates shown: ${document.querySelector("#article-status")?.textContent ?? ""}`);
    return { toFrame, panel: Number(panel.dataset.findMs), worker: Number(panel.dataset.workerMs) };
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export async function benchArticlePanel(): Promise<IngestBenchRow[]> {
  const corpus = articles();
  const dir = await mkdtemp(join(tmpdir(), "faultline-ingest-bench-"));
  const browser = await launchBrowser(VIEWPORT);
  let server: Awaited<ReturnType<typeof serveDirectory>> | undefined;
  try {
    await buildApp(dir);
    server = await serveDirectory(dir);
    const page = await browser.newPage();
    await page.addInitScript(NAME_HELPER);
    await openExplorer(page, server.url);
    const modelReady = await openPanelUntilModelReady(page);
    // corpus[0] is the bundled dataset's own source, which the warm-up reads: not a fair first article.
    const pasted = (i: number) => corpus[1 + (i % (corpus.length - 1))] ?? "";
    const first = await findClaims(page, pasted(0));
    const warm: number[] = [];
    const warmPanel: number[] = [];
    const warmWorker: number[] = [];
    for (let i = 1; i <= WARM_ARTICLES; i++) {
      const next = await findClaims(page, pasted(i));
      warm.push(next.toFrame);
      warmPanel.push(next.panel);
      warmWorker.push(next.worker);
    }
    await page.close();
    const row = (metric: string, value: number, note: string): IngestBenchRow => ({
      metric,
      size: "500w",
      value,
      unit: "ms",
      note,
    });
    return [
      row(
        "ingest (explorer): model ready after opening",
        modelReady.ms,
        `Add article panel opened -> the worker is warm (it warms up while the user pastes; model/gazetteer/samples ${modelReady.warm} ms)`,
      ),
      row(
        "ingest (explorer): first article to candidates",
        first.toFrame,
        `Find claims -> candidates drawn, first article after the warm-up (panel says ${first.panel.toFixed(0)} ms, worker ${first.worker.toFixed(0)} ms)`,
      ),
      row(
        "ingest (explorer): article to candidates",
        median(warm),
        `Find claims -> candidates drawn, median of ${WARM_ARTICLES} more articles (panel says ${median(warmPanel).toFixed(0)} ms, worker ${median(warmWorker).toFixed(0)} ms)`,
      ),
    ];
  } finally {
    server?.stop();
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}

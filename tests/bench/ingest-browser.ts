/**
 * The explorer's side of ingest speed: in the built app (headless Chromium), how long the
 * "Add article" panel takes to have its NLP model ready after it is opened, and how long from
 * "Find claims" to the candidates on screen for a ~500-word article: the first article (the
 * worker builds the gazetteer and compiles the extractor) and the next ones (median).
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

/** Clicks the panel's toggle and waits, in the page, until the worker says the model is loaded. */
function openPanelUntilModelReady(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const panel = document.querySelector<HTMLElement>("#article-panel");
    const toggle = document.querySelector<HTMLButtonElement>("#toggle-article");
    if (!panel || !toggle) throw new Error("no Add article panel");
    const started = performance.now();
    toggle.click();
    while (panel.dataset.modelReady !== "true") await new Promise((resolve) => setTimeout(resolve, 5));
    return performance.now() - started;
  });
}

/**
 * Pastes `text`, clicks "Find claims" and times, in the page, from the click to the first frame
 * drawn after the candidates are in the list. Also returns the panel's own figure (data-find-ms).
 */
async function findClaims(page: Page, text: string): Promise<{ toFrame: number; panel: number }> {
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
    return { toFrame, panel: Number(panel.dataset.findMs) };
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
    const first = await findClaims(page, corpus[0] ?? "");
    const warm: number[] = [];
    const warmPanel: number[] = [];
    for (let i = 1; i <= WARM_ARTICLES; i++) {
      const next = await findClaims(page, corpus[i % corpus.length] ?? "");
      warm.push(next.toFrame);
      warmPanel.push(next.panel);
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
        modelReady,
        "Add article panel opened -> the worker has loaded the NLP model (it loads while the user pastes)",
      ),
      row(
        "ingest (explorer): first article to candidates",
        first.toFrame,
        `Find claims -> candidates drawn; the worker builds the gazetteer, cold JIT (panel says ${first.panel.toFixed(0)} ms)`,
      ),
      row(
        "ingest (explorer): article to candidates",
        median(warm),
        `Find claims -> candidates drawn, median of ${WARM_ARTICLES} more articles (panel says ${median(warmPanel).toFixed(0)} ms)`,
      ),
    ];
  } finally {
    server?.stop();
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}

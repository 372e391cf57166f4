import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { SAMPLE_ARTICLE } from "../fixtures/sample-article";
import { type GeneratedDataset, generateConflictDataset } from "../support/generate";
import { collectProblems, type LaunchedBrowser, launchBrowser, openExplorer, type Page } from "./browser";

/**
 * An article on its way while a large dataset replaces the one shown (built in steps, so it takes
 * a while): nothing is lost. The articles added before stay, to review against the new dataset;
 * one submitted meanwhile is read and listed; the graph sigma shows is the new dataset, and an
 * accept then grows it.
 */

const url = inject("explorerUrl");
let browser: LaunchedBrowser;
let generated: GeneratedDataset;

const SECOND_ARTICLE = [
  "Hezbollah sends fighters to defend Homs",
  "Hezbollah, which Iran has backed for decades, sent fighters to Homs, according to Reuters.",
].join("\n");

beforeAll(async () => {
  // Over the 5,000 actors + claims above which the explorer builds a graph in steps.
  generated = generateConflictDataset({ nodes: 2_000, edges: 4_000, seed: 11, layout: true });
  browser = await launchBrowser({ width: 1280, height: 800 });
});
afterAll(async () => {
  await browser?.close();
});

function candidate(page: Page, from: string, to: string) {
  return page
    .locator("#article-candidates li.candidate")
    .filter({ has: page.locator(`select[aria-label="From"] option[value="${from}"]:checked`) })
    .filter({ has: page.locator(`select[aria-label="To"] option[value="${to}"]:checked`) });
}

/** Nodes and edges sigma draws (display data present, not hidden). */
function drawn(page: Page): Promise<{ nodes: number; edges: number }> {
  return page.evaluate(() => {
    const sigma = window.__faultline!.sigma;
    const graph = sigma.getGraph();
    return {
      nodes: graph.filterNodes((n) => sigma.getNodeDisplayData(n)?.hidden === false).length,
      edges: graph.filterEdges((e) => sigma.getEdgeDisplayData(e)?.hidden === false).length,
    };
  });
}

describe("Add article while a large dataset replaces the one shown", () => {
  it("keeps the articles added before and the one submitted meanwhile, to review against the new dataset", {
    timeout: 240_000,
  }, async () => {
    const page = await browser.newPage();
    const problems = collectProblems(page);
    await openExplorer(page, url);
    await page.locator("#toggle-article").click();
    await page.locator("#article-text").fill(SAMPLE_ARTICLE);
    await page.locator("#find-claims").click();
    await candidate(page, "iran", "syrian-army").waitFor({ timeout: 60_000 });
    await candidate(page, "iran", "syrian-army").locator("button.accept").click();
    await expect.poll(() => page.locator("#article-candidates li.candidate.accepted").count()).toBe(1);

    // The large dataset is picked, and a second article submitted at once, while it is built.
    const files = [
      {
        name: "generated.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify(generated.dataset)),
      },
      ...Object.entries(generated.sourcePaths).map(([id, path]) => ({
        name: path.replace(/^sources\//, ""),
        mimeType: "text/plain",
        buffer: Buffer.from(generated.sourceTexts[id] ?? ""),
      })),
    ];
    await page.locator("#import-file").setInputFiles(files);
    await page.locator("#article-text").fill(SECOND_ARTICLE);
    await page.locator("#find-claims").click();

    // The new dataset is what sigma draws.
    const { actors, claims } = generated.dataset;
    await expect
      .poll(() => drawn(page), { timeout: 60_000 })
      .toEqual({ nodes: actors.length, edges: claims.length });
    // Both articles are listed; the second one was read (its text in the review), nothing lost.
    await expect.poll(() => page.locator("#article-drafts li").count(), { timeout: 60_000 }).toBe(2);
    await expect.poll(() => page.locator("#article-textview").textContent()).toBe(SECOND_ARTICLE);
    await expect.poll(() => page.locator("#find-claims").isDisabled()).toBe(false);
    // The first article: its claim accepted into the old dataset is back to review here, and says so.
    await page.locator("#article-drafts li button").first().click();
    await expect.poll(() => page.locator("#article-textview").textContent()).toBe(SAMPLE_ARTICLE);
    const first = candidate(page, "iran", "syrian-army");
    expect(await first.getAttribute("class")).toContain("pending");
    // Accepted again, it goes into the dataset shown: one more edge drawn.
    await first.locator("button.accept").click();
    await expect
      .poll(() => drawn(page), { timeout: 30_000 })
      .toEqual({ nodes: actors.length + 2, edges: claims.length + 1 });
    expect(problems.filter((p) => p.startsWith("pageerror"))).toEqual([]);
    await page.close();
  });
});

import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Dataset } from "../../src/model/types";
import { SAMPLE_ARTICLE } from "../fixtures/sample-article";
import { collectProblems, type LaunchedBrowser, launchBrowser, openExplorer, type Page } from "./browser";

/**
 * The "Add article" flow end to end: paste an article, find its claims (quotes highlighted, the
 * denial not acceptable as asserted), accept two, see the graph grow by two edges and the details
 * panel quote the new source; reload and find them still there; discard them and they are gone.
 */

const url = inject("explorerUrl");
let browser: LaunchedBrowser;

const ARTICLE = SAMPLE_ARTICLE;

const SECOND_ARTICLE = [
  "Hezbollah sends fighters to defend Homs",
  "Hezbollah, which Iran has backed for decades, sent fighters to Homs, according to Reuters.",
  "Russian jets reportedly struck rebel positions near Hama.",
].join("\n");

beforeAll(async () => {
  browser = await launchBrowser({ width: 1280, height: 800 });
});
afterAll(async () => {
  await browser?.close();
});

/** Edges sigma draws now (display data present and not hidden). */
function shownEdges(page: Page): Promise<number> {
  return page.evaluate(() => {
    const sigma = window.__faultline!.sigma;
    return sigma
      .getGraph()
      .edges()
      .filter((edge) => {
        const data = sigma.getEdgeDisplayData(edge);
        return data !== undefined && !data.hidden;
      }).length;
  });
}

/** The candidate whose selects read from -> to, by its data-key. */
function candidateKey(page: Page, from: string, to: string): Promise<string | null> {
  return page.evaluate(
    ([wantFrom, wantTo]) => {
      for (const item of document.querySelectorAll<HTMLElement>("#article-candidates li.candidate")) {
        const from = item.querySelector<HTMLSelectElement>('select[aria-label="From"]')?.value;
        const to = item.querySelector<HTMLSelectElement>('select[aria-label="To"]')?.value;
        if (from === wantFrom && to === wantTo) return item.dataset.key ?? null;
      }
      return null;
    },
    [from, to] as const,
  );
}

async function openPanel(page: Page): Promise<void> {
  if ((await page.locator("#toggle-article").getAttribute("aria-expanded")) !== "true")
    await page.locator("#toggle-article").click();
  await page.locator("#article-panel").waitFor({ state: "visible" });
}

describe("Add article", () => {
  it("finds, accepts, keeps across a reload and discards an article's claims", {
    timeout: 240_000,
  }, async () => {
    const page = await browser.newPage();
    const problems = collectProblems(page);
    await openExplorer(page, url);
    const before = await shownEdges(page);

    await openPanel(page);
    await expect(page.locator("#article-rule").textContent()).resolves.toMatch(
      /kept in this browser until you export/i,
    );
    await page.locator("#article-text").fill(ARTICLE);
    await page.locator("#article-date").fill("2024-12-06");

    const started = Date.now();
    await page.locator("#find-claims").click();
    await page
      .locator("#article-candidates li.candidate")
      .first()
      .waitFor({ state: "visible", timeout: 30_000 });
    const elapsed = Date.now() - started;
    const inPage = await page.locator("#article-panel").getAttribute("data-find-ms");
    console.log(`[article] Find claims -> candidates shown: ${elapsed} ms (in-page ${inPage} ms, first use)`);

    // Every candidate's quote is highlighted in the article, built from text nodes and <mark>s.
    const marks = await page.locator("#article-textview mark").allTextContents();
    expect(marks.length).toBeGreaterThanOrEqual(3);
    expect(marks.some((text) => text.includes("Iran supports the Syrian army"))).toBe(true);
    expect((await page.locator("#article-textview").textContent()) ?? "").toBe(ARTICLE);

    // The denial is listed as denied/negated, and cannot be accepted as asserted.
    const denied = page.locator("#article-candidates li.candidate.negated");
    await expect(denied.count()).resolves.toBeGreaterThanOrEqual(1);
    await expect(denied.first().textContent()).resolves.toContain("denied/negated");
    await expect(denied.first().locator("button.accept").isDisabled()).resolves.toBe(true);
    const deniedKey = await candidateKey(page, "turkey", "hts");
    expect(deniedKey).not.toBeNull();
    expect(await page.locator(`li.candidate[data-key="${deniedKey}"]`).getAttribute("class")).toContain(
      "negated",
    );

    // The new actor is proposed as new.
    await expect(
      page.locator('li.candidate-actor[data-actor="free-homs-brigade"]').textContent(),
    ).resolves.toContain("new");

    // Hovering a claim emphasises its quote.
    const iranKey = await candidateKey(page, "iran", "syrian-army");
    const brigadeKey = await candidateKey(page, "free-homs-brigade", "homs");
    expect(iranKey).not.toBeNull();
    expect(brigadeKey).not.toBeNull();
    await page.locator(`li.candidate[data-key="${iranKey}"]`).hover();
    await expect(page.locator("#article-textview mark.emphasised").textContent()).resolves.toContain(
      "Iran supports the Syrian army",
    );

    const legendCount = (relation: string) =>
      page.locator(`#relation-legend li[data-id="${relation}"] .count`).textContent().then(Number);
    const attacksBefore = await legendCount("attacks");

    // Accept two: the graph grows by two edges, in place.
    await page.locator(`li.candidate[data-key="${iranKey}"] button.accept`).click();
    // Edit before accepting: the certainty select.
    await page
      .locator(`li.candidate[data-key="${brigadeKey}"] select[aria-label="Certainty"]`)
      .selectOption("implied");
    await page.locator(`li.candidate[data-key="${brigadeKey}"] button.accept`).click();
    await expect.poll(() => shownEdges(page)).toBe(before + 2);
    expect(await legendCount("attacks")).toBe(attacksBefore + 1);
    const added = await page.evaluate(() => {
      const graph = window.__faultline!.graph;
      return graph
        .edges()
        .filter((edge) =>
          graph.getEdgeAttribute(edge, "evidence").some((e) => e.source.startsWith("article-")),
        );
    });
    expect(added).toHaveLength(2);
    const brigadeEdge = await page.evaluate(() => {
      const graph = window.__faultline!.graph;
      const edge = graph.edges().find((e) => graph.source(e) === "free-homs-brigade");
      return edge === undefined ? null : graph.getEdgeAttributes(edge);
    });
    expect(brigadeEdge).toMatchObject({ relation: "attacks", certainty: "implied" });

    // The details panel shows the new claim with its quote and the new source.
    await page.locator(`li.candidate[data-key="${iranKey}"] button.show-claim`).click();
    const details = page.locator("#details-view");
    await expect.poll(() => details.textContent()).toContain("Iran supports the Syrian army with advisers");
    await expect(details.textContent()).resolves.toContain("Rebels advance towards Homs after taking Hama");
    await expect(details.textContent()).resolves.toContain("2024-12-06");

    // A reload restores the accepted claims and the pending review.
    await page.reload();
    await openExplorer(page, page.url());
    await expect.poll(() => shownEdges(page)).toBe(before + 2);
    await page.locator("#search").fill("Free Homs");
    await page.locator("#search").press("Enter");
    await expect
      .poll(() => details.textContent())
      .toContain("The Free Homs Brigade attacked Homs on Thursday.");
    await openPanel(page);
    await expect(page.locator("#article-candidates li.candidate.accepted").count()).resolves.toBe(2);
    await expect(page.locator("#article-status").textContent()).resolves.toMatch(/Restored 1 article/);

    // Discard (confirmed): gone from the graph, and from the browser.
    await page.locator("#discard-articles").click();
    await page.locator("#confirm-discard").click();
    await expect.poll(() => shownEdges(page)).toBe(before);
    await page.reload();
    await openExplorer(page, page.url());
    expect(await shownEdges(page)).toBe(before);
    await openPanel(page);
    await expect(page.locator("#article-candidates li").count()).resolves.toBe(0);

    // With the model loaded (it loads while the panel is open), a second article: the usual case.
    await page.locator('#article-panel[data-model-ready="true"]').waitFor({ timeout: 30_000 });
    await page.locator("#article-text").fill(SECOND_ARTICLE);
    const warmStart = Date.now();
    await page.locator("#find-claims").click();
    await page
      .locator("#article-candidates li.candidate")
      .first()
      .waitFor({ state: "visible", timeout: 30_000 });
    const warm = Date.now() - warmStart;
    const warmInPage = await page.locator("#article-panel").getAttribute("data-find-ms");
    console.log(
      `[article] Find claims -> candidates shown, model loaded: ${warm} ms (in-page ${warmInPage} ms)`,
    );

    // Exporting the whole dataset JSON takes the added claims with it and releases the browser copy.
    const hezbollahKey = await page.evaluate(() => {
      const item = document.querySelector<HTMLElement>("#article-candidates li.candidate:not(.negated)");
      return item?.dataset.key ?? null;
    });
    expect(hezbollahKey).not.toBeNull();
    await page.locator(`li.candidate[data-key="${hezbollahKey}"] button.accept`).click();
    await expect.poll(() => shownEdges(page)).toBe(before + 1);
    // The drawer lies over the legend and its export buttons: close it first.
    await page.locator("#toggle-article").click();
    await page.locator('input[name="export-scope"][value="all"]').check();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("#export-json").click(),
    ]);
    const exported = JSON.parse(await readFile((await download.path()) ?? "", "utf8")) as Dataset;
    expect(exported.claims).toHaveLength(before + 1);
    expect(exported.sources.some((s) => s.title === "Hezbollah sends fighters to defend Homs")).toBe(true);
    await openPanel(page);
    await expect.poll(() => page.locator("#article-status").textContent()).toMatch(/no longer kept/);
    await page.reload();
    await openExplorer(page, page.url());
    expect(await shownEdges(page)).toBe(before);

    expect(problems.filter((p) => p.startsWith("pageerror"))).toEqual([]);
    // Close the context itself (it holds the download) before the browser goes, not via page.close().
    await page.context().close();
  });
});

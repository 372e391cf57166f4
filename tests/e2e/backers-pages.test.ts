import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { BACKING_PAGE, backers } from "../../src/analysis/backers";
import { exportGexf } from "../../src/io/gexf-write";
import { buildGraph } from "../../src/model/build-graph";
import { generateConflictDataset } from "../support/generate";
import { collectProblems, type LaunchedBrowser, launchBrowser, openExplorer } from "./browser";

/**
 * An actor backed by more actors than a page: the backers panel lists a page, "Show more" adds the
 * next, and the graph lights every backer. The answer is compared with the query run here.
 */

const url = inject("explorerUrl");
let browser: LaunchedBrowser;

beforeAll(async () => {
  browser = await launchBrowser({ width: 1000, height: 700 });
});

afterAll(async () => {
  await browser?.close();
});

describe("the backers of a much-backed actor", () => {
  it("lists a page at a time, and lights every backer on the graph", async () => {
    const generated = generateConflictDataset({ nodes: 500, edges: 2_500, seed: 5, layout: true });
    const graph = buildGraph(generated);
    // The most-backed actor at the panel's default of 2 hops.
    let actor = "";
    let expected: string[] = [];
    graph.forEachNode((node) => {
      const found = backers(graph, node, { maxHops: 2 }).map((r) => r.actor);
      if (found.length > expected.length) [actor, expected] = [node, found];
    });
    expect(expected.length).toBeGreaterThan(BACKING_PAGE + 1);

    const page = await browser.newPage();
    const problems = collectProblems(page);
    await openExplorer(page, url);
    await page.locator("#import-file").setInputFiles({
      name: "generated.gexf",
      mimeType: "text/xml",
      buffer: Buffer.from(exportGexf(generated, graph)),
    });
    await page.waitForFunction((order) => window.__faultline?.sigma.getGraph().order === order, graph.order);
    // As a shared link would: the actor and the mode in the URL's hash.
    await page.evaluate((id) => {
      window.location.hash = `actor=${encodeURIComponent(id)}&mode=backers`;
    }, actor);
    await page.locator('[data-list="backers-in"]').waitFor();

    const items = page.locator('[data-list="backers-in"] li[data-actor]');
    const listed = () => items.evaluateAll((els) => els.map((el) => el.getAttribute("data-actor")));
    await expect.poll(() => items.count()).toBe(BACKING_PAGE);
    expect(await listed()).toEqual(expected.slice(0, BACKING_PAGE));
    expect(await page.locator('[data-list="backers-in"] h3').textContent()).toContain(`(${expected.length})`);
    const more = page.locator('[data-list="backers-in"] .show-more');
    expect(await more.textContent()).toBe(`Show the other ${expected.length - BACKING_PAGE}`);
    while ((await more.count()) > 0) await more.click();
    expect(await listed()).toEqual(expected);

    const lit = new Set(await page.evaluate(() => [...(window.__faultline!.derived.focus?.nodes ?? [])]));
    for (const backer of expected) expect(lit.has(backer)).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});

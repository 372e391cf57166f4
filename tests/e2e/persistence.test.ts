import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Dataset } from "../../src/model/types";
import { collectProblems, type LaunchedBrowser, launchBrowser, openExplorer, type Page } from "./browser";

/**
 * Nothing lost: an imported dataset survives a reload (IndexedDB), a failed import afterwards
 * changes neither the graph nor the saved work, a second tab opens on the same work and hears when
 * the first changes it, and going back to the bundled dataset is kept across a reload too.
 */

const url = inject("explorerUrl");
let browser: LaunchedBrowser;
let dataset: Dataset;

beforeAll(async () => {
  dataset = JSON.parse(
    await readFile(new URL("../../data/hama-2024-12.json", import.meta.url), "utf8"),
  ) as Dataset;
  browser = await launchBrowser({ width: 1000, height: 700 });
});
afterAll(async () => {
  await browser?.close();
});

function shown(page: Page): Promise<{ nodes: number; edges: number; title: string }> {
  return page.evaluate(() => {
    const graph = window.__faultline!.sigma.getGraph();
    return { nodes: graph.order, edges: graph.size, title: graph.getAttribute("title") };
  });
}

async function importDataset(page: Page, name: string, content: Dataset | string): Promise<void> {
  await page.locator("#import-file").setInputFiles({
    name,
    mimeType: "application/json",
    buffer: Buffer.from(typeof content === "string" ? content : JSON.stringify(content)),
  });
}

describe("saved work", () => {
  it("survives a reload and a failed import, is shared with a second tab, and can be discarded", async () => {
    const page = await browser.newPage();
    const problems = collectProblems(page);
    await openExplorer(page, url);
    const bundled = await shown(page);
    expect(bundled.edges).toBe(dataset.claims.length);

    // Import a subset under another title: it replaces the graph and is saved.
    const subset: Dataset = structuredClone(dataset);
    subset.title = "My curated subset";
    subset.claims = subset.claims.slice(0, 7);
    await importDataset(page, "subset.json", subset);
    await expect.poll(async () => (await shown(page)).edges).toBe(7);
    await expect.poll(() => page.locator("#data-status").textContent()).toContain("7 claims");

    // A reload brings it back, not the bundled dataset.
    await page.reload();
    await openExplorer(page, page.url());
    expect(await shown(page)).toMatchObject({ edges: 7, title: "My curated subset" });

    // A broken import leaves the graph and the saved work as they were.
    await importDataset(page, "broken.json", '{"id": "broken", "claims": [');
    await page.locator("#alert[role=alert]").waitFor({ state: "visible" });
    expect((await shown(page)).edges).toBe(7);
    await page.reload();
    await openExplorer(page, page.url());
    expect(await shown(page)).toMatchObject({ edges: 7, title: "My curated subset" });

    // A second tab of the same browser opens on the saved work.
    const second = await page.context().newPage();
    await openExplorer(second, url);
    expect(await shown(second)).toMatchObject({ edges: 7, title: "My curated subset" });

    // Going back to the bundled dataset in the second tab: the first tab is told, and it sticks.
    await second.locator("#reset-dataset").click();
    await expect.poll(async () => (await shown(second)).edges).toBe(dataset.claims.length);
    await expect.poll(() => page.locator("#data-status").textContent()).toMatch(/another tab/i);
    await page.reload();
    await openExplorer(page, page.url());
    expect((await shown(page)).edges).toBe(dataset.claims.length);

    expect(problems.filter((p) => p.startsWith("pageerror"))).toEqual([]);
    await second.close();
    await page.close();
  });

  it("a fresh browser profile starts on the bundled dataset", async () => {
    const page = await browser.newPage();
    await openExplorer(page, url);
    expect((await shown(page)).edges).toBe(dataset.claims.length);
    await page.close();
  });
});

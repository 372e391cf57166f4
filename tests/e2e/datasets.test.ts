import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { exportDatasetCsv } from "../../src/io/csv-export";
import type { Dataset } from "../../src/model/types";
import { collectProblems, type LaunchedBrowser, launchBrowser, openExplorer, type Page } from "./browser";

/**
 * The dataset picker (the shipped datasets: Hama, Syria) and the spreadsheet import, read through
 * what sigma displays; reference evidence shown as links with locator and note.
 */

const url = inject("explorerUrl");
let browser: LaunchedBrowser;
const read = async (path: string) =>
  JSON.parse(await readFile(new URL(`../../${path}`, import.meta.url), "utf8")) as Dataset;

beforeAll(async () => {
  browser = await launchBrowser({ width: 1200, height: 800 });
});
afterAll(async () => {
  await browser?.close();
});

async function freshPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems = collectProblems(page);
  await openExplorer(page, url);
  return { page, problems };
}

const shownCounts = (page: Page) =>
  page.evaluate(() => {
    const graph = window.__faultline!.sigma.getGraph();
    return { nodes: graph.order, edges: graph.size };
  });

describe("datasets", () => {
  it("opens the Syria dataset from the picker; search finds its aliases; references are links", async () => {
    const syria = await read("data/syria.json");
    const { page, problems } = await freshPage();
    const options = await page
      .locator("#dataset-picker option")
      .evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value));
    expect(options).toEqual(expect.arrayContaining(["data/hama-2024-12.json", "data/syria.json"]));
    await page.locator("#dataset-picker").evaluate((el) => {
      const select = el as HTMLSelectElement;
      select.value = "data/syria.json";
      select.dispatchEvent(new Event("change"));
    });
    await expect
      .poll(() => page.locator("#dataset-title").textContent(), { timeout: 20_000 })
      .toBe(syria.title);
    expect(await shownCounts(page)).toEqual({ nodes: syria.actors.length, edges: syria.claims.length });

    const search = page.locator("#search");
    await search.fill("Daesh");
    const first = page.locator("#search-results [data-id]").first();
    await first.waitFor({ state: "visible" });
    expect(await first.getAttribute("data-id")).toBe("islamic-state");
    await search.press("Enter");
    const link = page.locator("#details-view .evidence.reference a").first();
    await link.waitFor({ state: "attached" });
    expect(await link.getAttribute("rel")).toBe("noopener noreferrer");
    expect(await link.getAttribute("href")).toMatch(/^https?:\/\//);
    const note = await page
      .locator("#details-view .evidence.reference .reference-note")
      .first()
      .textContent();
    expect(note?.length).toBeGreaterThan(10);
    await page.screenshot({ path: "test-results/syria-details.png" });
    expect(problems).toEqual([]);
  });

  it("imports a dataset from CSV sheets, and names row and column of a problem", async () => {
    const hama = await read("data/hama-2024-12.json");
    const csv = exportDatasetCsv(hama);
    const { page } = await freshPage();
    const file = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text) });
    await page
      .locator("#import-file")
      .setInputFiles([
        file("notes-actors.csv", csv.actors.replace(",state,", ",nation,")),
        file("notes-claims.csv", csv.claims),
        file("notes-sources.csv", csv.sources),
      ]);
    const alert = page.locator("#alert[role=alert]");
    await alert.waitFor({ state: "visible" });
    await expect.poll(() => alert.textContent()).toMatch(/notes-actors\.csv.*row \d+, column "kind"/);

    await page
      .locator("#import-file")
      .setInputFiles([
        file("notes-claims.csv", csv.claims),
        file("notes-actors.csv", csv.actors),
        file("notes-sources.csv", csv.sources),
      ]);
    await expect
      .poll(() => page.locator("#data-status").textContent())
      .toContain(`${hama.claims.length} claims`);
    expect(await shownCounts(page)).toEqual({ nodes: hama.actors.length, edges: hama.claims.length });
  });
});

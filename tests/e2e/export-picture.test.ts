import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { collectProblems, type LaunchedBrowser, launchBrowser, openExplorer, type Page } from "./browser";
import { pngPixels } from "./canvas-pixels";

/**
 * PNG and SVG export: a figure (title, date, legend, source line) around the graph as drawn, at
 * 2× by default or at a chosen size. Checked on the pixels of the PNG and against what sigma
 * displays (nodes, labels), not only on the status line.
 */

const url = inject("explorerUrl");
let browser: LaunchedBrowser;

beforeAll(async () => {
  browser = await launchBrowser({ width: 1000, height: 700 });
});

afterAll(async () => {
  await browser?.close();
});

async function download(page: Page, button: string): Promise<Buffer> {
  const waiting = page.waitForEvent("download", { timeout: 60_000 });
  await page.locator(button).click();
  const file = await waiting;
  const path = await file.path();
  return readFile(path);
}

describe("picture export", () => {
  it("PNG at 2×: title, legend and source line around the graph as drawn", async () => {
    const page = await browser.newPage();
    const problems = collectProblems(page);
    await openExplorer(page, url);
    const screen = await page.evaluate(() => window.__faultline!.sigma.getDimensions());
    const png = await download(page, "#export-png");
    // Graph area at 2× plus the frame: 16 px margins, a 250 px legend, a 58 px header.
    const width = 2 * (16 + screen.width + 16 + 250);
    const facts = await pngPixels(browser, png, {
      regions: {
        title: [32, 10, 600, 50],
        graph: [32, 116, screen.width * 2, screen.height * 2],
        legend: [2 * (32 + screen.width), 116, 400, 400],
        blankCorner: [width - 60, 10, 50, 40],
      },
    });
    expect(facts.width).toBe(width);
    expect(facts.height).toBeGreaterThan(2 * (58 + screen.height));
    expect(facts.inked.title).toBeGreaterThan(500);
    expect(facts.inked.graph).toBeGreaterThan(5000);
    expect(facts.inked.legend).toBeGreaterThan(2000);
    expect(facts.inked.blankCorner).toBe(0);
    expect(problems.filter((p) => !p.includes("GPU stall"))).toEqual([]);
    await page.close();
  });

  it("SVG at a chosen size: the nodes and labels sigma shows, the legend of what is shown, escaped text", async () => {
    const page = await browser.newPage();
    await openExplorer(page, url);
    // Hide one relation: the legend lists only what is drawn.
    await page.locator('#relation-legend li[data-id="located-in"] input[type=checkbox]').uncheck();
    await page.locator("#picture-size").selectOption("1200x800");
    const svg = (await download(page, "#export-svg")).toString("utf8");
    expect(svg).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1482" /,
    );
    const title = await page.evaluate(() => window.__faultline!.loaded.dataset.title);
    expect(svg).toContain(`<title>${title}</title>`);
    expect(svg).toContain("not shown: located in");
    expect(svg).not.toContain("located in (");
    expect(svg).toContain("supports (");
    expect(svg).toMatch(/Sources: .*Faultline, exported \d{4}-\d{2}-\d{2}\./);
    // The graph group: one shape per displayed node, one label per label sigma would show at that size.
    const graphPart = svg.slice(svg.indexOf('<g clip-path="url(#graph-frame)">'));
    const shapes = (graphPart.match(/<(circle|polygon) [^>]*stroke="#ffffff"/g) ?? []).length;
    const shown = await page.evaluate(() => {
      const sigma = window.__faultline!.sigma;
      return sigma.getGraph().filterNodes((node) => sigma.getNodeDisplayData(node)?.hidden === false).length;
    });
    expect(shapes).toBe(shown);
    const labels = [...graphPart.matchAll(/<text [^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(labels.length).toBeGreaterThan(5);
    const actorLabels = await page.evaluate(() =>
      window.__faultline!.sigma.getGraph().mapNodes((_n, a) => a.label),
    );
    for (const label of labels)
      expect(actorLabels).toContain(label?.replace(/&amp;/g, "&").replace(/&#39;|&apos;/g, "'"));
    await page.close();
  });
});

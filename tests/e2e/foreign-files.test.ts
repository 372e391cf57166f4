import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { RULE_BREAK_COLOR } from "../../src/view/graph-style";
import { serveDirectory } from "../bench/serve-app";
import { collectProblems, type LaunchedBrowser, launchBrowser, openExplorer, type Page } from "./browser";
import { graphPixels } from "./canvas-pixels";

/**
 * Foreign GEXF files (another tool's vocabulary, rules broken, or no types at all) open through
 * the mapping step; what they break is listed and drawn in red. Checked on sigma's display data
 * and on the pixels of the graph, not only in the panels.
 */

const url = inject("explorerUrl");
let browser: LaunchedBrowser;

beforeAll(async () => {
  browser = await launchBrowser({ width: 1000, height: 700 });
});

afterAll(async () => {
  await browser?.close();
});

async function fixture(name: string): Promise<Buffer> {
  return readFile(new URL(`../fixtures/gexf/${name}`, import.meta.url));
}

async function importFile(page: Page, name: string): Promise<void> {
  await page
    .locator("#import-file")
    .setInputFiles({ name, mimeType: "text/xml", buffer: await fixture(name) });
}

function shownGraph(page: Page) {
  return page.evaluate(() => {
    const sigma = window.__faultline!.sigma;
    const graph = sigma.getGraph();
    return {
      nodes: graph.filterNodes((node) => sigma.getNodeDisplayData(node)?.hidden === false),
      edges: Object.fromEntries(
        graph
          .filterEdges((edge) => sigma.getEdgeDisplayData(edge)?.hidden === false)
          .map((edge) => [edge, sigma.getEdgeDisplayData(edge)?.color ?? ""]),
      ),
      kinds: graph.mapNodes((_node, attributes) => attributes.kind),
    };
  });
}

describe("a GEXF from another tool", () => {
  it("opens through the mapping step; the claims that break the kind rules are listed and drawn in red", async () => {
    const page = await browser.newPage();
    const problems = collectProblems(page);
    await openExplorer(page, url);
    const redBefore = (await graphPixels(browser, page, [RULE_BREAK_COLOR])).near[RULE_BREAK_COLOR] ?? 0;
    // A dataset that follows the rules has no red to explain.
    expect(await page.locator("#rule-break-note").isHidden()).toBe(true);

    await importFile(page, "foreign-rule-breaks.gexf");
    const dialog = page.locator("dialog.import-mapping");
    await dialog.waitFor({ state: "visible" });
    // The attributes whose values name kinds and relations are proposed, value by value.
    expect(await page.locator("#mapping-kind-attribute").inputValue()).toBe("type");
    expect(await page.locator("#mapping-relation-attribute").inputValue()).toBe("relation");
    expect(await dialog.textContent()).toContain('no relation of the ontology (it names "funds")');
    await dialog.getByRole("button", { name: "Open" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect
      .poll(() => page.locator("#data-status").textContent())
      .toContain("Opened foreign-rule-breaks.gexf");
    expect(await page.locator("#alert").isHidden()).toBe(true);

    const shown = await shownGraph(page);
    expect(shown.nodes.sort()).toEqual(["a", "b", "c", "d", "e"]);
    expect(shown.kinds).toEqual(["armed-forces", "organization", "city", "armed-group", "unknown"]);
    expect(Object.keys(shown.edges).sort()).toEqual(["e1", "e2", "e3", "e4", "e5"]);
    const red = Object.keys(shown.edges).filter((edge) => shown.edges[edge] === RULE_BREAK_COLOR);
    expect(red.sort()).toEqual(["e2", "e4"]);
    // Drawn: red lines on the canvas where there were none.
    const pixels = await graphPixels(browser, page, [RULE_BREAK_COLOR]);
    expect(pixels.near[RULE_BREAK_COLOR]).toBeGreaterThan(redBefore + 40);

    // The legend explains the red, with a red swatch drawn beside the words (only now: it was hidden).
    const note = page.locator("#rule-break-note");
    await note.waitFor({ state: "visible" });
    expect(await note.textContent()).toContain("breaks the ontology's kind rules (2");
    const swatchRed = (await graphPixels(browser, page, [RULE_BREAK_COLOR], "#rule-break-note .swatch")).near;
    expect(swatchRed[RULE_BREAK_COLOR]).toBeGreaterThan(20);

    const listed = page.locator("#rule-breaks li button");
    expect(await listed.count()).toBe(2);
    expect(await listed.first().textContent()).toBe("Northern Army controls Relief Agency");
    await listed.first().click();
    await expect.poll(() => page.evaluate(() => window.__faultline!.state.selectedClaim)).toBe("e2");
    await expect
      .poll(() => page.evaluate(() => window.__faultline!.derived.focus?.edges.has("e2") ?? false))
      .toBe(true);

    // Kept across a reload, rule breaks and all.
    await expect.poll(() => page.locator("#data-status").textContent()).toContain("Kept in this browser");
    await page.reload();
    await openExplorer(page, page.url());
    await expect.poll(() => page.locator("#rule-breaks li").count(), { timeout: 10_000 }).toBe(2);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("an untyped graph opens as unknown kinds and related edges; cancelling leaves the graph as it was", async () => {
    const page = await browser.newPage();
    await openExplorer(page, url);
    const before = await shownGraph(page);

    await importFile(page, "foreign-untyped.gexf");
    const dialog = page.locator("dialog.import-mapping");
    await dialog.waitFor({ state: "visible" });
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect.poll(() => page.locator("#data-status").textContent()).toContain("cancelled");
    expect((await shownGraph(page)).nodes.length).toBe(before.nodes.length);

    await importFile(page, "foreign-untyped.gexf");
    await dialog.waitFor({ state: "visible" });
    expect(await page.locator("#mapping-kind-attribute").inputValue()).toBe("");
    expect(await page.locator("#mapping-relation-attribute").inputValue()).toBe("");
    await dialog.getByRole("button", { name: "Open" }).click();
    await expect
      .poll(() => page.locator("#data-status").textContent())
      .toContain("Opened foreign-untyped.gexf");
    const shown = await shownGraph(page);
    expect(shown.kinds).toEqual(Array(5).fill("unknown"));
    expect(Object.keys(shown.edges)).toHaveLength(5);
    expect(await page.locator("#rule-breaks").isHidden()).toBe(true);
    // The unknown kind and the related relation are in the legend, and the graph is drawn.
    expect(await page.locator('#kind-legend li[data-id="unknown"]').count()).toBe(1);
    expect(await page.locator('#relation-legend li[data-id="related"]').count()).toBe(1);
    expect((await graphPixels(browser, page)).drawn).toBeGreaterThan(500);
    await page.close();
  });

  it("opened by URL (?file=), it opens with the suggested mapping", async () => {
    const served = await mkdtemp(join(tmpdir(), "faultline-foreign-e2e-"));
    await cp(inject("explorerDist"), served, { recursive: true });
    await cp(
      new URL("../fixtures/gexf/foreign-rule-breaks.gexf", import.meta.url),
      join(served, "foreign.gexf"),
    );
    const server = await serveDirectory(served);
    try {
      const page = await browser.newPage();
      await openExplorer(page, `${server.url}?file=foreign.gexf`);
      await expect.poll(() => page.evaluate(() => window.__faultline!.loaded.file)).toContain("foreign.gexf");
      const shown = await shownGraph(page);
      expect(shown.nodes).toHaveLength(5);
      const red = Object.keys(shown.edges).filter((edge) => shown.edges[edge] === RULE_BREAK_COLOR);
      expect(red.sort()).toEqual(["e2", "e4"]);
      await expect.poll(() => page.locator("#rule-breaks li").count(), { timeout: 10_000 }).toBe(2);
      await page.close();
    } finally {
      server.stop();
      await rm(served, { recursive: true, force: true });
    }
  });
});

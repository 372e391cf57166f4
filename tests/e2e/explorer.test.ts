import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { claimVisible } from "../../src/model/filter";
import type { Dataset } from "../../src/model/types";
import { validateGexf13 } from "../unit/helpers/rng";
import { collectProblems, type LaunchedBrowser, launchBrowser, openExplorer, type Page } from "./browser";

/**
 * The built explorer (src/cli/serve.mjs, same CSP as `npm start`) in headless Chromium. Assertions
 * read what sigma displays (its per-node and per-edge display data after the reducers), not only
 * the panels' DOM. Expectations are computed from the dataset file, not hard-coded.
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

async function freshPage(hash = ""): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems = collectProblems(page);
  await openExplorer(page, hash === "" ? url : `${url}#${hash}`);
  return { page, problems };
}

/** What sigma shows now: ids of the nodes and edges it displays (not hidden by the reducers). */
function displayed(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  return page.evaluate(() => {
    const hook = window.__faultline!;
    const graph = hook.sigma.getGraph();
    return {
      nodes: graph.filterNodes((node) => hook.sigma.getNodeDisplayData(node)?.hidden === false),
      edges: graph.filterEdges((edge) => hook.sigma.getEdgeDisplayData(edge)?.hidden === false),
    };
  });
}

function nodeColor(page: Page, node: string): Promise<string | undefined> {
  return page.evaluate((id) => window.__faultline!.sigma.getNodeDisplayData(id)?.color, node);
}

function actorId(label: string): string {
  const actor = dataset.actors.find((a) => a.label === label || a.id === label);
  if (actor === undefined) throw new Error(`no actor ${label} in the dataset`);
  return actor.id;
}

function kindOf(id: string): string {
  return dataset.actors.find((a) => a.id === id)?.kind ?? "";
}

describe("the explorer", () => {
  it("renders every actor and claim of the dataset, with no console error or warning", async () => {
    const { page, problems } = await freshPage();
    const shown = await displayed(page);
    expect(shown.nodes).toHaveLength(dataset.actors.length);
    expect(shown.edges).toHaveLength(dataset.claims.length);
    expect(new Set(shown.edges)).toEqual(new Set(dataset.claims.map((c) => c.id)));
    // Directed relations are drawn with arrows, symmetric ones without; undated claims dashed.
    const types = await page.evaluate(() => {
      const sigma = window.__faultline!.sigma;
      return sigma
        .getGraph()
        .mapEdges(
          (edge, attributes) =>
            [
              attributes.directed,
              attributes.start === undefined && attributes.end === undefined,
              sigma.getEdgeDisplayData(edge)?.type,
            ] as const,
        );
    });
    for (const [directed, undated, type] of types)
      expect(type).toBe(`${undated ? "dashed-" : ""}${directed ? "arrow" : "line"}`);
    expect(types.some(([, undated]) => undated)).toBe(true);
    expect(types.some(([, undated]) => !undated)).toBe(true);
    await expect.poll(() => page.locator("#dataset-title").textContent()).toBe(dataset.title);
    await page.waitForTimeout(500);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("hides exactly the claims of a relation switched off in the legend, and shows them again", async () => {
    const { page } = await freshPage();
    const relation = "supports";
    await page.locator(`#relation-legend li[data-id="${relation}"] input[type=checkbox]`).click();
    let shown = await displayed(page);
    const expected = dataset.claims.filter((c) => c.relation !== relation).map((c) => c.id);
    expect(new Set(shown.edges)).toEqual(new Set(expected));
    expect(shown.nodes).toHaveLength(dataset.actors.length);
    expect(await page.evaluate(() => window.__faultline!.state.filters.hiddenRelations)).toEqual([relation]);

    await page.locator(`#relation-legend li[data-id="fights"] button.only`).click();
    shown = await displayed(page);
    expect(new Set(shown.edges)).toEqual(
      new Set(dataset.claims.filter((c) => c.relation === "fights").map((c) => c.id)),
    );

    await page.locator("#relations-all").click();
    shown = await displayed(page);
    expect(shown.edges).toHaveLength(dataset.claims.length);
    await page.close();
  });

  it("finds an actor by an alias with the keyboard, selects it and shows a verbatim quote", async () => {
    const { page } = await freshPage();
    const search = page.locator("#search");
    await search.fill("Nusra");
    const options = page.locator("#search-results [role=option]");
    await options.first().waitFor({ state: "visible" });
    const optionIds = await options.evaluateAll((els) => els.map((el) => el.getAttribute("data-id")));
    // Every actor whose label or an alias mentions Nusra is offered.
    const mentions = dataset.actors
      .filter((a) => [a.label, ...(a.aliases ?? [])].some((name) => name.toLowerCase().includes("nusra")))
      .map((a) => a.id);
    expect(new Set(optionIds)).toEqual(new Set(mentions));
    await expect.poll(() => search.getAttribute("aria-expanded")).toBe("true");
    await search.press("ArrowDown");
    await search.press("ArrowUp");
    await search.press("Enter");
    const chosen = optionIds[0]!;
    expect(await page.evaluate(() => window.__faultline!.state.selected)).toBe(chosen);
    expect(
      await page.evaluate((id) => window.__faultline!.sigma.getNodeDisplayData(id)?.highlighted, chosen),
    ).toBe(true);
    const claim = dataset.claims.find((c) => c.from === chosen || c.to === chosen)!;
    const quote = claim.evidence[0]!.quote ?? "";
    await expect
      .poll(() => page.locator("#details-view").textContent())
      .toContain(quote.replace(/\s+/g, " ").slice(0, 60));
    await expect
      .poll(() => page.locator("#details-title").textContent())
      .toBe(dataset.actors.find((a) => a.id === chosen)!.label);

    // Choosing the other actor of a claim moves the selection there.
    const otherButton = page.locator("#details-view button.other").first();
    const otherLabel = await otherButton.textContent();
    await otherButton.click();
    await expect.poll(() => page.locator("#details-title").textContent()).toBe(otherLabel ?? "");
    await page.close();
  });

  it("lists the backers of the Assad government and draws their chains", async () => {
    const { page } = await freshPage();
    const assad = actorId("assad-government");
    await page.locator("#search").fill("Assad government");
    await page.locator("#search").press("Enter");
    await page.locator("#tab-backers").click();
    const direct = dataset.claims
      .filter((c) => c.relation === "supports" && c.to === assad)
      .map((c) => c.from);
    expect(direct.length).toBeGreaterThan(0);
    const listed = await page
      .locator('[data-list="backers-in"] li[data-actor]')
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-actor")));
    for (const backer of direct) expect(listed).toContain(backer);
    // On the graph: backers are drawn in colour, an actor outside every chain is faded.
    const inChains = new Set(
      await page.evaluate(() => [...(window.__faultline!.derived.focus?.nodes ?? [])]),
    );
    for (const backer of direct) {
      expect(inChains.has(backer)).toBe(true);
      expect(await nodeColor(page, backer)).not.toBe("#e4e6ea");
    }
    const outsider = dataset.actors.find((a) => !inChains.has(a.id))!;
    expect(await nodeColor(page, outsider.id)).toBe("#e4e6ea");
    await page.close();
  });

  it("shows Hama's controller changing across December 2024 with the date control", async () => {
    const { page } = await freshPage();
    const hama = actorId("hama");
    const controllersAt = (at: string) =>
      dataset.claims
        .filter(
          (c) =>
            c.relation === "controls" &&
            c.to === hama &&
            claimVisible({ at }, c, kindOf(c.from), kindOf(c.to)),
        )
        .map((c) => c.id)
        .sort();
    const shownControllers = async () => {
      const shown = await displayed(page);
      return dataset.claims
        .filter((c) => c.relation === "controls" && c.to === hama && shown.edges.includes(c.id))
        .map((c) => c.id)
        .sort();
    };
    await page.locator("#all-time").uncheck();
    // Moves the slider like a user would (input events), binary-searching the position whose label
    // names the month asked for: labels rise with the position.
    const setMonth = (month: string) =>
      page.evaluate((m) => {
        const slider = document.querySelector<HTMLInputElement>("#date-slider")!;
        const label = document.querySelector("#date-label")!;
        const show = (i: number) => {
          slider.value = String(i);
          slider.dispatchEvent(new Event("input", { bubbles: true }));
          return (label.textContent ?? "").replace("As of ", "");
        };
        let low = 0;
        let high = Number(slider.max);
        while (low <= high) {
          const middle = Math.floor((low + high) / 2);
          const shown = show(middle);
          if (shown === m) return true;
          if (shown < m) low = middle + 1;
          else high = middle - 1;
        }
        return false;
      }, month);
    expect(await setMonth("2024-11")).toBe(true);
    const before = await shownControllers();
    expect(before).toEqual(controllersAt("2024-11"));
    // The legend counts what the date leaves in view, out of the total.
    const controls = dataset.claims.filter((c) => c.relation === "controls");
    const controlsShown = controls.filter((c) =>
      claimVisible({ at: "2024-11" }, c, kindOf(c.from), kindOf(c.to)),
    );
    await expect
      .poll(() => page.locator('#relation-legend li[data-id="controls"] .count').textContent())
      .toBe(
        controlsShown.length === controls.length
          ? String(controls.length)
          : `${controlsShown.length}/${controls.length}`,
      );
    expect(await setMonth("2025-01")).toBe(true);
    const after = await shownControllers();
    expect(after).toEqual(controllersAt("2025-01"));
    expect(before.length).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(0);
    expect(after).not.toEqual(before);
    await page.locator("#all-time").check();
    expect((await displayed(page)).edges).toHaveLength(dataset.claims.length);
    await page.close();
  });

  it("downloads GEXF 1.3 of the whole graph and of the current view that pass the RELAX NG schema", async () => {
    const { page } = await freshPage("hide=supports");
    await page.locator('input[name="export-scope"][value="all"]').check();
    let [download] = await Promise.all([page.waitForEvent("download"), page.locator("#export-gexf").click()]);
    let xml = await readFile((await download.path())!, "utf8");
    let result = await validateGexf13(xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect((xml.match(/<edge /g) ?? []).length).toBe(dataset.claims.length);

    await page.locator('input[name="export-scope"][value="view"]').check();
    await page.locator("#export-dynamic").check();
    [download] = await Promise.all([page.waitForEvent("download"), page.locator("#export-gexf").click()]);
    expect(download.suggestedFilename()).toMatch(/-view-dynamic\.gexf$/);
    xml = await readFile((await download.path())!, "utf8");
    result = await validateGexf13(xml);
    expect(result.valid).toBe(true);
    expect((xml.match(/<edge /g) ?? []).length).toBe(
      dataset.claims.filter((c) => c.relation !== "supports").length,
    );
    await page.close();
  });

  it("keeps the graph when an import is invalid and says what is wrong where; a valid import replaces it", async () => {
    const { page } = await freshPage();
    const broken = structuredClone(dataset);
    broken.claims[0]!.to = "nobody-by-this-id";
    await page.locator("#import-file").setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    const alert = page.locator("#alert[role=alert]");
    await alert.waitFor({ state: "visible" });
    await expect.poll(() => alert.textContent()).toContain("broken.json");
    await expect.poll(() => alert.textContent()).toContain("$.claims[0]");
    const shown = await displayed(page);
    expect(shown.nodes).toHaveLength(dataset.actors.length);
    expect(shown.edges).toHaveLength(dataset.claims.length);

    await page
      .locator("#import-file")
      .setInputFiles({ name: "notes.gexf", mimeType: "text/xml", buffer: Buffer.from("<gexf><graph>") });
    await expect.poll(() => alert.textContent()).toContain("notes.gexf");
    expect((await displayed(page)).edges).toHaveLength(dataset.claims.length);

    // A valid subset swaps in without restarting sigma.
    const subset = structuredClone(dataset);
    subset.claims = subset.claims.slice(0, 10);
    const sigmaBefore = await page.evaluateHandle(() => window.__faultline!.sigma);
    await page.locator("#import-file").setInputFiles({
      name: "subset.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(subset)),
    });
    await alert.waitFor({ state: "hidden" });
    await expect.poll(() => page.locator("#data-status").textContent()).toContain("10 claims");
    expect((await displayed(page)).edges).toHaveLength(10);
    expect(await page.evaluate((before) => before === window.__faultline!.sigma, sigmaBefore)).toBe(true);
    await page.close();
  });

  it("restores the whole view from the URL", async () => {
    const { page } = await freshPage();
    await page.locator(`#kind-legend li[data-id="city"] input[type=checkbox]`).uncheck();
    await page.locator("#search").fill("Iran");
    await page.locator("#search").press("Enter");
    await page.locator("#tab-backers").click();
    await page.locator("#backers-direction").selectOption("out");
    await page.locator("#all-time").uncheck();
    await page.waitForTimeout(600); // camera debounce
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toContain("hidekinds=city");
    expect(hash).toContain("mode=backers");
    const before = await page.evaluate(() => window.__faultline!.state);
    const shownBefore = await displayed(page);
    const focusBefore = await page.evaluate(() =>
      [...(window.__faultline!.derived.focus?.nodes ?? [])].sort(),
    );

    const { page: second } = await freshPage(hash.slice(1));
    const after = await second.evaluate(() => window.__faultline!.state);
    expect({ ...after, hovered: null, camera: null }).toEqual({ ...before, hovered: null, camera: null });
    // The URL keeps the camera to 4 decimals.
    expect(after.camera).not.toBeNull();
    expect(after.camera!.x).toBeCloseTo(before.camera!.x, 3);
    expect(after.camera!.y).toBeCloseTo(before.camera!.y, 3);
    expect(after.camera!.ratio).toBeCloseTo(before.camera!.ratio, 3);
    expect(await displayed(second)).toEqual(shownBefore);
    expect(await second.evaluate(() => [...(window.__faultline!.derived.focus?.nodes ?? [])].sort())).toEqual(
      focusBefore,
    );
    await expect.poll(() => second.locator("#tab-backers").getAttribute("aria-selected")).toBe("true");
    await expect.poll(() => second.locator("#backers-direction").inputValue()).toBe("out");
    await page.close();
    await second.close();
  });

  it("works on a 390-pixel-wide phone: panels collapse into toggles", async () => {
    const phone = await launchBrowser({ width: 390, height: 844 });
    try {
      const page = await phone.newPage();
      const problems = collectProblems(page);
      await openExplorer(page, url);
      await page.locator("#legend-panel").waitFor({ state: "hidden" });
      await page.locator("#side-panel").waitFor({ state: "hidden" });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const canvasWidth = await page.evaluate(
        () => document.querySelector("#graph")!.getBoundingClientRect().width,
      );
      expect(canvasWidth).toBeGreaterThan(350);
      await page.locator("#toggle-legend").click();
      await page.locator("#legend-panel").waitFor({ state: "visible" });
      await page.locator("#toggle-legend").click();
      await page.locator("#legend-panel").waitFor({ state: "hidden" });
      await page.locator("#search").fill("Hezbollah");
      await page.locator("#search").press("Enter");
      await page.locator("#side-panel").waitFor({ state: "visible" });
      await expect
        .poll(() => page.locator("#details-title").textContent())
        .toBe(dataset.actors.find((a) => a.id === "hezbollah")?.label ?? "");
      expect((await displayed(page)).nodes).toHaveLength(dataset.actors.length);
      expect(problems).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});

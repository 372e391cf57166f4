import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { collectProblems, type LaunchedBrowser, launchBrowser, openExplorer, type Page } from "./browser";
import {
  cameraAtRest,
  displayedLabels,
  drawnPixels,
  insideCanvas,
  viewportBox,
  viewportPosition,
} from "./look";

/**
 * The view answers the question: what the canvas shows after the user asks something (chooses an
 * actor, asks who backs it, filters). Each test reads sigma's viewport geometry and the pixels of
 * its WebGL layers, not only the panels and the state.
 */

const url = inject("explorerUrl");
let browser: LaunchedBrowser;

beforeAll(async () => {
  browser = await launchBrowser({ width: 1000, height: 700 });
});

afterAll(async () => {
  await browser?.close();
});

async function freshPage(
  hash = "",
  viewport?: { width: number; height: number },
): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage(viewport);
  const problems = collectProblems(page);
  await openExplorer(page, hash === "" ? url : `${url}#${hash}`);
  return { page, problems };
}

/** Picks one end of the path finder. */
async function choosePathEnd(page: Page, end: "from" | "to", label: string): Promise<void> {
  const input = page.locator(`#path-${end}`);
  await input.fill(label);
  await page.locator(`#path-${end}-list [role=option]`).first().waitFor({ state: "visible" });
  await input.press("Enter");
}

/** The actors the view has in focus (lit, the rest faded). */
function focusNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window.__faultline!.derived.focus?.nodes ?? [])]);
}

/** The actors are all on the canvas and their box spans a good part of it: the camera framed them. */
async function expectFramed(page: Page, nodes: readonly string[]): Promise<void> {
  await cameraAtRest(page);
  const box = await viewportBox(page, nodes);
  const described = JSON.stringify({ nodes: nodes.length, ...box });
  expect(box.minX, described).toBeGreaterThanOrEqual(0);
  expect(box.minY, described).toBeGreaterThanOrEqual(0);
  expect(box.maxX, described).toBeLessThanOrEqual(box.width);
  expect(box.maxY, described).toBeLessThanOrEqual(box.height);
  if (nodes.length > 1) {
    const spread = Math.max((box.maxX - box.minX) / box.width, (box.maxY - box.minY) / box.height);
    expect(spread, described).toBeGreaterThan(0.4);
  }
}

/** Nodes drawn at the default view: the share of the canvas they cover, to compare against. */
async function baselinePixels(page: Page): Promise<number> {
  await cameraAtRest(page);
  return (await drawnPixels(page, "nodes")).drawn;
}

describe("choosing an actor in the search box", () => {
  for (const how of ["Enter", "click"] as const) {
    it(`brings the camera to the actor, with the graph still drawn (${how})`, async () => {
      const { page, problems } = await freshPage();
      const before = await baselinePixels(page);
      expect(before).toBeGreaterThan(500);
      await page.locator("#search").fill("Russia");
      const option = page.locator("#search-results [role=option]").first();
      await option.waitFor({ state: "visible" });
      if (how === "Enter") await page.locator("#search").press("Enter");
      else await option.click();
      await expect.poll(() => page.evaluate(() => window.__faultline!.state.selected)).toBe("russia");
      await cameraAtRest(page);
      const position = await viewportPosition(page, "russia");
      expect(insideCanvas(position, 20), JSON.stringify(position)).toBe(true);
      // The actor and its neighbours are framed: all on the canvas, filling a good part of it.
      await expectFramed(page, await focusNodes(page));
      const after = await drawnPixels(page, "nodes");
      expect(after.drawn).toBeGreaterThan(before / 4);
      // The camera kept in the URL is in the framed graph's space (about 0..1), not layout units.
      await expect
        .poll(() => page.evaluate(() => window.__faultline!.state.camera))
        .toMatchObject({ x: expect.any(Number) });
      const camera = await page.evaluate(() => window.__faultline!.state.camera!);
      expect(Math.abs(camera.x - 0.5)).toBeLessThan(1);
      expect(Math.abs(camera.y - 0.5)).toBeLessThan(1);
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it("on a phone (390x844) too", async () => {
    const { page } = await freshPage("", { width: 390, height: 844 });
    const before = await baselinePixels(page);
    await page.locator("#search").fill("Turkey");
    await page.locator("#search-results [role=option]").first().waitFor({ state: "visible" });
    await page.locator("#search").press("Enter");
    await expect.poll(() => page.evaluate(() => window.__faultline!.state.selected)).toBe("turkey");
    await cameraAtRest(page);
    expect(insideCanvas(await viewportPosition(page, "turkey"), 10)).toBe(true);
    expect((await drawnPixels(page, "nodes")).drawn).toBeGreaterThan(before / 4);
    await page.close();
  });
});

describe("answers are framed", () => {
  it("who backs whom: the camera frames the backers' chains", async () => {
    // Zoomed far into a corner first: the answer must be brought into view.
    const { page } = await freshPage("cam=0.05,0.05,0.2");
    await page.locator("#search").fill("Assad government");
    await page.locator("#search-results [role=option]").first().waitFor({ state: "visible" });
    await page.locator("#search").press("Enter");
    await page.locator("#tab-backers").click();
    await expect
      .poll(() => page.evaluate(() => window.__faultline!.derived.backing?.in.length ?? 0))
      .toBeGreaterThan(0);
    await expectFramed(page, await focusNodes(page));
    await page.close();
  });

  it("a path: the camera frames the chain between the two actors", async () => {
    const { page } = await freshPage("mode=path&cam=0.9,0.9,0.15");
    await choosePathEnd(page, "from", "Russia");
    await choosePathEnd(page, "to", "Hezbollah");
    await expect
      .poll(() => page.evaluate(() => window.__faultline!.derived.paths?.length ?? 0))
      .toBeGreaterThan(0);
    await expectFramed(page, await focusNodes(page));
    await page.close();
  });

  it("a filter frames what is left; 'hide unconnected' hides actors with no claim shown", async () => {
    const { page } = await freshPage("cam=0.1,0.9,0.2");
    await page.locator('#relation-legend li[data-id="controls"] button.only').click();
    await page.locator("#hide-unconnected").check();
    const shown = await page.evaluate(() => {
      const sigma = window.__faultline!.sigma;
      return sigma.getGraph().filterNodes((node) => sigma.getNodeDisplayData(node)?.hidden === false);
    });
    const connected = await page.evaluate(() => {
      const graph = window.__faultline!.graph;
      const ends = new Set<string>();
      graph.forEachEdge((_edge, attributes, source, target) => {
        if (attributes.relation === "controls") {
          ends.add(source);
          ends.add(target);
        }
      });
      return [...ends];
    });
    expect(new Set(shown)).toEqual(new Set(connected));
    expect(await page.evaluate(() => location.hash)).toContain("unconnected=hide");
    await expectFramed(page, shown);
    await page.close();
  });
});

describe("a panel that says claims are hidden", () => {
  it("offers to clear the filters, and the claims come back on the canvas", async () => {
    const { page } = await freshPage("actor=russia&hide=supports,allied-with,fights,attacks");
    const clear = page.locator("#clear-filters");
    await clear.waitFor({ state: "visible" });
    const before = (await drawnPixels(page, "edges")).drawn;
    await clear.click();
    await expect
      .poll(() => page.evaluate(() => window.__faultline!.state.filters.hiddenRelations.length))
      .toBe(0);
    await cameraAtRest(page);
    expect((await drawnPixels(page, "edges")).drawn).toBeGreaterThan(before);
    await expect(page.locator("#clear-filters").count()).resolves.toBe(0);
    await page.close();
  });
});

describe("labels", () => {
  /** Sigma's displayed labels once they have settled (they are placed after each frame). */
  async function settledLabels(page: Page): Promise<string[]> {
    await cameraAtRest(page);
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    return displayedLabels(page);
  }

  it("a small graph shows every actor's label on a desktop; a phone shows those that fit, or all when asked", async () => {
    const { page } = await freshPage();
    const actors = await page.evaluate(() => window.__faultline!.graph.nodes().sort());
    expect(await settledLabels(page)).toEqual(actors);
    await page.close();

    const { page: phone } = await freshPage("", { width: 390, height: 844 });
    const fitting = await settledLabels(phone);
    expect(fitting.length).toBeGreaterThan(actors.length / 4);
    expect(fitting.length).toBeLessThan(actors.length);
    await phone.locator("#toggle-legend").click();
    await phone.locator("#label-density").selectOption("all");
    await expect.poll(() => settledLabels(phone)).toEqual(actors);
    await phone.close();
  });

  it("the density control: only the selection, or the larger actors", async () => {
    const { page } = await freshPage("actor=russia");
    await page.locator("#label-density").selectOption("none");
    await expect
      .poll(() => settledLabels(page))
      .toEqual((await page.evaluate(() => [...(window.__faultline!.derived.focus?.nodes ?? [])])).sort());
    await page.locator("#label-density").selectOption("few");
    expect(await page.evaluate(() => location.hash)).toContain("labels=few");
    await page.close();
  });

  it("come back after a GEXF import", async () => {
    const { page } = await freshPage();
    const gexf = await readFile(new URL("../fixtures/gexf/faultline-v1-hama.gexf", import.meta.url));
    await page
      .locator("#import-file")
      .setInputFiles({ name: "hama.gexf", mimeType: "text/xml", buffer: gexf });
    await expect.poll(() => page.locator("#data-status").textContent()).toContain("Opened");
    const actors = await page.evaluate(() => window.__faultline!.graph.nodes().sort());
    expect(actors.length).toBeGreaterThan(10);
    await expect.poll(() => settledLabels(page)).toEqual(actors);
    await page.close();
  });
});

describe("keyboard", () => {
  it("a skip link reaches the analysis tabs in a few Tab presses", async () => {
    const { page } = await freshPage();
    await page.locator("body").press("Tab");
    let presses = 1;
    while (presses < 6) {
      const text = await page.evaluate(() => document.activeElement?.textContent ?? "");
      if (text.includes("analysis tabs")) break;
      await page.keyboard.press("Tab");
      presses++;
    }
    await page.keyboard.press("Enter");
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("role"));
    expect(focused).toBe("tab");
    expect(presses).toBeLessThanOrEqual(4);
    await page.close();
  });

  it("the graph takes focus; arrow keys move to a neighbour, Enter selects it", async () => {
    const { page } = await freshPage("actor=assad-government");
    await cameraAtRest(page);
    await page.locator("#graph").focus();
    await expect.poll(() => page.evaluate(() => window.__faultline!.state.hovered)).toBe("assad-government");
    const neighbours = await page.evaluate(() => window.__faultline!.graph.neighbors("assad-government"));
    const visited = new Set<string>();
    for (const key of ["ArrowRight", "ArrowLeft", "ArrowUp", "ArrowDown"]) {
      await page.locator("#graph").focus();
      await page.evaluate(() => document.querySelector<HTMLElement>("#graph")!.blur());
      await page.locator("#graph").focus();
      await page.keyboard.press(key);
      const cursor = await page.evaluate(() => window.__faultline!.state.hovered);
      if (cursor !== null && cursor !== "assad-government") visited.add(cursor);
      // Back to the start for the next direction.
      await page.keyboard.press("Escape");
      await page.evaluate(() => document.querySelector<HTMLElement>("#graph")!.blur());
    }
    expect(visited.size).toBeGreaterThan(0);
    for (const node of visited) expect(neighbours).toContain(node);
    await page.locator("#graph").focus();
    await page.keyboard.press("ArrowRight");
    const cursor = await page.evaluate(() => window.__faultline!.state.hovered);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => window.__faultline!.state.selected)).toBe(cursor);
    // On the canvas: the cursor is lit, and drawn where the canvas shows it.
    expect(insideCanvas(await viewportPosition(page, cursor!), 0)).toBe(true);
    expect(await page.locator("#graph-status").textContent()).toContain("Selected");
    await page.close();
  });

  it("nothing moves while tabbing through the page", async () => {
    const { page } = await freshPage();
    const layout = () =>
      page.evaluate(() => {
        const graph = document.querySelector("#graph")!.getBoundingClientRect();
        const scroller = document.scrollingElement!;
        return [
          graph.x,
          graph.y,
          graph.width,
          graph.height,
          scroller.scrollTop,
          scroller.scrollLeft,
          window.scrollY,
        ]
          .map((value) => Math.round(value))
          .join(",");
      });
    const before = await layout();
    const seen = new Set<string>();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press("Tab");
      seen.add(await layout());
    }
    expect([...seen]).toEqual([before]);
    await page.close();
  });
});

describe("on a phone (390x844)", () => {
  it("the graph keeps most of the screen with the details open, and a tap on a node selects it", async () => {
    const { page } = await freshPage("", { width: 390, height: 844 });
    await page.locator("#search").fill("Iran");
    await page.locator("#search-results [role=option]").first().waitFor({ state: "visible" });
    await page.locator("#search").press("Enter");
    await expect.poll(() => page.locator("#side-panel").isVisible()).toBe(true);
    await cameraAtRest(page);
    const graphBox = (await page.locator("#graph").boundingBox())!;
    expect(graphBox.height / 844).toBeGreaterThan(0.45);
    // The details sheet is below the graph, not over it.
    const sheet = (await page.locator("#side-panel").boundingBox())!;
    expect(sheet.y).toBeGreaterThanOrEqual(graphBox.y + graphBox.height - 1);
    expect(insideCanvas(await viewportPosition(page, "iran"), 10)).toBe(true);

    // Nodes are big enough for a finger, and a tap picks one.
    const target = await page.evaluate(() => {
      const sigma = window.__faultline!.sigma;
      const graph = sigma.getGraph();
      const { width, height } = sigma.getDimensions();
      const candidates = graph
        .filterNodes((node) => node !== "iran")
        .map((node) => {
          const point = sigma.graphToViewport(graph.getNodeAttributes(node));
          return { node, ...point, radius: sigma.scaleSize(sigma.getNodeDisplayData(node)!.size) };
        })
        .filter((c) => c.x > 30 && c.y > 30 && c.x < width - 30 && c.y < height - 30);
      return candidates.sort((a, b) => b.radius - a.radius)[0]!;
    });
    expect(target.radius).toBeGreaterThanOrEqual(8);
    await page.touchscreen.tap(graphBox.x + target.x, graphBox.y + target.y).catch(async () => {
      await page.mouse.click(graphBox.x + target.x, graphBox.y + target.y);
    });
    await expect.poll(() => page.evaluate(() => window.__faultline!.state.selected)).toBe(target.node);
    await page.close();
  });
});

import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { backers } from "../../src/analysis/backers";
import { paths } from "../../src/analysis/paths";
import type { Chain } from "../../src/analysis/projection";
import { loadDatasetFile } from "../../src/cli/load";
import { buildGraph } from "../../src/model/build-graph";
import type { FaultlineGraph, LoadedDataset } from "../../src/model/types";
import { chainClaims } from "../../src/view/route";
import { collectProblems, type LaunchedBrowser, launchBrowser, openExplorer, type Page } from "./browser";
import { cameraAtRest, viewportBox } from "./look";

/**
 * Chains and paths as routes to pick: one route lit alone on the graph (sigma's display data and
 * displayed labels), its claims listed with their quotes; searchable path pickers and a swap.
 */

const url = inject("explorerUrl");
let browser: LaunchedBrowser;
let loaded: LoadedDataset;
let graph: FaultlineGraph;

beforeAll(async () => {
  loaded = await loadDatasetFile(fileURLToPath(new URL("../../data/hama-2024-12.json", import.meta.url)));
  graph = buildGraph(loaded);
  browser = await launchBrowser({ width: 1000, height: 700 });
});

afterAll(async () => {
  await browser?.close();
});

/** Which edges sigma draws lit (not hidden, not faded) and which labels it shows. */
function lit(page: Page) {
  return page.evaluate(() => {
    const hook = window.__faultline!;
    const focus = hook.derived.focus;
    return {
      edges: [...(focus?.edges ?? [])].sort(),
      drawnEdges: hook.sigma
        .getGraph()
        .filterEdges(
          (edge) => focus?.edges.has(edge) === true && hook.sigma.getEdgeDisplayData(edge)?.hidden === false,
        )
        .sort(),
      labels: [...hook.sigma.getNodeDisplayedLabels()].sort(),
      faded: hook.sigma
        .getGraph()
        .filterNodes((node) => hook.sigma.getNodeDisplayData(node)?.label === "")
        .sort(),
    };
  });
}

/** Two actors with at least two shortest paths between them, and those paths. */
function questionWithRoutes(): { from: string; to: string; found: Chain[] } {
  const byDegree = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a));
  for (const from of byDegree)
    for (const to of byDegree) {
      if (from >= to || graph.areNeighbors(from, to)) continue;
      const found = paths(graph, from, to);
      if (found.length >= 2) return { from, to, found };
    }
  throw new Error("no pair of actors with two paths in the dataset");
}

describe("routes", () => {
  it("a path picked in the list is lit alone with its quotes; picking it again shows them all", async () => {
    const { from, to, found } = questionWithRoutes();
    const page = await browser.newPage();
    const problems = collectProblems(page);
    await openExplorer(page, `${url}#mode=path&from=${from}&to=${to}`);
    const routes = page.locator('[data-list="paths"] .route-button');
    await expect.poll(() => routes.count()).toBe(found.length);
    const all = new Set(found.flatMap(chainClaims));
    expect((await lit(page)).edges).toEqual([...all].sort());

    const chosen = found[1]!;
    await routes.nth(1).click();
    await expect
      .poll(() => page.evaluate(() => window.__faultline!.state.highlightedClaims))
      .toEqual(chainClaims(chosen));
    const shown = await lit(page);
    expect(shown.edges).toEqual([...chainClaims(chosen)].sort());
    expect(shown.drawnEdges).toEqual(shown.edges);
    // The route's actors carry their labels; actors only on the other routes are faded, unlabelled.
    const onRoute = new Set(chosen.flatMap((step) => [step.from, step.to]));
    for (const actor of onRoute) expect(shown.labels).toContain(actor);
    const elsewhere = found[0]!
      .flatMap((step) => [step.from, step.to])
      .filter((actor) => !onRoute.has(actor));
    for (const actor of elsewhere) expect(shown.faded).toContain(actor);
    // Its claims, with their verbatim quotes.
    const cards = page.locator(".route.chosen .route-claims li.claim");
    expect(await cards.count()).toBe(chainClaims(chosen).length);
    const firstClaim = graph.getEdgeAttributes(chainClaims(chosen)[0]!);
    const quote = firstClaim.evidence?.[0]?.quote ?? "";
    expect(quote).not.toBe("");
    expect(await cards.first().textContent()).toContain(quote.slice(0, 30));
    expect(await routes.nth(1).getAttribute("aria-pressed")).toBe("true");
    expect(await page.evaluate(() => location.hash)).toContain("claims=");

    await routes.nth(1).click();
    await expect.poll(async () => (await lit(page)).edges).toEqual([...all].sort());
    expect(problems).toEqual([]);
    await page.close();
  });

  it("picking a route moves the camera to frame it, animated; letting it go frames every route", async () => {
    const { from, to, found } = questionWithRoutes();
    const page = await browser.newPage();
    await openExplorer(page, `${url}#mode=path&from=${from}&to=${to}`);
    const routes = page.locator('[data-list="paths"] .route-button');
    await expect.poll(() => routes.count()).toBe(found.length);
    await cameraAtRest(page);
    // The user looks elsewhere: zoomed in on a far corner, no route actor on screen.
    await page.evaluate(() => window.__faultline!.sigma.getCamera().setState({ x: 5, y: 5, ratio: 0.1 }));
    await cameraAtRest(page);
    const chosen = found[1]!;
    const onRoute = [...new Set(chosen.flatMap((step) => [step.from, step.to]))];
    const away = await viewportBox(page, onRoute);
    expect(away.maxX < 0 || away.minX > away.width || away.maxY < 0 || away.minY > away.height).toBe(true);

    // Every camera state sigma draws on the way is recorded: an animation passes through several.
    await page.evaluate(() => {
      const camera = window.__faultline!.sigma.getCamera();
      const steps: number[] = [];
      (window as unknown as { cameraSteps: number[] }).cameraSteps = steps;
      camera.on("updated", (state) => steps.push(state.ratio));
    });
    await routes.nth(1).click();
    // The camera travels (an animation), then rests with the route on the canvas, filling a good part.
    await cameraAtRest(page);
    const steps = await page.evaluate(() => (window as unknown as { cameraSteps: number[] }).cameraSteps);
    expect(steps.length, JSON.stringify(steps)).toBeGreaterThan(1);
    const box = await viewportBox(page, onRoute);
    const described = JSON.stringify(box);
    expect(box.minX, described).toBeGreaterThanOrEqual(0);
    expect(box.minY, described).toBeGreaterThanOrEqual(0);
    expect(box.maxX, described).toBeLessThanOrEqual(box.width);
    expect(box.maxY, described).toBeLessThanOrEqual(box.height);
    expect(Math.max((box.maxX - box.minX) / box.width, (box.maxY - box.minY) / box.height)).toBeGreaterThan(
      0.4,
    );

    // Pressed again: every route is lit, and the camera frames them all.
    await page.evaluate(() => window.__faultline!.sigma.getCamera().setState({ x: 5, y: 5, ratio: 0.1 }));
    await cameraAtRest(page);
    await routes.nth(1).click();
    await cameraAtRest(page);
    const all = [...new Set(found.flatMap((chain) => chain.flatMap((step) => [step.from, step.to])))];
    const whole = await viewportBox(page, all);
    expect(whole.minX).toBeGreaterThanOrEqual(0);
    expect(whole.maxX).toBeLessThanOrEqual(whole.width);
    expect(whole.minY).toBeGreaterThanOrEqual(0);
    expect(whole.maxY).toBeLessThanOrEqual(whole.height);
    await page.close();
  });

  it("path pickers search labels and aliases, and swap", async () => {
    const page = await browser.newPage();
    await openExplorer(page, `${url}#mode=path`);
    const withAlias = loaded.dataset.actors.find((actor) => (actor.aliases ?? []).length > 0)!;
    const other = loaded.dataset.actors.find((actor) => actor.id !== withAlias.id && actor.kind === "state")!;
    await page.locator("#path-from").fill(withAlias.aliases![0]!);
    await page.locator("#path-from-list [role=option]").first().waitFor();
    await page.locator("#path-from").press("Enter");
    await expect.poll(() => page.evaluate(() => window.__faultline!.state.path.from)).toBe(withAlias.id);
    await page.locator("#path-to").fill(other.label.slice(0, 4));
    await page.locator(`#path-to-list [data-id="${other.id}"]`).dispatchEvent("mousedown");
    await expect.poll(() => page.evaluate(() => window.__faultline!.state.path.to)).toBe(other.id);
    expect(await page.locator("#path-from").inputValue()).toBe(withAlias.label);

    await page.locator("#path-swap").click();
    await expect
      .poll(() => page.evaluate(() => window.__faultline!.state.path))
      .toMatchObject({ from: other.id, to: withAlias.id });
    expect(await page.locator("#path-from").inputValue()).toBe(other.label);
    expect(await page.evaluate(() => location.hash)).toContain(`from=${other.id}`);
    await page.close();
  });

  it("a backing chain picked in Who backs whom is lit alone", async () => {
    // The actor with the most backing chains (within two hops) makes a list worth picking from.
    const chainCount = (node: string) => backers(graph, node, { maxHops: 2 }).flatMap((r) => r.chains).length;
    const actor = graph.nodes().reduce((a, b) => (chainCount(b) > chainCount(a) ? b : a));
    expect(chainCount(actor)).toBeGreaterThanOrEqual(2);
    const results = backers(graph, actor, { maxHops: 2 });
    const page = await browser.newPage();
    await openExplorer(page, `${url}#actor=${actor}&mode=backers`);
    const routes = page.locator('[data-list="backers-in"] .route-button');
    await expect.poll(() => routes.count()).toBe(results.flatMap((r) => r.chains).length);
    const chains = results.flatMap((r) => r.chains);
    const longest = chains.reduce((a, b) => (b.length > a.length ? b : a));
    const index = chains.indexOf(longest);
    await routes.nth(index).click();
    await expect.poll(async () => (await lit(page)).edges).toEqual([...chainClaims(longest)].sort());
    await page.close();
  });
});

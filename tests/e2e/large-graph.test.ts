import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type RunningServer, serveDirectory } from "../bench/serve-app";
import { writeGeneratedDataset } from "../bench/write-generated";
import { type GeneratedDataset, generateConflictDataset } from "../support/generate";
import { collectProblems, type LaunchedBrowser, launchBrowser } from "./browser";

/**
 * A moderately large generated graph (10k actors, 40k claims) opened by URL (`?file=`) in the
 * built explorer: it loads through the worker without errors, the page rebuilds exactly the
 * dataset's records, sigma shows every actor and claim, and large-graph mode is on. Expected
 * counts come from the generated dataset.
 */

// The app built by the global setup, copied with the generated files into a directory of its own
// and served from there, so the generated files never mix with the shared build.
const dist = inject("explorerDist");
const folder = "e2e-large-graph";
let served: string;
let server: RunningServer;
let url: string;
let browser: LaunchedBrowser;
let generated: GeneratedDataset;

beforeAll(async () => {
  generated = generateConflictDataset({ nodes: 10_000, edges: 40_000, seed: 6, layout: true });
  served = await mkdtemp(join(tmpdir(), "faultline-large-e2e-"));
  await cp(dist, served, { recursive: true });
  await writeGeneratedDataset(join(served, folder), generated);
  server = await serveDirectory(served);
  url = server.url;
  // A small viewport: with software WebGL the first frame costs about its pixel count.
  browser = await launchBrowser({ width: 800, height: 600 });
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
  if (served !== undefined) await rm(served, { recursive: true, force: true });
});

describe("large graph opened by URL", () => {
  it("loads 10k/40k through the worker without errors and sigma shows all of it", async () => {
    const page = await browser.newPage();
    const problems = collectProblems(page);
    await page.goto(`${url}?file=${folder}/dataset.json`);
    // The graph on screen, or an error shown instead (then the test fails with its text).
    await page.waitForFunction(
      () =>
        performance.getEntriesByName("faultline:graph-shown").length > 0 ||
        document.getElementById("alert")?.hidden === false,
      null,
      {
        // Generous: on a busy 2-core machine with software WebGL a first 10k/40k frame can take minutes.
        timeout: 400_000,
        polling: 250,
      },
    );
    expect(await page.locator("#alert").isHidden(), (await page.locator("#alert").textContent()) ?? "").toBe(
      true,
    );
    const shown = await page.evaluate(() => {
      const sigma = window.__faultline!.sigma;
      const graph = sigma.getGraph();
      return {
        order: graph.order,
        size: graph.size,
        displayedNodes: graph.filterNodes((node) => sigma.getNodeDisplayData(node)?.hidden === false).length,
        displayedEdges: graph.filterEdges((edge) => sigma.getEdgeDisplayData(edge)?.hidden === false).length,
        labelled: graph.filterNodes((node) => {
          const label = sigma.getNodeDisplayData(node)?.label;
          return typeof label === "string" && label !== "";
        }).length,
        hideEdgesOnMove: sigma.getSetting("hideEdgesOnMove"),
        title: document.getElementById("dataset-title")?.textContent,
        firstActor: graph.nodes()[0],
        firstPosition: graph.nodes()[0] === undefined ? null : graph.getNodeAttributes(graph.nodes()[0]!),
      };
    });
    expect(shown.order).toBe(generated.dataset.actors.length);
    expect(shown.size).toBe(generated.dataset.claims.length);
    expect(shown.displayedNodes).toBe(10_000);
    expect(shown.displayedEdges).toBe(40_000);
    expect(shown.title).toBe(generated.dataset.title);
    // Large-graph mode: edges hidden while moving, labels only for hubs.
    expect(shown.hideEdgesOnMove).toBe(true);
    expect(shown.labelled).toBeGreaterThan(0);
    expect(shown.labelled).toBeLessThanOrEqual(200);
    // Positions stored in the file are used as they are.
    const stored = generated.dataset.layout?.[shown.firstActor ?? ""];
    expect(stored).toBeDefined();
    expect({ x: shown.firstPosition?.x, y: shown.firstPosition?.y }).toEqual(stored);
    // The records rebuilt on the page from the worker's columns are the dataset's, evidence and all.
    const onPage = JSON.parse(
      await page.evaluate(() => {
        const { actors, claims, layout } = window.__faultline!.loaded.dataset;
        return JSON.stringify({ actors, claims, layout });
      }),
    );
    const { actors, claims, layout } = generated.dataset;
    expect(onPage).toEqual({ actors, claims, layout });
    // A relation switched off in the legend hides exactly its claims (restyled in place, only the
    // claims that changed), and switched on again shows them all.
    const mismatched = (relation: string, off: boolean) =>
      page.evaluate(
        ([relation, off]) => {
          const sigma = window.__faultline!.sigma;
          return sigma
            .getGraph()
            .filterEdges(
              (edge, attributes) =>
                (off && attributes.relation === relation) !==
                (sigma.getEdgeDisplayData(edge)?.hidden === true),
            ).length;
        },
        [relation, off] as const,
      );
    // The legend is collapsed in this narrow viewport: the checkbox is clicked as a script would.
    const toggleSupports = () =>
      page.evaluate(() =>
        document.querySelector<HTMLInputElement>('#relation-legend input[data-id="supports"]')?.click(),
      );
    await toggleSupports();
    await expect.poll(() => mismatched("supports", true), { timeout: 60_000 }).toBe(0);
    await toggleSupports();
    await expect.poll(() => mismatched("supports", false), { timeout: 60_000 }).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  }, 450_000);

  it("names the file and the problem when ?file= points at nothing", async () => {
    const page = await browser.newPage();
    await page.goto(`${url}?file=${folder}/missing.json`);
    const alert = page.locator("#alert");
    await alert.waitFor({ state: "visible", timeout: 30_000 });
    const text = (await alert.textContent()) ?? "";
    expect(text).toContain("missing.json");
    expect(text).toMatch(/404|cannot read/i);
    await page.close();
  });
});

import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { paths } from "../../src/analysis/paths";
import { loadDatasetFile } from "../../src/cli/load";
import { buildGraph } from "../../src/model/build-graph";
import type { FaultlineGraph, LoadedDataset } from "../../src/model/types";
import { collectProblems, type LaunchedBrowser, launchBrowser, openExplorer, type Page } from "./browser";

/** More of the explorer: path finder, claim highlight, layout worker under the CSP, PNG, drop import. */

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

async function freshPage(hash = ""): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems = collectProblems(page);
  await openExplorer(page, hash === "" ? url : `${url}#${hash}`);
  return { page, problems };
}

describe("the explorer, further", () => {
  it("finds the paths between two actors, lists and draws them as the analysis computes them", async () => {
    // The two best-connected actors that are not directly linked make a non-trivial question.
    const byDegree = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a));
    let pair: [string, string] | undefined;
    for (const a of byDegree) {
      for (const b of byDegree) {
        if (a < b && !graph.areNeighbors(a, b) && paths(graph, a, b).length > 0) {
          pair = [a, b];
          break;
        }
      }
      if (pair) break;
    }
    expect(pair).toBeDefined();
    const [from, to] = pair!;
    const expected = paths(graph, from, to);
    const { page } = await freshPage();
    await page.locator("#tab-path").click();
    for (const [picker, actor] of [
      ["#path-from", from],
      ["#path-to", to],
    ] as const) {
      await page.locator(picker).fill(graph.getNodeAttribute(actor, "label"));
      await page.locator(`${picker}-list [role=option]`).first().waitFor();
      await page.locator(picker).press("Enter");
    }
    await expect.poll(() => page.evaluate(() => window.__faultline!.state.path.to)).toBe(to);
    const listed = await page.locator('[data-list="paths"] .chain > li').count();
    expect(listed).toBe(expected.length);
    const drawn = new Set(await page.evaluate(() => [...(window.__faultline!.derived.focus?.edges ?? [])]));
    const onPaths = new Set(
      expected.flatMap((chain) => chain.flatMap((step) => step.claims.map((c) => c.claim))),
    );
    expect(drawn).toEqual(onPaths);
    const colors = await page.evaluate(
      (claims) => claims.map((claim) => window.__faultline!.sigma.getEdgeDisplayData(claim)?.color),
      [...onPaths],
    );
    expect(colors.every((color) => color !== "rgba(200, 204, 210, 0.35)")).toBe(true);
    expect(await page.evaluate(() => location.hash)).toContain(`from=${from}`);
    await page.close();
  });

  it("highlights the edge of a claim chosen in the details panel", async () => {
    const actor = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a))[0]!;
    const { page } = await freshPage(`actor=${actor}`);
    const first = page.locator("#details-view li.claim").first();
    const claim = (await first.getAttribute("data-claim"))!;
    const before = await page.evaluate(
      (id) => window.__faultline!.sigma.getEdgeDisplayData(id)?.size ?? 0,
      claim,
    );
    await first.locator("button.show-claim").click();
    expect(await page.evaluate(() => window.__faultline!.state.selectedClaim)).toBe(claim);
    const after = await page.evaluate(
      (id) => window.__faultline!.sigma.getEdgeDisplayData(id)?.size ?? 0,
      claim,
    );
    expect(after).toBeGreaterThan(before);
    await expect
      .poll(() => page.locator("#details-view li.claim.chosen").getAttribute("data-claim"))
      .toBe(claim);
    await page.close();
  });

  it("runs and stops the ForceAtlas2 worker under the strict CSP without errors", async () => {
    const { page, problems } = await freshPage();
    const positions = () =>
      page.evaluate(() => window.__faultline!.graph.mapNodes((_n, a) => [a.x, a.y] as [number, number]));
    const before = await positions();
    await page.locator("#layout-button").click();
    await expect.poll(() => page.locator("#layout-button").getAttribute("aria-pressed")).toBe("true");
    await expect
      .poll(async () => JSON.stringify(await positions()) !== JSON.stringify(before), { timeout: 15_000 })
      .toBe(true);
    await page.locator("#layout-button").click();
    await expect.poll(() => page.locator("#layout-button").getAttribute("aria-pressed")).toBe("false");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("downloads a PNG of the view and the dataset JSON of the current view", async () => {
    const { page } = await freshPage("hide=supports");
    const [png] = await Promise.all([page.waitForEvent("download"), page.locator("#export-png").click()]);
    const bytes = await readFile((await png.path())!);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PNG");
    const [json] = await Promise.all([page.waitForEvent("download"), page.locator("#export-json").click()]);
    const exported = JSON.parse(await readFile((await json.path())!, "utf8")) as {
      claims: Array<{ relation: string }>;
    };
    expect(exported.claims.length).toBe(
      loaded.dataset.claims.filter((c) => c.relation !== "supports").length,
    );
    expect(exported.claims.some((c) => c.relation === "supports")).toBe(false);
    await page.close();
  });

  it("opens a dataset dropped on the graph, and refuses a dropped file that is not one", async () => {
    const { page } = await freshPage();
    const drop = (name: string, content: string) =>
      page.evaluate(
        ([fileName, text]) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([text!], fileName!, { type: "application/json" }));
          const target = document.querySelector(".graph-area")!;
          target.dispatchEvent(
            new DragEvent("dragenter", { dataTransfer: transfer, bubbles: true, cancelable: true }),
          );
          target.dispatchEvent(
            new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }),
          );
        },
        [name, content],
      );
    await drop("notes.json", "{ not json");
    await page.locator("#alert").waitFor({ state: "visible" });
    await expect.poll(() => page.locator("#alert").textContent()).toContain("notes.json");
    expect(await page.evaluate(() => window.__faultline!.sigma.getGraph().size)).toBe(
      loaded.dataset.claims.length,
    );

    const subset = { ...loaded.dataset, claims: loaded.dataset.claims.slice(0, 5) };
    await drop("subset.json", JSON.stringify(subset));
    await expect.poll(() => page.evaluate(() => window.__faultline!.sigma.getGraph().size)).toBe(5);
    await page.locator("#alert").waitFor({ state: "hidden" });
    await page.close();
  });

  it("replaces the graph when the selected actor is not in the dataset dropped", async () => {
    const claims = loaded.dataset.claims.slice(0, 5);
    const kept = new Set(claims.flatMap((c) => [c.from, c.to]));
    const gone = loaded.dataset.actors.find((a) => !kept.has(a.id));
    if (!gone) throw new Error("the bundled dataset has no actor outside its first claims");
    const { page, problems } = await freshPage(`actor=${gone.id}`);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain(`actor=${gone.id}`);
    const subset = {
      ...loaded.dataset,
      actors: loaded.dataset.actors.filter((a) => kept.has(a.id)),
      claims,
    };
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], "subset.json", { type: "application/json" }));
      const target = document.querySelector(".graph-area")!;
      target.dispatchEvent(
        new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }, JSON.stringify(subset));
    await expect.poll(() => page.evaluate(() => window.__faultline!.sigma.getGraph().order)).toBe(kept.size);
    expect(await page.evaluate(() => location.hash)).not.toContain(`actor=${gone.id}`);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe("the server", () => {
  it("serves the app with the strict Content-Security-Policy, repeated in the page", async () => {
    const page = await browser.newPage();
    const response = await page.goto(url);
    const header = response?.headers()["content-security-policy"] ?? "";
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "worker-src 'self' blob:",
      "style-src 'self'",
      "img-src 'self' data: blob:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(header).toContain(directive);
    }
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    // The meta policy is the header's minus frame-ancestors, which browsers ignore (and warn about) in a meta.
    expect(meta?.split(";").map((d) => d.trim())).toEqual(
      header
        .split(";")
        .map((d) => d.trim())
        .filter((d) => !d.startsWith("frame-ancestors")),
    );
    const missing = await page.request.get(new URL("no-such-file.js", url).href);
    expect(missing.status()).toBe(404);
    expect(missing.headers()["content-security-policy"]).toBe(header);
    await page.close();
  });
});

describe("pointer", () => {
  it("hovering an actor highlights its neighbourhood and fades the rest; clicking selects it", async () => {
    const { page } = await freshPage();
    const actor = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a))[0]!;
    // The canvas settles to its box in the first frames (the header may still grow): measure, move
    // there, and measure again until the pointer is on the actor.
    const locate = () =>
      page.evaluate((id) => {
        const sigma = window.__faultline!.sigma;
        const data = sigma.getNodeDisplayData(id)!;
        const { x, y } = sigma.framedGraphToViewport(data);
        const box = sigma.getContainer().getBoundingClientRect();
        return { x: box.left + x, y: box.top + y };
      }, actor);
    let point = await locate();
    await expect
      .poll(async () => {
        point = await locate();
        await page.mouse.move(point.x, point.y);
        return page.evaluate(() => window.__faultline!.state.hovered);
      })
      .toBe(actor);
    const neighbours = new Set([actor, ...graph.neighbors(actor)]);
    const colors = await page.evaluate(() =>
      Object.fromEntries(
        window.__faultline!.graph.mapNodes((n) => [
          n,
          window.__faultline!.sigma.getNodeDisplayData(n)?.color,
        ]),
      ),
    );
    for (const [node, color] of Object.entries(colors)) {
      if (neighbours.has(node)) expect(color).not.toBe("#e4e6ea");
      else expect(color).toBe("#e4e6ea");
    }
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.evaluate(() => window.__faultline!.state.selected)).toBe(actor);
    await expect
      .poll(() => page.locator("#details-title").textContent())
      .toBe(graph.getNodeAttribute(actor, "label"));
    await page.mouse.move(2, 2);
    await expect.poll(() => page.evaluate(() => window.__faultline!.state.hovered)).toBeNull();

    // Hovering the middle of a claim's line names the claim in a tooltip. Take a line whose middle
    // is clear of nodes (sigma's own picking says which item is under a point).
    const target = await page.evaluate(() => {
      type Picking = {
        getEdgeAtPoint(x: number, y: number): string | null;
        getNodeAtPosition(p: { x: number; y: number }): string | null;
      };
      const sigma = window.__faultline!.sigma;
      const picking = sigma as unknown as Picking;
      const graph = sigma.getGraph();
      const box = sigma.getContainer().getBoundingClientRect();
      for (const edge of graph.edges()) {
        const a = sigma.framedGraphToViewport(sigma.getNodeDisplayData(graph.source(edge))!);
        const b = sigma.framedGraphToViewport(sigma.getNodeDisplayData(graph.target(edge))!);
        const x = (a.x + b.x) / 2;
        const y = (a.y + b.y) / 2;
        if (picking.getNodeAtPosition({ x, y }) === null && picking.getEdgeAtPoint(x, y) === edge) {
          return { edge, x: box.left + x, y: box.top + y };
        }
      }
      return null;
    });
    expect(target).not.toBeNull();
    const claim = target!.edge;
    const middle = { x: target!.x, y: target!.y };
    const tooltip = page.locator(".edge-tooltip");
    // Like a hand, sweep slowly over the point: sigma's picking answers on the pointer's moves.
    for (let attempt = 0; attempt < 8 && !(await tooltip.isVisible()); attempt++) {
      await page.mouse.move(middle.x + (attempt % 3) - 1, middle.y + (attempt % 2), { steps: 4 });
      await page.waitForTimeout(250);
    }
    await tooltip.waitFor({ state: "visible" });
    expect(await tooltip.textContent()).toContain(graph.getNodeAttribute(graph.target(claim), "label"));
    await page.close();
  });
});

describe("saved work", () => {
  it("keeps an imported dataset across a reload, and goes back to the bundled one on request", async () => {
    const { page, problems } = await freshPage();
    const subset = { ...loaded.dataset, claims: loaded.dataset.claims.slice(0, 7) };
    await page.locator("#import-file").setInputFiles({
      name: "seven.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(subset)),
    });
    await expect.poll(() => page.locator("#data-status").textContent()).toContain("Kept in this browser");
    await page.reload();
    await page.waitForFunction(() => window.__faultline?.graph !== undefined);
    expect(await page.evaluate(() => window.__faultline!.sigma.getGraph().size)).toBe(7);
    await page.locator("#reset-dataset").waitFor({ state: "visible" });
    await page.locator("#reset-dataset").click();
    await expect
      .poll(() => page.evaluate(() => window.__faultline!.sigma.getGraph().size))
      .toBe(loaded.dataset.claims.length);
    await expect
      .poll(() => page.locator("#data-status").textContent())
      .toContain("Back to the bundled dataset");
    await page.reload();
    await page.waitForFunction(() => window.__faultline?.graph !== undefined);
    expect(await page.evaluate(() => window.__faultline!.sigma.getGraph().size)).toBe(
      loaded.dataset.claims.length,
    );
    await page.locator("#reset-dataset").waitFor({ state: "hidden" });
    expect(problems).toEqual([]);
    await page.close();
  });
});

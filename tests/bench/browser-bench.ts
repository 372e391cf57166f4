import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchBrowser, type Page } from "../e2e/browser";
import { generateBenchDataset } from "./node-bench";
import { type ResultLog, result } from "./results";
import { buildApp, serveDirectory } from "./serve-app";
import type { BenchSize } from "./sizes";
import { median } from "./stats";
import { writeGeneratedDataset } from "./write-generated";

/**
 * The browser half of the benchmark: the built explorer in headless Chromium (software WebGL),
 * opening each generated dataset with `?file=`. Everything is timed inside the page, against
 * the marks the app sets, so the driver's own latency is not counted.
 */

const MARK_SHOWN = "faultline:graph-shown";
const VIEWPORT = { width: 1280, height: 800 };

/**
 * Runs before any page script: records every long main-thread task (> 50 ms). Also defines the
 * `__name` helper that tsx's compiler inserts into the functions this file passes to evaluate().
 */
const LONG_TASK_OBSERVER = `
  window.__name = (target) => target;
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
`;

interface RunMeasures {
  onScreen: number;
  longestTask: number;
  toggle: number;
  hover: number;
  fa2: number;
  heapMB: number;
  errors: string[];
}

async function waitForGraph(page: Page, timeoutMs: number): Promise<number> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK_SHOWN, {
    timeout: timeoutMs,
    polling: 100,
  });
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN, MARK_SHOWN);
}

/** Clicks the legend checkbox of the most used relation, off and on, timing click -> next frame presented. */
export function toggleLatencies(page: Page, rounds: number): Promise<number[]> {
  return page.evaluate(async (count) => {
    const hook = window.__faultline!;
    const usage = new Map<string, number>();
    hook.graph.forEachEdge((_e, attributes) =>
      usage.set(attributes.relation, (usage.get(attributes.relation) ?? 0) + 1),
    );
    const relation = [...usage.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
    // Found again before each click: the legend re-renders its list, and a click on the detached
    // checkbox of the previous render would change nothing (and time nothing).
    const box = () => {
      const found = document.querySelector<HTMLInputElement>(
        `#relation-legend input[data-id="${CSS.escape(relation)}"]`,
      );
      if (!found) throw new Error(`no legend checkbox for ${relation}`);
      return found;
    };
    const hiddenClaims = () =>
      hook.graph.filterEdges((edge) => hook.sigma.getEdgeDisplayData(edge)?.hidden === true).length;
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const times: number[] = [];
    for (let i = 0; i < count * 2; i++) {
      await frame();
      const checkbox = box();
      const wasChecked = checkbox.checked;
      const start = performance.now();
      checkbox.click();
      await frame();
      times.push(performance.now() - start);
      if (box().checked === wasChecked) throw new Error(`the ${relation} checkbox did not toggle`);
      if (hiddenClaims() >= (usage.get(relation) ?? 0) !== wasChecked)
        throw new Error(`switching ${relation} ${wasChecked ? "off" : "on"} did not change the drawn claims`);
    }
    return times;
  }, rounds);
}

/** Moves the (synthetic) mouse onto hub nodes and off again, timing move -> next frame presented. */
function hoverLatencies(page: Page, rounds: number): Promise<number[]> {
  return page.evaluate(async (count) => {
    const hook = window.__faultline!;
    const sigma = hook.sigma;
    const graph = sigma.getGraph();
    const mouse = sigma.getCanvases().mouse;
    if (!mouse) throw new Error("sigma has no mouse layer");
    const rect = mouse.getBoundingClientRect();
    const dims = sigma.getDimensions();
    const hubs = graph
      .nodes()
      .sort((a, b) => graph.degree(b) - graph.degree(a))
      .filter((node) => {
        const data = sigma.getNodeDisplayData(node);
        if (!data || data.hidden) return false;
        const p = sigma.framedGraphToViewport(data);
        return p.x > 20 && p.y > 20 && p.x < dims.width - 20 && p.y < dims.height - 20;
      })
      .slice(0, count);
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const move = (x: number, y: number) =>
      mouse.dispatchEvent(
        new MouseEvent("mousemove", { clientX: rect.left + x, clientY: rect.top + y, bubbles: true }),
      );
    const times: number[] = [];
    let entered = 0;
    sigma.on("enterNode", () => entered++);
    for (const hub of hubs) {
      const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(hub)!);
      await frame();
      const start = performance.now();
      move(p.x, p.y);
      await frame();
      times.push(performance.now() - start);
      const leave = performance.now();
      move(2, 2);
      await frame();
      times.push(performance.now() - leave);
    }
    if (entered === 0) throw new Error("hovering found no node");
    return times;
  }, rounds);
}

/** Runs the app's live layout (FA2 in its worker) for `ms` and counts the position updates it applies. */
function fa2IterationsPerSecond(page: Page, ms: number): Promise<number> {
  return page.evaluate(async (duration) => {
    const graph = window.__faultline!.sigma.getGraph();
    let iterations = 0;
    const count = () => iterations++;
    graph.on("eachNodeAttributesUpdated", count);
    const button = document.getElementById("layout-button") as HTMLButtonElement;
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 500)); // worker start-up is not iteration speed
    iterations = 0;
    const start = performance.now();
    await new Promise((resolve) => setTimeout(resolve, duration));
    const elapsed = performance.now() - start;
    const counted = iterations;
    button.click();
    graph.off("eachNodeAttributesUpdated", count);
    return (counted * 1000) / elapsed;
  }, ms);
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.enable");
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const usage = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  return usage.usedSize / 2 ** 20;
}

export async function measureRun(page: Page, url: string, timeoutMs: number): Promise<RunMeasures> {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.addInitScript(LONG_TASK_OBSERVER);
  await page.goto(url);
  const onScreen = await waitForGraph(page, timeoutMs);
  const longestTask = await page.evaluate(
    (until) =>
      Math.max(
        0,
        ...(window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
          .filter((task) => task.start <= until)
          .map((task) => task.duration),
      ),
    onScreen,
  );
  const toggle = median(await toggleLatencies(page, 3));
  const hover = median(await hoverLatencies(page, 4));
  const heapMB = await heapAfterGc(page);
  const fa2 = await fa2IterationsPerSecond(page, 4000);
  return { onScreen, longestTask, toggle, hover, fa2, heapMB, errors };
}

/**
 * The bundled 29-actor dataset, opened just before a size's runs: what showing any graph costs at
 * that moment (WebGL context, shader compilation, first software-rendered frame, machine load).
 */
async function baselineOnScreen(
  browser: Awaited<ReturnType<typeof launchBrowser>>,
  url: string,
  timeoutMs: number,
): Promise<number> {
  const page = await browser.newPage();
  try {
    await page.addInitScript(LONG_TASK_OBSERVER);
    await page.goto(url);
    return await waitForGraph(page, timeoutMs);
  } catch {
    return Number.NaN;
  } finally {
    await page.close();
  }
}

export interface BrowserBenchOptions {
  /** Page load limit per run, in ms. */
  timeoutMs: number;
}

export async function benchBrowser(
  sizes: readonly BenchSize[],
  log: ResultLog,
  options: BrowserBenchOptions,
): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "faultline-bench-"));
  const browser = await launchBrowser(VIEWPORT);
  let server: Awaited<ReturnType<typeof serveDirectory>> | undefined;
  try {
    console.log("\nBrowser: building the app…");
    await buildApp(dir);
    server = await serveDirectory(dir);
    for (const size of sizes) {
      await writeGeneratedDataset(join(dir, "bench", size.name), generateBenchDataset(size));
      const runs = size.nodes >= 50_000 ? 2 : 3;
      console.log(`\nBrowser, ${size.name} (${runs} runs, median):`);
      const baseline = await baselineOnScreen(browser, server.url, options.timeoutMs);
      const measures: RunMeasures[] = [];
      for (let run = 0; run < runs; run++) {
        const page = await browser.newPage();
        try {
          measures.push(
            await measureRun(page, `${server.url}?file=bench/${size.name}/dataset.json`, options.timeoutMs),
          );
        } catch (error) {
          console.log(
            `  ${size.name} run ${run + 1} failed: ${error instanceof Error ? error.message.split("\n")[0] : error}`,
          );
        } finally {
          await page.close();
        }
      }
      const pick = (key: Exclude<keyof RunMeasures, "errors">) => median(measures.map((m) => m[key]));
      const errors = [...new Set(measures.flatMap((m) => m.errors))];
      const note = errors.length > 0 ? `page errors: ${errors.slice(0, 3).join(" | ")}` : undefined;
      const extra = note === undefined ? {} : { note };
      log.add(result("browser: on screen", size, pick("onScreen"), "ms", extra));
      log.add(result("browser: bundled 29-actor page on screen", size, baseline, "ms"));
      log.add(result("browser: longest main-thread task", size, pick("longestTask"), "ms"));
      log.add(result("browser: filter toggle", size, pick("toggle"), "ms"));
      log.add(result("browser: hover", size, pick("hover"), "ms"));
      log.add(result("browser: FA2 iterations", size, pick("fa2"), "it/s"));
      log.add(result("browser: JS heap after GC", size, pick("heapMB"), "MB"));
      if (note !== undefined) console.log(`  ${note}`);
    }
  } finally {
    server?.stop();
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}

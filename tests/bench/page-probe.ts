import type { Page } from "playwright-core";

/**
 * What the side-by-side bench observes in any graph viewer's page, without knowing its code: WebGL
 * draw calls (how many items each drew, when the frame after it was presented), long main-thread
 * tasks and performance marks. Installed before the page's own scripts.
 *
 * "On screen" is the same rule for every viewer: a draw call covered at least as many items as the
 * graph has nodes, and then no draw call for QUIET_MS; the time is the first animation frame after
 * the last draw, i.e. when the final picture was presented.
 */

export const QUIET_MS = 2000;

/** What PROBE_SCRIPT keeps in the page as `window.__probe`. */
interface ProbeState {
  draws: number;
  largest: number;
  lastDraw: number | null;
  lastShown: number | null;
  pending: boolean;
  tasks: [number, number][];
}

export interface Probe {
  /** Time (ms since navigation) the final picture was presented, or NaN. */
  onScreen: number;
  /** The largest number of items (instances or vertices) one draw call covered. */
  largestDraw: number;
  drawCalls: number;
  /** Longest main-thread task that started before `onScreen`, in ms. */
  longestTask: number;
  /** The page's performance marks by name (first occurrence), ms since navigation. */
  marks: Record<string, number>;
}

/**
 * Plain JavaScript, run before the page's scripts. It also defines `__name`, the helper tsx's
 * compiler inserts into the functions this bench passes to the page (strings cannot be evaluated
 * there: the explorer's Content-Security-Policy forbids it).
 */
export const PROBE_SCRIPT = `(() => {
  window.__name = (target) => target;
  const probe = (window.__probe = { draws: 0, largest: 0, lastDraw: null, lastShown: null, pending: false, tasks: [] });
  const note = (count) => {
    const now = performance.now();
    probe.draws++;
    if (count > probe.largest) probe.largest = count;
    probe.lastDraw = now;
    probe.pending = true;
  };
  const wrap = (proto, name, countAt, instancesAt) => {
    const original = proto && proto[name];
    if (typeof original !== "function") return;
    proto[name] = function (...args) {
      note(Math.max(args[countAt] | 0, instancesAt === null ? 0 : args[instancesAt] | 0));
      return original.apply(this, args);
    };
  };
  for (const proto of [window.WebGLRenderingContext?.prototype, window.WebGL2RenderingContext?.prototype]) {
    wrap(proto, "drawArrays", 2, null);
    wrap(proto, "drawElements", 1, null);
    wrap(proto, "drawArraysInstanced", 2, 3);
    wrap(proto, "drawElementsInstanced", 1, 4);
  }
  const getExtension = window.WebGLRenderingContext?.prototype.getExtension;
  if (getExtension) {
    window.WebGLRenderingContext.prototype.getExtension = function (name, ...rest) {
      const extension = getExtension.call(this, name, ...rest);
      if (extension && name === "ANGLE_instanced_arrays" && !extension.__probed) {
        extension.__probed = true;
        wrap(extension, "drawArraysInstancedANGLE", 2, 3);
        wrap(extension, "drawElementsInstancedANGLE", 1, 4);
      }
      return extension;
    };
  }
  const frame = (timestamp) => {
    if (probe.pending && timestamp > probe.lastDraw) {
      probe.lastShown = performance.now();
      probe.pending = false;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: "longtask", buffered: true });
})();`;

/**
 * Waits until the page drew at least `items` in one call and then stayed quiet, or its
 * `#dataset-title` says `failedTitle`, or the time ran out. Returns what the probe saw.
 */
export async function waitOnScreen(
  page: Page,
  items: number,
  timeoutMs: number,
  failedTitle?: string,
): Promise<Probe & { failure?: string }> {
  let outcome: string;
  try {
    const handle = await page.waitForFunction(
      ({ items, quiet, failedTitle }) => {
        const p = (window as unknown as { __probe?: ProbeState }).__probe;
        if (
          failedTitle !== undefined &&
          document.getElementById("dataset-title")?.textContent === failedTitle
        )
          return "failed";
        if (p === undefined || p.lastDraw === null) return false;
        return p.largest >= items && !p.pending && performance.now() - p.lastDraw >= quiet ? "shown" : false;
      },
      { items, quiet: QUIET_MS, failedTitle },
      { timeout: timeoutMs, polling: 250 },
    );
    outcome = String(await handle.jsonValue());
  } catch (error) {
    if (!(error instanceof Error) || !/Timeout/i.test(error.message)) throw error;
    outcome = "timeout";
  }
  const seen = await page.evaluate(() => {
    const p = (window as unknown as { __probe: ProbeState }).__probe;
    const marks: Record<string, number> = {};
    for (const mark of performance.getEntriesByType("mark"))
      if (!(mark.name in marks)) marks[mark.name] = mark.startTime;
    return { largest: p.largest, draws: p.draws, lastShown: p.lastShown, tasks: p.tasks, marks };
  });
  const onScreen = outcome === "shown" && seen.lastShown !== null ? seen.lastShown : Number.NaN;
  const until = Number.isNaN(onScreen) ? Number.POSITIVE_INFINITY : onScreen;
  const longestTask = Math.max(0, ...seen.tasks.filter(([start]) => start <= until).map(([, d]) => d));
  const probe: Probe = {
    onScreen,
    largestDraw: seen.largest,
    drawCalls: seen.draws,
    longestTask,
    marks: seen.marks,
  };
  return outcome === "shown" ? probe : { ...probe, failure: outcome };
}

/** JS heap in use after two full collections, in MB. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.enable");
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const usage = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  return usage.usedSize / 2 ** 20;
}

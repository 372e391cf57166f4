import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Summary of repeated timings, in milliseconds. */
export interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function summarize(runs: readonly number[]): Timing {
  return { median: median(runs), min: Math.min(...runs), max: Math.max(...runs), runs: [...runs] };
}

// `npm run bench` starts Node without --expose-gc; the flag can still be set at run time, and a
// fresh context then exposes gc(). Collecting before each run keeps one run's garbage from being
// billed to the next.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as (() => void) | undefined;

export function collectGarbage(): void {
  gc?.();
}

/**
 * A full collection, then a pause: the collector finishes sweeping a large heap on other threads
 * after gc() returns, and a run started at once pays for that sweep (measured: a 50k backers query
 * took 50-290 ms of CPU straight after gc(), 10-17 ms after a 200 ms pause).
 */
async function settle(): Promise<void> {
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
}

const SETTLE_MS = 200;

/**
 * Runs `fn` `runs` times (after one untimed warm-up unless `warmup` is false) and summarizes. With
 * `budgetMs`, a slow step gets fewer runs: as many as fit in the budget after the warm-up, and
 * when the warm-up alone exceeds it, that one cold run is the result.
 */
export async function time(
  runs: number,
  fn: () => unknown | Promise<unknown>,
  { warmup = true, budgetMs = Number.POSITIVE_INFINITY }: { warmup?: boolean; budgetMs?: number } = {},
): Promise<Timing> {
  let planned = runs;
  if (warmup) {
    await settle();
    const start = performance.now();
    await fn();
    const cold = performance.now() - start;
    if (cold > budgetMs) return summarize([cold]);
    planned = Math.max(1, Math.min(runs, Math.floor((budgetMs - cold) / Math.max(cold, 1e-3))));
  }
  const samples: number[] = [];
  for (let i = 0; i < planned; i++) {
    await settle();
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

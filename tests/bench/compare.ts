import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import type { Page } from "playwright-core";
import type { Ontology } from "../../src/model/types";
import { launchBrowser } from "../e2e/browser";
import { toggleLatencies } from "./browser-bench";
import { basePathOf, type Mount, serveMounts } from "./compare-server";
import { heapAfterGc, PROBE_SCRIPT, type Probe, waitOnScreen } from "./page-probe";
import { type BenchResult, type ResultLog, result } from "./results";
import { buildApp } from "./serve-app";
import type { BenchSize } from "./sizes";
import { median } from "./stats";
import { INPUT_TITLES, type UserInput, userFile, userFileName } from "./user-files";

/**
 * The browser half of "the files users bring": each input file opened by URL in the built explorer
 * and, with `--compare <dir>`, in another viewer's production build, runs interleaved (A B A B …)
 * in fresh browsers, medians compared within the same run. Timed by the page probe, the same rule
 * for both viewers; Faultline's own marks split its time into stages.
 */

const VIEWPORT = { width: 1280, height: 800 };
/** The ratio row: how many times sooner Faultline had the graph on screen than the other viewer. */
export const RATIO_METRIC = "other viewer's on screen / ours";
/** Faultline's header after a file was refused (its errors are in the open dialog). */
const FAILED_TO_OPEN = "The file could not be opened";

/**
 * Faultline's stages, from its performance marks: [metric stage, from mark, to mark]; the last
 * stage ends when the probe saw the final picture presented (the app's own "shown" mark is set
 * from a timer after a frame, so it can land a little after the probe's frame).
 */
const STAGES: [string, string | null, string | null][] = [
  ["worker (download, parse, check)", null, "faultline:load-head"],
  ["transfer to the page", "faultline:load-head", "faultline:loaded"],
  ["page build, sigma and first frame", "faultline:loaded", null],
];

export interface CompareOptions {
  /** Another viewer's production build directory. */
  compareDir?: string;
  runs: number;
  timeoutMs: number;
  inputs: readonly UserInput[];
}

interface Run extends Probe {
  failure?: string;
  heapMB: number;
  toggleMs: number;
}

async function oneRun(url: string, items: number, options: CompareOptions, own: boolean): Promise<Run> {
  const browser = await launchBrowser(VIEWPORT);
  try {
    const page: Page = await browser.newPage();
    await page.addInitScript(PROBE_SCRIPT);
    await page.goto(url);
    const probe = await waitOnScreen(page, items, options.timeoutMs, own ? FAILED_TO_OPEN : undefined);
    let failure = probe.failure;
    if (failure === "failed") {
      const why = await page.evaluate(() => {
        const lines = document.querySelectorAll("#alert li");
        return `${lines[0]?.textContent ?? ""}${lines.length > 1 ? ` (and ${lines.length - 1} more shown)` : ""}`;
      });
      failure = `not opened: ${String(why).replace(/\s+/g, " ").trim().slice(0, 300)}`;
    }
    const heapMB = failure === undefined ? await heapAfterGc(page) : Number.NaN;
    const toggleMs = own && failure === undefined ? median(await toggleLatencies(page, 3)) : Number.NaN;
    return { ...probe, ...(failure === undefined ? {} : { failure }), heapMB, toggleMs };
  } finally {
    await browser.close();
  }
}

function stageTimes(run: Run): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [stage, from, to] of STAGES) {
    const end = to === null ? run.onScreen : run.marks[to];
    const start = from === null ? 0 : run.marks[from];
    out[stage] = end === undefined || start === undefined ? Number.NaN : end - start;
  }
  return out;
}

function medianOf(runs: readonly Run[], pick: (run: Run) => number): number {
  return median(runs.map(pick).filter((v) => Number.isFinite(v)));
}

function report(
  log: ResultLog,
  size: BenchSize,
  input: UserInput,
  viewer: string,
  runs: readonly Run[],
): BenchResult | undefined {
  const ok = runs.filter((r) => r.failure === undefined);
  const prefix = `browser ${INPUT_TITLES[input]}${viewer === "faultline" ? "" : ` [${viewer}]`}`;
  const failures = [...new Set(runs.flatMap((r) => (r.failure === undefined ? [] : [r.failure])))];
  const note = {
    note: `${ok.length}/${runs.length} runs on screen${failures.length ? `; ${failures.join(" | ")}` : ""}`,
  };
  const shown = result(
    `${prefix}: on screen`,
    size,
    medianOf(ok, (r) => r.onScreen),
    "ms",
    note,
  );
  log.add(shown);
  if (ok.length === 0) return shown;
  log.add(
    result(
      `${prefix}: longest main-thread task`,
      size,
      medianOf(ok, (r) => r.longestTask),
      "ms",
    ),
  );
  log.add(
    result(
      `${prefix}: JS heap after GC`,
      size,
      medianOf(ok, (r) => r.heapMB),
      "MB",
    ),
  );
  if (viewer === "faultline") {
    for (const [stage] of STAGES)
      log.add(
        result(
          `${prefix}: ${stage}`,
          size,
          medianOf(ok, (r) => stageTimes(r)[stage] ?? Number.NaN),
          "ms",
        ),
      );
    log.add(
      result(
        `${prefix}: filter toggle`,
        size,
        medianOf(ok, (r) => r.toggleMs),
        "ms",
      ),
    );
  }
  return shown;
}

export async function benchCompare(
  sizes: readonly BenchSize[],
  ontology: Ontology,
  log: ResultLog,
  options: CompareOptions,
): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "faultline-compare-"));
  const mounts: Mount[] = [
    { prefix: "/files/", dir: join(dir, "files") },
    { prefix: "/", dir: join(dir, "app") },
  ];
  let other: { name: string; base: string } | undefined;
  if (options.compareDir !== undefined) {
    const otherDir = resolve(options.compareDir);
    const base = await basePathOf(otherDir);
    const name = base === "/" ? basename(otherDir) : base.replaceAll("/", "");
    // A viewer built for the site root shares "/" with ours: it gets a prefix of its own.
    const prefix = base === "/" ? "/other/" : base;
    mounts.push({ prefix, dir: otherDir });
    other = { name, base: prefix };
  }
  await mkdir(join(dir, "files"), { recursive: true });
  console.log("\nFiles users bring, in the browser: building the app…");
  await buildApp(join(dir, "app"));
  const server = await serveMounts(mounts);
  try {
    for (const size of sizes) {
      for (const input of options.inputs) {
        const name = userFileName(input, size);
        await writeFile(join(dir, "files", name), userFile(input, size, ontology));
        const fileUrl = `${server.url}files/${name}`;
        const title = `${INPUT_TITLES[input]}, ${size.name}`;
        console.log(`\n${title} (${options.runs} runs${other ? `, interleaved with ${other.name}` : ""}):`);
        const ours: Run[] = [];
        const theirs: Run[] = [];
        for (let run = 0; run < options.runs; run++) {
          ours.push(
            await oneRun(`${server.url}?file=${encodeURIComponent(fileUrl)}`, size.nodes, options, true),
          );
          if (other !== undefined)
            theirs.push(
              await oneRun(`${server.url}${other.base.slice(1)}?file=${fileUrl}`, size.nodes, options, false),
            );
        }
        await rm(join(dir, "files", name));
        const shown = report(log, size, input, "faultline", ours);
        if (other === undefined) continue;
        const otherShown = report(log, size, input, other.name, theirs);
        const ratio = (otherShown?.value ?? Number.NaN) / (shown?.value ?? Number.NaN);
        log.add(
          result(`browser ${INPUT_TITLES[input]}: ${RATIO_METRIC}`, size, ratio, "x", { note: other.name }),
        );
      }
    }
  } finally {
    server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

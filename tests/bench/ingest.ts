/**
 * Ingest speed: articles of ~500 words per second on one core (goal >= 200/s), the latency of one
 * article (what the "Add article" panel waits for) and the one-off cost of loading the NLP model.
 * `benchIngest()` is called by the bench runner; `tsx tests/bench/ingest.ts` runs it alone, and
 * `tsx tests/bench/ingest.ts --browser` also times the explorer's panel (ingest-browser.ts).
 *
 * What "one core" means here: the extractor is measured in a fresh child process started with
 * V8's `--single-threaded` flag, so garbage collection and JIT compilation run on the same thread
 * as the extractor. The process's CPU time is then exactly what one core spends per article, and
 * wall time equals it on an idle core. (With V8's default helper threads, process CPU time also
 * counts work done in parallel on other cores, and the bench runner's own heap, full of large
 * graphs, would make every GC slower: both inflated the figure.) A second child with V8's default
 * threads is measured for comparison.
 */

import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extractCandidates } from "../../src/ingest/extract";
import { buildGazetteer } from "../../src/ingest/gazetteer";
import { segmentText } from "../../src/ingest/nlp";
import { loadEvalBackground } from "../eval/background";
import { runBenchChild } from "./child-process";

export interface IngestBenchRow {
  metric: string;
  size: string;
  value: number;
  unit: "ms" | "it/s";
  target?: number;
  /** target / value for "at least" targets, value / target for "at most": above 1 means missed. */
  ratio?: number;
  note?: string;
}

/** What one child process measures (all times in milliseconds). */
interface IngestMeasurement {
  articles: number;
  averageWords: number;
  warmupPasses: number;
  measuredPasses: number;
  modelLoadWall: number;
  modelLoadCpu: number;
  firstArticleWall: number;
  gazetteerWall: number;
  firstPassCpuPerArticle: number;
  /** Median over the measured passes of (pass CPU time / articles). */
  cpuPerArticle: number;
  /** Median over the measured passes of (pass wall time / articles). */
  wallPerArticle: number;
  /** Median and worst wall time of a single article in the measured passes. */
  oneArticleMedian: number;
  oneArticleWorst: number;
}

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const THIS_FILE = fileURLToPath(import.meta.url);
const CHILD_FLAG = "--child";
const TARGET_PER_SECOND = 200;

/** ~500-word articles: the evaluation articles, each topped up with sentences of the next. */
export function articles(): string[] {
  const dir = join(root, "tests/eval/articles");
  const texts = [
    readFileSync(join(root, "data/sources/hama-2024-12.txt"), "utf8"),
    ...readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => readFileSync(join(dir, f), "utf8")),
  ];
  return texts.map((text, i) => {
    const next = texts[(i + 1) % texts.length] ?? "";
    const sentences = next.split(/(?<=[.!?])\s+/);
    let out = text.trim();
    for (const s of sentences) {
      if (out.split(/\s+/).length >= 500) break;
      out += ` ${s}`;
    }
    return out;
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** CPU time (user + system, all threads of this process) in milliseconds since `since`. */
function cpuMsSince(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/** Runs in the child process: every number of the ingest bench, from a cold start. */
function measureIngest(): IngestMeasurement {
  const { ontology, background } = loadEvalBackground();
  const corpus = articles();
  const averageWords = corpus.reduce((n, t) => n + t.split(/\s+/).length, 0) / corpus.length;

  // The explorer's worker warms up with one short sentence: that call loads the wink-nlp model.
  let cpu = process.cpuUsage();
  let start = performance.now();
  segmentText("Warming up the model.");
  const modelLoadWall = performance.now() - start;
  const modelLoadCpu = cpuMsSince(cpu);

  start = performance.now();
  const gazetteer = buildGazetteer(ontology, [background]);
  extractCandidates(corpus[0] ?? "", { ontology, gazetteer });
  // The first article pays for compiling the gazetteer's and the patterns' code and expressions.
  const firstArticleWall = performance.now() - start;

  start = performance.now();
  for (let i = 0; i < 20; i++) buildGazetteer(ontology, [background]);
  const gazetteerWall = (performance.now() - start) / 20;

  // The first passes pay for JIT compilation, so they are reported apart and the steady state is
  // the median of the passes after them.
  const warmupPasses = 5;
  const measuredPasses = 30;
  const oneArticle: number[] = [];
  const passWall: number[] = [];
  const passCpu: number[] = [];
  let firstPassCpu = 0;
  for (let pass = 0; pass < warmupPasses + measuredPasses; pass++) {
    cpu = process.cpuUsage();
    start = performance.now();
    for (const text of corpus) {
      const one = performance.now();
      extractCandidates(text, { ontology, gazetteer });
      if (pass >= warmupPasses) oneArticle.push(performance.now() - one);
    }
    const wall = performance.now() - start;
    const cpuMs = cpuMsSince(cpu);
    if (pass === 0) firstPassCpu = cpuMs;
    if (pass < warmupPasses) continue;
    passCpu.push(cpuMs);
    passWall.push(wall);
  }
  return {
    articles: corpus.length,
    averageWords,
    warmupPasses,
    measuredPasses,
    modelLoadWall,
    modelLoadCpu,
    firstArticleWall,
    gazetteerWall,
    firstPassCpuPerArticle: firstPassCpu / corpus.length,
    cpuPerArticle: median(passCpu) / corpus.length,
    wallPerArticle: median(passWall) / corpus.length,
    oneArticleMedian: median(oneArticle),
    oneArticleWorst: Math.max(...oneArticle),
  };
}

/** Runs `measureIngest` in a fresh Node process with the given V8 flags. */
async function measureInChild(v8Flags: string[]): Promise<IngestMeasurement> {
  const { code, stderr, lastLine } = await runBenchChild(THIS_FILE, [CHILD_FLAG], v8Flags).outcome;
  if (code !== 0 || !lastLine.startsWith("{")) {
    const why = stderr.trim().split("\n").filter(Boolean).at(-1) ?? `exit code ${code}`;
    throw new Error(`ingest bench child (${v8Flags.join(" ") || "default flags"}): ${why}`);
  }
  return JSON.parse(lastLine) as IngestMeasurement;
}

function atLeast(value: number, target: number): Pick<IngestBenchRow, "target" | "ratio"> {
  return { target, ratio: target / value };
}

export async function benchIngest(): Promise<IngestBenchRow[]> {
  const one = await measureInChild(["--single-threaded"]);
  const threaded = await measureInChild([]);
  const about = `${one.articles} articles of ${Math.round(one.averageWords)} words on average, median of ${one.measuredPasses} passes after ${one.warmupPasses} warm-up passes`;
  const perCpuSecond = 1000 / one.cpuPerArticle;
  const perSecond = 1000 / one.wallPerArticle;
  const threadedPerCpuSecond = 1000 / threaded.cpuPerArticle;
  const row = (
    metric: string,
    value: number,
    unit: IngestBenchRow["unit"],
    extra: Pick<IngestBenchRow, "target" | "ratio" | "note"> = {},
  ): IngestBenchRow => ({
    metric,
    size: "500w",
    value,
    unit,
    ...extra,
  });
  return [
    row("ingest: load NLP model (1st call)", one.modelLoadWall, "ms", {
      note: `wall; ${one.modelLoadCpu.toFixed(0)} ms CPU; the explorer's worker pays it when the panel opens`,
    }),
    row("ingest: first article after model load", one.firstArticleWall, "ms", {
      note: "wall: the first gazetteer build and the extractor with a cold JIT",
    }),
    row("ingest: build gazetteer", one.gazetteerWall, "ms"),
    row("ingest: articles per CPU second", perCpuSecond, "it/s", {
      ...atLeast(perCpuSecond, TARGET_PER_SECOND),
      note: `one core: node --single-threaded (GC and JIT on the same thread); ${about}`,
    }),
    row("ingest: CPU time per article", one.cpuPerArticle, "ms", {
      note: "one core, steady state (median pass / articles)",
    }),
    row("ingest: CPU time per article, 1st pass", one.firstPassCpuPerArticle, "ms", {
      note: "before the JIT has warmed up (model already loaded)",
    }),
    row("ingest: articles per second (wall)", perSecond, "it/s", {
      ...atLeast(perSecond, TARGET_PER_SECOND),
      note: "one core, wall clock: slower when other processes share the core",
    }),
    row("ingest: one article, wall (median)", one.oneArticleMedian, "ms"),
    row("ingest: one article, wall (worst)", one.oneArticleWorst, "ms"),
    row("ingest: articles per CPU second, V8 threads", threadedPerCpuSecond, "it/s", {
      note: `default V8 flags: process CPU time includes GC and compiler threads on other cores; one article ${threaded.oneArticleMedian.toFixed(2)} ms wall (median)`,
    }),
  ];
}

const invoked = process.argv[1] ?? "";
if (/bench[\\/]ingest\.ts$/.test(invoked)) {
  if (process.argv.includes(CHILD_FLAG)) {
    console.log(JSON.stringify(measureIngest()));
  } else {
    const browser = process.argv.includes("--browser");
    const measure = async () => [
      ...(await benchIngest()),
      ...(browser ? await (await import("./ingest-browser")).benchArticlePanel() : []),
    ];
    measure().then(
      (rows) => {
        for (const r of rows) {
          const target =
            r.target === undefined
              ? ""
              : `  (target >= ${r.target}, ratio ${r.ratio?.toFixed(2)}: target / measured, <= 1 meets it)`;
          console.log(
            `${r.metric.padEnd(44)} ${r.value.toFixed(r.value >= 100 ? 0 : 2).padStart(8)} ${r.unit}${target}${r.note ? `  ${r.note}` : ""}`,
          );
        }
      },
      (error: unknown) => {
        console.error(error instanceof Error ? error.message : String(error));
        process.exit(1);
      },
    );
  }
}

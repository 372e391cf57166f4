import { fileURLToPath } from "node:url";
import { BACKING_PAGE, backers } from "../../src/analysis/backers";
import { camps } from "../../src/analysis/camps";
import { findContradictions } from "../../src/analysis/contradictions";
import { paths } from "../../src/analysis/paths";
import { rankActors } from "../../src/analysis/rank";
import { importGexf } from "../../src/io/gexf-read";
import { exportGexfBlocks } from "../../src/io/gexf-write";
import { buildGraph } from "../../src/model/build-graph";
import { parseLoadedDataset } from "../../src/model/load";
import type { FaultlineGraph, LoadedDataset } from "../../src/model/types";
import { type GeneratedDataset, generateConflictDataset } from "../support/generate";
import { runBenchChild } from "./child-process";
import { type ResultLog, result } from "./results";
import { BENCH_SEED, type BenchSize, SIZES } from "./sizes";
import { collectGarbage, summarize, type Timing, time } from "./stats";

/**
 * The Node half of the benchmark. Loading is timed in this process; each analysis runs in a child
 * process with a time limit, because a query that does not scale must be reported as such, not
 * hang the benchmark.
 */

export interface NodeBenchOptions {
  /** Wall-clock limit of one analysis metric (all its runs), in ms; also the budget of each other step. */
  timeoutMs: number;
}

export function generateBenchDataset(size: BenchSize): GeneratedDataset {
  return generateConflictDataset({ nodes: size.nodes, edges: size.edges, seed: BENCH_SEED, layout: true });
}

function sourcesByPath(generated: GeneratedDataset): Record<string, string> {
  const byPath: Record<string, string> = {};
  for (const [id, path] of Object.entries(generated.sourcePaths))
    byPath[path] = generated.sourceTexts[id] ?? "";
  return byPath;
}

function parse(
  generated: GeneratedDataset,
  jsonText: string,
  sources: Record<string, string>,
): LoadedDataset {
  const parsed = parseLoadedDataset(generated.file, jsonText, generated.ontology, sources);
  if (!parsed.ok)
    throw new Error(`generated dataset invalid: ${parsed.errors[0]?.path}: ${parsed.errors[0]?.message}`);
  return parsed.value;
}

function loadGraph(
  generated: GeneratedDataset,
  jsonText: string,
  sources: Record<string, string>,
): FaultlineGraph {
  return buildGraph(parse(generated, jsonText, sources));
}

/** Query actors picked from the data, never by id: the most-backed actor, hubs, seeded picks. */
export function queryActors(
  graph: FaultlineGraph,
  count: number,
): { backed: string; pairs: [string, string][] } {
  const byDegree = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1));
  let backed = byDegree[0] as string;
  let most = -1;
  graph.forEachNode((node) => {
    let supporters = 0;
    graph.forEachInEdge(node, (_edge, attributes) => {
      if (attributes.relation === "supports") supporters++;
    });
    if (supporters > most) {
      most = supporters;
      backed = node;
    }
  });
  const nodes = graph.nodes();
  const pairs: [string, string][] = [];
  for (let i = 0; i < count; i++) {
    const hub = byDegree[i % Math.min(10, byDegree.length)] as string;
    const other = nodes[Math.floor((((i * 7919 + 13) % 1000) / 1000) * nodes.length)] as string;
    if (hub !== other) pairs.push([hub, other]);
  }
  return { backed, pairs };
}

/**
 * A backers query as a user waits for it: the answer (every backer, its hops and best chain) and
 * the chains of the first page the explorer's panel lists (the CLI lists them all); returns how
 * many chains that was.
 */
export function backersAsShown(graph: FaultlineGraph, actor: string): number {
  let chains = 0;
  for (const result of backers(graph, actor, { maxHops: 3 }).slice(0, BACKING_PAGE))
    chains += result.chains.length;
  return chains;
}

export const ANALYSES = ["backers", "paths", "camps", "contradictions", "rank"] as const;
export type Analysis = (typeof ANALYSES)[number];

/** Times one analysis on the bench graph of `size` (runs in the child process). */
export async function timeAnalysis(
  size: BenchSize,
  analysis: Analysis,
  onReady: () => void = () => {},
): Promise<{ timing: Timing; note: string }> {
  const generated = generateBenchDataset(size);
  const graph = loadGraph(generated, JSON.stringify(generated.dataset), sourcesByPath(generated));
  onReady();
  const { backed, pairs } = queryActors(graph, 5);
  if (analysis === "backers") {
    const timing = await time(size.runs, () => backersAsShown(graph, backed));
    return { timing, note: `most-backed actor, maxHops 3, chains of the first ${BACKING_PAGE} backers` };
  }
  if (analysis === "paths") {
    for (const [a, b] of pairs) paths(graph, a, b);
    const samples: number[] = [];
    for (let run = 0; run < size.runs; run++) {
      for (const [a, b] of pairs) {
        collectGarbage();
        const start = performance.now();
        paths(graph, a, b);
        samples.push(performance.now() - start);
      }
    }
    return {
      timing: summarize(samples),
      note: `median over ${pairs.length} hub/other pairs × ${size.runs} runs`,
    };
  }
  // Whole-graph analyses: few runs, no warm-up (each run is long and warms itself).
  const wholeGraph = {
    camps: () => camps(graph, generated.ontology),
    contradictions: () => findContradictions(graph, generated.ontology),
    rank: () => rankActors(graph, generated.ontology),
  }[analysis];
  const timing = await time(Math.min(size.runs, 3), wholeGraph, { budgetMs: 60_000, warmup: false });
  return { timing, note: "whole graph, default options" };
}

const CHILD = fileURLToPath(new URL("./analysis-child.ts", import.meta.url));
/** What the child prints when its graph is built and the timed part begins. */
export const READY = "graph ready";
const SETUP_LIMIT_MS = 15 * 60_000;

async function runChild(
  size: BenchSize,
  analysis: Analysis,
  timeoutMs: number,
): Promise<{ timing: Timing; note: string } | { error: string }> {
  const { child, outcome } = runBenchChild(CHILD, [size.name, analysis]);
  // The limit is the analysis's: it starts once the child says its graph is ready (generating
  // and loading 50k actors on a busy machine can take longer than the analysis itself).
  let timer = setTimeout(() => child.kill("SIGKILL"), SETUP_LIMIT_MS);
  child.stdout?.on("data", (chunk: Buffer) => {
    if (!chunk.toString().includes(READY)) return;
    clearTimeout(timer);
    timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  });
  const { code, signal, stderr, lastLine } = await outcome.finally(() => clearTimeout(timer));
  if (signal === "SIGKILL") return { error: `stopped after ${Math.round(timeoutMs / 1000)} s` };
  if (code !== 0 || !lastLine.startsWith("{"))
    return { error: stderr.trim().split("\n").at(-1) ?? `exit ${code}` };
  return JSON.parse(lastLine) as { timing: Timing; note: string };
}

export async function benchNode(size: BenchSize, log: ResultLog, options: NodeBenchOptions): Promise<void> {
  const generated = generateBenchDataset(size);
  const jsonText = JSON.stringify(generated.dataset);
  const sources = sourcesByPath(generated);

  // Parse + validate + build from the dataset's text, as read from disk (stored positions: no layout).
  const budget = { budgetMs: options.timeoutMs };
  const load = await time(size.runs, () => loadGraph(generated, jsonText, sources), budget);
  log.add(result("node: parse+validate+build", size, load.median, "ms", { timing: load }));

  const loaded = parse(generated, jsonText, sources);
  const graph = buildGraph(loaded);
  // The text in blocks, as the CLI streams it to a file and the explorer hands it to a Blob.
  let blocks: string[] = [];
  const exportTiming = await time(
    size.runs,
    () => {
      blocks = exportGexfBlocks(loaded, graph);
    },
    budget,
  );
  const gexf = blocks.join("");
  blocks = [];
  log.add(
    result("node: GEXF export", size, exportTiming.median, "ms", {
      timing: exportTiming,
      note: `static, in blocks, ${(gexf.length / 1e6).toFixed(1)} MB`,
    }),
  );
  // An import the reader refuses (over its size limit) is a result to report, not a crash.
  try {
    const importTiming = await time(
      size.runs,
      () => {
        const imported = importGexf("bench.gexf", gexf, generated.ontology, {
          sourceTexts: generated.sourceTexts,
        });
        if (!imported.ok)
          throw new Error(`GEXF import failed: ${imported.errors[0]?.path}: ${imported.errors[0]?.message}`);
        buildGraph(imported.value);
      },
      budget,
    );
    log.add(result("node: GEXF import+build", size, importTiming.median, "ms", { timing: importTiming }));
  } catch (error) {
    const note = error instanceof Error ? error.message : String(error);
    log.add(result("node: GEXF import+build", size, Number.NaN, "ms", { note }));
  }

  for (const analysis of ANALYSES) {
    const metric =
      analysis === "backers" || analysis === "paths" ? `node: ${analysis} query` : `node: ${analysis}`;
    const outcome = await runChild(size, analysis, options.timeoutMs);
    if ("error" in outcome) log.add(result(metric, size, Number.NaN, "ms", { note: outcome.error }));
    else log.add(result(metric, size, outcome.timing.median, "ms", outcome));
  }
}

export function sizeByName(name: string): BenchSize {
  const size = SIZES.find((s) => s.name === name);
  if (!size) throw new Error(`unknown size ${name}`);
  return size;
}

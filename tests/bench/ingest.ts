/**
 * Ingest speed: articles of ~500 words per second on one core (goal >= 200/s), the latency of one
 * article (what the "Add article" panel waits for) and the one-off cost of loading the NLP model.
 * `benchIngest()` is called by the bench runner; `tsx tests/bench/ingest.ts` runs it alone.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extractCandidates } from "../../src/ingest/extract";
import { buildGazetteer } from "../../src/ingest/gazetteer";
import { datasetSchema, ontologySchema } from "../../src/model/schema";
import type { LoadedDataset } from "../../src/model/types";

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

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");

/** ~500-word articles: the evaluation articles, each topped up with sentences of the next. */
function articles(): string[] {
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

export async function benchIngest(): Promise<IngestBenchRow[]> {
  const ontology = ontologySchema.parse(JSON.parse(readFileSync(join(root, "data/ontology.json"), "utf8")));
  const backgroundFile = join(root, "tests/eval/background.json");
  const background: LoadedDataset = {
    file: backgroundFile,
    dataset: datasetSchema.parse(JSON.parse(readFileSync(backgroundFile, "utf8"))),
    ontology,
    sourceTexts: {},
  };
  const corpus = articles();
  const words = corpus.reduce((n, t) => n + t.split(/\s+/).length, 0) / corpus.length;
  const rows: IngestBenchRow[] = [];

  // Cold start: the first call loads the wink-nlp model and compiles the gazetteer.
  let t = performance.now();
  const gazetteer = buildGazetteer(ontology, [background]);
  extractCandidates(corpus[0] ?? "", { ontology, gazetteer });
  rows.push({
    metric: "ingest: first article (model load)",
    size: "500w",
    value: performance.now() - t,
    unit: "ms",
  });

  t = performance.now();
  for (let i = 0; i < 20; i++) buildGazetteer(ontology, [background]);
  rows.push({
    metric: "ingest: build gazetteer",
    size: "500w",
    value: (performance.now() - t) / 20,
    unit: "ms",
  });

  // Throughput: several passes over the corpus, median pass.
  // Wall time and CPU time (user + system) of this process: on a busy shared machine the CPU time
  // is what one core actually spent.
  const perArticle: number[] = [];
  const passes: number[] = [];
  const cpuPasses: number[] = [];
  for (let pass = 0; pass < 7; pass++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    for (const text of corpus) {
      const one = performance.now();
      extractCandidates(text, { ontology, gazetteer });
      perArticle.push(performance.now() - one);
    }
    const used = process.cpuUsage(cpu);
    cpuPasses.push((used.user + used.system) / 1000);
    passes.push(performance.now() - start);
  }
  const perSecond = (corpus.length / median(passes)) * 1000;
  const perCpuSecond = (corpus.length / median(cpuPasses)) * 1000;
  rows.push({
    metric: "ingest: articles per CPU second",
    size: "500w",
    value: perCpuSecond,
    unit: "it/s",
    target: 200,
    ratio: 200 / perCpuSecond,
    note: "CPU time of this process (robust to other load on the machine)",
  });
  rows.push({
    metric: "ingest: articles per second",
    size: "500w",
    value: perSecond,
    unit: "it/s",
    target: 200,
    ratio: 200 / perSecond,
    note: `${corpus.length} articles of ${Math.round(words)} words on average, one core`,
  });
  rows.push({ metric: "ingest: one article (median)", size: "500w", value: median(perArticle), unit: "ms" });
  rows.push({
    metric: "ingest: one article (worst)",
    size: "500w",
    value: Math.max(...perArticle),
    unit: "ms",
  });
  return rows;
}

const invoked = process.argv[1] ?? "";
if (/bench[\\/]ingest\.ts$/.test(invoked)) {
  benchIngest().then((rows) => {
    for (const r of rows) {
      const target = r.target === undefined ? "" : `  (target >= ${r.target}, ratio ${r.ratio?.toFixed(2)})`;
      console.log(
        `${r.metric.padEnd(38)} ${r.value.toFixed(r.value >= 100 ? 0 : 2).padStart(8)} ${r.unit}${target}${r.note ? `  ${r.note}` : ""}`,
      );
    }
  });
}

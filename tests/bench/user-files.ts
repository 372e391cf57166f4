import { openGexf } from "../../src/io/gexf-open";
import { exportGexf, exportGexfBlocks } from "../../src/io/gexf-write";
import { buildGraph } from "../../src/model/build-graph";
import type { LoadedDataset, Ontology } from "../../src/model/types";
import { foreignGexf } from "./foreign-gexf";
import { backersAsShown, generateBenchDataset, queryActors } from "./node-bench";
import { type ResultLog, result } from "./results";
import { BENCH_SEED, type BenchSize } from "./sizes";
import { time } from "./stats";

/**
 * The files users bring, at each bench size: Faultline's own GEXF export (with its evidence), a
 * typed GEXF from another tool (kinds and relations, no evidence) and an untyped one (what Gephi
 * writes for any graph). The Node half times every stage of opening them; the browser half
 * (compare.ts) opens the same bytes.
 */

export const USER_INPUTS = ["own-export", "typed-foreign", "untyped-foreign"] as const;
export type UserInput = (typeof USER_INPUTS)[number];

export const INPUT_TITLES: Record<UserInput, string> = {
  "own-export": "own export",
  "typed-foreign": "typed foreign GEXF",
  "untyped-foreign": "untyped GEXF",
};

export function userFile(input: UserInput, size: BenchSize, ontology: Ontology): string {
  if (input === "own-export") {
    const generated = generateBenchDataset(size);
    return exportGexf(generated, buildGraph(generated));
  }
  const typed = input === "typed-foreign";
  return foreignGexf(ontology, { nodes: size.nodes, edges: size.edges, typed, seed: BENCH_SEED });
}

export function userFileName(input: UserInput, size: BenchSize): string {
  return `${input}-${size.name}.gexf`;
}

/** Metric names of the Node stages; `stage` is what the scaling check compares across sizes. */
export function nodeMetric(input: UserInput, stage: string): string {
  return `node ${INPUT_TITLES[input]}: ${stage}`;
}

/**
 * As the explorer opens a file by URL: strictly, and a file that does not follow the ontology with
 * the suggested mapping (gexf-open.ts).
 */
function imported(file: string, xml: string, ontology: Ontology): LoadedDataset {
  const outcome = openGexf(file, xml, ontology);
  if (!outcome.ok) {
    const first = outcome.errors[0];
    const more = outcome.errors.length > 1 ? ` (and ${outcome.errors.length - 1} more errors)` : "";
    throw new Error(`not opened: ${first?.path}: ${first?.message}${more}`);
  }
  return outcome.value;
}

/** Import (parse and check), graph build, GEXF export and a backers query, for each input. */
export async function benchUserFilesNode(
  size: BenchSize,
  ontology: Ontology,
  log: ResultLog,
  budgetMs: number,
  inputs: readonly UserInput[] = USER_INPUTS,
): Promise<void> {
  const runs = Math.min(size.runs, 3);
  for (const input of inputs) {
    const xml = userFile(input, size, ontology);
    const name = userFileName(input, size);
    const extra = { note: `${(xml.length / 1e6).toFixed(1)} MB` };
    let loaded: LoadedDataset;
    try {
      const importTiming = await time(runs, () => imported(name, xml, ontology), { budgetMs });
      log.add(
        result(nodeMetric(input, "import"), size, importTiming.median, "ms", {
          timing: importTiming,
          ...extra,
        }),
      );
      loaded = imported(name, xml, ontology);
    } catch (error) {
      const note = error instanceof Error ? error.message.slice(0, 300) : String(error);
      log.add(result(nodeMetric(input, "import"), size, Number.NaN, "ms", { note }));
      continue;
    }
    const buildTiming = await time(runs, () => buildGraph(loaded), { budgetMs });
    log.add(result(nodeMetric(input, "build"), size, buildTiming.median, "ms", { timing: buildTiming }));
    const graph = buildGraph(loaded);
    // The text in blocks, as the CLI streams it to a file and the explorer hands it to a Blob.
    const exportTiming = await time(runs, () => exportGexfBlocks(loaded, graph), { budgetMs });
    log.add(
      result(nodeMetric(input, "GEXF export"), size, exportTiming.median, "ms", {
        timing: exportTiming,
        note: "text in blocks (as streamed to a file)",
      }),
    );
    const { backed } = queryActors(graph, 1);
    const backersTiming = await time(Math.max(runs, 5), () => backersAsShown(graph, backed), { budgetMs });
    log.add(
      result(nodeMetric(input, "backers"), size, backersTiming.median, "ms", {
        timing: backersTiming,
        note: "the answer and the chains of its first page",
      }),
    );
  }
}

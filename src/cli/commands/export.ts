import { dirname, relative, resolve } from "node:path";
import { filterIsActive } from "../../io/dataset-subset";
import { importGexf } from "../../io/gexf-read";
import { exportGexf, writeGexf } from "../../io/gexf-write";
import { exportDatasetJson } from "../../io/json-export";
import { buildGraph } from "../../model/build-graph";
import { isPartialDate } from "../../model/dates";
import { isTextSource } from "../../model/evidence-kind";
import type { GraphFilter } from "../../model/filter";
import { ontologyIndex } from "../../model/ontology-index";
import { parseJson } from "../../model/parse-json";
import { MAX_GEXF_BYTES, MAX_TEXT_BYTES } from "../../model/size-limits";
import type { LoadedDataset, Ontology } from "../../model/types";
import { validateOntology } from "../../model/validate";
import { type Command, InputError, UsageError } from "../command";
import { readTextFile, writeBlocksAtomic, writeFileAtomic } from "../files";
import { formatInputErrors, loadDatasetFile } from "../load";
import { writeCsvExport } from "./csv-files";

const FORMATS = ["gexf", "json", "csv"] as const;

/** A comma-separated list of ids, each one of `known`. */
function listOption(
  value: unknown,
  option: string,
  what: string,
  known: readonly string[],
): string[] | undefined {
  if (value === undefined) return undefined;
  const list = String(value)
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (list.length === 0) throw new UsageError(`--${option} needs at least one ${what} id`);
  const unknown = list.find((k) => !known.includes(k));
  if (unknown !== undefined)
    throw new UsageError(`unknown ${what} "${unknown}"; the ontology has: ${known.join(", ")}`);
  return list;
}

async function readOntology(file: string): Promise<Ontology> {
  const json = parseJson(file, await readTextFile(file, MAX_TEXT_BYTES));
  if (!json.ok) throw new InputError(formatInputErrors([json.error]));
  const checked = validateOntology(json.value, file);
  if (!checked.ok) throw new InputError(formatInputErrors(checked.errors));
  return checked.ontology;
}

/**
 * A GEXF input: imported with the ontology given (or "ontology.json" beside it), and the quotes
 * checked against the source texts that can be read relative to the file.
 */
async function loadGexfFile(
  file: string,
  ontologyFile: string | undefined,
  warn: (text: string) => void,
): Promise<LoadedDataset> {
  const ontology = await readOntology(ontologyFile ?? resolve(dirname(file), "ontology.json"));
  const xml = await readTextFile(file, MAX_GEXF_BYTES);
  const first = importGexf(file, xml, ontology);
  if (!first.ok) throw new InputError(formatInputErrors(first.errors));
  const sourceTexts: Record<string, string> = {};
  const missing: string[] = [];
  for (const source of first.value.dataset.sources) {
    if (!isTextSource(source)) continue;
    // The source standing for the file itself: its quotes were cut from it, nothing to check again.
    if (resolve(dirname(file), source.text) === resolve(file)) continue;
    try {
      sourceTexts[source.id] = await readTextFile(resolve(dirname(file), source.text), MAX_TEXT_BYTES);
    } catch {
      // Not beside the file: the import keeps the quoted excerpts as the text.
      missing.push(source.id);
    }
  }
  if (missing.length > 0) {
    warn(
      `warning: ${file}: no source text beside it for ${missing.map((id) => `"${id}"`).join(", ")}: ` +
        "quotes were not checked against the articles, and a JSON export names text files that are not there",
    );
  }
  const result =
    Object.keys(sourceTexts).length === 0 ? first : importGexf(file, xml, ontology, { sourceTexts });
  if (!result.ok) throw new InputError(formatInputErrors(result.errors));
  for (const warning of result.warnings) warn(`warning: ${file}: ${warning}`);
  return result.value;
}

/** The dataset with its ontology and source paths made relative to where the JSON is written. */
function rebasePaths(
  loaded: LoadedDataset,
  input: string,
  ontologyFile: string,
  output: string,
): LoadedDataset {
  const from = dirname(resolve(input));
  const to = dirname(resolve(output));
  if (from === to) return loaded;
  const rebase = (path: string) => relative(to, resolve(from, path)).replaceAll("\\", "/");
  const { dataset } = loaded;
  return {
    ...loaded,
    dataset: {
      ...dataset,
      ontology: relative(to, resolve(ontologyFile)).replaceAll("\\", "/"),
      ...(dataset.$schema === undefined || /^[a-z]+:/i.test(dataset.$schema)
        ? {}
        : { $schema: rebase(dataset.$schema) }),
      sources: dataset.sources.map((s) => (isTextSource(s) ? { ...s, text: rebase(s.text) } : s)),
    },
  };
}

/** `faultline export`: the dataset (or a filtered subset) as GEXF 1.3 for Gephi/NetworkX, or as JSON. */
export const exportCommand: Command = {
  name: "export",
  summary: "Export the dataset or a filtered subset as GEXF 1.3 (Gephi, NetworkX) or JSON",
  usage: [
    "Usage: faultline export <dataset.json|file.gexf> [--format gexf|json|csv] [--relations LIST] [--kinds LIST]",
    "                        [--at DATE] [--dynamic] [--no-layout] [--now YYYY-MM-DD] [-o FILE]",
    "",
    "Writes the dataset as GEXF 1.3 (one node per actor, one edge per claim, with typed attributes,",
    "quotes and sources, colours, shapes and positions) or as dataset JSON. Positions come from the",
    "dataset's stored layout, the others from the same seeded ForceAtlas2 layout the explorer uses.",
    "The filters are the explorer's: actors of hidden kinds are dropped, isolated actors kept.",
    "A .gexf input (a Faultline export or a plain Gephi file) is imported first.",
    "--format csv writes actors.csv, claims.csv and sources.csv into the directory -o names, for a",
    "spreadsheet (one row per actor, claim or source; evidence in numbered column groups); read them",
    "back with `faultline import`.",
    "",
    "Options:",
    "  --format F        gexf (default, or json when FILE ends in .json), or csv (-o is a directory)",
    "  --relations LIST  Comma-separated relation ids to keep",
    "  --kinds LIST      Comma-separated node kind ids to keep",
    "  --at DATE         Only claims valid on that day (YYYY, YYYY-MM or YYYY-MM-DD)",
    "  --dynamic         GEXF with a timeline: edges span their claims' dates (open ends unbounded)",
    "  --no-layout       Skip ForceAtlas2: unplaced actors keep their seeded start positions",
    "  --now DATE        The GEXF lastmodifieddate (default: the latest cited source's date)",
    "  --ontology FILE   Ontology for a .gexf input (default ontology.json beside it)",
    "  -o, --output FILE Write to FILE (atomically) instead of standard output",
    "  --help            Show this help",
  ].join("\n"),
  options: {
    format: { type: "string" },
    relations: { type: "string" },
    kinds: { type: "string" },
    at: { type: "string" },
    dynamic: { type: "boolean" },
    "no-layout": { type: "boolean" },
    now: { type: "string" },
    ontology: { type: "string" },
    output: { type: "string", short: "o" },
  },
  async run({ positionals, values, stdout, stderr }) {
    if (positionals.length !== 1) {
      throw new UsageError(
        positionals.length === 0
          ? "missing <dataset.json|file.gexf>"
          : `unexpected argument "${positionals[1]}"`,
      );
    }
    const file = positionals[0]!;
    const output = typeof values.output === "string" ? values.output : undefined;
    if (values.format !== undefined && !(FORMATS as readonly unknown[]).includes(values.format)) {
      throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not "${String(values.format)}"`);
    }
    const format =
      (values.format as (typeof FORMATS)[number] | undefined) ??
      (output?.toLowerCase().endsWith(".json") ? "json" : "gexf");
    const at = typeof values.at === "string" ? values.at : undefined;
    if (values.at !== undefined && (at === undefined || !isPartialDate(at))) {
      throw new UsageError(`--at must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not "${String(values.at)}"`);
    }
    const now = typeof values.now === "string" ? values.now : undefined;
    if (now !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(now) && isPartialDate(now)))
      throw new UsageError("--now must be a date as YYYY-MM-DD");
    if (format !== "gexf" && (values.dynamic || values["no-layout"] || now !== undefined)) {
      throw new UsageError("--dynamic, --no-layout and --now apply to --format gexf only");
    }
    const isGexf = file.toLowerCase().endsWith(".gexf");
    const ontologyOption = typeof values.ontology === "string" ? values.ontology : undefined;
    if (ontologyOption !== undefined && !isGexf) {
      throw new UsageError("--ontology applies to a .gexf input; a dataset names its own ontology");
    }

    const loaded = isGexf ? await loadGexfFile(file, ontologyOption, stderr) : await loadDatasetFile(file);
    const filter: GraphFilter = {};
    const { relationIds, nodeKindIds } = ontologyIndex(loaded.ontology);
    const relations = listOption(values.relations, "relations", "relation", relationIds);
    const kinds = listOption(values.kinds, "kinds", "node kind", nodeKindIds);
    if (relations !== undefined) filter.relations = relations;
    if (kinds !== undefined) filter.kinds = kinds;
    if (at !== undefined) filter.at = at;
    if (format === "csv") {
      if (output === undefined) throw new UsageError("--format csv needs -o <directory>");
      const written = await writeCsvExport(loaded, filterIsActive(filter) ? filter : undefined, file, output);
      stdout(`wrote CSV to ${written.join(", ")}`);
      return 0;
    }

    const cannotExport = (error: unknown) =>
      new InputError(`${file}: cannot export: ${(error as Error).message}`);
    let text: string;
    try {
      if (format === "json") {
        const ontologyFile = isGexf
          ? (ontologyOption ?? resolve(dirname(file), "ontology.json"))
          : resolve(dirname(file), loaded.dataset.ontology ?? "ontology.json");
        const rebased = output === undefined ? loaded : rebasePaths(loaded, file, ontologyFile, output);
        text = exportDatasetJson(rebased, filterIsActive(filter) ? filter : undefined);
      } else {
        const graph = buildGraph(loaded, values["no-layout"] ? { iterations: 0 } : {});
        const options = { filter, dynamic: values.dynamic === true, ...(now === undefined ? {} : { now }) };
        if (output !== undefined) {
          // Streamed to the file block by block: a large graph's GEXF is never one string here.
          await writeBlocksAtomic(output, (sink) => {
            try {
              writeGexf(loaded, graph, options, sink);
            } catch (error) {
              throw error instanceof InputError ? error : cannotExport(error);
            }
          });
          stdout(`wrote GEXF to ${output}`);
          return 0;
        }
        text = exportGexf(loaded, graph, options);
      }
    } catch (error) {
      throw error instanceof InputError ? error : cannotExport(error);
    }

    if (output === undefined) {
      stdout(text);
    } else {
      await writeFileAtomic(output, text);
      stdout(`wrote ${format.toUpperCase()} to ${output}`);
    }
    return 0;
  },
};

import { type DatasetFigures, datasetFigures, figureLines } from "../../analysis/dataset-figures";
import { loadDataset } from "../../model/load";
import { parseJson } from "../../model/parse-json";
import type { InputError } from "../../model/types";
import { validateOntology } from "../../model/validate";
import type { Command } from "../command";
import { UsageError } from "../command";
import { readTextFile } from "../files";
import { datasetReader, formatInputErrors } from "../load";

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

type FileReport =
  | {
      file: string;
      ok: true;
      kind: "dataset";
      actors: number;
      claims: number;
      sources: number;
      figures: DatasetFigures;
      warnings: InputError[];
    }
  | { file: string; ok: true; kind: "ontology"; nodeKinds: number; relationKinds: number }
  | { file: string; ok: false; errors: InputError[] };

/** An ontology file is recognised by its node and relation kinds (a dataset has neither). */
function looksLikeOntology(value: unknown): boolean {
  return typeof value === "object" && value !== null && "nodeKinds" in value && "relationKinds" in value;
}

async function checkFile(file: string): Promise<FileReport> {
  // Read once and serve the dataset itself from memory to the loader.
  let text: string | undefined;
  try {
    text = await readTextFile(file);
  } catch {
    // The loader reports the unreadable file in the usual form.
  }
  if (text !== undefined) {
    const json = parseJson(file, text);
    if (json.ok && looksLikeOntology(json.value)) {
      const result = validateOntology(json.value, file);
      if (!result.ok) return { file, ok: false, errors: result.errors };
      const { nodeKinds, relationKinds } = result.ontology;
      return {
        file,
        ok: true,
        kind: "ontology",
        nodeKinds: nodeKinds.length,
        relationKinds: relationKinds.length,
      };
    }
  }
  const read = datasetReader(file);
  const result = await loadDataset(file, (path, what) =>
    path === file && text !== undefined ? Promise.resolve(text) : read(path, what),
  );
  if (!result.ok) return { file, ok: false, errors: result.errors };
  const { dataset } = result.value;
  return {
    file,
    ok: true,
    kind: "dataset",
    actors: dataset.actors.length,
    claims: dataset.claims.length,
    sources: dataset.sources.length,
    figures: datasetFigures(dataset),
    warnings: result.warnings,
  };
}

function summary(report: FileReport): string {
  if (!report.ok)
    return `${formatInputErrors(report.errors)}\n${report.file}: ${plural(report.errors.length, "error")}`;
  if (report.kind === "ontology") {
    return `OK: ontology with ${plural(report.nodeKinds, "node kind")}, ${plural(report.relationKinds, "relation kind")} (${report.file})`;
  }
  return [
    `OK: ${plural(report.actors, "actor")}, ${plural(report.claims, "claim")}, ${plural(report.sources, "source")} (${report.file})`,
    ...figureLines(report.figures),
  ].join("\n");
}

/** Warnings (what may be right but deserves a look) as `file: path: warning: message`. */
function warningLines(report: FileReport): string[] {
  if (!report.ok || report.kind !== "dataset") return [];
  return report.warnings.map((w) => `${w.file}: ${w.path}: warning: ${w.message}`);
}

/** `faultline validate <file>...`: every problem of each dataset (or ontology), or a one-line summary. */
export const validateCommand: Command = {
  name: "validate",
  summary: "Check datasets: structure, ids, allowed relations, verbatim quotes, dates",
  usage: [
    "Usage: faultline validate <dataset.json>... [--json]",
    "",
    "Checks each dataset, its ontology and its source texts, and reports every problem found as",
    "`file: path: message` (path is a JSON path such as $.claims[3].evidence[0].quote, or",
    "`line L, column C` for malformed JSON), in the order they appear in the file.",
    "A valid dataset gets its figures: actors (with a founded/dissolved date), claims, the share",
    "dated, disputed claims, distinct references and texts cited, and the share of claims citing two",
    "or more distinct sources. Warnings (a dated claim outside an actor's founded/dissolved span) go",
    "to stderr as `file: path: warning: message` and do not fail the file. A dataset with",
    "`includes` is checked merged with the files it includes.",
    "An ontology file (one with nodeKinds and relationKinds) is checked as an ontology.",
    "Exit 0 when all files are valid, 1 otherwise.",
    "",
    "Options:",
    "  --json    Print a JSON array, one {file, ok, kind, ...counts} or {file, ok: false, errors} per file",
    "  --help    Show this help",
  ].join("\n"),
  options: { json: { type: "boolean" } },
  async run({ positionals, values, stdout, stderr }) {
    if (positionals.length === 0) throw new UsageError("missing <dataset.json>");
    const reports: FileReport[] = [];
    for (const file of positionals) {
      const report = await checkFile(file);
      reports.push(report);
      if (values.json) continue;
      const warnings = warningLines(report);
      if (warnings.length > 0) stderr(warnings.join("\n"));
      (report.ok ? stdout : stderr)(summary(report));
    }
    if (values.json) stdout(JSON.stringify(reports, null, 2));
    return reports.every((r) => r.ok) ? 0 : 1;
  },
};

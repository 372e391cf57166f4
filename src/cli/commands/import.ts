import { access, mkdir } from "node:fs/promises";
import { basename, dirname, relative, resolve } from "node:path";
import { type CsvFile, csvToDatasetInput } from "../../io/csv-import";
import { canonicalDataset } from "../../io/json-export";
import { asRecord, type Raw } from "../../model/error-list";
import { slugify } from "../../model/ids";
import { parseJson } from "../../model/parse-json";
import { MAX_TEXT_BYTES } from "../../model/size-limits";
import type { InputError as InputProblem, Ontology } from "../../model/types";
import { validateDataset, validateOntology } from "../../model/validate";
import type { Command } from "../command";
import { InputError, UsageError } from "../command";
import { readTextFile, writeFileAtomic } from "../files";
import { formatInputErrors } from "../load";

/**
 * `faultline import`: a dataset from the spreadsheet form (`export --format csv`): actors.csv,
 * claims.csv and optionally sources.csv, told apart by their headers, checked as any dataset is,
 * with errors naming the file, row and column.
 */

type Role = "actors" | "claims" | "sources";

/** Which sheet a file is, by its header: claims name `from`, sources `publisher`. */
function roleOf(text: string): Role {
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  const columns = header.split(/[,;\t]/).map((c) => c.trim().replace(/^"|"$/g, ""));
  if (columns.includes("from")) return "claims";
  if (columns.includes("publisher")) return "sources";
  return "actors";
}

async function readOntologyFile(path: string): Promise<Ontology> {
  let text: string;
  try {
    text = await readTextFile(path, MAX_TEXT_BYTES);
  } catch (error) {
    throw new InputError(`cannot read the ontology ${path}: ${(error as Error).message}`);
  }
  const json = parseJson(path, text);
  if (!json.ok) throw new InputError(formatInputErrors([json.error]));
  const checked = validateOntology(json.value, path);
  if (!checked.ok) throw new InputError(formatInputErrors(checked.errors));
  return checked.ontology;
}

/**
 * Reads the shipped texts the sources name (relative to sources.csv), and rewrites each path to
 * be relative to the output; an unreadable text is an error at its row.
 */
async function readSourceTexts(
  sources: unknown[],
  sourcesFile: string | undefined,
  outDir: string,
  place: (i: number) => { file: string; path: string },
): Promise<{ texts: Record<string, string>; errors: InputProblem[] }> {
  const texts: Record<string, string> = {};
  const errors: InputProblem[] = [];
  for (const [i, raw] of sources.entries()) {
    const source = asRecord(raw);
    if (source === undefined || typeof source.text !== "string" || typeof source.id !== "string") continue;
    const path = resolve(dirname(sourcesFile ?? "."), source.text);
    try {
      texts[source.id] = await readTextFile(path, MAX_TEXT_BYTES);
    } catch (error) {
      errors.push({ ...place(i), message: `cannot read source text ${path}: ${(error as Error).message}` });
    }
    source.text = relative(outDir, path).replaceAll("\\", "/");
  }
  return { texts, errors };
}

export const importCommand: Command = {
  name: "import",
  summary: "Read a dataset from CSV files (actors, claims, sources) into dataset JSON",
  usage: [
    "Usage: faultline import <actors-file.csv> <claims-file.csv> [sources-file.csv] -o <dataset.json>",
    "                        [--id ID] [--title T] [--description D] [--ontology FILE]",
    "",
    "Reads the spreadsheet form `faultline export --format csv` writes (the files in any order: each",
    "is recognised by its header) and writes the dataset as JSON, after the same checks as",
    "`validate`; errors name the file, row and column. Shipped source texts are read relative to",
    "sources.csv and named relative to the output.",
    "",
    "Options:",
    "  -o, --output FILE  The dataset JSON to write (required)",
    "  --id ID            The dataset's id (default: from the output file name)",
    "  --title T          Its title (default: the id)",
    "  --description D    Its description",
    "  --ontology FILE    The ontology (default: ontology.json beside the output)",
    "  --help             Show this help",
  ].join("\n"),
  options: {
    output: { type: "string", short: "o" },
    id: { type: "string" },
    title: { type: "string" },
    description: { type: "string" },
    ontology: { type: "string" },
  },
  async run({ positionals, values, stdout }) {
    const output = values.output;
    if (typeof output !== "string") throw new UsageError("-o <dataset.json> is required");
    if (positionals.length < 2 || positionals.length > 3)
      throw new UsageError("expected actors.csv, claims.csv and optionally sources.csv");
    const files: Partial<Record<Role, CsvFile>> = {};
    for (const path of positionals) {
      const text = await readTextFile(path, MAX_TEXT_BYTES);
      const role = roleOf(text);
      if (files[role] !== undefined)
        throw new UsageError(`${path} and ${files[role].name} are both ${role} sheets`);
      files[role] = { name: path, text };
    }
    if (files.actors === undefined || files.claims === undefined)
      throw new UsageError("need an actors sheet and a claims sheet (claims name a `from` column)");

    const outDir = dirname(resolve(output));
    const ontologyFile = resolve(
      typeof values.ontology === "string" ? values.ontology : resolve(outDir, "ontology.json"),
    );
    await access(ontologyFile).catch(() => {
      throw new UsageError(`no ontology at ${ontologyFile}: give one with --ontology`);
    });
    const ontology = await readOntologyFile(ontologyFile);
    const id =
      typeof values.id === "string"
        ? values.id
        : slugify(basename(output).replace(/\.json$/i, ""), "dataset");
    const ontologyRef = relative(outDir, ontologyFile).replaceAll("\\", "/");
    const converted = csvToDatasetInput(
      { actors: files.actors, claims: files.claims, ...(files.sources ? { sources: files.sources } : {}) },
      {
        id,
        title: typeof values.title === "string" ? values.title : id,
        ...(typeof values.description === "string" ? { description: values.description } : {}),
        ...(ontologyRef === "ontology.json" ? {} : { ontology: ontologyRef }),
      },
    );
    if (!converted.ok) throw new InputError(formatInputErrors(converted.errors));
    const { input, locate } = converted;
    const place = (i: number) => {
      const at = locate(["sources", i, "text"]);
      return { file: at.file, path: typeof at.path === "string" ? at.path : "" };
    };
    const sources = Array.isArray(input.sources) ? (input.sources as Raw[]) : [];
    const read = await readSourceTexts(sources, files.sources?.name, outDir, place);
    const checked = validateDataset(input, { file: output, ontology, sourceTexts: read.texts, locate });
    // A text that could not be read is reported once, with the reason.
    const unread = new Set(read.errors.map((e) => `${e.file}\n${e.path}`));
    const rest = checked.ok ? [] : checked.errors.filter((e) => !unread.has(`${e.file}\n${e.path}`));
    const errors = [...read.errors, ...rest];
    if (!checked.ok || errors.length > 0) throw new InputError(formatInputErrors(errors));
    await mkdir(outDir, { recursive: true });
    await writeFileAtomic(output, `${JSON.stringify(canonicalDataset(checked.dataset), null, 2)}\n`);
    const { actors, claims } = checked.dataset;
    stdout(
      `wrote ${output}: ${actors.length} actors, ${claims.length} claims, ${checked.dataset.sources.length} sources`,
    );
    return 0;
  },
};

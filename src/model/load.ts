import type { Locate } from "./error-list";
import { isTextSource } from "./evidence-kind";
import { type DatasetFile, includesOf, mergeDatasets } from "./includes";
import { jsonPath } from "./json-path";
import { parseJson } from "./parse-json";
import { resolveRelative } from "./resolve-path";
import { MAX_DATASET_BYTES, MAX_TEXT_BYTES, sizeLimitError } from "./size-limits";
import type { InputError, LoadedDataset, Ontology } from "./types";
import { type OntologyValidation, validateDataset, validateOntology } from "./validate";

/**
 * Loading a dataset with everything it refers to: its ontology and the texts of its sources. Pure:
 * the reader is injected (fs in Node, fetch in the browser) and paths are resolved relative to the
 * dataset file as POSIX paths or URLs.
 */

export type LoadResult =
  | { ok: true; value: LoadedDataset; warnings: InputError[] }
  | { ok: false; errors: InputError[] };

/**
 * Reads a file the dataset names; `what` says whether it is a dataset (the loaded one or one it
 * includes) or a text (ontology, source text), which have different size limits.
 */
export type ReadText = (path: string, what?: "dataset" | "text") => Promise<string>;

const DEFAULT_ONTOLOGY = "ontology.json";

/**
 * Largest dataset accepted, in characters (about bytes for JSON); ontologies and source texts get
 * MAX_TEXT_BYTES. Readers that know a file's size refuse it before reading (see size-limits.ts
 * for why these sizes); this check on the text is the last line of defence.
 */
export const MAX_FILE_CHARS = MAX_DATASET_BYTES;

/** The error for a text over its limit (the dataset's, or MAX_TEXT_BYTES), or undefined. */
function sizeError(
  file: string,
  path: string,
  what: string,
  text: string,
  limit: number = MAX_TEXT_BYTES,
): InputError | undefined {
  return sizeLimitError(file, path, what, text.length, limit);
}

/** Why a read failed, without the path and "cannot read" the reader may already have put in front. */
function readFailure(error: unknown, path: string): string {
  let reason = error instanceof Error ? error.message : String(error);
  if (reason.startsWith(`${path}: `)) reason = reason.slice(path.length + 2);
  if (reason.startsWith("cannot read: ")) reason = reason.slice("cannot read: ".length);
  return reason.length > 0 ? reason : "unknown error";
}

/** `record[key]` only when it is the record's own entry: an id like "constructor" is not inherited. */
function ownValue(record: Record<string, string>, key: string): string | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function parseOntologyText(file: string, text: string): OntologyValidation {
  const tooLarge = sizeError(file, "$", "the ontology", text);
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  const json = parseJson(file, text);
  if (!json.ok) return { ok: false, errors: [json.error] };
  return validateOntology(json.value, file);
}

/** Reads and parses one dataset file; errors name it. */
async function readDatasetFile(
  file: string,
  readText: ReadText,
): Promise<{ ok: true; json: unknown } | { ok: false; errors: InputError[] }> {
  let text: string;
  try {
    text = await readText(file, "dataset");
  } catch (error) {
    return {
      ok: false,
      errors: [{ file, path: "$", message: `cannot read the dataset: ${readFailure(error, file)}` }],
    };
  }
  const tooLarge = sizeError(file, "$", "the dataset", text, MAX_FILE_CHARS);
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  const json = parseJson(file, text);
  if (!json.ok) return { ok: false, errors: [json.error] };
  return { ok: true, json: json.value };
}

/**
 * The root file and every file it includes, directly or not, in merge order (a file after the
 * files it includes, the root last). A cycle or an unreadable include is an error at the
 * `includes` entry that names it.
 */
async function readIncludeTree(
  root: DatasetFile,
  readText: ReadText,
  errors: InputError[],
): Promise<DatasetFile[]> {
  const order: DatasetFile[] = [];
  const seen = new Set<string>([root.file]);
  const visit = async (at: DatasetFile, chain: string[]): Promise<void> => {
    for (const [k, entry] of includesOf(at.file, at.json).entries()) {
      if ("error" in entry) {
        errors.push(entry.error);
        continue;
      }
      const { target } = entry;
      const path = jsonPath(["includes", k]);
      if (chain.includes(target)) {
        const cycle = [...chain.slice(chain.indexOf(target)), target].join(" includes ");
        errors.push({ file: at.file, path, message: `include cycle: ${cycle}` });
        continue;
      }
      if (seen.has(target)) continue;
      seen.add(target);
      const read = await readDatasetFile(target, readText);
      if (!read.ok) {
        const why = read.errors.map((e) => `${e.path}: ${e.message}`).join("; ");
        errors.push({ file: at.file, path, message: `cannot include ${target}: ${why}` });
        continue;
      }
      await visit({ file: target, json: read.json }, [...chain, target]);
    }
    order.push(at);
  };
  await visit(root, [root.file]);
  return order;
}

async function readOntology(
  file: string,
  root: Record<string, unknown> | undefined,
  readText: ReadText,
  errors: InputError[],
): Promise<{ ontologyFile: string; ontology?: Ontology }> {
  const ontologyRef = typeof root?.ontology === "string" ? root.ontology : DEFAULT_ONTOLOGY;
  const ontologyFile = resolveRelative(file, ontologyRef);
  let ontologyText: string;
  try {
    ontologyText = await readText(ontologyFile, "text");
  } catch (error) {
    const which =
      root?.ontology === undefined
        ? `"${DEFAULT_ONTOLOGY}" (the default, beside the dataset)`
        : `"${ontologyRef}"`;
    errors.push({
      file,
      path: "$.ontology",
      message: `cannot read the ontology ${which} from ${ontologyFile}: ${readFailure(error, ontologyFile)}`,
    });
    return { ontologyFile };
  }
  const checked = parseOntologyText(ontologyFile, ontologyText);
  if (checked.ok) return { ontologyFile, ontology: checked.ontology };
  errors.push(...checked.errors);
  return { ontologyFile };
}

/**
 * Source texts, by source id; unreadable ones are reported at the field that names them (through
 * `locate` when the dataset was merged), and their keys returned as `unreadable`. A repeated source
 * id is reported by validation; only its first use is read.
 */
async function readSourceTexts(
  file: string,
  sources: unknown[],
  readText: ReadText,
  locate: Locate | undefined,
): Promise<{ sourceTexts: Record<string, string>; errors: InputError[]; unreadable: Set<string> }> {
  const texts = new Map<string, string>();
  const unreadable = new Set<string>();
  const firstUse = new Map<unknown, number>();
  sources.forEach((raw, i) => {
    const id = asRecord(raw)?.id;
    if (!firstUse.has(id)) firstUse.set(id, i);
  });
  const at = (i: number) => {
    const where = locate?.(["sources", i, "text"]) ?? { file, path: ["sources", i, "text"] };
    const place = {
      file: where.file,
      path: typeof where.path === "string" ? where.path : jsonPath(where.path),
    };
    unreadable.add(`${place.file}\n${place.path}`);
    return place;
  };
  const readErrors = await Promise.all(
    sources.map(async (raw, i): Promise<InputError | undefined> => {
      const source = asRecord(raw);
      const id = source?.id;
      const textRef = source?.text;
      if (typeof id !== "string" || typeof textRef !== "string" || textRef === "") return undefined;
      if (firstUse.get(id) !== i) return undefined;
      const textFile = resolveRelative(file, textRef);
      try {
        const sourceText = await readText(textFile, "text");
        const tooLargeText = sizeError(file, "", `source text ${JSON.stringify(textRef)}`, sourceText);
        if (tooLargeText) return { ...tooLargeText, ...at(i) };
        texts.set(id, sourceText);
        return undefined;
      } catch (error) {
        return {
          ...at(i),
          message: `cannot read source text "${textRef}" from ${textFile}: ${readFailure(error, textFile)}`,
        };
      }
    }),
  );
  // In document order, whatever order the reads finished in.
  const sourceTexts: Record<string, string> = {};
  for (const [id] of firstUse)
    if (typeof id === "string" && texts.has(id)) sourceTexts[id] = texts.get(id) ?? "";
  return { sourceTexts, errors: readErrors.filter((e) => e !== undefined), unreadable };
}

export async function loadDataset(file: string, readText: ReadText): Promise<LoadResult> {
  const read = await readDatasetFile(file, readText);
  if (!read.ok) return read;
  let input = read.json;
  let root = asRecord(input);
  const errors: InputError[] = [];

  // The ontology: named by the dataset, or "ontology.json" beside it.
  const { ontologyFile, ontology } = await readOntology(file, root, readText, errors);

  let locate: Locate | undefined;
  if (root !== undefined && "includes" in root) {
    const files = await readIncludeTree({ file, json: input }, readText, errors);
    const merged = mergeDatasets(files, ontologyFile);
    errors.push(...merged.errors);
    input = merged.input;
    root = merged.input;
    locate = merged.locate;
  }

  const sources = Array.isArray(root?.sources) ? root.sources : [];
  const texts = await readSourceTexts(file, sources, readText, locate);
  errors.push(...texts.errors);

  if (ontology === undefined) return { ok: false, errors };
  const { sourceTexts } = texts;
  const checked = validateDataset(input, { file, ontology, sourceTexts, ...(locate ? { locate } : {}) });
  if (checked.ok && errors.length === 0) {
    const value: LoadedDataset = { file, dataset: checked.dataset, ontology, sourceTexts };
    return { ok: true, value, warnings: checked.warnings };
  }
  // The missing texts were reported above with the reason; do not report them twice.
  const rest = checked.ok ? [] : checked.errors.filter((e) => !texts.unreadable.has(`${e.file}\n${e.path}`));
  return { ok: false, errors: [...errors, ...rest] };
}

/**
 * A dataset given as text with its ontology and source texts already in memory (imports, tests).
 * `sourceTexts` is keyed by source id or by the source's `text` path.
 */
export function parseLoadedDataset(
  file: string,
  jsonText: string,
  ontology: Ontology,
  sourceTexts: Record<string, string>,
): LoadResult {
  const tooLarge = sizeError(file, "$", "the dataset", jsonText, MAX_FILE_CHARS);
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  const json = parseJson(file, jsonText);
  if (!json.ok) return { ok: false, errors: [json.error] };
  const includes = asRecord(json.value)?.includes;
  if (Array.isArray(includes) && includes.length > 0) {
    const message =
      "this dataset includes other files, which cannot be read from here; open it by its path or address, or export the merged dataset and import that";
    return { ok: false, errors: [{ file, path: "$.includes", message }] };
  }
  const checked = validateDataset(json.value, { file, ontology, sourceTexts });
  if (!checked.ok) return checked;
  const byId: Record<string, string> = {};
  for (const source of checked.dataset.sources) {
    const text =
      ownValue(sourceTexts, source.id) ??
      (isTextSource(source) ? ownValue(sourceTexts, source.text) : undefined);
    if (text !== undefined) byId[source.id] = text;
  }
  const value = { file, dataset: checked.dataset, ontology, sourceTexts: byId };
  return { ok: true, value, warnings: checked.warnings };
}

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

export type LoadResult = { ok: true; value: LoadedDataset } | { ok: false; errors: InputError[] };

export type ReadText = (path: string) => Promise<string>;

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

export async function loadDataset(file: string, readText: ReadText): Promise<LoadResult> {
  let text: string;
  try {
    text = await readText(file);
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
  const root = asRecord(json.value);

  const errors: InputError[] = [];

  // The ontology: named by the dataset, or "ontology.json" beside it.
  const ontologyRef = typeof root?.ontology === "string" ? root.ontology : DEFAULT_ONTOLOGY;
  const ontologyFile = resolveRelative(file, ontologyRef);
  let ontology: Ontology | undefined;
  let ontologyText: string | undefined;
  try {
    ontologyText = await readText(ontologyFile);
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
  }
  if (ontologyText !== undefined) {
    const checked = parseOntologyText(ontologyFile, ontologyText);
    if (checked.ok) ontology = checked.ontology;
    else errors.push(...checked.errors);
  }

  // Source texts, by source id; unreadable ones are reported at the field that names them. A
  // repeated source id is reported by validation; only its first use is read.
  const texts = new Map<string, string>();
  const unreadable = new Set<string>();
  const sources = Array.isArray(root?.sources) ? root.sources : [];
  const firstUse = new Map<unknown, number>();
  sources.forEach((raw, i) => {
    const id = asRecord(raw)?.id;
    if (!firstUse.has(id)) firstUse.set(id, i);
  });
  const readErrors = await Promise.all(
    sources.map(async (raw, i): Promise<InputError | undefined> => {
      const source = asRecord(raw);
      const id = source?.id;
      const textRef = source?.text;
      if (typeof id !== "string" || typeof textRef !== "string" || textRef === "") return undefined;
      if (firstUse.get(id) !== i) return undefined;
      const textFile = resolveRelative(file, textRef);
      try {
        const sourceText = await readText(textFile);
        const path = jsonPath(["sources", i, "text"]);
        const tooLargeText = sizeError(file, path, `source text ${JSON.stringify(textRef)}`, sourceText);
        if (tooLargeText) {
          unreadable.add(path);
          return tooLargeText;
        }
        texts.set(id, sourceText);
        return undefined;
      } catch (error) {
        const path = jsonPath(["sources", i, "text"]);
        unreadable.add(path);
        return {
          file,
          path,
          message: `cannot read source text "${textRef}" from ${textFile}: ${readFailure(error, textFile)}`,
        };
      }
    }),
  );
  for (const error of readErrors) if (error !== undefined) errors.push(error);

  if (ontology === undefined) return { ok: false, errors };
  // In document order, whatever order the reads finished in.
  const sourceTexts: Record<string, string> = {};
  for (const [id] of firstUse)
    if (typeof id === "string" && texts.has(id)) sourceTexts[id] = texts.get(id) ?? "";
  const checked = validateDataset(json.value, { file, ontology, sourceTexts });
  if (checked.ok && errors.length === 0) {
    return { ok: true, value: { file, dataset: checked.dataset, ontology, sourceTexts } };
  }
  // The missing texts were reported above with the reason; do not report them twice.
  const rest = checked.ok ? [] : checked.errors.filter((e) => !(e.file === file && unreadable.has(e.path)));
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
  const checked = validateDataset(json.value, { file, ontology, sourceTexts });
  if (!checked.ok) return checked;
  const byId: Record<string, string> = {};
  for (const source of checked.dataset.sources) {
    const text = ownValue(sourceTexts, source.id) ?? ownValue(sourceTexts, source.text);
    if (text !== undefined) byId[source.id] = text;
  }
  return { ok: true, value: { file, dataset: checked.dataset, ontology, sourceTexts: byId } };
}

import { jsonPath } from "../model/json-path";
import type { Evidence, Source } from "../model/types";

/**
 * The source records and evidence a Faultline GEXF carries on its edges (see EDGE_ATTRIBUTES in
 * gexf-vocabulary.ts): JSON text in attribute values, read back into records. Each function
 * returns a string instead of a value when the text is not what we write; the caller places that
 * message at the edge.
 */

const SOURCE_KEYS = ["id", "title", "publisher", "date", "url", "licence", "language", "text"] as const;

export function sameSource(a: Source, b: Source): boolean {
  return SOURCE_KEYS.every((key) => a[key] === b[key]);
}

function parseJson(text: string): { value: unknown } | string {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return `not JSON (${(error as Error).message})`;
  }
}

/** A whole source record (the `sources` attribute, or an item of the older evidence); a string is an error. */
function sourceRecord(value: unknown, path: readonly (string | number)[]): Source | string {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return `${jsonPath(path)}: expected a source record {id, title, publisher, date, text or url and licence, ...}`;
  const source = value as Record<string, unknown>;
  const bad = SOURCE_KEYS.find((k) => source[k] !== undefined && typeof source[k] !== "string");
  if (bad !== undefined || typeof source.id !== "string")
    return `${jsonPath([...path, bad ?? "id"])}: expected a string`;
  const record: Record<string, string> = {};
  for (const key of SOURCE_KEYS) if (typeof source[key] === "string") record[key] = source[key];
  return record as unknown as Source;
}

/** Reads the `sources` attribute: a JSON array of source records; a string is an error message. */
export function parseSources(text: string): Source[] | string {
  const parsed = parseJson(text);
  if (typeof parsed === "string") return parsed;
  if (!Array.isArray(parsed.value)) return "expected a JSON array of source records";
  const out: Source[] = [];
  for (const [i, item] of parsed.value.entries()) {
    const record = sourceRecord(item, [i]);
    if (typeof record === "string") return record;
    out.push(record);
  }
  return out;
}

/**
 * Reads the evidence JSON our export writes (see EDGE_ATTRIBUTES.evidence): compact items citing a
 * source by id, their quotes inline or on the lines of `quotes`, or the older items carrying their
 * whole source record. A string is an error message.
 */
export function parseEvidence(
  text: string,
  quotesText: string | undefined,
): { evidence: Evidence; source?: Source }[] | string {
  const parsed = parseJson(text);
  if (typeof parsed === "string") return parsed;
  const value = parsed.value;
  if (!Array.isArray(value) || value.length === 0) return "expected a non-empty JSON array";
  let lines: string[] | undefined;
  const out: { evidence: Evidence; source?: Source }[] = [];
  for (const [i, item] of value.entries()) {
    if (typeof item !== "object" || item === null) return `${jsonPath([i])}: expected {source, quote?}`;
    const record = item as Record<string, unknown>;
    if (record.locator !== undefined || record.note !== undefined) {
      const reference = referenceEvidence(record, i);
      if (typeof reference === "string") return reference;
      out.push({ evidence: reference });
      continue;
    }
    let quote = record.quote;
    if (quote === undefined) {
      lines ??= quotesText?.split("\n");
      if (lines?.length !== value.length)
        return `${jsonPath([i])}: no "quote", and the quotes attribute does not have one line per item`;
      quote = lines[i];
    }
    if (typeof quote !== "string") return `${jsonPath([i, "quote"])}: expected a string`;
    let source: Source | undefined;
    let sourceId: string;
    if (typeof record.source === "string") sourceId = record.source;
    else {
      const whole = sourceRecord(record.source, [i, "source"]);
      if (typeof whole === "string") return whole;
      source = whole;
      sourceId = whole.id;
    }
    const evidence: Evidence = { source: sourceId, quote };
    if (record.attributedTo !== undefined) {
      if (typeof record.attributedTo !== "string")
        return `${jsonPath([i, "attributedTo"])}: expected a string`;
      evidence.attributedTo = record.attributedTo;
    }
    out.push(source === undefined ? { evidence } : { evidence, source });
  }
  return out;
}

/** An item citing a reference: {source, locator, note, stance?}, all strings; a string is an error. */
function referenceEvidence(record: Record<string, unknown>, i: number): Evidence | string {
  const { source, locator, note, stance } = record;
  if (typeof source !== "string") return `${jsonPath([i, "source"])}: expected a string`;
  if (typeof locator !== "string") return `${jsonPath([i, "locator"])}: expected a string`;
  if (typeof note !== "string") return `${jsonPath([i, "note"])}: expected a string`;
  if (stance !== undefined && stance !== "against") return `${jsonPath([i, "stance"])}: expected "against"`;
  return stance === undefined ? { source, locator, note } : { source, locator, note, stance };
}

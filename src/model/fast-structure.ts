import { CERTAINTIES as CERTAINTY_LIST } from "./certainty";
import { ID_PATTERN as ID } from "./ids";
import type { Actor, Claim, Dataset, Evidence, Source } from "./types";

/**
 * A hand-written twin of `datasetSchema` (schema.ts) for the common case, a well-formed file:
 * zod's generic machinery allocates several objects per value and was most of the load time of a
 * 50k-actor dataset. It accepts only what the schema accepts and returns what zod's parse would
 * (fresh objects, keys in schema order, absent optional keys left out); anything it is unsure
 * about returns undefined and the caller runs zod, whose messages stay the only error messages.
 * A test holds the two together on valid and mutated datasets.
 */

type Raw = Record<string, unknown>;

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const CERTAINTIES: ReadonlySet<string> = new Set(CERTAINTY_LIST);

/** Thrown (and caught below) at the first value the fast path does not accept. */
const REJECT = Symbol("reject");

/** A plain object whose own keys are all in `allowed` (strict objects; anything exotic goes to zod). */
function record(value: unknown, allowed: ReadonlySet<string>): Raw {
  if (typeof value !== "object" || value === null || Object.getPrototypeOf(value) !== Object.prototype)
    throw REJECT;
  for (const key in value) if (!allowed.has(key) || !Object.hasOwn(value, key)) throw REJECT;
  return value as Raw;
}

function list(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw REJECT;
  return value;
}

/** `items.map(check)`, but visiting holes too (map skips them; zod reports them). */
function each<T>(items: unknown[], check: (v: unknown) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < items.length; i++) out.push(check(items[i]));
  return out;
}

function string(value: unknown): string {
  if (typeof value !== "string") throw REJECT;
  return value;
}

function nonEmpty(value: unknown): string {
  if (typeof value !== "string" || value.length === 0) throw REJECT;
  return value;
}

function id(value: unknown): string {
  if (typeof value !== "string" || !ID.test(value)) throw REJECT;
  return value;
}

function date(value: unknown): string {
  if (typeof value !== "string" || !PARTIAL_DATE.test(value)) throw REJECT;
  return value;
}

function finite(value: unknown, min = -Infinity, max = Infinity): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) throw REJECT;
  return value;
}

/** Copies an optional key as zod does: absent stays absent, present (even undefined) is checked and kept. */
function optional<T>(from: Raw, key: string, to: Record<string, unknown>, check: (v: unknown) => T): void {
  if (!(key in from)) return;
  const value = from[key];
  to[key] = value === undefined ? undefined : check(value);
}

const TEXT_SOURCE_KEYS = new Set(["id", "title", "publisher", "date", "url", "language", "text"]);
const REFERENCE_SOURCE_KEYS = new Set(["id", "title", "publisher", "date", "url", "licence", "language"]);
const WEB_ADDRESS = /^https?:\/\/[^\s]+$/;
const ACTOR_KEYS = new Set(["id", "label", "kind", "aliases", "description", "coordinates", "start", "end"]);
const COORDINATE_KEYS = new Set(["lat", "lon"]);
const QUOTE_EVIDENCE_KEYS = new Set(["source", "quote", "attributedTo"]);
const REFERENCE_EVIDENCE_KEYS = new Set(["source", "locator", "note", "stance"]);
const CLAIM_KEYS = new Set(["id", "from", "relation", "to", "evidence", "start", "end", "certainty", "note"]);
const POSITION_KEYS = new Set(["x", "y"]);
const DATASET_KEYS = new Set([
  "$schema",
  "id",
  "title",
  "description",
  "ontology",
  "includes",
  "sources",
  "actors",
  "claims",
  "layout",
]);

/**
 * The union's two kinds cannot both accept a value (only a text source has `text`, which the other
 * kind forbids), so the kind is read off the keys; zod's union returns the one that accepts it.
 */
function source(value: unknown): Source {
  if (typeof value === "object" && value !== null && "text" in value) return textSource(value);
  const raw = record(value, REFERENCE_SOURCE_KEYS);
  const out: Record<string, unknown> = {
    id: id(raw.id),
    title: nonEmpty(raw.title),
    publisher: nonEmpty(raw.publisher),
    date: date(raw.date),
  };
  const url = string(raw.url);
  if (!WEB_ADDRESS.test(url)) throw REJECT;
  out.url = url;
  out.licence = nonEmpty(raw.licence);
  optional(raw, "language", out, string);
  return out as unknown as Source;
}

function textSource(value: unknown): Source {
  const raw = record(value, TEXT_SOURCE_KEYS);
  const out: Record<string, unknown> = {
    id: id(raw.id),
    title: nonEmpty(raw.title),
    publisher: nonEmpty(raw.publisher),
    date: date(raw.date),
  };
  optional(raw, "url", out, string);
  optional(raw, "language", out, string);
  out.text = nonEmpty(raw.text);
  return out as unknown as Source;
}

function actor(value: unknown): Actor {
  const raw = record(value, ACTOR_KEYS);
  const out: Record<string, unknown> = { id: id(raw.id), label: nonEmpty(raw.label), kind: id(raw.kind) };
  optional(raw, "aliases", out, (aliases) => each(list(aliases), nonEmpty));
  optional(raw, "description", out, string);
  optional(raw, "coordinates", out, (coordinates) => {
    const at = record(coordinates, COORDINATE_KEYS);
    return { lat: finite(at.lat, -90, 90), lon: finite(at.lon, -180, 180) };
  });
  optional(raw, "start", out, date);
  optional(raw, "end", out, date);
  return out as unknown as Actor;
}

/** Like sources: only quote evidence has `quote`, which reference evidence forbids. */
function evidence(value: unknown): Evidence {
  if (typeof value === "object" && value !== null && "quote" in value) {
    const raw = record(value, QUOTE_EVIDENCE_KEYS);
    const out: Record<string, unknown> = { source: id(raw.source), quote: nonEmpty(raw.quote) };
    optional(raw, "attributedTo", out, nonEmpty);
    return out as unknown as Evidence;
  }
  const raw = record(value, REFERENCE_EVIDENCE_KEYS);
  const out: Record<string, unknown> = {
    source: id(raw.source),
    locator: nonEmpty(raw.locator),
    note: nonEmpty(raw.note),
  };
  optional(raw, "stance", out, (stance) => {
    if (stance !== "against") throw REJECT;
    return stance;
  });
  return out as unknown as Evidence;
}

function claim(value: unknown): Claim {
  const raw = record(value, CLAIM_KEYS);
  const quotes = list(raw.evidence);
  if (quotes.length === 0) throw REJECT;
  const out: Record<string, unknown> = {
    id: id(raw.id),
    from: id(raw.from),
    relation: id(raw.relation),
    to: id(raw.to),
    evidence: each(quotes, evidence),
  };
  optional(raw, "start", out, date);
  optional(raw, "end", out, date);
  const certainty = raw.certainty;
  if (typeof certainty !== "string" || !CERTAINTIES.has(certainty)) throw REJECT;
  out.certainty = certainty;
  optional(raw, "note", out, string);
  return out as unknown as Claim;
}

function layout(value: unknown): Record<string, { x: number; y: number }> {
  if (typeof value !== "object" || value === null || Object.getPrototypeOf(value) !== Object.prototype)
    throw REJECT;
  const out: Record<string, { x: number; y: number }> = {};
  for (const key in value) {
    // zod keeps __proto__ out of records its own way; leave that file to zod.
    if (key === "__proto__" || !Object.hasOwn(value, key)) throw REJECT;
    const position = record((value as Raw)[key], POSITION_KEYS);
    out[key] = { x: finite(position.x), y: finite(position.y) };
  }
  return out;
}

/** The dataset as `datasetSchema.parse` would return it, or undefined when zod must look at it. */
export function fastParseDataset(input: unknown): Dataset | undefined {
  try {
    const raw = record(input, DATASET_KEYS);
    const out: Record<string, unknown> = {};
    optional(raw, "$schema", out, string);
    out.id = id(raw.id);
    out.title = nonEmpty(raw.title);
    optional(raw, "description", out, string);
    optional(raw, "ontology", out, string);
    optional(raw, "includes", out, (includes) => each(list(includes), nonEmpty));
    out.sources = each(list(raw.sources), source);
    out.actors = each(list(raw.actors), actor);
    out.claims = each(list(raw.claims), claim);
    optional(raw, "layout", out, layout);
    return out as unknown as Dataset;
  } catch (error) {
    if (error === REJECT) return undefined;
    throw error;
  }
}

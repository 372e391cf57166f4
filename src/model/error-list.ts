import type { z } from "zod";
import { jsonPath, type PathSegment } from "./json-path";
import { closestMatches, type SuggestionBudget } from "./suggest";
import type { InputError } from "./types";

/**
 * The error machinery validation shares: values shown in messages, zod's issues in plainer words,
 * and a list that returns its errors in document order. Also the loose readers of raw input the
 * meaning checks use, so a structurally broken file still gets its references checked.
 */

export type Raw = Record<string, unknown>;

/** Longest value shown in a message, and longest message: errors must stay one readable line. */
const MAX_SHOWN = 80;
const MAX_MESSAGE = 1000;

export function asRecord(value: unknown): Raw | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Raw) : undefined;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function stringField(record: Raw | undefined, key: string): string | undefined {
  const value = record?.[key];
  return typeof value === "string" ? value : undefined;
}

/** A value from the input as shown in a message: quoted, escaped, and cut when long. */
export function show(value: string): string {
  if (value.length <= MAX_SHOWN) return JSON.stringify(value);
  // Keep both ends: long ids often differ only at the end.
  const head = value.slice(0, MAX_SHOWN - 25);
  const tail = value.slice(-20);
  return `${JSON.stringify(head).slice(0, -1)}... (${value.length} characters) ...${JSON.stringify(tail).slice(1)}`;
}

export function quoted(values: readonly string[]): string {
  return values.map(show).join(", ");
}

export function didYouMean(value: string, candidates: readonly string[], budget: SuggestionBudget): string {
  const close = closestMatches(value, candidates, 3, budget);
  return close.length > 0 ? `; did you mean ${quoted(close)}?` : "";
}

/** zod's message, reworded where a plainer one says the same for people editing JSON by hand. */
function zodIssueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.message.endsWith("received undefined"))
        return `required field is missing (expected ${issue.expected})`;
      break;
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) === 1) return "must not be empty";
      if (issue.origin === "array" && Number(issue.minimum) === 1) return "must have at least one item";
      break;
    case "unrecognized_keys":
      return `unknown field${issue.keys.length === 1 ? "" : "s"} ${issue.keys.map(show).join(", ")}`;
  }
  return issue.message;
}

/**
 * Which alternative of a union (zod's "invalid input" with every alternative's issues) the value
 * at `path` was meant to be, by its index; or a message of its own (at one of its fields, or at
 * the value) when no alternative fits.
 */
export type UnionChoice = (
  path: readonly PropertyKey[],
  value: unknown,
) => number | { field?: string; message: string };

/** The value at a path of the input, or undefined. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const step of path) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[step];
  }
  return node;
}

/**
 * Maps a place in a merged or converted input back to the file and place it came from: a JSON path
 * in another file (includes.ts), or a place in words such as `row 4, column "label"` (CSV import).
 */
export type Locate = (path: readonly PropertyKey[]) => {
  file: string;
  path: readonly PropertyKey[] | string;
};

/**
 * Collects errors with the file filled in, and returns them in document order (where each one is in
 * the input, structure and meaning errors interleaved), so a file can be fixed top to bottom.
 */
export class ErrorList {
  private readonly found: { path: PropertyKey[]; message: string }[] = [];
  constructor(private readonly file: string) {}

  get size(): number {
    return this.found.length;
  }

  add(path: readonly PropertyKey[], message: string): void {
    // One readable line, whatever the input held (zod quotes unknown keys verbatim).
    let line = message.replace(/[\r\n]+/g, " ");
    if (line.length > MAX_MESSAGE) line = `${line.slice(0, MAX_MESSAGE - 3)}...`;
    this.found.push({ path: [...path], message: line });
  }

  addStructure(error: z.ZodError, input: unknown, chooseUnion?: UnionChoice): void {
    this.addIssues(error.issues, [], input, chooseUnion);
  }

  private addIssues(
    issues: readonly z.core.$ZodIssue[],
    prefix: readonly PropertyKey[],
    input: unknown,
    chooseUnion: UnionChoice | undefined,
  ): void {
    for (const issue of issues) {
      const path = [...prefix, ...issue.path];
      if (issue.code === "invalid_union" && chooseUnion !== undefined && issue.errors.length > 0) {
        const choice = chooseUnion(path, valueAt(input, path));
        if (typeof choice === "number") this.addIssues(issue.errors[choice] ?? [], path, input, chooseUnion);
        else this.add(choice.field === undefined ? path : [...path, choice.field], choice.message);
      } else {
        this.add(path, zodIssueMessage(issue));
      }
    }
  }

  inDocumentOrder(input: unknown, locate?: Locate): InputError[] {
    const ranked = this.found.map((error, index) => ({
      error,
      index,
      rank: documentRank(input, error.path),
    }));
    ranked.sort((a, b) => compareRanks(a.rank, b.rank) || a.index - b.index);
    return ranked.map(({ error }) => {
      const place = locate?.(error.path) ?? { file: this.file, path: error.path };
      const path = typeof place.path === "string" ? place.path : jsonPath(place.path);
      return { file: place.file, path, message: error.message };
    });
  }
}

/** Position of each key among its object's keys, computed once per object. */
const keyPositions = new WeakMap<object, Map<string, number>>();

/**
 * Where a path lies in the input, as the index of each step among its siblings (array index, or the
 * key's position in the object). A step the input does not have (a missing field) ranks -1: the
 * error sits with its parent, before the parent's children. Walks only the path, never the whole
 * input, so deeply nested or huge files cost nothing extra.
 */
function documentRank(input: unknown, path: readonly PropertyKey[]): number[] {
  const rank: number[] = [];
  let node: unknown = input;
  for (const step of path) {
    if (Array.isArray(node) && typeof step === "number") {
      rank.push(step);
      node = node[step];
    } else if (typeof node === "object" && node !== null && typeof step === "string") {
      let positions = keyPositions.get(node);
      if (positions === undefined) {
        positions = new Map(Object.keys(node).map((key, i) => [key, i]));
        keyPositions.set(node, positions);
      }
      const at = positions.get(step);
      rank.push(at ?? -1);
      node = at === undefined ? undefined : (node as Raw)[step];
    } else {
      rank.push(-1);
      node = undefined;
    }
  }
  return rank;
}

/** Lexicographic; a path before its own descendants. */
function compareRanks(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** Reports repeated `id`s in one list; returns id -> index of its first use. */
export function checkUniqueIds(
  items: unknown[],
  listName: string,
  what: string,
  errors: ErrorList,
  locate?: Locate,
): Map<string, number> {
  const firstIndex = new Map<string, number>();
  items.forEach((item, i) => {
    const id = stringField(asRecord(item), "id");
    if (id === undefined) return;
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, i);
    else
      errors.add(
        [listName, i, "id"],
        `duplicate ${what} id ${show(id)} (first used at ${place([listName, first, "id"], locate)})`,
      );
  });
  return firstIndex;
}

/** A place of the input for a message: its JSON path, and its file when the input was merged. */
function place(path: PathSegment[], locate: Locate | undefined): string {
  if (locate === undefined) return jsonPath(path);
  const at = locate(path);
  return `${typeof at.path === "string" ? at.path : jsonPath(at.path)} of ${at.file}`;
}

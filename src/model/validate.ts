import type { z } from "zod";
import { firstDay, isPartialDate, lastDay } from "./dates";
import { fastParseDataset } from "./fast-structure";
import { jsonPath, type PathSegment } from "./json-path";
import { quoteDivergence, quoteMatcher } from "./quote-match";
import { datasetSchema, ontologySchema } from "./schema";
import { closestMatches, type SuggestionBudget, suggestionBudget } from "./suggest";
import type { Dataset, InputError, Ontology, RelationKind } from "./types";

/**
 * Validation of a dataset (or ontology) in two layers: structure via the zod schemas, then meaning
 * (ids that exist and are unique, kinds a relation may connect, verbatim quotes, real and ordered
 * dates). Both layers always run and every problem is reported, so one pass over the errors fixes a
 * file; the meaning checks read the raw input loosely, so a structurally broken claim still gets its
 * references checked.
 */

export type DatasetValidation = { ok: true; dataset: Dataset } | { ok: false; errors: InputError[] };
export type OntologyValidation = { ok: true; ontology: Ontology } | { ok: false; errors: InputError[] };

export interface DatasetContext {
  /** File name used in the errors. */
  file: string;
  ontology: Ontology;
  /** Source text by source id (or by the source's `text` path). Missing texts are reported. */
  sourceTexts: Record<string, string>;
  /** Evidence objects whose quote was cut from its own source's text: verbatim by construction. */
  verbatim?: ReadonlySet<object>;
}

/** Shape of a date, checked by zod; a value of this shape can still be no real day ("2024-02-30"). */
const DATE_SHAPE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

type Raw = Record<string, unknown>;

/** Longest value shown in a message, and longest message: errors must stay one readable line. */
const MAX_SHOWN = 80;
const MAX_MESSAGE = 1000;

/** A provided source text; never an inherited property (a source id may be "constructor"). */
function ownText(texts: Record<string, string>, key: string): string | undefined {
  const text = Object.hasOwn(texts, key) ? texts[key] : undefined;
  return typeof text === "string" ? text : undefined;
}

function asRecord(value: unknown): Raw | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Raw) : undefined;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function stringField(record: Raw | undefined, key: string): string | undefined {
  const value = record?.[key];
  return typeof value === "string" ? value : undefined;
}

/** A value from the input as shown in a message: quoted, escaped, and cut when long. */
function show(value: string): string {
  if (value.length <= MAX_SHOWN) return JSON.stringify(value);
  // Keep both ends: long ids often differ only at the end.
  const head = value.slice(0, MAX_SHOWN - 25);
  const tail = value.slice(-20);
  return `${JSON.stringify(head).slice(0, -1)}... (${value.length} characters) ...${JSON.stringify(tail).slice(1)}`;
}

function didYouMean(value: string, candidates: readonly string[], budget: SuggestionBudget): string {
  const close = closestMatches(value, candidates, 3, budget);
  return close.length > 0 ? `; did you mean ${close.map(show).join(", ")}?` : "";
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
 * Collects errors with the file filled in, and returns them in document order (where each one is in
 * the input, structure and meaning errors interleaved), so a file can be fixed top to bottom.
 */
class ErrorList {
  private readonly found: { path: PropertyKey[]; message: string }[] = [];
  constructor(private readonly file: string) {}

  add(path: readonly PropertyKey[], message: string): void {
    // One readable line, whatever the input held (zod quotes unknown keys verbatim).
    let line = message.replace(/[\r\n]+/g, " ");
    if (line.length > MAX_MESSAGE) line = `${line.slice(0, MAX_MESSAGE - 3)}...`;
    this.found.push({ path: [...path], message: line });
  }

  addStructure(error: z.ZodError): void {
    for (const issue of error.issues) this.add(issue.path, zodIssueMessage(issue));
  }

  inDocumentOrder(input: unknown): InputError[] {
    const ranked = this.found.map((error, index) => ({
      error,
      index,
      rank: documentRank(input, error.path),
    }));
    ranked.sort((a, b) => compareRanks(a.rank, b.rank) || a.index - b.index);
    return ranked.map(({ error }) => ({
      file: this.file,
      path: jsonPath(error.path),
      message: error.message,
    }));
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

/** Where a non-verbatim quote stops matching its source, for the error message. */
function divergenceHint(quote: string, sourceText: string): string {
  const { matchedWords, totalWords, divergesAt } = quoteDivergence(quote, sourceText);
  if (matchedWords === 0 || divergesAt === undefined) return " (not even its first word is in the source)";
  const matched = matchedWords === 1 ? "the first word matches" : `the first ${matchedWords} words match`;
  return ` (${matched}, then it departs from the source at word ${matchedWords + 1} of ${totalWords}, ${show(divergesAt)})`;
}

/** Reports repeated `id`s in one list; returns id -> index of its first use. */
function checkUniqueIds(
  items: unknown[],
  listName: string,
  what: string,
  errors: ErrorList,
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
        `duplicate ${what} id ${show(id)} (first used at ${jsonPath([listName, first, "id"])})`,
      );
  });
  return firstIndex;
}

/** A date field that has the right shape but is no real calendar day. */
function checkCalendarDate(value: string | undefined, path: PathSegment[], errors: ErrorList): boolean {
  if (value === undefined || !DATE_SHAPE.test(value)) return false;
  if (isPartialDate(value)) return true;
  errors.add(path, `${show(value)} is not a calendar date (no such month or day)`);
  return false;
}

export function validateDataset(input: unknown, ctx: DatasetContext): DatasetValidation {
  const errors = new ErrorList(ctx.file);
  const budget = suggestionBudget();
  // zod only when the fast twin of its schema is unsure: it words every structure error.
  const fast = fastParseDataset(input);
  const parsed =
    fast !== undefined ? ({ success: true, data: fast } as const) : datasetSchema.safeParse(input);
  if (!parsed.success) errors.addStructure(parsed.error);

  const root = asRecord(input);
  const sources = asArray(root?.sources);
  const actors = asArray(root?.actors);
  const claims = asArray(root?.claims);
  const { ontology } = ctx;

  const sourceIndex = checkUniqueIds(sources, "sources", "source", errors);
  const actorIndex = checkUniqueIds(actors, "actors", "actor", errors);
  checkUniqueIds(claims, "claims", "claim", errors);

  const nodeKindIds = ontology.nodeKinds.map((k) => k.id);
  const relationKinds = new Map<string, RelationKind>(ontology.relationKinds.map((r) => [r.id, r]));
  const actorIds = [...actorIndex.keys()];
  const sourceIds = [...sourceIndex.keys()];

  // Sources: a real date and a loaded text; one quote matcher per source.
  const matchers = new Map<string, (quote: string) => boolean>();
  const sourceTexts = new Map<string, string>();
  sources.forEach((raw, i) => {
    const source = asRecord(raw);
    checkCalendarDate(stringField(source, "date"), ["sources", i, "date"], errors);
    const id = stringField(source, "id");
    const textPath = stringField(source, "text");
    if (id === undefined || sourceIndex.get(id) !== i) return;
    const text =
      ownText(ctx.sourceTexts, id) ??
      (textPath === undefined ? undefined : ownText(ctx.sourceTexts, textPath));
    if (text === undefined) {
      if (textPath !== undefined)
        errors.add(["sources", i, "text"], `text of source ${show(id)} is not available`);
      return;
    }
    matchers.set(id, quoteMatcher(text));
    sourceTexts.set(id, text);
  });

  // Actors: a known kind.
  const actorKinds = new Map<string, string>();
  actors.forEach((raw, i) => {
    const actor = asRecord(raw);
    const id = stringField(actor, "id");
    const kind = stringField(actor, "kind");
    if (kind === undefined) return;
    if (!nodeKindIds.includes(kind)) {
      errors.add(
        ["actors", i, "kind"],
        `unknown node kind ${show(kind)}${didYouMean(kind, nodeKindIds, budget)} (known: ${nodeKindIds.join(", ")})`,
      );
    } else if (id !== undefined && !actorKinds.has(id)) {
      actorKinds.set(id, kind);
    }
  });

  const knownRelations = [...relationKinds.keys()];
  // Plain loops and helpers, no per-claim arrays or closures: this runs for every claim and quote.
  const checkActorRef = (i: number, end: "from" | "to", actorId: string | undefined) => {
    if (actorId !== undefined && !actorIndex.has(actorId)) {
      errors.add(
        ["claims", i, end],
        `unknown actor ${show(actorId)}${didYouMean(actorId, actorIds, budget)}`,
      );
    }
  };
  const checkEndKind = (
    i: number,
    end: "from" | "to",
    actorId: string | undefined,
    relation: RelationKind,
    allowed: readonly string[],
  ) => {
    if (actorId === undefined) return;
    const kind = actorKinds.get(actorId);
    if (kind !== undefined && !allowed.includes(kind)) {
      errors.add(
        ["claims", i, end],
        `relation ${show(relation.id)} cannot ${end === "from" ? "start at" : "point to"} actor ${show(actorId)} of kind ${show(kind)}; allowed ${end} kinds: ${allowed.join(", ")}`,
      );
    }
  };
  const checkEvidence = (i: number, j: number, rawEvidence: unknown) => {
    const evidence = asRecord(rawEvidence);
    const sourceId = stringField(evidence, "source");
    const quote = stringField(evidence, "quote");
    if (sourceId === undefined) return;
    if (!sourceIndex.has(sourceId)) {
      errors.add(
        ["claims", i, "evidence", j, "source"],
        `unknown source ${show(sourceId)}${didYouMean(sourceId, sourceIds, budget)}`,
      );
      return;
    }
    const matches = ctx.verbatim?.has(rawEvidence as object) ? undefined : matchers.get(sourceId);
    if (quote !== undefined && quote.trim() !== "" && matches !== undefined && !matches(quote)) {
      errors.add(
        ["claims", i, "evidence", j, "quote"],
        `quote is not verbatim in source ${show(sourceId)}: ${show(quote)}${divergenceHint(quote, sourceTexts.get(sourceId) ?? "")}`,
      );
    }
  };

  for (let i = 0; i < claims.length; i++) {
    const claim = asRecord(claims[i]);
    const from = stringField(claim, "from");
    const to = stringField(claim, "to");
    const relationId = stringField(claim, "relation");

    checkActorRef(i, "from", from);
    checkActorRef(i, "to", to);
    if (from !== undefined && from === to) {
      errors.add(["claims", i, "to"], `claim connects actor ${show(from)} to itself (self-loop)`);
    }

    const relation = relationId === undefined ? undefined : relationKinds.get(relationId);
    if (relationId !== undefined && relation === undefined) {
      errors.add(
        ["claims", i, "relation"],
        `unknown relation kind ${show(relationId)}${didYouMean(relationId, knownRelations, budget)} (known: ${knownRelations.join(", ")})`,
      );
    }
    if (relation !== undefined) {
      checkEndKind(i, "from", from, relation, relation.from);
      checkEndKind(i, "to", to, relation, relation.to);
    }

    const evidence = asArray(claim?.evidence);
    for (let j = 0; j < evidence.length; j++) checkEvidence(i, j, evidence[j]);

    const start = stringField(claim, "start");
    const end = stringField(claim, "end");
    const startOk = checkCalendarDate(start, ["claims", i, "start"], errors);
    const endOk = checkCalendarDate(end, ["claims", i, "end"], errors);
    if (startOk && endOk && start !== undefined && end !== undefined && lastDay(end) < firstDay(start)) {
      errors.add(["claims", i, "end"], `end ${show(end)} is before start ${show(start)}`);
    }
  }

  const layout = asRecord(root?.layout);
  for (const actorId of Object.keys(layout ?? {})) {
    if (!actorIndex.has(actorId)) {
      errors.add(
        ["layout", actorId],
        `position for unknown actor ${show(actorId)}${didYouMean(actorId, actorIds, budget)}`,
      );
    }
  }

  const all = errors.inDocumentOrder(input);
  if (all.length > 0 || !parsed.success) return { ok: false, errors: all };
  return { ok: true, dataset: parsed.data };
}

export function validateOntology(input: unknown, file: string): OntologyValidation {
  const errors = new ErrorList(file);
  const budget = suggestionBudget();
  const parsed = ontologySchema.safeParse(input);
  if (!parsed.success) errors.addStructure(parsed.error);

  const root = asRecord(input);
  const nodeKinds = asArray(root?.nodeKinds);
  const relationKinds = asArray(root?.relationKinds);
  const kindIndex = checkUniqueIds(nodeKinds, "nodeKinds", "node kind", errors);
  checkUniqueIds(relationKinds, "relationKinds", "relation kind", errors);
  const kindIds = [...kindIndex.keys()];

  const checkKindRef = (value: unknown, path: PathSegment[]) => {
    if (typeof value === "string" && !kindIndex.has(value)) {
      errors.add(path, `unknown node kind ${show(value)}${didYouMean(value, kindIds, budget)}`);
    }
  };
  asArray(root?.placeKinds).forEach((kind, i) => {
    checkKindRef(kind, ["placeKinds", i]);
  });
  relationKinds.forEach((raw, i) => {
    const relation = asRecord(raw);
    for (const end of ["from", "to"] as const) {
      asArray(relation?.[end]).forEach((kind, j) => {
        checkKindRef(kind, ["relationKinds", i, end, j]);
      });
    }
  });

  const all = errors.inDocumentOrder(input);
  if (all.length > 0 || !parsed.success) return { ok: false, errors: all };
  return { ok: true, ontology: parsed.data };
}

import type { z } from "zod";
import { firstDay, isPartialDate, lastDay } from "./dates";
import { childPath, jsonPath, type PathSegment } from "./json-path";
import { quoteDivergence, quoteMatcher } from "./quote-match";
import { datasetSchema, ontologySchema } from "./schema";
import { closestMatches } from "./suggest";
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
}

/** Shape of a date, checked by zod; a value of this shape can still be no real day ("2024-02-30"). */
const DATE_SHAPE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

type Raw = Record<string, unknown>;

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

function quoted(values: readonly string[]): string {
  return values.map((v) => JSON.stringify(v)).join(", ");
}

function didYouMean(value: string, candidates: readonly string[]): string {
  const close = closestMatches(value, candidates);
  return close.length > 0 ? `; did you mean ${quoted(close)}?` : "";
}

function zodIssueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && issue.message.endsWith("received undefined")) {
    return `required field is missing (expected ${issue.expected})`;
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
    this.found.push({ path: [...path], message });
  }

  addStructure(error: z.ZodError): void {
    for (const issue of error.issues) this.add(issue.path, zodIssueMessage(issue));
  }

  inDocumentOrder(input: unknown): InputError[] {
    if (this.found.length === 0) return [];
    const order = documentOrder(input);
    const position = (path: PropertyKey[]) => {
      // A missing field is not in the input: place it at its closest existing ancestor.
      for (let n = path.length; n >= 0; n--) {
        const at = order.get(jsonPath(path.slice(0, n)));
        if (at !== undefined) return at;
      }
      return 0;
    };
    return this.found
      .map((error, index) => ({ error, index, at: position(error.path) }))
      .sort((a, b) => a.at - b.at || a.index - b.index)
      .map(({ error }) => ({ file: this.file, path: jsonPath(error.path), message: error.message }));
  }
}

/** JSON path -> rank of that value in a depth-first walk of the input (document order). */
function documentOrder(input: unknown): Map<string, number> {
  const order = new Map<string, number>();
  const walk = (value: unknown, path: string) => {
    order.set(path, order.size);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) walk(value[i], childPath(path, i));
    } else if (typeof value === "object" && value !== null) {
      for (const [key, child] of Object.entries(value)) walk(child, childPath(path, key));
    }
  };
  walk(input, "$");
  return order;
}

/** Where a non-verbatim quote stops matching its source, for the error message. */
function divergenceHint(quote: string, sourceText: string): string {
  const { matchedWords, totalWords, divergesAt } = quoteDivergence(quote, sourceText);
  if (matchedWords === 0 || divergesAt === undefined) return " (not even its first word is in the source)";
  const matched = matchedWords === 1 ? "the first word matches" : `the first ${matchedWords} words match`;
  return ` (${matched}, then it departs from the source at word ${matchedWords + 1} of ${totalWords}, "${divergesAt}")`;
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
        `duplicate ${what} id "${id}" (first used at ${jsonPath([listName, first, "id"])})`,
      );
  });
  return firstIndex;
}

/** A date field that has the right shape but is no real calendar day. */
function checkCalendarDate(value: string | undefined, path: PathSegment[], errors: ErrorList): boolean {
  if (value === undefined || !DATE_SHAPE.test(value)) return false;
  if (isPartialDate(value)) return true;
  errors.add(path, `"${value}" is not a calendar date (no such month or day)`);
  return false;
}

export function validateDataset(input: unknown, ctx: DatasetContext): DatasetValidation {
  const errors = new ErrorList(ctx.file);
  const parsed = datasetSchema.safeParse(input);
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
        errors.add(["sources", i, "text"], `text of source "${id}" is not available`);
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
        `unknown node kind "${kind}"${didYouMean(kind, nodeKindIds)} (known: ${nodeKindIds.join(", ")})`,
      );
    } else if (id !== undefined && !actorKinds.has(id)) {
      actorKinds.set(id, kind);
    }
  });

  claims.forEach((raw, i) => {
    const claim = asRecord(raw);
    const from = stringField(claim, "from");
    const to = stringField(claim, "to");
    const relationId = stringField(claim, "relation");

    for (const [end, actorId] of [
      ["from", from],
      ["to", to],
    ] as const) {
      if (actorId !== undefined && !actorIndex.has(actorId)) {
        errors.add(["claims", i, end], `unknown actor "${actorId}"${didYouMean(actorId, actorIds)}`);
      }
    }
    if (from !== undefined && from === to) {
      errors.add(["claims", i, "to"], `claim connects actor "${from}" to itself (self-loop)`);
    }

    const relation = relationId === undefined ? undefined : relationKinds.get(relationId);
    if (relationId !== undefined && relation === undefined) {
      const known = [...relationKinds.keys()];
      errors.add(
        ["claims", i, "relation"],
        `unknown relation kind "${relationId}"${didYouMean(relationId, known)} (known: ${known.join(", ")})`,
      );
    }
    if (relation !== undefined) {
      for (const [end, actorId, allowed] of [
        ["from", from, relation.from],
        ["to", to, relation.to],
      ] as const) {
        const kind = actorId === undefined ? undefined : actorKinds.get(actorId);
        if (kind !== undefined && !allowed.includes(kind)) {
          errors.add(
            ["claims", i, end],
            `relation "${relation.id}" cannot ${end === "from" ? "start at" : "point to"} actor "${actorId}" of kind "${kind}"; allowed ${end} kinds: ${allowed.join(", ")}`,
          );
        }
      }
    }

    asArray(claim?.evidence).forEach((rawEvidence, j) => {
      const evidence = asRecord(rawEvidence);
      const sourceId = stringField(evidence, "source");
      const quote = stringField(evidence, "quote");
      if (sourceId === undefined) return;
      if (!sourceIndex.has(sourceId)) {
        errors.add(
          ["claims", i, "evidence", j, "source"],
          `unknown source "${sourceId}"${didYouMean(sourceId, [...sourceIndex.keys()])}`,
        );
        return;
      }
      const matches = matchers.get(sourceId);
      if (quote !== undefined && quote.trim() !== "" && matches !== undefined && !matches(quote)) {
        const shown = quote.length > 80 ? `${quote.slice(0, 77)}...` : quote;
        errors.add(
          ["claims", i, "evidence", j, "quote"],
          `quote is not verbatim in source "${sourceId}": ${JSON.stringify(shown)}${divergenceHint(quote, sourceTexts.get(sourceId) ?? "")}`,
        );
      }
    });

    const start = stringField(claim, "start");
    const end = stringField(claim, "end");
    const startOk = checkCalendarDate(start, ["claims", i, "start"], errors);
    const endOk = checkCalendarDate(end, ["claims", i, "end"], errors);
    if (startOk && endOk && start !== undefined && end !== undefined && lastDay(end) < firstDay(start)) {
      errors.add(["claims", i, "end"], `end "${end}" is before start "${start}"`);
    }
  });

  const layout = asRecord(root?.layout);
  for (const actorId of Object.keys(layout ?? {})) {
    if (!actorIndex.has(actorId)) {
      errors.add(
        ["layout", actorId],
        `position for unknown actor "${actorId}"${didYouMean(actorId, actorIds)}`,
      );
    }
  }

  const all = errors.inDocumentOrder(input);
  if (all.length > 0 || !parsed.success) return { ok: false, errors: all };
  return { ok: true, dataset: parsed.data };
}

export function validateOntology(input: unknown, file: string): OntologyValidation {
  const errors = new ErrorList(file);
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
      errors.add(path, `unknown node kind "${value}"${didYouMean(value, kindIds)}`);
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

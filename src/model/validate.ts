import { firstDay, isPartialDate, lastDay, spansOverlap } from "./dates";
import {
  asArray,
  asRecord,
  checkUniqueIds,
  didYouMean,
  ErrorList,
  type Locate,
  type Raw,
  show,
  stringField,
} from "./error-list";
import { fastParseDataset } from "./fast-structure";
import type { PathSegment } from "./json-path";
import { type OntologyIndex, ontologyIndex } from "./ontology-index";
import { quoteDivergence, quoteMatcher } from "./quote-match";
import { datasetSchema, ontologySchema } from "./schema";
import { type SuggestionBudget, suggestionBudget } from "./suggest";
import type { Dataset, InputError, Ontology, RelationKind } from "./types";
import { chooseDatasetUnion, sourceKindOf } from "./union-choice";

/**
 * Validation of a dataset (or ontology) in two layers: structure via the zod schemas, then meaning
 * (ids that exist and are unique, kinds a relation may connect, evidence that fits its source,
 * verbatim quotes, real and ordered dates). Both layers always run and every problem is reported,
 * so one pass over the errors fixes a file; the meaning checks read the raw input loosely, so a
 * structurally broken claim still gets its references checked.
 *
 * Warnings are what may be right but deserves a look: a dated claim about an actor outside the
 * actor's own span (founded/dissolved). Sources often call a group by a later name, and a claim
 * may name a predecessor, so this never rejects a file.
 */

export type DatasetValidation =
  | { ok: true; dataset: Dataset; warnings: InputError[] }
  | { ok: false; errors: InputError[]; warnings: InputError[] };
export type OntologyValidation = { ok: true; ontology: Ontology } | { ok: false; errors: InputError[] };

export interface DatasetContext {
  /** File name used in the errors. */
  file: string;
  ontology: Ontology;
  /** Source text by source id (or by the source's `text` path). Missing texts are reported. */
  sourceTexts: Record<string, string>;
  /** For a dataset merged from several files: where each place of the input came from. */
  locate?: Locate;
  /** Evidence objects whose quote was cut from its own source's text: verbatim by construction. */
  verbatim?: ReadonlySet<object>;
}

/** Shape of a date, checked by zod; a value of this shape can still be no real day ("2024-02-30"). */
const DATE_SHAPE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

interface Span {
  start?: string;
  end?: string;
}

/** A provided source text; never an inherited property (a source id may be "constructor"). */
function ownText(texts: Record<string, string>, key: string): string | undefined {
  const text = Object.hasOwn(texts, key) ? texts[key] : undefined;
  return typeof text === "string" ? text : undefined;
}

/** Where a non-verbatim quote stops matching its source, for the error message. */
function divergenceHint(quote: string, sourceText: string): string {
  const { matchedWords, totalWords, divergesAt } = quoteDivergence(quote, sourceText);
  if (matchedWords === 0 || divergesAt === undefined) return " (not even its first word is in the source)";
  const matched = matchedWords === 1 ? "the first word matches" : `the first ${matchedWords} words match`;
  return ` (${matched}, then it departs from the source at word ${matchedWords + 1} of ${totalWords}, ${show(divergesAt)})`;
}

/** A date field that has the right shape but is no real calendar day. */
function checkCalendarDate(value: string | undefined, path: PathSegment[], errors: ErrorList): boolean {
  if (value === undefined || !DATE_SHAPE.test(value)) return false;
  if (isPartialDate(value)) return true;
  errors.add(path, `${show(value)} is not a calendar date (no such month or day)`);
  return false;
}

/** Whether a date the schema may or may not have accepted is a real one (no error reported). */
function realDate(value: string | undefined): boolean {
  return value !== undefined && DATE_SHAPE.test(value) && isPartialDate(value);
}

/**
 * Checks start/end of `list[i]`; returns the span when the ends present are real, ordered dates.
 * Paths are built only for an error: this runs for every claim.
 */
function checkSpan(item: Raw | undefined, list: string, i: number, errors: ErrorList): Span | undefined {
  const start = stringField(item, "start");
  const end = stringField(item, "end");
  if (start === undefined && end === undefined) return {};
  if (start !== undefined && !realDate(start)) {
    checkCalendarDate(start, [list, i, "start"], errors);
    return undefined;
  }
  if (end !== undefined && !realDate(end)) {
    checkCalendarDate(end, [list, i, "end"], errors);
    return undefined;
  }
  if (start !== undefined && end !== undefined && lastDay(end) < firstDay(start)) {
    errors.add([list, i, "end"], `end ${show(end)} is before start ${show(start)}`);
    return undefined;
  }
  const span: Span = {};
  if (start !== undefined) span.start = start;
  if (end !== undefined) span.end = end;
  return span;
}

function spanText(span: Span): string {
  if (span.start !== undefined && span.end !== undefined) return `from ${span.start} to ${span.end}`;
  if (span.start !== undefined) return `from ${span.start}`;
  return `until ${span.end}`;
}

/** The meaning checks of one dataset; each step reads the raw input and what the steps before found. */
class DatasetChecker {
  readonly errors: ErrorList;
  readonly warnings: ErrorList;
  private readonly budget: SuggestionBudget = suggestionBudget();
  private readonly relationKinds: OntologyIndex;
  private readonly sources: unknown[];
  private readonly actors: unknown[];
  private readonly claims: unknown[];
  private sourceIndex = new Map<string, number>();
  private actorIndex = new Map<string, number>();
  private readonly matchers = new Map<string, (quote: string) => boolean>();
  private readonly sourceTexts = new Map<string, string>();
  private readonly sourceKinds = new Map<string, "text" | "reference">();
  private readonly actorKinds = new Map<string, string>();
  private readonly actorSpans = new Map<string, Span>();

  constructor(
    private readonly root: Raw | undefined,
    private readonly ctx: DatasetContext,
  ) {
    this.errors = new ErrorList(ctx.file);
    this.warnings = new ErrorList(ctx.file);
    this.relationKinds = ontologyIndex(ctx.ontology);
    this.sources = asArray(root?.sources);
    this.actors = asArray(root?.actors);
    this.claims = asArray(root?.claims);
  }

  run(): void {
    const { locate } = this.ctx;
    this.sourceIndex = checkUniqueIds(this.sources, "sources", "source", this.errors, locate);
    this.actorIndex = checkUniqueIds(this.actors, "actors", "actor", this.errors, locate);
    checkUniqueIds(this.claims, "claims", "claim", this.errors, locate);
    this.checkSources();
    this.checkActors();
    for (let i = 0; i < this.claims.length; i++) this.checkClaim(i, asRecord(this.claims[i]));
    this.checkLayout();
  }

  /** Sources: a real date, and for a text source a loaded text; one quote matcher per source. */
  private checkSources(): void {
    this.sources.forEach((raw, i) => {
      const source = asRecord(raw);
      checkCalendarDate(stringField(source, "date"), ["sources", i, "date"], this.errors);
      const id = stringField(source, "id");
      if (id === undefined || this.sourceIndex.get(id) !== i) return;
      const kind = sourceKindOf(source);
      if (kind !== undefined) this.sourceKinds.set(id, kind);
      const textPath = stringField(source, "text");
      if (kind !== "text" || textPath === undefined) return;
      const text = ownText(this.ctx.sourceTexts, id) ?? ownText(this.ctx.sourceTexts, textPath);
      if (text === undefined) {
        this.errors.add(["sources", i, "text"], `text of source ${show(id)} is not available`);
        return;
      }
      this.matchers.set(id, quoteMatcher(text));
      this.sourceTexts.set(id, text);
    });
  }

  /** Actors: a known kind, and a real, ordered span. */
  private checkActors(): void {
    const nodeKindIds = this.ctx.ontology.nodeKinds.map((k) => k.id);
    this.actors.forEach((raw, i) => {
      const actor = asRecord(raw);
      const id = stringField(actor, "id");
      const kind = stringField(actor, "kind");
      const span = checkSpan(actor, "actors", i, this.errors);
      const first = id !== undefined && this.actorIndex.get(id) === i;
      if (first && span !== undefined && (span.start !== undefined || span.end !== undefined))
        this.actorSpans.set(id, span);
      if (kind === undefined) return;
      if (!nodeKindIds.includes(kind)) {
        this.errors.add(
          ["actors", i, "kind"],
          `unknown node kind ${show(kind)}${didYouMean(kind, nodeKindIds, this.budget)} (known: ${nodeKindIds.join(", ")})`,
        );
      } else if (id !== undefined && !this.actorKinds.has(id)) {
        this.actorKinds.set(id, kind);
      }
    });
  }

  // Plain loops and helpers, no per-claim arrays or closures: this runs for every claim and quote.
  private checkClaim(i: number, claim: Raw | undefined): void {
    const from = stringField(claim, "from");
    const to = stringField(claim, "to");
    const relationId = stringField(claim, "relation");

    this.checkActorRef(i, "from", from);
    this.checkActorRef(i, "to", to);
    if (from !== undefined && from === to) {
      this.errors.add(["claims", i, "to"], `claim connects actor ${show(from)} to itself (self-loop)`);
    }

    const relation = relationId === undefined ? undefined : this.relationKinds.relation(relationId);
    if (relationId !== undefined && relation === undefined) {
      const known = this.relationKinds.relationIds;
      this.errors.add(
        ["claims", i, "relation"],
        `unknown relation kind ${show(relationId)}${didYouMean(relationId, known, this.budget)} (known: ${known.join(", ")})`,
      );
    }
    if (relation !== undefined) {
      this.checkEndKind(i, "from", from, relation, relation.from);
      this.checkEndKind(i, "to", to, relation, relation.to);
    }

    const evidence = asArray(claim?.evidence);
    for (let j = 0; j < evidence.length; j++) this.checkEvidence(i, j, asRecord(evidence[j]));

    const span = checkSpan(claim, "claims", i, this.errors);
    if (span !== undefined && (span.start !== undefined || span.end !== undefined)) {
      this.checkWithinActorSpan(i, "from", from, span);
      this.checkWithinActorSpan(i, "to", to, span);
    }
  }

  private checkActorRef(i: number, end: "from" | "to", actorId: string | undefined): void {
    if (actorId !== undefined && !this.actorIndex.has(actorId)) {
      const known = [...this.actorIndex.keys()];
      this.errors.add(
        ["claims", i, end],
        `unknown actor ${show(actorId)}${didYouMean(actorId, known, this.budget)}`,
      );
    }
  }

  private checkEndKind(
    i: number,
    end: "from" | "to",
    actorId: string | undefined,
    relation: RelationKind,
    allowed: readonly string[],
  ): void {
    if (actorId === undefined) return;
    const kind = this.actorKinds.get(actorId);
    if (kind !== undefined && !allowed.includes(kind)) {
      this.errors.add(
        ["claims", i, end],
        `relation ${show(relation.id)} cannot ${end === "from" ? "start at" : "point to"} actor ${show(actorId)} of kind ${show(kind)}; allowed ${end} kinds: ${allowed.join(", ")}`,
      );
    }
  }

  /** A dated claim should overlap the span of each actor it connects; a warning, not an error. */
  private checkWithinActorSpan(i: number, end: "from" | "to", actorId: string | undefined, span: Span): void {
    const actorSpan = actorId === undefined ? undefined : this.actorSpans.get(actorId);
    if (actorId === undefined || actorSpan === undefined || spansOverlap(span, actorSpan)) return;
    this.warnings.add(
      ["claims", i, end],
      `claim holds ${spanText(span)}, outside the span of actor ${show(actorId)} (${spanText(actorSpan)}); if the claim is about a predecessor, connect that actor instead`,
    );
  }

  private checkEvidence(i: number, j: number, evidence: Raw | undefined): void {
    const sourceId = stringField(evidence, "source");
    if (sourceId === undefined) return;
    if (!this.sourceIndex.has(sourceId)) {
      const known = [...this.sourceIndex.keys()];
      this.errors.add(
        ["claims", i, "evidence", j, "source"],
        `unknown source ${show(sourceId)}${didYouMean(sourceId, known, this.budget)}`,
      );
      return;
    }
    const kind = this.sourceKinds.get(sourceId);
    const quote = stringField(evidence, "quote");
    if (kind === "reference" && evidence !== undefined && "quote" in evidence) {
      this.errors.add(
        ["claims", i, "evidence", j, "quote"],
        `source ${show(sourceId)} is a reference (url and licence, no shipped text): cite it with "locator" and "note" (your own words), not "quote"`,
      );
      return;
    }
    if (kind === "text" && evidence !== undefined && !("quote" in evidence) && "locator" in evidence) {
      this.errors.add(
        ["claims", i, "evidence", j, "locator"],
        `source ${show(sourceId)} is a shipped text: cite it with a verbatim "quote", not "locator" and "note"`,
      );
      return;
    }
    const matches =
      evidence !== undefined && this.ctx.verbatim?.has(evidence) ? undefined : this.matchers.get(sourceId);
    if (quote !== undefined && quote.trim() !== "" && matches !== undefined && !matches(quote)) {
      this.errors.add(
        ["claims", i, "evidence", j, "quote"],
        `quote is not verbatim in source ${show(sourceId)}: ${show(quote)}${divergenceHint(quote, this.sourceTexts.get(sourceId) ?? "")}`,
      );
    }
  }

  private checkLayout(): void {
    const layout = asRecord(this.root?.layout);
    for (const actorId of Object.keys(layout ?? {})) {
      if (!this.actorIndex.has(actorId)) {
        const known = [...this.actorIndex.keys()];
        this.errors.add(
          ["layout", actorId],
          `position for unknown actor ${show(actorId)}${didYouMean(actorId, known, this.budget)}`,
        );
      }
    }
  }
}

export function validateDataset(input: unknown, ctx: DatasetContext): DatasetValidation {
  const checker = new DatasetChecker(asRecord(input), ctx);
  // zod only when the fast twin of its schema is unsure: it words every structure error.
  const fast = fastParseDataset(input);
  const parsed =
    fast !== undefined ? ({ success: true, data: fast } as const) : datasetSchema.safeParse(input);
  if (!parsed.success) checker.errors.addStructure(parsed.error, input, chooseDatasetUnion);
  checker.run();

  const all = checker.errors.inDocumentOrder(input, ctx.locate);
  const warnings = checker.warnings.inDocumentOrder(input, ctx.locate);
  if (all.length > 0 || !parsed.success) return { ok: false, errors: all, warnings };
  return { ok: true, dataset: parsed.data, warnings };
}

export function validateOntology(input: unknown, file: string): OntologyValidation {
  const errors = new ErrorList(file);
  const budget = suggestionBudget();
  const parsed = ontologySchema.safeParse(input);
  if (!parsed.success) errors.addStructure(parsed.error, input);

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

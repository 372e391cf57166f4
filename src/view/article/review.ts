import { compareClaim } from "../../ingest/compare";
import { slugify } from "../../ingest/gazetteer";
import { mergeCandidates } from "../../ingest/merge";
import type { CandidateActor, CandidateClaim, Candidates } from "../../ingest/types";
import { isPartialDate } from "../../model/dates";
import { isQuoteEvidence } from "../../model/evidence-kind";
import type { Claim, Dataset, InputError, LoadedDataset, Source } from "../../model/types";
import { validateDataset } from "../../model/validate";

/**
 * The review of pasted articles, without the DOM: each article is a draft holding its text, the
 * source it will become and its candidates, each claim with the reviewer's decision. Accepted claims
 * are merged into the base dataset (through the ingest merge) and the result is validated as a whole
 * before anything is shown; drafts are plain data, so they are what the browser saves and restores.
 */

export type Decision = "pending" | "accepted" | "rejected";

export interface ReviewClaim extends CandidateClaim {
  /** Stable within its draft: the claim's index at extraction time. */
  key: string;
  decision: Decision;
}

export interface ArticleSource {
  id: string;
  title: string;
  publisher: string;
  date: string;
}

export interface ArticleDraft {
  text: string;
  source: ArticleSource;
  actors: CandidateActor[];
  claims: ReviewClaim[];
}

/** What the browser keeps: the drafts, in the order the articles were added. */
export interface ArticleWork {
  version: 1;
  drafts: ArticleDraft[];
}

export function newDraft(text: string, source: ArticleSource, candidates: Candidates): ArticleDraft {
  return {
    text,
    source,
    actors: candidates.actors.map((actor) => ({ ...actor, mentions: [...actor.mentions] })),
    claims: candidates.claims.map((claim, index) => ({ ...claim, key: String(index), decision: "pending" })),
  };
}

/** The title an article gets when none is typed: its first non-empty line, cut to a sane length. */
export function defaultTitle(text: string): string {
  const first =
    text
      .split("\n")
      .find((line) => line.trim() !== "")
      ?.trim() ?? "";
  return first.length > 120 ? `${first.slice(0, 117)}…` : first;
}

/** A source id from the title that neither the dataset nor another draft uses. */
export function uniqueSourceId(title: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const slug = /[\p{L}\p{N}]/u.test(title) ? slugify(title).slice(0, 48) : "";
  const base = `article-${slug || "untitled"}`.replace(/-+$/, "");
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Why a claim may not be accepted as it stands, or null. */
export function acceptBlocker(claim: ReviewClaim): string | null {
  if (!claim.asserted) return "the text denies or negates this; it cannot be accepted as asserted";
  if (claim.from === claim.to) return "a claim needs two different actors";
  return null;
}

/** Changes one claim; an edit of its ends or relation recomputes known/new/conflicting. */
export function updateClaim(
  draft: ArticleDraft,
  key: string,
  change: Partial<Pick<ReviewClaim, "decision" | "from" | "to" | "relation" | "certainty">>,
  against: LoadedDataset,
): ArticleDraft {
  return {
    ...draft,
    claims: draft.claims.map((claim) => {
      if (claim.key !== key) return claim;
      const next: ReviewClaim = { ...claim, ...change };
      if (change.from === undefined && change.to === undefined && change.relation === undefined) return next;
      const { status, conflict } = compareClaim(next, against.dataset.claims, against.ontology);
      const { conflict: _old, ...rest } = next;
      return conflict === undefined ? { ...rest, status } : { ...rest, status, conflict };
    }),
  };
}

export function updateActorKind(draft: ArticleDraft, id: string, kind: string): ArticleDraft {
  return { ...draft, actors: draft.actors.map((actor) => (actor.id === id ? { ...actor, kind } : actor)) };
}

/**
 * Drafts made against another dataset, to review against `loaded`: their accepted claims went into
 * that dataset, not this one, so they are back to review; each actor is known or new here, and each
 * claim known, new or conflicting here. Nothing the reviewer wrote (edits, rejections) is lost.
 */
export function rebaseDrafts(drafts: readonly ArticleDraft[], loaded: LoadedDataset): ArticleDraft[] {
  const kinds = new Map(loaded.dataset.actors.map((actor) => [actor.id, actor.kind]));
  return drafts.map((draft) => ({
    ...draft,
    actors: draft.actors.map((actor) => {
      const kind = kinds.get(actor.id);
      return kind === undefined ? { ...actor, known: false } : { ...actor, kind, known: true };
    }),
    claims: draft.claims.map((claim) => {
      const { status, conflict } = compareClaim(claim, loaded.dataset.claims, loaded.ontology);
      const { conflict: _old, ...rest } = claim;
      const decision: Decision = claim.decision === "accepted" ? "pending" : claim.decision;
      return conflict === undefined ? { ...rest, status, decision } : { ...rest, status, conflict, decision };
    }),
  }));
}

export function countDecisions(drafts: readonly ArticleDraft[]): Record<Decision, number> {
  const counts: Record<Decision, number> = { pending: 0, accepted: 0, rejected: 0 };
  for (const draft of drafts) for (const claim of draft.claims) counts[claim.decision]++;
  return counts;
}

export type ApplyResult =
  | { ok: true; value: LoadedDataset; addedActors: string[]; addedClaims: string[]; corroborated: string[] }
  | { ok: false; errors: InputError[] };

/**
 * The base dataset with every draft's accepted claims merged in (each article a new source, its
 * text stored under the source id), validated as a whole: all or nothing.
 */
export function applyDrafts(base: LoadedDataset, drafts: readonly ArticleDraft[]): ApplyResult {
  let dataset = base.dataset;
  const sourceTexts: Record<string, string> = { ...base.sourceTexts };
  const addedActors: string[] = [];
  const addedClaims: string[] = [];
  const corroborated: string[] = [];
  for (const draft of drafts) {
    const accepted = draft.claims.filter((claim) => claim.decision === "accepted" && claim.asserted);
    if (accepted.length === 0) continue;
    const source: Source = { ...draft.source, text: `${draft.source.id}.txt` };
    const merged = mergeCandidates(
      dataset,
      { actors: draft.actors, claims: accepted },
      { source, minConfidence: 0 },
    );
    const added = merged.dataset.sources[merged.dataset.sources.length - 1];
    if (added !== undefined) sourceTexts[added.id] = draft.text;
    dataset = merged.dataset;
    addedActors.push(...merged.addedActors);
    addedClaims.push(...merged.addedClaims);
    corroborated.push(...merged.corroborated);
  }
  if (dataset === base.dataset) return { ok: true, value: base, addedActors, addedClaims, corroborated };
  const checked = validateDataset(dataset, { file: base.file, ontology: base.ontology, sourceTexts });
  if (!checked.ok) return checked;
  return {
    ok: true,
    value: { ...base, dataset: checked.dataset, sourceTexts },
    addedActors,
    addedClaims,
    corroborated,
  };
}

/** Where an accepted candidate went: the claim it created, or the existing claim that took its quote. */
export interface AcceptedPlace {
  claim: Claim;
  /** True when the claim was there before this article (the quote was added to it). */
  merged: boolean;
}

/**
 * The claim of `dataset` that carries this accepted candidate's quote from this article, with the
 * same relation and ends (either way round: the merge matches a reversed symmetric claim). Several
 * candidates can share a sentence, so the quote alone does not say which claim is meant.
 */
export function acceptedPlace(
  dataset: Pick<Dataset, "claims">,
  draft: ArticleDraft,
  candidate: Pick<ReviewClaim, "from" | "relation" | "to" | "quote">,
): AcceptedPlace | undefined {
  const fromArticle = (claim: Claim) =>
    claim.evidence.findIndex(
      (e) => e.source === draft.source.id && isQuoteEvidence(e) && e.quote === candidate.quote,
    );
  const ends = (claim: Claim) =>
    (claim.from === candidate.from && claim.to === candidate.to) ||
    (claim.from === candidate.to && claim.to === candidate.from);
  for (const claim of dataset.claims) {
    if (claim.relation !== candidate.relation || !ends(claim)) continue;
    const at = fromArticle(claim);
    // A claim this article created starts with its quote; any earlier evidence means it existed.
    if (at >= 0) return { claim, merged: at > 0 };
  }
  return undefined;
}

/** A highlighted stretch of the article: which claims quote it (empty = plain text). */
export interface TextSegment {
  start: number;
  end: number;
  claims: string[];
}

/**
 * Cuts the text at every quote boundary so each piece knows the claims quoting it; overlapping and
 * identical quotes (several claims from one sentence) share pieces. Offsets outside the text are
 * clamped, empty ranges ignored.
 */
export function textSegments(
  length: number,
  ranges: readonly { key: string; start: number; end: number }[],
): TextSegment[] {
  const clamp = (n: number) => Math.max(0, Math.min(length, n));
  const usable = ranges
    .map((range) => ({ key: range.key, start: clamp(range.start), end: clamp(range.end) }))
    .filter((range) => range.end > range.start);
  const cuts = [...new Set([0, length, ...usable.flatMap((range) => [range.start, range.end])])].sort(
    (a, b) => a - b,
  );
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? length;
    const claims = usable.filter((range) => range.start <= start && range.end >= end).map((r) => r.key);
    const last = segments[segments.length - 1];
    // Neighbouring pieces with the same claims stay one piece.
    if (last !== undefined && last.claims.join("|") === claims.join("|")) last.end = end;
    else segments.push({ start, end, claims });
  }
  return segments;
}

/** Checks restored work (it comes from storage, so it is input like any other). */
export function readArticleWork(
  value: unknown,
): { ok: true; work: ArticleWork } | { ok: false; problem: string } {
  const fail = (problem: string) => ({ ok: false as const, problem });
  const record = Array.isArray(value) ? value[0] : undefined;
  if (record === undefined) return { ok: true, work: { version: 1, drafts: [] } };
  if (typeof record !== "object" || record === null || (record as { version?: unknown }).version !== 1)
    return fail("saved articles: expected a version 1 record");
  const drafts = (record as { drafts?: unknown }).drafts;
  if (!Array.isArray(drafts)) return fail("saved articles: drafts: expected a list");
  for (const [i, draft] of drafts.entries()) {
    const d = draft as Partial<ArticleDraft> | null;
    const where = `saved articles: drafts[${i}]`;
    if (typeof d !== "object" || d === null) return fail(`${where}: expected an object`);
    if (typeof d.text !== "string") return fail(`${where}.text: expected the article text`);
    const s = d.source;
    if (
      typeof s !== "object" ||
      s === null ||
      ![s.id, s.title, s.publisher, s.date].every((v) => typeof v === "string") ||
      !isPartialDate(s.date)
    )
      return fail(`${where}.source: expected {id, title, publisher, date}`);
    if (!Array.isArray(d.actors) || !Array.isArray(d.claims))
      return fail(`${where}: expected actors and claims`);
    for (const [j, c] of d.claims.entries()) {
      const claim = c as Partial<ReviewClaim> | null;
      if (
        typeof claim !== "object" ||
        claim === null ||
        ![claim.key, claim.from, claim.to, claim.relation, claim.quote].every((v) => typeof v === "string") ||
        !["pending", "accepted", "rejected"].includes(String(claim.decision)) ||
        typeof claim.start !== "number" ||
        typeof claim.end !== "number"
      )
        return fail(`${where}.claims[${j}]: not a reviewed claim`);
    }
  }
  return { ok: true, work: { version: 1, drafts: drafts as ArticleDraft[] } };
}

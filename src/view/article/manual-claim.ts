import { compareClaim } from "../../ingest/compare";
import { slugify } from "../../ingest/gazetteer";
import type { CandidateActor } from "../../ingest/types";
import { firstDay, isPartialDate } from "../../model/dates";
import type { Certainty, LoadedDataset, Ontology } from "../../model/types";
import type { ArticleDraft, ReviewClaim } from "./review";

/**
 * A claim the extractor missed, entered by the reviewer: two actors (known ones, or a new one with a
 * kind), a relation the kinds allow, certainty, optional dates and a quote taken verbatim from the
 * article. It joins the draft's review list as a pending claim, accepted like the extracted ones.
 * Pure: the form in the UI only gathers the input.
 */

/** One end of the claim: an actor of the dataset or of the draft, or a new one. */
export type ManualEnd = { id: string } | { newLabel: string; kind: string };

export interface ManualClaimInput {
  from: ManualEnd | null;
  relation: string;
  to: ManualEnd | null;
  certainty: Certainty;
  /** Optional partial dates (YYYY, YYYY-MM or YYYY-MM-DD). */
  start: string;
  end: string;
  quote: string;
}

/** Why this relation cannot join these kinds, in words (null when it can, or a kind is unknown yet). */
export function relationProblem(
  ontology: Ontology,
  relationId: string,
  fromKind: string | undefined,
  toKind: string | undefined,
): string | null {
  const relation = ontology.relationKinds.find((r) => r.id === relationId);
  if (relation === undefined) return `there is no relation “${relationId}” in the ontology`;
  const kindLabel = (id: string) => ontology.nodeKinds.find((k) => k.id === id)?.label ?? id;
  const allowed = (ids: readonly string[]) => ids.map(kindLabel).join(", ");
  const problems: string[] = [];
  if (fromKind !== undefined && !relation.from.includes(fromKind))
    problems.push(
      `“${relation.label}” cannot start at a ${kindLabel(fromKind)} (it starts at: ${allowed(relation.from)})`,
    );
  if (toKind !== undefined && !relation.to.includes(toKind))
    problems.push(
      `“${relation.label}” cannot point to a ${kindLabel(toKind)} (it points to: ${allowed(relation.to)})`,
    );
  return problems.length === 0 ? null : problems.join("; ");
}

/** Where the quote is in the article: its first verbatim occurrence (after trimming), or null. */
export function findQuote(text: string, quote: string): { quote: string; start: number; end: number } | null {
  const wanted = quote.trim();
  if (wanted === "") return null;
  const start = text.indexOf(wanted);
  return start < 0 ? null : { quote: wanted, start, end: start + wanted.length };
}

/** The actor an end stands for, as the draft lists actors (a new one gets a free id). */
function endActor(
  end: ManualEnd,
  loaded: LoadedDataset,
  draft: ArticleDraft,
  taken: Set<string>,
): CandidateActor | string {
  if ("id" in end) {
    const listed = draft.actors.find((actor) => actor.id === end.id);
    if (listed !== undefined) return listed;
    const known = loaded.dataset.actors.find((actor) => actor.id === end.id);
    if (known === undefined) return `no actor “${end.id}” in the dataset`;
    return { id: known.id, label: known.label, kind: known.kind, known: true, mentions: [known.label] };
  }
  const label = end.newLabel.trim();
  if (label === "") return "a new actor needs a name";
  if (!loaded.ontology.nodeKinds.some((kind) => kind.id === end.kind)) return `no kind “${end.kind}”`;
  const base = slugify(label);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return { id, label, kind: end.kind, known: false, mentions: [label] };
}

function dateProblems(start: string, end: string): string[] {
  const problems: string[] = [];
  for (const [name, value] of [
    ["Start", start],
    ["End", end],
  ] as const)
    if (value !== "" && !isPartialDate(value))
      problems.push(`${name} date: expected YYYY, YYYY-MM or YYYY-MM-DD, not “${value}”`);
  if (problems.length === 0 && start !== "" && end !== "" && firstDay(end) < firstDay(start))
    problems.push("the end date is before the start date");
  return problems;
}

/**
 * The draft with the reviewer's claim added (pending), and any new actor it names; or every
 * problem with the input, in words, and the draft unchanged.
 */
export function addManualClaim(
  draft: ArticleDraft,
  input: ManualClaimInput,
  loaded: LoadedDataset,
): { ok: true; draft: ArticleDraft; key: string } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const taken = new Set([...loaded.dataset.actors.map((a) => a.id), ...draft.actors.map((a) => a.id)]);
  const ends = (["from", "to"] as const).map((side) => {
    const end = input[side];
    if (end === null) {
      problems.push(`${side === "from" ? "From" : "To"}: choose an actor, or name a new one`);
      return null;
    }
    const actor = endActor(end, loaded, draft, taken);
    if (typeof actor === "string") {
      problems.push(`${side === "from" ? "From" : "To"}: ${actor}`);
      return null;
    }
    return actor;
  });
  const [from, to] = ends;
  if (from && to && from.id === to.id) problems.push("a claim needs two different actors");
  const ruled = relationProblem(loaded.ontology, input.relation, from?.kind, to?.kind);
  if (ruled !== null) problems.push(ruled);
  const quote = findQuote(draft.text, input.quote);
  if (input.quote.trim() === "")
    problems.push("Quote: select the sentence in the article that states the claim");
  else if (quote === null)
    problems.push("Quote: it is not in the article word for word; select it in the article text");
  problems.push(...dateProblems(input.start, input.end));
  if (problems.length > 0 || !from || !to || quote === null) return { ok: false, problems };

  const key = `manual-${draft.claims.filter((c) => c.key.startsWith("manual-")).length + 1}`;
  const span = {
    ...(input.start !== "" ? { start: input.start } : {}),
    ...(input.end !== "" ? { end: input.end } : {}),
  };
  const base = {
    key,
    decision: "pending" as const,
    from: from.id,
    relation: input.relation,
    to: to.id,
    ...quote,
    certainty: input.certainty,
    asserted: true,
    confidence: 1,
    pattern: "entered by the reviewer",
    kinds: ["manual"],
    ...(Object.keys(span).length > 0 ? { span } : {}),
  };
  const { status, conflict } = compareClaim(base, loaded.dataset.claims, loaded.ontology);
  const claim: ReviewClaim = conflict === undefined ? { ...base, status } : { ...base, status, conflict };
  const listed = new Set(draft.actors.map((actor) => actor.id));
  const actors = [
    ...draft.actors,
    ...[from, to].filter((actor, i, all) => !listed.has(actor.id) && all.indexOf(actor) === i),
  ];
  return { ok: true, draft: { ...draft, actors, claims: [...draft.claims, claim] }, key };
}

import type { Actor, Claim, Dataset, Evidence, Source } from "../model/types";
import { slugify } from "./gazetteer";
import type { Candidates } from "./types";

export interface MergeOptions {
  /** The new source: its text must be stored at `source.text` (relative to the dataset) by the caller. */
  source: Source;
  /** Only asserted claims at least this confident are merged. */
  minConfidence: number;
}

export interface MergeResult {
  dataset: Dataset;
  addedActors: string[];
  addedClaims: string[];
  /** Existing claims that gained the article's quote as further evidence. */
  corroborated: string[];
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * Writes accepted candidates into a copy of the dataset: the article becomes a new source; each
 * asserted claim with confidence >= minConfidence is added with the article's quote as evidence
 * (a claim the dataset already has gains the quote as further evidence instead); new actors are
 * added only when an accepted claim needs them. Negated claims are never merged; a claim the text
 * says has ended gets an end date (its own, else the source's) or is left out. Pure: the caller
 * validates and writes the result.
 */
export function mergeCandidates(
  dataset: Dataset,
  candidates: Candidates,
  options: MergeOptions,
): MergeResult {
  const out: Dataset = structuredClone(dataset);
  const sourceIds = new Set(out.sources.map((s) => s.id));
  const source = { ...options.source, id: uniqueId(options.source.id, sourceIds) };
  out.sources.push(source);

  const actorIds = new Set(out.actors.map((a) => a.id));
  const claimIds = new Set(out.claims.map((c) => c.id));
  const accepted = candidates.claims.filter((c) => c.asserted && c.confidence >= options.minConfidence);
  const addedActors: string[] = [];
  const addedClaims: string[] = [];
  const corroborated: string[] = [];

  const needActor = (id: string) => {
    if (actorIds.has(id)) return;
    const candidate = candidates.actors.find((a) => a.id === id);
    if (!candidate) return;
    const aliases = candidate.mentions.filter((m) => m !== candidate.label && /\p{Lu}/u.test(m[0] ?? ""));
    const actor: Actor = { id, label: candidate.label, kind: candidate.kind };
    if (aliases.length > 0) actor.aliases = [...new Set(aliases)];
    out.actors.push(actor);
    actorIds.add(id);
    addedActors.push(id);
  };

  for (const candidate of accepted) {
    // An ended relation with no date to end it on would be stored as current: it is left out.
    if (candidate.ended && !candidate.span?.end && !options.source.date) continue;
    const evidence: Evidence = { source: source.id, quote: candidate.quote };
    if (candidate.attributedTo) evidence.attributedTo = candidate.attributedTo;
    if (candidate.status === "known") {
      const same = (c: Claim) => c.relation === candidate.relation;
      const existing =
        out.claims.find((c) => same(c) && c.from === candidate.from && c.to === candidate.to) ??
        out.claims.find((c) => same(c) && c.from === candidate.to && c.to === candidate.from);
      if (
        existing &&
        !existing.evidence.some((e) => e.source === source.id && "quote" in e && e.quote === candidate.quote)
      ) {
        existing.evidence.push(evidence);
        corroborated.push(existing.id);
      }
      if (existing) continue;
    }
    needActor(candidate.from);
    needActor(candidate.to);
    if (!actorIds.has(candidate.from) || !actorIds.has(candidate.to)) continue;
    const id = uniqueId(slugify(`${candidate.from}-${candidate.relation}-${candidate.to}`), claimIds);
    const claim: Claim = {
      id,
      from: candidate.from,
      relation: candidate.relation,
      to: candidate.to,
      evidence: [evidence],
      certainty: candidate.certainty,
    };
    if (candidate.span?.start) claim.start = candidate.span.start;
    if (candidate.span?.end) claim.end = candidate.span.end;
    // A relation the text says is over ends by the article's date at the latest.
    else if (candidate.ended && options.source.date) claim.end = options.source.date;
    if (candidate.status === "conflicting" && candidate.conflict)
      claim.note = `Conflicts: ${candidate.conflict}`;
    out.claims.push(claim);
    addedClaims.push(id);
  }
  return { dataset: out, addedActors, addedClaims, corroborated };
}

import type { CandidateClaim } from "../../src/ingest/types";

/** One gold claim; `kinds`, `ended` and `optional` are only written in the newer sets. */
export interface GoldClaim {
  from: string;
  relation: string;
  to: string;
  asserted: boolean;
  /** The constructions that carry the claim ("appositive", "coreference", ...). */
  kinds?: string[];
  /** The relation was over by the article's date: it must not be extracted as current. */
  ended?: boolean;
  /** A borderline reading: finding it is no false positive, missing it no false negative. */
  optional?: boolean;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface KindCounts {
  /** Required gold claims of the kind found, and missed. */
  found: number;
  missed: number;
  /** Claims the extractor read through the kind that are right (required or optional gold), and wrong. */
  right: number;
  wrong: number;
}

export interface Score {
  article: string;
  byRelation: Map<string, Counts>;
  /**
   * Per construction kind: hits and misses by the gold claim's kinds ("unlabelled" without kinds),
   * for recall; right and wrong claims by the kinds the extractor reports, for precision.
   */
  byKind: Map<string, KindCounts>;
  /** Asserted gold claims marked `optional`, and how many of them the system found. */
  optionalGold: number;
  optionalFound: number;
  /** Gold claims marked `ended` that the system found, and those it presented as current. */
  endedFound: number;
  timeAspectErrors: number;
  negatedGold: number;
  negatedCaught: number;
  negatedAsserted: number;
  falsePositives: string[];
  falseNegatives: string[];
  wronglyAsserted: string[];
  /** Ended gold claims the system extracted as current (no end, no ended marker). */
  presentedAsCurrent: string[];
}

export const UNLABELLED = "unlabelled";

function key(c: { from: string; relation: string; to: string }, symmetric: Set<string>): string {
  const ends = symmetric.has(c.relation) ? [c.from, c.to].sort() : [c.from, c.to];
  return `${ends[0]} ${c.relation} ${ends[1]}`;
}

function bump(map: Map<string, Counts>, name: string, field: keyof Counts): void {
  const counts = map.get(name) ?? { tp: 0, fp: 0, fn: 0 };
  counts[field]++;
  map.set(name, counts);
}

function bumpKinds(map: Map<string, KindCounts>, kinds: string[] | undefined, field: keyof KindCounts): void {
  for (const kind of kinds?.length ? kinds : [UNLABELLED]) {
    const counts = map.get(kind) ?? { found: 0, missed: 0, right: 0, wrong: 0 };
    counts[field]++;
    map.set(kind, counts);
  }
}

/** A claim the system presents as over: its span has an end, or it is marked ended. */
function presentsAsEnded(claim: CandidateClaim): boolean {
  return claim.span?.end !== undefined || claim.ended === true;
}

/**
 * Scores one article: a system claim counts when it is asserted and at least `minConfidence`;
 * it is a true positive when a required (asserted, not optional) gold claim has the same ends and
 * relation (either way round for symmetric relations). A claim matching an optional gold claim is
 * neither a hit nor a false positive. A gold negated claim the system asserts is "wrongly
 * asserted". A false positive counts against the construction kinds the system itself reports
 * for the claim (`kinds`), or "unlabelled".
 */
export function scoreArticle(
  article: string,
  gold: GoldClaim[],
  system: CandidateClaim[],
  symmetric: Set<string>,
  minConfidence: number,
): Score {
  const required = new Map<string, GoldClaim>();
  const optional = new Set<string>();
  for (const g of gold.filter((g) => g.asserted)) {
    if (g.optional) optional.add(key(g, symmetric));
    else required.set(key(g, symmetric), g);
  }
  // A claim said twice, once as optional, is required.
  for (const k of required.keys()) optional.delete(k);
  const goldNegated = new Set(gold.filter((g) => !g.asserted).map((g) => key(g, symmetric)));
  const systemAsserted = new Map<string, CandidateClaim>();
  for (const c of system) {
    if (!c.asserted || c.confidence < minConfidence) continue;
    const k = key(c, symmetric);
    // Of two readings of one claim, the one presenting it as current decides the time check.
    const previous = systemAsserted.get(k);
    if (!previous || (presentsAsEnded(previous) && !presentsAsEnded(c))) systemAsserted.set(k, c);
  }
  const systemAnyAsserted = new Set(system.filter((c) => c.asserted).map((c) => key(c, symmetric)));
  const systemNegated = new Set(system.filter((c) => !c.asserted).map((c) => key(c, symmetric)));
  const byRelation = new Map<string, Counts>();
  const byKind = new Map<string, KindCounts>();
  const relationOf = (k: string) => k.split(" ")[1] ?? "";
  const falsePositives: string[] = [];
  const falseNegatives: string[] = [];
  const presentedAsCurrent: string[] = [];
  let optionalFound = 0;
  let endedFound = 0;
  for (const [k, claim] of systemAsserted) {
    const g = required.get(k);
    if (g) {
      bump(byRelation, relationOf(k), "tp");
      bumpKinds(byKind, g.kinds, "found");
      bumpKinds(byKind, claim.kinds, "right");
      if (g.ended) {
        endedFound++;
        if (!presentsAsEnded(claim)) presentedAsCurrent.push(k);
      }
    } else if (optional.has(k)) {
      optionalFound++;
      bumpKinds(byKind, claim.kinds, "right");
    } else {
      bump(byRelation, relationOf(k), "fp");
      bumpKinds(byKind, claim.kinds, "wrong");
      falsePositives.push(k);
    }
  }
  for (const [k, g] of required) {
    if (systemAsserted.has(k)) continue;
    bump(byRelation, relationOf(k), "fn");
    bumpKinds(byKind, g.kinds, "missed");
    falseNegatives.push(k);
  }
  const wronglyAsserted = [...goldNegated].filter((k) => systemAnyAsserted.has(k));
  return {
    article,
    byRelation,
    byKind,
    optionalGold: optional.size,
    optionalFound,
    endedFound,
    timeAspectErrors: presentedAsCurrent.length,
    negatedGold: goldNegated.size,
    negatedCaught: [...goldNegated].filter((k) => systemNegated.has(k)).length,
    negatedAsserted: wronglyAsserted.length,
    falsePositives,
    falseNegatives,
    wronglyAsserted,
    presentedAsCurrent,
  };
}

/** Adds maps of counters field by field. */
function sumCounts<T extends object>(maps: Map<string, T>[]): Map<string, T> {
  const out = new Map<string, T>();
  for (const map of maps) {
    for (const [name, c] of map) {
      const t = out.get(name);
      if (!t) {
        out.set(name, { ...c });
        continue;
      }
      const sum = { ...t } as Record<string, number>;
      for (const [field, value] of Object.entries(c)) sum[field] = (sum[field] ?? 0) + (value as number);
      out.set(name, sum as T);
    }
  }
  return out;
}

export function sumScores(scores: Score[]): Score {
  const total = (field: keyof Score) => scores.reduce((n, s) => n + (s[field] as number), 0);
  return {
    article: scores.map((s) => s.article).join(", "),
    byRelation: sumCounts(scores.map((s) => s.byRelation)),
    byKind: sumCounts(scores.map((s) => s.byKind)),
    optionalGold: total("optionalGold"),
    optionalFound: total("optionalFound"),
    endedFound: total("endedFound"),
    timeAspectErrors: total("timeAspectErrors"),
    negatedGold: total("negatedGold"),
    negatedCaught: total("negatedCaught"),
    negatedAsserted: total("negatedAsserted"),
    falsePositives: scores.flatMap((s) => s.falsePositives),
    falseNegatives: scores.flatMap((s) => s.falseNegatives),
    wronglyAsserted: scores.flatMap((s) => s.wronglyAsserted),
    presentedAsCurrent: scores.flatMap((s) => s.presentedAsCurrent),
  };
}

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f };
}

function table(heading: string, counts: Map<string, Counts>, withTotal: boolean): string {
  const rows = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b));
  const total = rows.reduce((t, [, c]) => ({ tp: t.tp + c.tp, fp: t.fp + c.fp, fn: t.fn + c.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  const line = (name: string, c: Counts) => {
    const { p, r, f } = prf(c);
    return `${name.padEnd(22)}${String(c.tp).padStart(4)}${String(c.fp).padStart(4)}${String(c.fn).padStart(4)}   ${p.toFixed(2)}  ${r.toFixed(2)}  ${f.toFixed(2)}`;
  };
  return [
    `${heading.padEnd(22)}  TP  FP  FN   P     R     F1`,
    ...rows.map(([name, c]) => line(name, c)),
    ...(withTotal ? [line("OVERALL", total)] : []),
  ].join("\n");
}

/** The per-relation table with its overall line. */
export function formatTable(score: Score): string {
  return table("relation", score.byRelation, true);
}

/**
 * The per-construction-kind table. Recall is over the required gold claims of the kind (a claim
 * counts once for each of its kinds, so rows do not add up); precision is over the claims the
 * extractor says it read through the kind. Unlabelled gold claims (older sets) and claims the
 * extractor gives no kind count as "unlabelled".
 */
export function formatKindTable(score: Score): string {
  const rows = [...score.byKind.entries()].sort(([a], [b]) => a.localeCompare(b));
  const ratio = (a: number, b: number) => (b === 0 ? "   - " : (a / b).toFixed(2).padStart(5));
  return [
    `${"construction kind".padEnd(20)} found missed    R  | right wrong    P`,
    ...rows.map(
      ([name, c]) =>
        `${name.padEnd(20)}${String(c.found).padStart(6)}${String(c.missed).padStart(7)} ${ratio(c.found, c.found + c.missed)}  |${String(c.right).padStart(6)}${String(c.wrong).padStart(6)} ${ratio(c.right, c.right + c.wrong)}`,
    ),
  ].join("\n");
}

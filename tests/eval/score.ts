import type { CandidateClaim } from "../../src/ingest/types";

export interface GoldClaim {
  from: string;
  relation: string;
  to: string;
  asserted: boolean;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  article: string;
  byRelation: Map<string, Counts>;
  negatedGold: number;
  negatedCaught: number;
  negatedAsserted: number;
  falsePositives: string[];
  falseNegatives: string[];
  wronglyAsserted: string[];
}

function key(c: { from: string; relation: string; to: string }, symmetric: Set<string>): string {
  const ends = symmetric.has(c.relation) ? [c.from, c.to].sort() : [c.from, c.to];
  return `${ends[0]} ${c.relation} ${ends[1]}`;
}

/**
 * Scores one article: a system claim counts when it is asserted and at least `minConfidence`;
 * it is a true positive when an asserted gold claim has the same ends and relation (either way
 * round for symmetric relations). A gold negated claim the system asserts is "wrongly asserted".
 */
export function scoreArticle(
  article: string,
  gold: GoldClaim[],
  system: CandidateClaim[],
  symmetric: Set<string>,
  minConfidence: number,
): Score {
  const goldAsserted = new Set(gold.filter((g) => g.asserted).map((g) => key(g, symmetric)));
  const goldNegated = new Set(gold.filter((g) => !g.asserted).map((g) => key(g, symmetric)));
  const systemAsserted = new Set(
    system.filter((c) => c.asserted && c.confidence >= minConfidence).map((c) => key(c, symmetric)),
  );
  const systemAnyAsserted = new Set(system.filter((c) => c.asserted).map((c) => key(c, symmetric)));
  const systemNegated = new Set(system.filter((c) => !c.asserted).map((c) => key(c, symmetric)));
  const byRelation = new Map<string, Counts>();
  const bump = (relation: string, field: keyof Counts) => {
    const counts = byRelation.get(relation) ?? { tp: 0, fp: 0, fn: 0 };
    counts[field]++;
    byRelation.set(relation, counts);
  };
  const relationOf = (k: string) => k.split(" ")[1] ?? "";
  const falsePositives: string[] = [];
  const falseNegatives: string[] = [];
  for (const k of systemAsserted) {
    if (goldAsserted.has(k)) bump(relationOf(k), "tp");
    else {
      bump(relationOf(k), "fp");
      falsePositives.push(k);
    }
  }
  for (const k of goldAsserted) {
    if (!systemAsserted.has(k)) {
      bump(relationOf(k), "fn");
      falseNegatives.push(k);
    }
  }
  const wronglyAsserted = [...goldNegated].filter((k) => systemAnyAsserted.has(k));
  return {
    article,
    byRelation,
    negatedGold: goldNegated.size,
    negatedCaught: [...goldNegated].filter((k) => systemNegated.has(k)).length,
    negatedAsserted: wronglyAsserted.length,
    falsePositives,
    falseNegatives,
    wronglyAsserted,
  };
}

export function sumScores(scores: Score[]): Score {
  const byRelation = new Map<string, Counts>();
  for (const s of scores) {
    for (const [relation, c] of s.byRelation) {
      const t = byRelation.get(relation) ?? { tp: 0, fp: 0, fn: 0 };
      byRelation.set(relation, { tp: t.tp + c.tp, fp: t.fp + c.fp, fn: t.fn + c.fn });
    }
  }
  return {
    article: scores.map((s) => s.article).join(", "),
    byRelation,
    negatedGold: scores.reduce((n, s) => n + s.negatedGold, 0),
    negatedCaught: scores.reduce((n, s) => n + s.negatedCaught, 0),
    negatedAsserted: scores.reduce((n, s) => n + s.negatedAsserted, 0),
    falsePositives: scores.flatMap((s) => s.falsePositives),
    falseNegatives: scores.flatMap((s) => s.falseNegatives),
    wronglyAsserted: scores.flatMap((s) => s.wronglyAsserted),
  };
}

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f };
}

export function formatTable(score: Score): string {
  const rows = [...score.byRelation.entries()].sort(([a], [b]) => a.localeCompare(b));
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
    `${"relation".padEnd(22)}  TP  FP  FN   P     R     F1`,
    ...rows.map(([name, c]) => line(name, c)),
    line("OVERALL", total),
  ].join("\n");
}

import type { CampResult } from "../analysis/camps";

/** The camps panel's figures, as `faultline camps` states them. */

/** The frustrated claims with an end in each camp (a claim across two camps counts for both). */
export function frustratedPerCamp(result: CampResult): Map<string, number> {
  const counts = new Map(result.camps.map((camp) => [camp.id, 0]));
  for (const claim of result.frustrated) {
    const camps = new Set([result.campOf[claim.from], result.campOf[claim.to]]);
    for (const camp of camps) if (camp != null) counts.set(camp, (counts.get(camp) ?? 0) + 1);
  }
  return counts;
}

export function balanceSummary(result: CampResult): string {
  const camps = `${result.camps.length} camp${result.camps.length === 1 ? "" : "s"}`;
  const bound = result.lowerBound === undefined ? "" : `, at least ${result.lowerBound} unavoidable`;
  return `${camps}; balance ${result.balance.toFixed(3)} (${result.frustratedWeight} of ${result.totalWeight} signed claims frustrated, ${result.method}${bound})`;
}

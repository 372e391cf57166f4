import { isTextSource } from "../model/evidence-kind";
import type { Dataset } from "../model/types";

/**
 * The figures that say how well a dataset is dated and sourced, as `faultline validate` prints
 * them: how many claims carry a date, how many sources each claim rests on, how many are disputed.
 */

export interface DatasetFigures {
  actors: number;
  /** Actors with a founded/dissolved date. */
  actorsWithSpan: number;
  claims: number;
  /** Claims with a start or an end. */
  datedClaims: number;
  disputedClaims: number;
  /** Distinct reference sources (url and licence) cited by at least one claim. */
  referencesCited: number;
  /** Distinct shipped texts cited by at least one claim. */
  textsCited: number;
  /** Claims whose evidence cites two or more distinct sources. */
  claimsWithTwoSources: number;
}

export function datasetFigures(dataset: Dataset): DatasetFigures {
  const cited = new Set<string>();
  let dated = 0;
  let disputed = 0;
  let twoSources = 0;
  for (const claim of dataset.claims) {
    if (claim.start !== undefined || claim.end !== undefined) dated++;
    if (claim.certainty === "disputed") disputed++;
    const sources = new Set(claim.evidence.map((e) => e.source));
    if (sources.size >= 2) twoSources++;
    for (const source of sources) cited.add(source);
  }
  let referencesCited = 0;
  let textsCited = 0;
  for (const source of dataset.sources) {
    if (!cited.has(source.id)) continue;
    if (isTextSource(source)) textsCited++;
    else referencesCited++;
  }
  return {
    actors: dataset.actors.length,
    actorsWithSpan: dataset.actors.filter((a) => a.start !== undefined || a.end !== undefined).length,
    claims: dataset.claims.length,
    datedClaims: dated,
    disputedClaims: disputed,
    referencesCited,
    textsCited,
    claimsWithTwoSources: twoSources,
  };
}

/** `part` of `whole` as a whole percentage ("85%"); "0%" of nothing. */
export function percent(part: number, whole: number): string {
  return `${whole === 0 ? 0 : Math.round((100 * part) / whole)}%`;
}

/** The figures as indented lines of text. */
export function figureLines(figures: DatasetFigures): string[] {
  const f = figures;
  return [
    `  actors: ${f.actors} (${f.actorsWithSpan} with a founded/dissolved date)`,
    `  claims: ${f.claims}, dated ${percent(f.datedClaims, f.claims)} (${f.datedClaims}), disputed ${f.disputedClaims}`,
    `  sources cited: ${f.referencesCited} distinct references, ${f.textsCited} shipped texts`,
    `  claims citing 2 or more distinct sources: ${percent(f.claimsWithTwoSources, f.claims)} (${f.claimsWithTwoSources})`,
  ];
}

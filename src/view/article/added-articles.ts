import { isQuoteEvidence } from "../../model/evidence-kind";
import type { Evidence, LoadedDataset } from "../../model/types";

/**
 * Which sources of a dataset shown are articles added in this browser (Add article), so the
 * details can say when an article's quote went into a claim that was there before rather than
 * into a new claim. Keyed by the dataset object: any other dataset shown has none.
 */
const articleSources = new WeakMap<LoadedDataset, ReadonlySet<string>>();

export function rememberArticleSources(loaded: LoadedDataset, sources: Iterable<string>): void {
  articleSources.set(loaded, new Set(sources));
}

/**
 * Whether `evidence` is an added article's quote merged into an existing claim: the claim had
 * evidence from other sources before it (`earlier`, the evidence listed before this one).
 */
export function isMergedArticleQuote(
  loaded: LoadedDataset,
  evidence: Evidence,
  earlier: readonly Evidence[],
): boolean {
  if (!isQuoteEvidence(evidence) || !(articleSources.get(loaded)?.has(evidence.source) ?? false))
    return false;
  return earlier.length > 0 && earlier.every((e) => e.source !== evidence.source);
}

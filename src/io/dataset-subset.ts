import { claimVisible, type GraphFilter, kindVisible } from "../model/filter";
import type { Dataset, LoadedDataset } from "../model/types";

/** Whether a filter restricts anything at all. */
export function filterIsActive(filter: GraphFilter | undefined): filter is GraphFilter {
  return (
    filter !== undefined &&
    (filter.relations !== undefined || filter.kinds !== undefined || filter.at !== undefined)
  );
}

/**
 * The part of a dataset a filter shows, with the same rules as the explorer: actors of hidden kinds
 * are dropped, isolated actors of visible kinds stay, a claim stays when `claimVisible` says so.
 * Sources no kept claim cites are dropped from a filtered subset; without a filter the dataset is
 * returned whole (unused sources included).
 */
export function datasetSubset(loaded: LoadedDataset, filter: GraphFilter | undefined): Dataset {
  const { dataset } = loaded;
  if (!filterIsActive(filter)) return dataset;
  const actors = dataset.actors.filter((a) => kindVisible(filter, a.kind));
  const kindOf = new Map(actors.map((a) => [a.id, a.kind]));
  const claims = dataset.claims.filter((claim) => {
    const fromKind = kindOf.get(claim.from);
    const toKind = kindOf.get(claim.to);
    return fromKind !== undefined && toKind !== undefined && claimVisible(filter, claim, fromKind, toKind);
  });
  const cited = new Set(claims.flatMap((c) => c.evidence.map((e) => e.source)));
  const subset: Dataset = {
    ...dataset,
    sources: dataset.sources.filter((s) => cited.has(s.id)),
    actors,
    claims,
  };
  if (dataset.layout !== undefined) {
    subset.layout = Object.fromEntries(Object.entries(dataset.layout).filter(([id]) => kindOf.has(id)));
  }
  return subset;
}

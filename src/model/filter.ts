import { spanContains } from "./dates";

/**
 * What part of the graph a view (or an export) shows. The same model drives the explorer's
 * reducers, the CLI's `--relations/--kinds/--at` and the GEXF subset export.
 * An omitted field means "no restriction".
 */
export interface GraphFilter {
  /** Relation kinds to keep. */
  relations?: readonly string[];
  /** Node kinds to keep; an edge is kept only when both its ends are. */
  kinds?: readonly string[];
  /** A day (YYYY-MM-DD, or a partial date meaning its first day): keep claims whose span contains it. */
  at?: string;
  /** With `at`: leave out claims with no date at all (by default an undated claim holds at every date). */
  datedOnly?: boolean;
}

export function kindVisible(filter: GraphFilter, kind: string): boolean {
  return filter.kinds === undefined || filter.kinds.includes(kind);
}

export function claimVisible(
  filter: GraphFilter,
  claim: { relation: string; start?: string | undefined; end?: string | undefined },
  fromKind: string,
  toKind: string,
): boolean {
  if (filter.relations !== undefined && !filter.relations.includes(claim.relation)) return false;
  if (!kindVisible(filter, fromKind) || !kindVisible(filter, toKind)) return false;
  if (filter.at !== undefined && !spanContains(claim, filter.at)) return false;
  if (
    filter.at !== undefined &&
    filter.datedOnly === true &&
    claim.start === undefined &&
    claim.end === undefined
  )
    return false;
  return true;
}

import type { GraphFilter } from "../model/filter";
import { ontologyIndex } from "../model/ontology-index";
import type { FaultlineGraph, Ontology } from "../model/types";
import { type ClaimRef, compareIds, pairKey, relationSigns, visibleClaims } from "./claims";
import type { Contradiction, ContradictionContext, ContradictionKind } from "./contradiction-context";
import { disputedClaims } from "./contradiction-disputed";
import { friendAndFoe, mutualReverse, rivalControl } from "./contradiction-pairs";
import { SpanCache } from "./span-cache";

export type { Contradiction, ContradictionKind } from "./contradiction-context";

export interface ContradictionOptions {
  filter?: GraphFilter;
  /** Relations one place can have only one holder of at a time. Default `["controls"]`. */
  exclusiveRelations?: readonly string[];
  /** Most opposite-sign claims listed against one disputed claim (those about both its actors first). Default 25. */
  maxOpposing?: number;
  /** Directed relations that cannot hold both ways at once. Default part-of, successor-of, located-in. */
  antisymmetricRelations?: readonly string[];
}

export const DEFAULT_EXCLUSIVE_RELATIONS: readonly string[] = ["controls"];
export const DEFAULT_ANTISYMMETRIC_RELATIONS: readonly string[] = ["part-of", "successor-of", "located-in"];

const KIND_ORDER: Record<ContradictionKind, number> = {
  "friend-and-foe": 0,
  "rival-control": 1,
  "mutual-reverse": 2,
  disputed: 3,
};

/**
 * Claims that cannot all be true at once, or that a source itself disputes:
 * - friend-and-foe: a friendly claim (sign +1) and a hostile one (-1) about the same two actors, overlapping in time;
 * - rival-control: two actors holding one place (an exclusive relation) at overlapping times, unless a
 *   handover explains the overlap (one holds it until the month, year or day the other takes it), or a
 *   friendly claim links them (allies and their components may hold a place together);
 * - mutual-reverse: A R B and B R A for an antisymmetric relation (part of each other), overlapping in time;
 * - disputed: each claim marked `disputed`, with the claims of opposite sign that share one of its actors
 *   (those about both of its actors first).
 * Sorted by kind, then by the claim ids involved.
 */
export function findContradictions(
  graph: FaultlineGraph,
  ontology: Ontology,
  options: ContradictionOptions = {},
): Contradiction[] {
  const ctx = contradictionContext(graph, ontology, visibleClaims(graph, options.filter ?? {}));
  const found = [
    ...friendAndFoe(ctx),
    ...rivalControl(ctx, new Set(options.exclusiveRelations ?? DEFAULT_EXCLUSIVE_RELATIONS)),
    ...mutualReverse(ctx, new Set(options.antisymmetricRelations ?? DEFAULT_ANTISYMMETRIC_RELATIONS)),
    ...disputedClaims(ctx, options.maxOpposing ?? 25),
  ];
  // Sort keys computed once: joining claim ids inside the comparator dominated on large graphs.
  const keyed = found.map((c) => ({ c, key: c.claims.map((x) => x.claim).join(",") }));
  keyed.sort((x, y) => KIND_ORDER[x.c.kind] - KIND_ORDER[y.c.kind] || compareIds(x.key, y.key));
  return keyed.map((k) => k.c);
}

function contradictionContext(
  graph: FaultlineGraph,
  ontology: Ontology,
  claims: readonly ClaimRef[],
): ContradictionContext {
  const label = (node: string) => graph.getNodeAttribute(node, "label");
  const relationLabel = ontologyIndex(ontology).relationLabel;
  const said = new Map<string, string>();
  const say = (c: ClaimRef) => {
    let text = said.get(c.claim);
    if (text === undefined) {
      text = `${label(c.from)} ${relationLabel(c.relation)} ${label(c.to)} (${c.claim})`;
      said.set(c.claim, text);
    }
    return text;
  };
  const byPair = new Map<string, ClaimRef[]>();
  for (const c of claims) {
    if (c.from === c.to) continue;
    const key = pairKey(c.from, c.to);
    const list = byPair.get(key);
    if (list === undefined) byPair.set(key, [c]);
    else list.push(c);
  }
  return { claims, signOf: relationSigns(ontology), spans: new SpanCache(), byPair, say, relationLabel };
}

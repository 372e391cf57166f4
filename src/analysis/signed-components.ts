import type { GraphFilter } from "../model/filter";
import type { FaultlineGraph, Ontology } from "../model/types";
import type { BalancePair, BalanceProblem } from "./balance-problem";
import { type ClaimRef, compareIds, pairKey, placeTest, relationSigns, visibleClaims } from "./claims";

/** One friendly (+1) or hostile (-1) claim between two actors, with its weight. */
export interface SignedClaim {
  ref: ClaimRef;
  sign: 1 | -1;
  weight: number;
}

/** A connected group of actors linked by signed claims, as a numbered problem for the solvers. */
export interface SignedComponent {
  /** Actor ids, strongest first (most signed weight, then id); index i is node i of `problem`. */
  nodes: string[];
  problem: BalanceProblem;
}

export interface SignedGraph {
  signed: SignedClaim[];
  /** Signed weight per actor: who leads a camp. */
  strength: Map<string, number>;
  components: SignedComponent[];
}

/**
 * The signed claims visible under the filter (places and neutral relations left out) and the
 * connected components they form, each component's pairs summed into friendly and hostile weight.
 */
export function signedGraph(
  graph: FaultlineGraph,
  ontology: Ontology,
  filter: GraphFilter,
  weightOf: (claim: ClaimRef) => number,
): SignedGraph {
  const signOf = relationSigns(ontology);
  const isPlace = placeTest(ontology);
  // Plain maps rather than a graphology graph here: this sweep is the hot part on large datasets.
  const signed: SignedClaim[] = [];
  const strength = new Map<string, number>();
  const pairs = new Map<string, { a: string; b: string; positive: number; negative: number }>();
  for (const ref of visibleClaims(graph, filter)) {
    const sign = signOf(ref.relation);
    if (sign === 0 || ref.from === ref.to) continue;
    if (
      isPlace(graph.getNodeAttribute(ref.from, "kind")) ||
      isPlace(graph.getNodeAttribute(ref.to, "kind"))
    ) {
      continue;
    }
    const weight = weightOf(ref);
    if (!(weight > 0)) continue;
    signed.push({ ref, sign, weight });
    strength.set(ref.from, (strength.get(ref.from) ?? 0) + weight);
    strength.set(ref.to, (strength.get(ref.to) ?? 0) + weight);
    const key = pairKey(ref.from, ref.to);
    let totals = pairs.get(key);
    if (totals === undefined) {
      totals = { a: ref.from, b: ref.to, positive: 0, negative: 0 };
      pairs.set(key, totals);
    }
    if (sign > 0) totals.positive += weight;
    else totals.negative += weight;
  }
  return { signed, strength, components: components(strength, [...pairs.values()]) };
}

function components(
  strength: Map<string, number>,
  pairs: { a: string; b: string; positive: number; negative: number }[],
): SignedComponent[] {
  const byStrength = (a: string, b: string) => strength.get(b)! - strength.get(a)! || compareIds(a, b);
  const parent = new Map<string, string>();
  const root = (node: string): string => {
    let r = node;
    while (parent.get(r) !== r) r = parent.get(r)!;
    for (let n = node; n !== r; ) {
      const next = parent.get(n)!;
      parent.set(n, r);
      n = next;
    }
    return r;
  };
  for (const node of strength.keys()) parent.set(node, node);
  for (const { a, b } of pairs) {
    const ra = root(a);
    const rb = root(b);
    if (ra !== rb) parent.set(ra, rb);
  }
  const byRoot = new Map<string, string[]>();
  for (const node of [...strength.keys()].sort(byStrength)) {
    const r = root(node);
    const list = byRoot.get(r);
    if (list === undefined) byRoot.set(r, [node]);
    else list.push(node);
  }
  // Map order is first insertion: components come in the order of their strongest member.
  const list = [...byRoot.values()];
  const componentOf = new Map<string, number>();
  const indexIn = new Map<string, number>();
  list.forEach((nodes, c) => {
    nodes.forEach((node, i) => {
      componentOf.set(node, c);
      indexIn.set(node, i);
    });
  });
  const componentPairs: BalancePair[][] = list.map(() => []);
  for (const { a, b, positive, negative } of pairs) {
    componentPairs[componentOf.get(a)!]!.push({ a: indexIn.get(a)!, b: indexIn.get(b)!, positive, negative });
  }
  return list.map((nodes, c) => ({ nodes, problem: { size: nodes.length, pairs: componentPairs[c]! } }));
}

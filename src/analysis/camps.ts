import type { GraphFilter } from "../model/filter";
import type { Evidence, FaultlineGraph, Ontology } from "../model/types";
import { solveBalanceExact } from "./balance-exact";
import { frustrationLowerBound, solveBalanceHeuristic } from "./balance-heuristic";
import type { BalancePair, BalanceProblem } from "./balance-problem";
import { type ClaimRef, compareIds, pairKey, placeTest, relationSigns, visibleClaims } from "./claims";

export interface CampOptions {
  /** Only claims whose span contains this day (shorthand for `filter.at`). */
  at?: string;
  filter?: GraphFilter;
  /** Components up to this many actors are solved exactly; larger ones by the heuristic. Default 20. */
  exactLimit?: number;
  /** Seed of the heuristic's restarts. Default 1. */
  seed?: number;
  /** Compute `lowerBound` for heuristic results (default true; skip it when only the camps matter). */
  lowerBound?: boolean;
  /** Weight of one claim; default 1 for every claim. */
  weight?: (claim: ClaimRef) => number;
}

export interface Camp {
  /** "camp-1" is the largest camp; ties go to the camp whose leader's id sorts first. */
  id: string;
  /** Its member with the most signed claims (ties: lowest id). */
  leader: string;
  /** "Assad government camp". */
  label: string;
  members: string[];
}

export interface FrustratedClaim {
  claim: string;
  from: string;
  to: string;
  relation: string;
  sign: 1 | -1;
  evidence: Evidence[];
}

export interface CampResult {
  camps: Camp[];
  /** Every non-place actor: its camp id, or null when no friendly or hostile claim links it. */
  campOf: Record<string, string | null>;
  /** Friendly claims across camps and hostile claims within one, by claim id. */
  frustrated: FrustratedClaim[];
  frustratedWeight: number;
  totalWeight: number;
  /** 1 - frustratedWeight / totalWeight (1 when nothing is signed). */
  balance: number;
  /** 'exact' when every component was solved exactly. */
  method: "exact" | "heuristic";
  /** With the heuristic: a proven lower bound on the least frustrated weight. */
  lowerBound?: number;
}

interface PairTotals {
  a: string;
  b: string;
  positive: number;
  negative: number;
}

/**
 * Splits the actors into camps by structural balance: friendly claims (sign +1 in the ontology)
 * should join two actors, hostile ones (-1) separate them. Each connected component of the signed
 * graph is split in two so that the weight of claims breaking that rule is least. Places and
 * neutral relations are ignored.
 */
export function camps(graph: FaultlineGraph, ontology: Ontology, options: CampOptions = {}): CampResult {
  const signOf = relationSigns(ontology);
  const isPlace = placeTest(ontology);
  const weightOf = options.weight ?? (() => 1);
  const filter: GraphFilter =
    options.at === undefined ? (options.filter ?? {}) : { ...options.filter, at: options.at };

  // Plain maps rather than a graphology graph here: this sweep is the hot part on large datasets.
  const signed: { ref: ClaimRef; sign: 1 | -1; weight: number }[] = [];
  const strength = new Map<string, number>();
  const pairs = new Map<string, PairTotals>();
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

  // Components (union-find over the pairs), each listed leader-first: most signed weight, then id.
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
  for (const { a, b } of pairs.values()) {
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
  const componentNodes = [...byRoot.values()];

  const exactLimit = options.exactLimit ?? 20;
  let method: CampResult["method"] = "exact";
  let lowerBound = 0;
  const sides: { members: string[] }[] = [];
  const sideOf = new Map<string, number>();
  const componentOf = new Map<string, number>();
  const indexIn = new Map<string, number>();
  componentNodes.forEach((nodes, c) => {
    nodes.forEach((node, i) => {
      componentOf.set(node, c);
      indexIn.set(node, i);
    });
  });
  const componentPairs: BalancePair[][] = componentNodes.map(() => []);
  for (const { a, b, positive, negative } of pairs.values()) {
    componentPairs[componentOf.get(a)!]!.push({ a: indexIn.get(a)!, b: indexIn.get(b)!, positive, negative });
  }
  for (const [c, nodes] of componentNodes.entries()) {
    const problemPairs = componentPairs[c]!;
    const problem: BalanceProblem = { size: nodes.length, pairs: problemPairs };
    const small = nodes.length <= exactLimit;
    // For the exact search one improved start is enough: it only seeds the bound.
    const heuristic = solveBalanceHeuristic(problem, {
      seed: options.seed ?? 1,
      ...(small ? { restarts: 1 } : {}),
    });
    let solution = heuristic;
    if (small) {
      solution = solveBalanceExact(problem, heuristic);
      lowerBound += solution.frustration;
    } else {
      method = "heuristic";
      if (options.lowerBound !== false) lowerBound += frustrationLowerBound(problem);
    }
    const first = sides.length;
    sides.push({ members: [] }, { members: [] });
    nodes.forEach((node, i) => {
      const side = first + solution.sides[i]!;
      sides[side]!.members.push(node);
      sideOf.set(node, side);
    });
  }

  const named = sides
    .filter((side) => side.members.length > 0)
    .map((side) => ({
      members: [...side.members].sort(compareIds),
      leader: [...side.members].sort(byStrength)[0]!,
    }))
    .sort((a, b) => b.members.length - a.members.length || compareIds(a.leader, b.leader));
  const campList: Camp[] = named.map((side, i) => ({
    id: `camp-${i + 1}`,
    leader: side.leader,
    label: `${graph.getNodeAttribute(side.leader, "label")} camp`,
    members: side.members,
  }));
  const campOf: Record<string, string | null> = {};
  for (const node of [...graph.nodes()].sort(compareIds)) {
    if (!isPlace(graph.getNodeAttribute(node, "kind"))) campOf[node] = null;
  }
  for (const camp of campList) for (const member of camp.members) campOf[member] = camp.id;

  const frustrated: FrustratedClaim[] = [];
  let frustratedWeight = 0;
  let totalWeight = 0;
  for (const { ref, sign, weight } of signed) {
    totalWeight += weight;
    const same = sideOf.get(ref.from) === sideOf.get(ref.to);
    if ((sign > 0 && !same) || (sign < 0 && same)) {
      frustratedWeight += weight;
      frustrated.push({
        claim: ref.claim,
        from: ref.from,
        to: ref.to,
        relation: ref.relation,
        sign,
        evidence: ref.evidence,
      });
    }
  }
  const result: CampResult = {
    camps: campList,
    campOf,
    frustrated,
    frustratedWeight,
    totalWeight,
    balance: totalWeight === 0 ? 1 : 1 - frustratedWeight / totalWeight,
    method,
  };
  if (method === "heuristic" && options.lowerBound !== false) result.lowerBound = lowerBound;
  return result;
}

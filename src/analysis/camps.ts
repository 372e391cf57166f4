import type { GraphFilter } from "../model/filter";
import type { Evidence, FaultlineGraph, Ontology } from "../model/types";
import { type CampBasis, campBases, campCaveats } from "./camp-basis";
import { type ComponentSplit, splitComponent } from "./camp-split";
import { type ClaimRef, compareIds, placeTest } from "./claims";
import { type SignedClaim, signedGraph } from "./signed-components";

export interface CampOptions {
  /** Only claims whose span contains this day (shorthand for `filter.at`). */
  at?: string;
  filter?: GraphFilter;
  /** Split each component into at most this many sides (2 = classic structural balance). Default: chosen. */
  sides?: number;
  /** Most sides a component may get when the number is chosen. Default 8. */
  maxSides?: number;
  /** An extra side must save at least this much frustrated weight to be used. Default 1 (one claim). */
  minSaving?: number;
  /** Components up to this many actors are searched exhaustively. Default 16 (20 with `sides: 2`). */
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
  /** The claims and sources its membership rests on. */
  basis: CampBasis;
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
  /** Every non-place actor: its camp id, or null when it is in no camp (unlinked, or alone). */
  campOf: Record<string, string | null>;
  /** Actors with hostile claims only on this date: no friendly tie puts them in any camp. */
  alone: string[];
  /** Friendly claims across camps and hostile claims within one, by claim id. */
  frustrated: FrustratedClaim[];
  frustratedWeight: number;
  totalWeight: number;
  /** 1 - frustratedWeight / totalWeight (1 when nothing is signed). */
  balance: number;
  /** 'exact' when every component's split is proven least-frustrated for its number of sides. */
  method: "exact" | "heuristic";
  /** With the heuristic: a proven lower bound on the least frustrated weight of any split. */
  lowerBound?: number;
  /** How each connected component was split: what each extra side saved. */
  components: Omit<ComponentSplit, "assignment">[];
  /** In words: where the split rests on few claims or few sources. */
  caveats: string[];
}

/**
 * Splits the actors into camps: friendly claims (sign +1 in the ontology) should join two actors,
 * hostile ones (-1) separate them. Each connected component of the signed graph is split into the
 * number of sides that pays for itself (weak balance: an extra side is used only when it frees at
 * least `minSaving` of frustrated weight), or into exactly `sides`. Within a side, only actors linked
 * by friendly claims form a camp; an actor with hostile claims only stands alone rather than being
 * counted in a camp it has no friendly tie to. Places and neutral relations are ignored.
 */
export function camps(graph: FaultlineGraph, ontology: Ontology, options: CampOptions = {}): CampResult {
  const isPlace = placeTest(ontology);
  const filter: GraphFilter =
    options.at === undefined ? (options.filter ?? {}) : { ...options.filter, at: options.at };
  const { signed, strength, components } = signedGraph(graph, ontology, filter, options.weight ?? (() => 1));
  const classic = options.sides === 2;
  const splitOptions = {
    maxSides: options.maxSides ?? 8,
    ...(options.sides === undefined ? {} : { fixedSides: options.sides }),
    minSaving: options.minSaving ?? 1,
    exactLimit: options.exactLimit ?? (classic ? 20 : 16),
    seed: options.seed ?? 1,
    lowerBound: options.lowerBound !== false,
  };
  const groups: string[][] = [];
  const alone: string[] = [];
  const splits = components.map(({ nodes, problem }) => {
    const split = splitComponent(problem, splitOptions);
    const bySide = new Map<number, number[]>();
    split.assignment.forEach((side, i) => {
      const members = bySide.get(side);
      if (members === undefined) bySide.set(side, [i]);
      else members.push(i);
    });
    for (const members of bySide.values()) {
      if (classic) {
        groups.push(members.map((i) => nodes[i]!));
        continue;
      }
      // A camp is held together by friendly claims: a side's parts with no friendly claim between
      // them are separate camps (separating them frees hostile claims and breaks no friendly one),
      // and a member with no friendly claim inside its side stands alone.
      for (const part of friendlyParts(problem.pairs, members)) {
        if (part.length === 1) alone.push(nodes[part[0]!]!);
        else groups.push(part.map((i) => nodes[i]!));
      }
    }
    const { assignment: _, ...summary } = split;
    return summary;
  });
  const byStrength = (a: string, b: string) => strength.get(b)! - strength.get(a)! || compareIds(a, b);
  const named = groups
    .map((members) => ({ members: [...members].sort(compareIds), leader: [...members].sort(byStrength)[0]! }))
    .sort((a, b) => b.members.length - a.members.length || compareIds(a.leader, b.leader));
  const campOf: Record<string, string | null> = {};
  for (const node of [...graph.nodes()].sort(compareIds)) {
    if (!isPlace(graph.getNodeAttribute(node, "kind"))) campOf[node] = null;
  }
  named.forEach((side, i) => {
    for (const member of side.members) campOf[member] = `camp-${i + 1}`;
  });
  const bases = campBases(signed, (actor) => campOf[actor] ?? null);
  const campList: Camp[] = named.map((side, i) => ({
    id: `camp-${i + 1}`,
    leader: side.leader,
    label: `${graph.getNodeAttribute(side.leader, "label")} camp`,
    members: side.members,
    basis: bases.get(`camp-${i + 1}`) ?? { friendlyClaims: 0, hostileClaims: 0, sources: 0 },
  }));
  alone.sort(compareIds);
  return assemble(graph, signed, campList, campOf, alone, splits);
}

/** The members of one side grouped by friendly links between them (connected parts). */
function friendlyParts(
  pairs: readonly { a: number; b: number; positive: number }[],
  members: readonly number[],
): number[][] {
  const inside = new Set(members);
  const friends = new Map<number, number[]>(members.map((m) => [m, []]));
  for (const p of pairs) {
    if (p.positive > 0 && inside.has(p.a) && inside.has(p.b)) {
      friends.get(p.a)!.push(p.b);
      friends.get(p.b)!.push(p.a);
    }
  }
  const seen = new Set<number>();
  const parts: number[][] = [];
  for (const start of members) {
    if (seen.has(start)) continue;
    seen.add(start);
    const part = [start];
    for (let head = 0; head < part.length; head++) {
      for (const other of friends.get(part[head]!)!) {
        if (!seen.has(other)) {
          seen.add(other);
          part.push(other);
        }
      }
    }
    parts.push(part);
  }
  return parts;
}

function assemble(
  graph: FaultlineGraph,
  signed: readonly SignedClaim[],
  campList: Camp[],
  campOf: Record<string, string | null>,
  alone: string[],
  splits: Omit<ComponentSplit, "assignment">[],
): CampResult {
  const frustrated: FrustratedClaim[] = [];
  let frustratedWeight = 0;
  let totalWeight = 0;
  for (const { ref, sign, weight } of signed) {
    totalWeight += weight;
    const a = campOf[ref.from] ?? `alone:${ref.from}`;
    const b = campOf[ref.to] ?? `alone:${ref.to}`;
    if ((sign > 0 && a !== b) || (sign < 0 && a === b)) {
      frustratedWeight += weight;
      const { claim, from, to, relation, evidence } = ref;
      frustrated.push({ claim, from, to, relation, sign, evidence });
    }
  }
  const exact = splits.every((s) => s.exact);
  const nameOf = (actor: string) => graph.getNodeAttribute(actor, "label");
  const result: CampResult = {
    camps: campList,
    campOf,
    alone,
    frustrated,
    frustratedWeight,
    totalWeight,
    balance: totalWeight === 0 ? 1 : 1 - frustratedWeight / totalWeight,
    method: exact ? "exact" : "heuristic",
    components: splits,
    caveats: campCaveats(campList, alone, signed, nameOf),
  };
  if (!exact && splits.every((s) => s.lowerBound !== undefined)) {
    result.lowerBound = splits.reduce((t, s) => t + s.lowerBound!, 0);
  }
  return result;
}

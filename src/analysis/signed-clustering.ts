import { mulberry32 } from "../model/random";
import { solveBalanceHeuristic } from "./balance-heuristic";
import { adjacency, type BalancePair, type BalanceProblem, frustrationOf, pairCost } from "./balance-problem";

/**
 * Signed clustering (correlation clustering with at most k sides): split the nodes of one
 * component into at most k sides so that the hostile weight inside a side plus the friendly weight
 * across sides is least. With k = 2 this is structural balance; with more sides it is weak balance,
 * where enemies of enemies need not be friends — what a war with more than two parties needs.
 *
 * A solution's `sides` gives each node a side index 0..k-1, numbered by first appearance in node
 * order so that equal partitions compare equal.
 */
export interface ClusteringSolution {
  sides: number[];
  frustration: number;
}

export interface ClusteringOptions {
  /** Seed of the random restarts. Default 1. */
  seed?: number;
  /** Number of starts: the first orders nodes by weight, the rest are seeded shuffles. */
  restarts?: number;
}

type Links = { other: number; pair: BalancePair }[][];

/** Side labels renumbered by first appearance, so the same partition always reads the same. */
export function canonicalSides(sides: readonly number[]): number[] {
  const rename = new Map<number, number>();
  return sides.map((s) => {
    let r = rename.get(s);
    if (r === undefined) {
      r = rename.size;
      rename.set(s, r);
    }
    return r;
  });
}

/**
 * The best split found for every number of sides from 1 to `maxSides`: entry k-1 is the best
 * split into at most k sides. Local search from several starts finds a split into at most
 * `maxSides` sides, then splits a side in two wherever that frees frustrated claims (single-node
 * moves cannot pull a whole group out of a side it shares with its enemies) and moves whole groups of
 * friends from one side to another where that pays; fewer sides come from merging the two sides whose merge costs least, each
 * merge improved by local search again. Entries never increase with k (a split into fewer sides
 * is also a split into more).
 */
export function solveSidesHeuristic(
  problem: BalanceProblem,
  maxSides: number,
  options: ClusteringOptions = {},
): ClusteringSolution[] {
  const n = problem.size;
  const links = adjacency(problem);
  const random = mulberry32(options.seed ?? 1);
  const work = n + problem.pairs.length;
  const restarts = Math.max(1, options.restarts ?? Math.min(16, Math.max(1, Math.round(50_000 / work))));
  const weightOrder = [...Array(n).keys()].sort((a, b) => strength(links, b) - strength(links, a) || a - b);

  let best: number[] | undefined;
  let bestCost = Number.POSITIVE_INFINITY;
  for (let start = 0; start < restarts; start++) {
    const order = start === 0 ? weightOrder : shuffled(weightOrder, random);
    const sides = greedyStart(order, links, maxSides);
    improve(sides, links, maxSides);
    splitWhileItPays(sides, problem, links, maxSides, options.seed ?? 1);
    moveBlocksWhileItPays(sides, links, maxSides);
    const cost = frustrationOf(problem, sides);
    if (cost < bestCost - 1e-9) {
      best = sides;
      bestCost = cost;
    }
  }

  const bySides: ClusteringSolution[] = new Array(maxSides);
  let current = best ?? new Array<number>(n).fill(0);
  for (let k = maxSides; k >= 1; k--) {
    while (countSides(current) > k) current = mergeCheapest(current, problem);
    improve(current, links, k);
    moveBlocksWhileItPays(current, links, k);
    bySides[k - 1] = { sides: canonicalSides(current), frustration: frustrationOf(problem, current) };
    current = [...current];
  }
  for (let k = 1; k < maxSides; k++) {
    if (bySides[k]!.frustration > bySides[k - 1]!.frustration) bySides[k] = bySides[k - 1]!;
  }
  return bySides;
}

function strength(links: Links, node: number): number {
  let total = 0;
  for (const { pair } of links[node]!) total += pair.positive + pair.negative;
  return total;
}

function shuffled(order: readonly number[], random: () => number): number[] {
  const copy = [...order];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function countSides(sides: readonly number[]): number {
  return new Set(sides).size;
}

/**
 * Friendly and hostile weight from one node to each side, over its placed neighbours, in arrays
 * reused across nodes (side labels stay below the most sides asked for). Cost of putting the node
 * in side s = hostile[s] + (all friendly weight placed - friendly[s]).
 */
interface SideWeights {
  friendly: Float64Array;
  hostile: Float64Array;
  friendlyPlaced: number;
}

function weightsBySide(node: number, links: Links, sides: readonly number[], into: SideWeights): SideWeights {
  into.friendly.fill(0);
  into.hostile.fill(0);
  into.friendlyPlaced = 0;
  for (const { other, pair } of links[node]!) {
    const side = sides[other]!;
    if (side < 0 || other === node) continue;
    into.friendly[side]! += pair.positive;
    into.hostile[side]! += pair.negative;
    into.friendlyPlaced += pair.positive;
  }
  return into;
}

/** The side (in use, or a new one while fewer than `maxSides` are used) where the node costs least. */
function cheapestSide(weights: SideWeights, inUse: readonly boolean[], maxSides: number) {
  let bestSide = -1;
  let bestCost = Number.POSITIVE_INFINITY;
  let used = 0;
  let free = -1;
  for (let side = 0; side < inUse.length; side++) {
    if (!inUse[side]) {
      if (free < 0) free = side;
      continue;
    }
    used++;
    const cost = weights.hostile[side]! + weights.friendlyPlaced - weights.friendly[side]!;
    if (cost < bestCost - 1e-9) {
      bestCost = cost;
      bestSide = side;
    }
  }
  if (used < maxSides && free >= 0 && weights.friendlyPlaced < bestCost - 1e-9) {
    bestCost = weights.friendlyPlaced;
    bestSide = free;
  }
  return { side: bestSide, cost: bestCost };
}

function scratch(labels: number): SideWeights {
  return { friendly: new Float64Array(labels), hostile: new Float64Array(labels), friendlyPlaced: 0 };
}

function usedSides(sides: readonly number[]): number[] {
  return [...new Set(sides)].filter((s) => s >= 0).sort((a, b) => a - b);
}

function greedyStart(order: readonly number[], links: Links, maxSides: number): number[] {
  const sides = new Array<number>(order.length).fill(-1);
  const inUse = new Array<boolean>(maxSides).fill(false);
  const weights = scratch(maxSides);
  for (const node of order) {
    const { side } = cheapestSide(weightsBySide(node, links, sides, weights), inUse, maxSides);
    const chosen = Math.max(side, 0);
    sides[node] = chosen;
    inUse[chosen] = true;
  }
  return sides;
}

/** Moves single nodes to their cheapest side while that lowers the frustration (in place). */
function improve(sides: number[], links: Links, maxSides: number): void {
  // Side sizes kept as counts: which sides are in use must not cost a sweep over all nodes.
  const labels = sides.reduce((m, s) => Math.max(m, s + 1), maxSides);
  const size = new Array<number>(labels).fill(0);
  for (const side of sides) size[side]!++;
  const inUse = size.map((count) => count > 0);
  const weights = scratch(labels);
  for (let pass = 0; pass < 50; pass++) {
    let moved = false;
    for (let node = 0; node < sides.length; node++) {
      const current = sides[node]!;
      weightsBySide(node, links, sides, weights);
      const stay = weights.hostile[current]! + weights.friendlyPlaced - weights.friendly[current]!;
      if (--size[current]! === 0) inUse[current] = false;
      const { side, cost } = cheapestSide(weights, inUse, maxSides);
      const next = side >= 0 && cost < stay - 1e-9 ? side : current;
      if (next !== current) moved = true;
      sides[node] = next;
      size[next]!++;
      inUse[next] = true;
    }
    if (!moved) return;
  }
}

/**
 * Splits sides in two (structural balance inside the side) while a free side is left and the
 * split lowers the frustration; each split is followed by local search (in place).
 */
function splitWhileItPays(
  sides: number[],
  problem: BalanceProblem,
  links: Links,
  maxSides: number,
  seed: number,
): void {
  for (let round = 0; round < maxSides; round++) {
    const used = usedSides(sides);
    if (used.length >= maxSides) return;
    let applied = false;
    for (const side of used) {
      const members = sides.flatMap((s, node) => (s === side ? [node] : []));
      if (members.length < 2) continue;
      const index = new Map(members.map((node, i) => [node, i]));
      const inner = problem.pairs.flatMap((p) => {
        const a = index.get(p.a);
        const b = index.get(p.b);
        return a === undefined || b === undefined
          ? []
          : [{ a, b, positive: p.positive, negative: p.negative }];
      });
      const before = inner.reduce((t, p) => t + p.negative, 0);
      const halves = solveBalanceHeuristic({ size: members.length, pairs: inner }, { seed, restarts: 2 });
      if (halves.frustration < before - 1e-9) {
        const free = firstFreeLabel(used);
        members.forEach((node, i) => {
          if (halves.sides[i] === 1) sides[node] = free;
        });
        improve(sides, links, maxSides);
        applied = true;
        break;
      }
    }
    if (!applied) return;
  }
}

/**
 * Moves whole groups of friends (the parts of a side held together by friendly links) to another
 * side, or to a free one, while that lowers the frustration; local search follows each round.
 */
function moveBlocksWhileItPays(sides: number[], links: Links, maxSides: number): void {
  for (let round = 0; round < 8; round++) {
    let moved = false;
    // One free side is offered per round; blocks may share it (their costs are computed against
    // the sides as they are at that moment, so no more than one new side appears per round).
    const used = usedSides(sides);
    const targets = used.length < maxSides ? [...used, firstFreeLabel(used)] : used;
    const sideSize = new Map<number, number>();
    for (const side of sides) sideSize.set(side, (sideSize.get(side) ?? 0) + 1);
    for (const block of friendlyBlocks(sides, links)) {
      // A block that is its whole side would only be merged or renamed: the merge step does that.
      if (block.length === sideSize.get(sides[block[0]!]!)) continue;
      const inBlock = new Set(block);
      const from = sides[block[0]!]!;
      // Cost change of moving the block to each side: only links leaving the block change.
      let best = from;
      let bestDelta = -1e-9;
      for (const to of targets) {
        if (to === from) continue;
        let delta = 0;
        for (const node of block) {
          for (const { other, pair } of links[node]!) {
            if (inBlock.has(other)) continue;
            const side = sides[other]!;
            delta += pairCost(pair, side === to) - pairCost(pair, side === from);
          }
        }
        if (delta < bestDelta) {
          bestDelta = delta;
          best = to;
        }
      }
      if (best !== from) {
        for (const node of block) sides[node] = best;
        moved = true;
      }
    }
    if (!moved) return;
    improve(sides, links, maxSides);
  }
}

/** The groups of nodes on one side linked by friendly links, largest first (single nodes left out). */
function friendlyBlocks(sides: readonly number[], links: Links): number[][] {
  const seen = new Uint8Array(sides.length);
  const blocks: number[][] = [];
  for (let start = 0; start < sides.length; start++) {
    if (seen[start]) continue;
    seen[start] = 1;
    const block = [start];
    for (let head = 0; head < block.length; head++) {
      for (const { other, pair } of links[block[head]!]!) {
        if (!seen[other] && pair.positive > pair.negative && sides[other] === sides[start]) {
          seen[other] = 1;
          block.push(other);
        }
      }
    }
    if (block.length > 1) blocks.push(block);
  }
  return blocks.sort((a, b) => b.length - a.length);
}

function firstFreeLabel(used: readonly number[]): number {
  const taken = new Set(used);
  let label = 0;
  while (taken.has(label)) label++;
  return label;
}

/** Merges the two sides whose merge raises the frustration least (or lowers it most). */
function mergeCheapest(sides: readonly number[], problem: BalanceProblem): number[] {
  const between = new Map<string, number>();
  for (const pair of problem.pairs) {
    const a = sides[pair.a]!;
    const b = sides[pair.b]!;
    if (a === b) continue;
    const key = a < b ? `${a},${b}` : `${b},${a}`;
    // Merging turns friendly weight across into satisfied, hostile weight across into frustrated.
    between.set(key, (between.get(key) ?? 0) + pair.negative - pair.positive);
  }
  const used = usedSides(sides);
  let keep = used[0]!;
  let drop = used[1]!;
  let bestDelta = Number.POSITIVE_INFINITY;
  for (let i = 0; i < used.length; i++) {
    for (let j = i + 1; j < used.length; j++) {
      const delta = between.get(`${used[i]},${used[j]}`) ?? 0;
      if (delta < bestDelta - 1e-9) {
        bestDelta = delta;
        keep = used[i]!;
        drop = used[j]!;
      }
    }
  }
  return sides.map((s) => (s === drop ? keep : s));
}

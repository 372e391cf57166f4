import {
  adjacency,
  type BalanceProblem,
  type BalanceSolution,
  canonical,
  frustrationOf,
  pairCost,
} from "./balance-problem";

export interface HeuristicOptions {
  /** Seed of the random restarts; the same seed gives the same answer. Default 1. */
  seed?: number;
  /** Number of starts (the first is the sign-propagating spanning tree, the rest random). Default 24. */
  restarts?: number;
}

/**
 * Minimum-frustration 2-colouring for components too big for the exact search. Each start is
 * improved by Kernighan-Lin style passes: flip the node with the best gain (even a losing one),
 * lock it, repeat until all nodes are locked, then keep the best prefix of that flip sequence;
 * passes repeat while they improve. The first start propagates signs along a BFS tree (friends
 * beside, enemies opposite), which is already optimal on a balanced graph; the other starts are
 * seeded random colourings. The best of all starts wins (earliest on ties).
 */
export function solveBalanceHeuristic(
  problem: BalanceProblem,
  options: HeuristicOptions = {},
): BalanceSolution {
  const n = problem.size;
  if (n === 0) return { sides: [], frustration: 0 };
  const neighbours = adjacency(problem);
  const random = mulberry32(options.seed ?? 1);
  const restarts = Math.max(1, options.restarts ?? 24);
  let best: BalanceSolution | undefined;
  for (let start = 0; start < restarts; start++) {
    const sides =
      start === 0 ? treeColouring(n, neighbours) : Array.from({ length: n }, () => (random() < 0.5 ? 0 : 1));
    improve(sides, neighbours);
    const frustration = frustrationOf(problem, sides);
    if (best === undefined || frustration < best.frustration - 1e-9)
      best = { sides: canonical(sides), frustration };
  }
  return best!;
}

/** Gain in frustration from flipping `node` (positive = the flip helps). */
function flipGain(node: number, sides: number[], neighbours: ReturnType<typeof adjacency>): number {
  let gain = 0;
  for (const { other, pair } of neighbours[node]!) {
    const same = sides[node] === sides[other];
    gain += pairCost(pair, same) - pairCost(pair, !same);
  }
  return gain;
}

function improve(sides: number[], neighbours: ReturnType<typeof adjacency>): void {
  const n = sides.length;
  for (let pass = 0; pass < 100; pass++) {
    const locked = new Array<boolean>(n).fill(false);
    const flips: number[] = [];
    let running = 0;
    let bestTotal = 0;
    let bestLength = 0;
    for (let step = 0; step < n; step++) {
      let chosen = -1;
      let chosenGain = Number.NEGATIVE_INFINITY;
      for (let node = 0; node < n; node++) {
        if (locked[node]) continue;
        const gain = flipGain(node, sides, neighbours);
        if (gain > chosenGain + 1e-12) {
          chosen = node;
          chosenGain = gain;
        }
      }
      sides[chosen] = 1 - sides[chosen]!;
      locked[chosen] = true;
      flips.push(chosen);
      running += chosenGain;
      if (running > bestTotal + 1e-9) {
        bestTotal = running;
        bestLength = flips.length;
      }
    }
    // Undo the flips past the best prefix.
    for (let i = flips.length - 1; i >= bestLength; i--) {
      const node = flips[i]!;
      sides[node] = 1 - sides[node]!;
    }
    if (bestLength === 0) return;
  }
}

function treeColouring(n: number, neighbours: ReturnType<typeof adjacency>): number[] {
  const sides = new Array<number>(n).fill(-1);
  for (let root = 0; root < n; root++) {
    if (sides[root] !== -1) continue;
    sides[root] = 0;
    const queue = [root];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (const { other, pair } of neighbours[node]!) {
        if (sides[other] !== -1 || pair.positive === pair.negative) continue;
        sides[other] = pair.positive > pair.negative ? sides[node]! : 1 - sides[node]!;
        queue.push(other);
      }
    }
  }
  return sides;
}

/**
 * A lower bound on the least possible frustration, to report beside a heuristic answer: every pair
 * with both friendly and hostile claims frustrates at least min(positive, negative), and every
 * cycle with an odd number of hostile links frustrates at least one of them. Such cycles are packed
 * greedily (shortest first, found by a parity BFS), each taking the smallest net weight along it
 * out of its links' remaining capacity, so the packed amounts can be summed.
 */
export function frustrationLowerBound(problem: BalanceProblem): number {
  let bound = 0;
  const capacity = new Map<number, number>();
  const hostile = new Map<number, boolean>();
  const links: { a: number; b: number; index: number }[] = [];
  problem.pairs.forEach((pair, index) => {
    bound += Math.min(pair.positive, pair.negative);
    const net = pair.positive - pair.negative;
    if (net === 0) return;
    capacity.set(index, Math.abs(net));
    hostile.set(index, net < 0);
    links.push({ a: pair.a, b: pair.b, index });
  });
  const around: { other: number; index: number }[][] = Array.from({ length: problem.size }, () => []);
  for (const link of links) {
    around[link.a]!.push({ other: link.b, index: link.index });
    around[link.b]!.push({ other: link.a, index: link.index });
  }
  for (const link of links) {
    for (;;) {
      const left = capacity.get(link.index)!;
      if (left <= 1e-12) break;
      // A path a..b avoiding this link whose hostile parity differs from the link's closes an odd cycle.
      const wantParity = hostile.get(link.index) ? 0 : 1;
      const path = parityPath(
        link.a,
        link.b,
        wantParity,
        link.index,
        around,
        capacity,
        hostile,
        problem.size,
      );
      if (path === undefined) break;
      const cycle = [...path, link.index];
      const amount = Math.min(...cycle.map((i) => capacity.get(i)!));
      for (const i of cycle) capacity.set(i, capacity.get(i)! - amount);
      bound += amount;
    }
  }
  return bound;
}

function parityPath(
  from: number,
  to: number,
  parity: number,
  excluded: number,
  around: { other: number; index: number }[][],
  capacity: Map<number, number>,
  hostile: Map<number, boolean>,
  size: number,
): number[] | undefined {
  // States are (node, parity of hostile links so far); BFS gives a shortest such walk.
  const previous = new Map<number, { state: number; link: number }>();
  const start = from * 2;
  const goal = to * 2 + parity;
  const seen = new Set([start]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    if (state === goal) break;
    const node = Math.floor(state / 2);
    const p = state % 2;
    for (const { other, index } of around[node]!) {
      if (index === excluded || capacity.get(index)! <= 1e-12) continue;
      const next = other * 2 + (p ^ (hostile.get(index) ? 1 : 0));
      if (seen.has(next)) continue;
      seen.add(next);
      previous.set(next, { state, link: index });
      queue.push(next);
    }
  }
  if (!seen.has(goal) || size === 0) return undefined;
  const path: number[] = [];
  for (let state = goal; state !== start; ) {
    const step = previous.get(state)!;
    path.push(step.link);
    state = step.state;
  }
  // A walk may repeat a link; a repeated link would be charged twice, so only accept simple ones.
  return new Set(path).size === path.length ? path : undefined;
}

/** A small seeded PRNG (mulberry32): reproducible restarts without Math.random. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

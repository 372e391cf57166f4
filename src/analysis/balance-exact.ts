import {
  adjacency,
  type BalanceProblem,
  type BalanceSolution,
  canonical,
  frustrationOf,
  pairCost,
} from "./balance-problem";

/**
 * The minimum-frustration 2-colouring by branch and bound. Nodes are decided in BFS order from
 * node 0 (so most pairs are settled early and bounds bite); a branch is cut when its settled cost
 * plus an optimistic bound for the rest cannot beat the best so far. The bound counts, for each
 * undecided node, the cheaper side against its decided neighbours, and min(positive, negative)
 * for pairs of two undecided nodes. Exponential in the worst case: meant for components of about
 * 20 nodes or fewer. `initial` (e.g. the heuristic's answer) seeds the upper bound.
 */
export function solveBalanceExact(problem: BalanceProblem, initial?: BalanceSolution): BalanceSolution {
  const n = problem.size;
  if (n === 0) return { sides: [], frustration: 0 };
  const neighbours = adjacency(problem);
  const order = bfsOrder(n, neighbours);
  const position = new Array<number>(n);
  order.forEach((node, i) => {
    position[node] = i;
  });

  const sides = new Array<number>(n).fill(-1);
  let best: BalanceSolution = initial
    ? { sides: [...initial.sides], frustration: initial.frustration }
    : { sides: new Array<number>(n).fill(0), frustration: frustrationOf(problem, new Array(n).fill(0)) };
  // Strictly better solutions only: with a seeded bound, ties keep the seed, which is deterministic too.
  const epsilon = 1e-9;

  const optimisticRest = (depth: number): number => {
    let bound = 0;
    for (let i = depth; i < n; i++) {
      const node = order[i]!;
      let costIf0 = 0;
      let costIf1 = 0;
      for (const { other, pair } of neighbours[node]!) {
        const side = sides[other]!;
        if (side === -1) {
          // Count pairs of two undecided nodes once, from their later end.
          if (position[other]! < i) bound += Math.min(pair.positive, pair.negative);
          continue;
        }
        costIf0 += pairCost(pair, side === 0);
        costIf1 += pairCost(pair, side === 1);
      }
      bound += Math.min(costIf0, costIf1);
    }
    return bound;
  };

  const search = (depth: number, cost: number): void => {
    if (depth === n) {
      if (cost < best.frustration - epsilon) best = { sides: [...sides], frustration: cost };
      return;
    }
    if (cost + optimisticRest(depth) >= best.frustration - epsilon) return;
    const node = order[depth]!;
    const choices = depth === 0 ? [0] : [0, 1];
    for (const side of choices) {
      let added = 0;
      for (const { other, pair } of neighbours[node]!) {
        const otherSide = sides[other]!;
        if (otherSide !== -1) added += pairCost(pair, otherSide === side);
      }
      sides[node] = side;
      search(depth + 1, cost + added);
      sides[node] = -1;
    }
  };
  search(0, 0);
  return { sides: canonical(best.sides), frustration: best.frustration };
}

function bfsOrder(n: number, neighbours: { other: number }[][]): number[] {
  const seen = new Array<boolean>(n).fill(false);
  const order: number[] = [];
  for (let start = 0; start < n; start++) {
    if (seen[start]) continue;
    seen[start] = true;
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      order.push(node);
      for (const { other } of [...neighbours[node]!].sort((x, y) => x.other - y.other)) {
        if (!seen[other]) {
          seen[other] = true;
          queue.push(other);
        }
      }
    }
  }
  return order;
}

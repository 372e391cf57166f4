import { adjacency, type BalanceProblem, frustrationOf, pairCost } from "./balance-problem";
import { type ClusteringSolution, canonicalSides } from "./signed-clustering";

/**
 * The least-frustrated split into at most `maxSides` sides by branch and bound, or undefined when
 * the search needs more than `budget` steps (the caller then keeps the heuristic answer and says
 * so). Nodes are decided heaviest first; a node may join a side already used or open the next one,
 * which removes the relabelling symmetry. The bound adds, for each undecided node, its cheapest
 * side against the decided ones, and min(friendly, hostile) for links between undecided nodes.
 */
export function solveSidesExact(
  problem: BalanceProblem,
  maxSides: number,
  initial: ClusteringSolution,
  budget = 2_000_000,
): ClusteringSolution | undefined {
  const n = problem.size;
  if (n === 0) return { sides: [], frustration: 0 };
  const links = adjacency(problem);
  const weight = (v: number) => links[v]!.reduce((t, { pair }) => t + pair.positive + pair.negative, 0);
  const order = [...Array(n).keys()].sort((a, b) => weight(b) - weight(a) || a - b);
  const position = new Array<number>(n);
  order.forEach((node, i) => {
    position[node] = i;
  });
  const sides = new Array<number>(n).fill(-1);
  let best = { sides: [...initial.sides], frustration: initial.frustration };
  let steps = 0;
  const epsilon = 1e-9;

  const costIn = (node: number, side: number): number => {
    let cost = 0;
    for (const { other, pair } of links[node]!) {
      const s = sides[other]!;
      if (s >= 0) cost += pairCost(pair, s === side);
    }
    return cost;
  };
  const optimisticRest = (depth: number, used: number): number => {
    let bound = 0;
    for (let i = depth; i < n; i++) {
      const node = order[i]!;
      let cheapest = Number.POSITIVE_INFINITY;
      for (let side = 0; side < Math.min(used + 1, maxSides); side++) {
        cheapest = Math.min(cheapest, costIn(node, side));
      }
      bound += cheapest;
      for (const { other, pair } of links[node]!) {
        if (sides[other] === -1 && position[other]! < i) bound += Math.min(pair.positive, pair.negative);
      }
    }
    return bound;
  };
  const search = (depth: number, cost: number, used: number): boolean => {
    if (++steps > budget) return false;
    if (depth === n) {
      if (cost < best.frustration - epsilon) best = { sides: [...sides], frustration: cost };
      return true;
    }
    if (cost + optimisticRest(depth, used) >= best.frustration - epsilon) return true;
    const node = order[depth]!;
    for (let side = 0; side < Math.min(used + 1, maxSides); side++) {
      const added = costIn(node, side);
      sides[node] = side;
      const finished = search(depth + 1, cost + added, Math.max(used, side + 1));
      sides[node] = -1;
      if (!finished) return false;
    }
    return true;
  };
  if (!search(0, 0, 0)) return undefined;
  return { sides: canonicalSides(best.sides), frustration: frustrationOf(problem, best.sides) };
}

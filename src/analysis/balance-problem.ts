/**
 * Structural balance on one connected component, as numbers: nodes 0..n-1, and per linked pair
 * the total weight of friendly (`positive`) and hostile (`negative`) claims. A 2-colouring puts
 * each node in camp 0 or 1; it frustrates the hostile weight inside a camp and the friendly weight
 * across camps. Solvers minimise that frustration.
 */
export interface BalancePair {
  a: number;
  b: number;
  positive: number;
  negative: number;
}

export interface BalanceProblem {
  size: number;
  pairs: BalancePair[];
}

export interface BalanceSolution {
  /** Camp (0 or 1) of each node; node 0 is always in camp 0. */
  sides: number[];
  frustration: number;
}

/** The frustrated weight of one pair under a colouring. */
export function pairCost(pair: BalancePair, sameSide: boolean): number {
  return sameSide ? pair.negative : pair.positive;
}

export function frustrationOf(problem: BalanceProblem, sides: readonly number[]): number {
  let total = 0;
  for (const pair of problem.pairs) total += pairCost(pair, sides[pair.a] === sides[pair.b]);
  return total;
}

/** Colourings are symmetric under swapping the camps; fix node 0 in camp 0 so results are canonical. */
export function canonical(sides: number[]): number[] {
  return sides[0] === 1 ? sides.map((s) => 1 - s) : sides;
}

/** Per node: the pairs it belongs to, with the other end. */
export function adjacency(problem: BalanceProblem): { other: number; pair: BalancePair }[][] {
  const list: { other: number; pair: BalancePair }[][] = Array.from({ length: problem.size }, () => []);
  for (const pair of problem.pairs) {
    list[pair.a]!.push({ other: pair.b, pair });
    list[pair.b]!.push({ other: pair.a, pair });
  }
  return list;
}

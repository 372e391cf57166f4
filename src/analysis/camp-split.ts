import { solveBalanceExact } from "./balance-exact";
import { frustrationLowerBound, solveBalanceHeuristic } from "./balance-heuristic";
import { type BalanceProblem, frustrationOf } from "./balance-problem";
import { solveSidesHeuristic } from "./signed-clustering";
import { solveSidesExact } from "./signed-clustering-exact";
import { signedClusteringLowerBound } from "./signed-lower-bound";

export interface SplitOptions {
  /** Most sides one component may split into. */
  maxSides: number;
  /** Exactly this many sides at most (2 = classic structural balance); otherwise chosen. */
  fixedSides?: number;
  /** An extra side must lower the frustration by at least this much to be worth it. */
  minSaving: number;
  /** Components up to this many actors are searched exhaustively (within a step budget). */
  exactLimit: number;
  seed: number;
  /** Compute a lower bound for answers that are not proven optimal. */
  lowerBound: boolean;
}

/** How one connected component was split, and how sure that answer is. */
export interface ComponentSplit {
  size: number;
  /** Sides used. */
  sides: number;
  /** Best frustration found with at most k sides, for k = 1, 2, …: what each extra side saves. */
  frustrationBySides: number[];
  frustration: number;
  /** Proven least-frustrated split with this many sides (exhaustive search). */
  exact: boolean;
  /** Proven: no split (with any number of sides) frustrates less. Equals `frustration` when exact. */
  lowerBound?: number;
  /** Side index of each node of the component. */
  assignment: number[];
}

/** Splits one component into sides: a fixed number, or as many as pay for themselves. */
export function splitComponent(problem: BalanceProblem, options: SplitOptions): ComponentSplit {
  if (options.fixedSides === 2) return splitInTwo(problem, options);
  const most = Math.max(1, Math.min(options.fixedSides ?? options.maxSides, problem.size));
  const bySides = solveSidesHeuristic(problem, most, { seed: options.seed });
  // A split that frustrates no more than the proven bound for any number of sides is optimal for
  // its own number of sides and every larger one; one side has only one split. Smaller numbers of
  // sides that are not settled so are searched exhaustively when the component is small.
  const bound =
    options.lowerBound || problem.size <= options.exactLimit ? signedClusteringLowerBound(problem) : 0;
  let exact = true;
  for (let k = 1; k <= most && exact; k++) {
    if (k === 1 || bySides[k - 1]!.frustration <= bound + 1e-9) continue;
    const proven =
      problem.size <= options.exactLimit ? solveSidesExact(problem, k, bySides[k - 1]!) : undefined;
    if (proven === undefined) exact = false;
    else bySides[k - 1] = proven;
  }
  for (let k = 1; k < most; k++) {
    if (bySides[k]!.frustration > bySides[k - 1]!.frustration) bySides[k] = bySides[k - 1]!;
  }
  const fewest = bySides[most - 1]!.frustration;
  const chosen =
    options.fixedSides !== undefined
      ? most
      : bySides.findIndex((s) => s.frustration - fewest < options.minSaving - 1e-9) + 1;
  const solution = bySides[chosen - 1]!;
  const split: ComponentSplit = {
    size: problem.size,
    sides: new Set(solution.sides).size,
    frustrationBySides: bySides.map((s) => s.frustration),
    frustration: solution.frustration,
    exact,
    assignment: solution.sides,
  };
  if (exact) split.lowerBound = solution.frustration;
  else if (options.lowerBound) split.lowerBound = Math.min(solution.frustration, bound);
  return split;
}

/** Classic structural balance: two sides, with the dedicated solvers (exact up to the limit). */
function splitInTwo(problem: BalanceProblem, options: SplitOptions): ComponentSplit {
  const small = problem.size <= options.exactLimit;
  // For the exact search one improved start is enough: it only seeds the bound.
  const heuristic = solveBalanceHeuristic(problem, { seed: options.seed, ...(small ? { restarts: 1 } : {}) });
  const solution = small ? solveBalanceExact(problem, heuristic) : heuristic;
  const split: ComponentSplit = {
    size: problem.size,
    sides: new Set(solution.sides).size,
    frustrationBySides: [frustrationOf(problem, new Array(problem.size).fill(0)), solution.frustration],
    frustration: solution.frustration,
    exact: small,
    assignment: solution.sides,
  };
  if (small) split.lowerBound = solution.frustration;
  else if (options.lowerBound) split.lowerBound = frustrationLowerBound(problem);
  return split;
}

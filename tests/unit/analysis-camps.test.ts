import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { solveBalanceExact } from "../../src/analysis/balance-exact";
import { frustrationLowerBound, solveBalanceHeuristic } from "../../src/analysis/balance-heuristic";
import { type BalanceProblem, frustrationOf } from "../../src/analysis/balance-problem";
import { camps } from "../../src/analysis/camps";
import { solveSidesHeuristic } from "../../src/analysis/signed-clustering";
import { solveSidesExact } from "../../src/analysis/signed-clustering-exact";
import { signedClusteringLowerBound } from "../../src/analysis/signed-lower-bound";
import { mulberry32 } from "../../src/model/random";
import { claims, ontology, testGraph } from "../fixtures/analysis/graph";

describe("camps", () => {
  it("splits two perfectly balanced camps with nothing frustrated", () => {
    const graph = testGraph(
      ["gov:government", "russia", "iran", "hts:armed-group", "rebels:coalition", "hama:city", "loner"],
      claims(
        "russia supports gov",
        "iran supports gov",
        "russia allied-with iran",
        "hts part-of rebels",
        "rebels fights gov",
        "hts fights gov",
        "russia attacks rebels",
        "rebels controls hama",
        "russia attacks hama",
      ),
    );
    const result = camps(graph, ontology);
    expect(result.method).toBe("exact");
    expect(result.balance).toBe(1);
    expect(result.frustrated).toEqual([]);
    expect(result.camps.map((c) => [c.id, c.label, c.members])).toEqual([
      ["camp-1", "Gov camp", ["gov", "iran", "russia"]],
      ["camp-2", "Rebels camp", ["hts", "rebels"]],
    ]);
    // Places are no actors; an actor without friendly or hostile claims is unaligned.
    expect(result.campOf).toEqual({
      gov: "camp-1",
      russia: "camp-1",
      iran: "camp-1",
      hts: "camp-2",
      rebels: "camp-2",
      loner: null,
    });
    expect(result.totalWeight).toBe(7);
  });

  it("frustrates exactly one claim of a (+, +, -) triangle, with its evidence", () => {
    const graph = testGraph(["a", "b", "c"], claims("a supports b", "b allied-with c", "a fights c"));
    const result = camps(graph, ontology);
    expect(result.frustrated).toHaveLength(1);
    expect(result.frustratedWeight).toBe(1);
    expect(result.balance).toBeCloseTo(2 / 3, 10);
    expect(result.frustrated[0]!.evidence[0]!.quote).toMatch(/^quote for /);
  });

  it("reads only claims valid at the date asked for", () => {
    const graph = testGraph(["a", "b"], claims("a supports b - 2010", "a fights b 2011 -"));
    expect(camps(graph, ontology, { at: "2005" }).camps.map((c) => c.members)).toEqual([["a", "b"]]);
    // Enemies with no friend stand alone: no camp is made of one actor.
    const later = camps(graph, ontology, { at: "2020" });
    expect(later.camps).toEqual([]);
    expect(later.alone).toEqual(["a", "b"]);
    expect(later.frustrated).toEqual([]);
    expect(camps(graph, ontology).balance).toBe(0.5);
    expect(camps(graph, ontology, { at: "2020", sides: 2 }).camps.map((c) => c.members)).toEqual([
      ["a"],
      ["b"],
    ]);
  });

  it("calls an answer exact when the proven bound meets it, even above the exact limit", () => {
    const graph = testGraph(
      ["a", "b", "c", "d"],
      claims("a supports b", "b supports c", "c fights a", "c fights d"),
    );
    const result = camps(graph, ontology, { exactLimit: 2 });
    expect(result.method).toBe("exact");
    expect(result.frustratedWeight).toBe(1);
    expect(result.components[0]!.lowerBound).toBe(1);
  });

  it("says heuristic, with a lower bound below its answer, when nothing proves it optimal", () => {
    // A friendly chain of five closed by one hostile claim: some claim must break, but the bound
    // only looks at short cycles, and the exact search is switched off.
    const graph = testGraph(
      ["a", "b", "c", "d", "e", "f"],
      claims("a supports b", "b supports c", "c supports d", "d supports e", "e fights a", "f fights a"),
    );
    const result = camps(graph, ontology, { exactLimit: 2 });
    expect(result.method).toBe("heuristic");
    expect(result.frustratedWeight).toBe(1);
    expect(result.lowerBound).toBe(0);
    expect(camps(graph, ontology).method).toBe("exact");
  });
});

describe("camps with more than two sides", () => {
  // Three parties at war with one another, each with a friend; a fourth pair with one enemy only.
  const war = testGraph(
    [
      "gov:government",
      "russia",
      "rebels:coalition",
      "qatar",
      "sdf:coalition",
      "usa",
      "turkey",
      "sna:coalition",
    ],
    claims(
      "russia supports gov",
      "qatar supports rebels",
      "usa supports sdf",
      "turkey supports sna",
      "gov fights rebels",
      "gov fights sdf",
      "rebels fights sdf",
      "sna fights sdf",
      "turkey attacks sdf",
      "russia attacks rebels",
    ),
  );

  it("finds three or more camps where two sides would frustrate claims", () => {
    const result = camps(war, ontology);
    expect(result.method).toBe("exact");
    expect(result.frustratedWeight).toBe(0);
    expect(result.camps.map((c) => c.members)).toEqual([
      ["gov", "russia"],
      ["qatar", "rebels"],
      ["sdf", "usa"],
      ["sna", "turkey"],
    ]);
    const [component] = result.components;
    expect(component!.frustrationBySides[0]).toBe(6);
    expect(component!.frustrationBySides[1]).toBeGreaterThan(0);
    expect(component!.frustrationBySides[2]).toBe(0);
    // Two sides, as classic structural balance must: something is frustrated.
    expect(camps(war, ontology, { sides: 2 }).frustratedWeight).toBeGreaterThan(0);
  });

  it("says in words when a camp rests on few claims or few sources", () => {
    const result = camps(war, ontology);
    expect(result.caveats[0]).toBe("The whole split rests on 10 signed claims from 1 source.");
    expect(result.caveats).toContain(
      "The Gov camp rests on 1 friendly claim between its 2 members, from 1 source.",
    );
    expect(result.camps[0]!.basis).toEqual({ friendlyClaims: 1, hostileClaims: 3, sources: 1 });
  });

  it("the exact k-side search equals brute force, and the bound stays below every optimum", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 2, max: 7 }),
        fc.double({ min: 0.2, max: 0.9, noNaN: true }),
        fc.integer({ min: 1, max: 4 }),
        (seed, size, density, k) => {
          const problem = randomProblem(seed, size, density);
          const optimum = bruteForceSides(problem, k);
          const heuristic = solveSidesHeuristic(problem, k, { seed });
          expect(heuristic[k - 1]!.frustration).toBeGreaterThanOrEqual(optimum);
          expect(frustrationOf(problem, heuristic[k - 1]!.sides)).toBe(heuristic[k - 1]!.frustration);
          expect(new Set(heuristic[k - 1]!.sides).size).toBeLessThanOrEqual(k);
          const exact = solveSidesExact(problem, k, heuristic[k - 1]!);
          expect(exact!.frustration).toBe(optimum);
          expect(signedClusteringLowerBound(problem)).toBeLessThanOrEqual(bruteForceSides(problem, size));
        },
      ),
      { numRuns: 120, seed: 7 },
    );
  });

  it("the k-side heuristic reaches the optimum on small random graphs most of the time", () => {
    let reached = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const problem = randomProblem(seed * 17, 8, 0.5);
      if (solveSidesHeuristic(problem, 3, { seed })[2]!.frustration === bruteForceSides(problem, 3))
        reached++;
    }
    expect(reached).toBeGreaterThanOrEqual(18);
  });
});

/** Every split of the nodes into at most k sides (restricted growth strings): the reference answer. */
function bruteForceSides(problem: BalanceProblem, k: number): number {
  let best = Number.POSITIVE_INFINITY;
  const sides = new Array<number>(problem.size).fill(0);
  const walk = (i: number, used: number) => {
    if (i === problem.size) {
      best = Math.min(best, frustrationOf(problem, sides));
      return;
    }
    for (let s = 0; s < Math.min(used + 1, k); s++) {
      sides[i] = s;
      walk(i + 1, Math.max(used, s + 1));
    }
  };
  walk(0, 0);
  return best;
}

/** A random signed problem on `size` nodes. */
function randomProblem(seed: number, size: number, density: number): BalanceProblem {
  const random = mulberry32(seed);
  const pairs: BalanceProblem["pairs"] = [];
  for (let a = 0; a < size; a++) {
    for (let b = a + 1; b < size; b++) {
      if (random() >= density) continue;
      const positive = Math.floor(random() * 3);
      const negative = positive === 0 ? 1 + Math.floor(random() * 2) : Math.floor(random() * 2);
      pairs.push({ a, b, positive, negative });
    }
  }
  return { size, pairs };
}

/** Every 2-colouring with node 0 in camp 0: the reference answer. */
function bruteForce(problem: BalanceProblem): number {
  let best = Number.POSITIVE_INFINITY;
  for (let mask = 0; mask < 1 << (problem.size - 1); mask++) {
    const sides = Array.from({ length: problem.size }, (_, i) => (i === 0 ? 0 : (mask >> (i - 1)) & 1));
    best = Math.min(best, frustrationOf(problem, sides));
  }
  return best;
}

describe("balance solvers", () => {
  it("exact branch and bound equals brute force; the heuristic matches it and the bound stays below", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 2, max: 11 }),
        fc.double({ min: 0.2, max: 0.9, noNaN: true }),
        (seed, size, density) => {
          const problem = randomProblem(seed, size, density);
          const optimum = bruteForce(problem);
          const exact = solveBalanceExact(problem);
          expect(exact.frustration).toBe(optimum);
          expect(frustrationOf(problem, exact.sides)).toBe(optimum);
          const heuristic = solveBalanceHeuristic(problem, { seed });
          expect(frustrationOf(problem, heuristic.sides)).toBe(heuristic.frustration);
          expect(heuristic.frustration).toBe(optimum);
          expect(frustrationLowerBound(problem)).toBeLessThanOrEqual(optimum);
        },
      ),
      { numRuns: 150, seed: 42 },
    );
  });

  it("the heuristic reaches the exact optimum on seeded 16-node graphs, too big for brute force", () => {
    for (let seed = 1; seed <= 10; seed++) {
      const problem = randomProblem(seed * 31, 16, 0.4);
      const exact = solveBalanceExact(problem);
      expect(solveBalanceHeuristic(problem, { seed }).frustration).toBe(exact.frustration);
      expect(frustrationLowerBound(problem)).toBeLessThanOrEqual(exact.frustration);
    }
  });

  it("the heuristic is deterministic for a seed and optimal on a balanced graph", () => {
    // Two camps of 30, friendly inside, hostile across: zero frustration is reachable.
    const pairs: BalanceProblem["pairs"] = [];
    const random = mulberry32(7);
    for (let a = 0; a < 60; a++) {
      for (let b = a + 1; b < 60; b++) {
        if (random() < 0.15)
          pairs.push({ a, b, positive: a % 2 === b % 2 ? 1 : 0, negative: a % 2 === b % 2 ? 0 : 1 });
      }
    }
    const problem = { size: 60, pairs };
    const first = solveBalanceHeuristic(problem, { seed: 3 });
    expect(first.frustration).toBe(0);
    expect(solveBalanceHeuristic(problem, { seed: 3 })).toEqual(first);
    expect(first.sides.every((side, i) => side === i % 2)).toBe(true);
  });

  it("the lower bound finds the frustrated triangle", () => {
    expect(
      frustrationLowerBound({
        size: 3,
        pairs: [
          { a: 0, b: 1, positive: 1, negative: 0 },
          { a: 1, b: 2, positive: 1, negative: 0 },
          { a: 0, b: 2, positive: 0, negative: 1 },
        ],
      }),
    ).toBe(1);
  });
});

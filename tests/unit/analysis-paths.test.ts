import { describe, expect, it } from "vitest";
import { paths } from "../../src/analysis/paths";
import { claims, testGraph } from "../fixtures/analysis/graph";

const graph = testGraph(
  ["a", "b", "c", "d", "e"],
  claims("a supports b", "b allied-with c", "d supports c", "a supports d", "c fights e", "a attacks e"),
);
const route = (chain: { from: string; to: string }[]) =>
  [chain[0]!.from, ...chain.map((s) => s.to)].join(">");

describe("paths", () => {
  it("finds every shortest path, in id order", () => {
    const found = paths(graph, "a", "c", { relations: ["supports", "allied-with"] });
    expect(found.map(route)).toEqual(["a>b>c", "a>d>c"]);
    const step = found[0]![1]!;
    expect(step.claims.map((c) => [c.claim, c.traversal])).toEqual([["b-allied-with-c", "symmetric"]]);
  });

  it("walks symmetric relations both ways but directed ones only forward unless undirected", () => {
    const directed = paths(graph, "c", "a", { relations: ["supports", "allied-with"], undirected: false });
    expect(directed).toEqual([]);
    const back = paths(graph, "c", "a", { relations: ["supports", "allied-with"], undirected: true });
    expect(back.map(route)).toEqual(["c>b>a", "c>d>a"]);
    expect(back[0]!.map((s) => s.claims[0]!.traversal)).toEqual(["symmetric", "against"]);
    // b -> c over "allied with", which is symmetric, works in the directed mode too.
    expect(paths(graph, "c", "b", { relations: ["allied-with"], undirected: false }).map(route)).toEqual([
      "c>b",
    ]);
  });

  it("lists the k shortest simple paths with maxPaths", () => {
    const found = paths(graph, "a", "e", { maxPaths: 4 });
    expect(found.map(route)).toEqual(["a>e", "a>b>c>e", "a>d>c>e"]);
    expect(paths(graph, "a", "e").map(route)).toEqual(["a>e"]);
    expect(paths(graph, "a", "e", { maxPaths: 2 }).map(route)).toEqual(["a>e", "a>b>c>e"]);
  });

  it("gathers parallel claims into one step and returns nothing when unconnected", () => {
    const multi = testGraph(["p", "q", "r"], claims("p supports q", "p allied-with q"));
    const found = paths(multi, "p", "q");
    expect(found).toHaveLength(1);
    expect(found[0]![0]!.claims.map((c) => c.relation)).toEqual(["allied-with", "supports"]);
    expect(paths(multi, "p", "r")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { backed, backers } from "../../src/analysis/backers";
import { claims, testGraph } from "../fixtures/analysis/graph";

// russia -> assad <- iran, hezbollah -> assad, iran -> hezbollah, militias -> iran... and a cycle a <-> b.
const graph = testGraph(
  [
    "assad:government",
    "russia",
    "iran",
    "hezbollah:armed-group",
    "militias:militia",
    "rebels:coalition",
    "x",
    "y",
  ],
  claims(
    "russia supports assad",
    "iran supports assad",
    "hezbollah supports assad 2015 2024",
    "iran supports hezbollah",
    "militias supports iran",
    "rebels fights assad",
    "x supports y",
    "y supports x",
    "russia allied-with iran",
  ),
);

describe("backers", () => {
  it("lists direct backers only with one hop", () => {
    const result = backers(graph, "assad", { maxHops: 1 });
    expect(result.map((r) => [r.actor, r.hops])).toEqual([
      ["hezbollah", 1],
      ["iran", 1],
      ["russia", 1],
    ]);
    const russia = result.find((r) => r.actor === "russia")!;
    expect(russia.chains).toHaveLength(1);
    expect(russia.chains[0]![0]!.claims.map((c) => [c.claim, c.traversal])).toEqual([
      ["russia-supports-assad", "along"],
    ]);
    expect(russia.chains[0]![0]!.claims[0]!.evidence[0]!.quote).toBe("quote for russia-supports-assad");
  });

  it("follows transitive chains up to the hop limit, shortest first, from backer to backed", () => {
    const two = backers(graph, "assad", { maxHops: 2 });
    expect(two.map((r) => [r.actor, r.hops])).toEqual([
      ["hezbollah", 1],
      ["iran", 1],
      ["russia", 1],
      ["militias", 2],
    ]);
    const militias = two.find((r) => r.actor === "militias")!;
    expect(militias.chains.map((chain) => chain.map((s) => `${s.from}>${s.to}`))).toEqual([
      ["militias>iran", "iran>assad"],
    ]);
    const iran = two.find((r) => r.actor === "iran")!;
    // iran backs assad directly and through hezbollah: the direct chain comes first.
    expect(iran.chains.map((chain) => chain.length)).toEqual([1, 2]);
    const three = backers(graph, "assad", { maxHops: 3 });
    expect(three.find((r) => r.actor === "militias")!.chains.map((c) => c.length)).toEqual([2, 3]);
  });

  it("never loops on cycles and never lists the actor itself", () => {
    const result = backers(graph, "x", { maxHops: 5 });
    expect(result.map((r) => r.actor)).toEqual(["y"]);
    expect(result[0]!.chains).toHaveLength(1);
  });

  it("respects the date: a claim that ended is not backing", () => {
    expect(backers(graph, "assad", { maxHops: 1, at: "2025-06" }).map((r) => r.actor)).toEqual([
      "iran",
      "russia",
    ]);
  });

  it("can use other relations; symmetric ones are walked both ways", () => {
    const result = backers(graph, "russia", { maxHops: 1, relations: ["allied-with"] });
    expect(result.map((r) => r.actor)).toEqual(["iran"]);
    expect(result[0]!.chains[0]![0]!.claims[0]!.traversal).toBe("symmetric");
  });

  it("lists whom an actor backs", () => {
    expect(backed(graph, "iran", { maxHops: 2 }).map((r) => [r.actor, r.hops])).toEqual([
      ["assad", 1],
      ["hezbollah", 1],
    ]);
    const chain = backed(graph, "militias", { maxHops: 3 }).find((r) => r.actor === "assad")!.chains[0]!;
    expect(chain.map((s) => `${s.from}>${s.to}`)).toEqual(["militias>iran", "iran>assad"]);
  });

  it("rejects unknown actors and bad hop counts", () => {
    expect(() => backers(graph, "nobody")).toThrow(/unknown actor/);
    expect(() => backers(graph, "assad", { maxHops: 0 })).toThrow(/maxHops/);
  });
});

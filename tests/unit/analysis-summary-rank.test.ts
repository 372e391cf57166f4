import { describe, expect, it } from "vitest";
import { rankActors } from "../../src/analysis/rank";
import { actorSummary } from "../../src/analysis/summary";
import { claims, ontology, testGraph } from "../fixtures/analysis/graph";

const graph = testGraph(
  [
    "gov:government",
    "russia",
    "iran",
    "hezbollah:armed-group",
    "hts:armed-group",
    "rebels:coalition",
    "hama:city",
    "usa",
  ],
  claims(
    "russia supports gov",
    "iran supports gov",
    "iran supports hezbollah",
    "hezbollah supports gov",
    "hts part-of rebels",
    "rebels fights gov",
    "russia attacks rebels",
    "gov controls hama - 2024-12-04",
    "rebels controls hama 2024-12-05 -",
    "usa designates-terrorist hts",
    "russia designates-terrorist hts",
  ),
);

describe("actorSummary", () => {
  it("groups claims by relation and side, labelled from the actor's side in ontology order", () => {
    const summary = actorSummary(graph, ontology, "gov");
    expect(summary.label).toBe("Gov");
    expect(summary.groups.map((g) => [g.label, g.entries.map((e) => e.other)])).toEqual([
      ["supported by", ["hezbollah", "iran", "russia"]],
      ["fights", ["rebels"]],
      ["controls", ["hama"]],
    ]);
    expect(summary.groups[2]!.entries[0]).toMatchObject({ claim: "gov-controls-hama", end: "2024-12-04" });
    const hts = actorSummary(graph, ontology, "hts");
    expect(hts.groups.map((g) => [g.label, g.direction])).toEqual([
      ["designated terrorist by", "in"],
      ["part of", "out"],
    ]);
    expect(actorSummary(graph, ontology, "rebels").groups.map((g) => g.label)).toEqual([
      "fights",
      "attacked by",
      "controls",
      "includes",
    ]);
  });

  it("applies a date filter", () => {
    const summary = actorSummary(graph, ontology, "gov", { at: "2025" });
    expect(summary.groups.map((g) => g.label)).toEqual(["supported by", "fights"]);
  });
});

describe("rankActors", () => {
  it("ranks by support received, with transitive backers", () => {
    const rows = rankActors(graph, ontology, { by: "support" });
    expect(rows[0]).toMatchObject({ actor: "gov", backers: 3, transitiveBackers: 3, backed: 0, enemies: 1 });
    expect(rows.find((r) => r.actor === "hezbollah")).toMatchObject({
      backers: 1,
      transitiveBackers: 1,
      backed: 1,
    });
    // Places are not ranked.
    expect(rows.map((r) => r.actor)).not.toContain("hama");
    expect(rows.find((r) => r.actor === "hts")).toMatchObject({
      enemies: 2,
      degreeByRelation: { "part-of": 1, "designates-terrorist": 2 },
    });
  });

  it("ranks brokers by betweenness on the undirected simple graph", () => {
    const rows = rankActors(graph, ontology, { by: "betweenness" });
    // Worked out by hand on the 7 actors (places left out): gov lies on 8 shortest-path pairs,
    // hts on 5 (usa reaches everyone through it), russia and rebels on 3 each; normalised by 15 pairs.
    expect(rows.map((r) => [r.actor, Math.round(r.betweenness * 15 * 1000) / 1000])).toEqual([
      ["gov", 8],
      ["hts", 5],
      ["rebels", 3],
      ["russia", 3],
      ["hezbollah", 0],
      ["iran", 0],
      ["usa", 0],
    ]);
    for (const row of rows) expect(row.betweenness).toBeGreaterThanOrEqual(0);
  });

  it("ranks by degree and reports camps", () => {
    const rows = rankActors(graph, ontology, { by: "degree" });
    expect(rows[0]!.actor).toBe("gov");
    expect(rows[0]!.degree).toBe(4);
    const camp = (actor: string) => rows.find((r) => r.actor === actor)!.camp;
    expect(camp("russia")).toBe(camp("gov"));
    expect(camp("rebels")).not.toBe(camp("gov"));
    expect(camp("hts")).toBe(camp("rebels"));
  });
});

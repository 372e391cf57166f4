import { describe, expect, it } from "vitest";
import { importGexf } from "../../src/io/gexf-read";
import { foreignGexf } from "../bench/foreign-gexf";
import type { BenchResult } from "../bench/results";
import { scalingCheck } from "../bench/scaling";
import type { BenchSize } from "../bench/sizes";
import { projectOntology } from "../fixtures/gexf/small-dataset";

const ontology = projectOntology();

describe("the bench's foreign GEXF files", () => {
  it("typed: every kind and relation is one the ontology allows, so the file opens", () => {
    const xml = foreignGexf(ontology, { nodes: 300, edges: 900, typed: true, seed: 3 });
    expect(foreignGexf(ontology, { nodes: 300, edges: 900, typed: true, seed: 3 })).toBe(xml);
    const result = importGexf("typed.gexf", xml, ontology);
    if (!result.ok) throw new Error(result.errors[0]?.message);
    expect(result.value.dataset.actors).toHaveLength(300);
    expect(result.value.dataset.claims).toHaveLength(900);
    expect(Object.keys(result.value.dataset.layout ?? {})).toHaveLength(300);
  });

  it("untyped: no kinds and no relations, as Gephi writes any graph", () => {
    const xml = foreignGexf(ontology, { nodes: 100, edges: 250, typed: false });
    expect(xml).not.toMatch(/attvalue|kind|relation/);
    expect(xml.match(/<edge /g)).toHaveLength(250);
  });
});

describe("scalingCheck", () => {
  const sizes: BenchSize[] = [
    { name: "1k", nodes: 1000, edges: 3000, runs: 1 },
    { name: "50k", nodes: 50_000, edges: 200_000, runs: 1 },
  ];
  const row = (metric: string, size: string, value: number): BenchResult => ({
    metric,
    size,
    value,
    unit: "ms",
  });

  it("passes a linear stage, fails a quadratic one, and ignores queries and the other viewer", () => {
    const checks = scalingCheck(
      [
        row("node typed foreign GEXF: import", "1k", 40),
        row("node typed foreign GEXF: import", "50k", 2500 * 1.5),
        row("browser own export: worker (download, parse, check)", "1k", 40),
        row("browser own export: worker (download, parse, check)", "50k", 40 * 62.5 * 62.5),
        row("node own export: backers", "1k", 1),
        row("node own export: backers", "50k", 900),
        row("browser typed foreign GEXF [other]: on screen", "1k", 1),
        row("browser typed foreign GEXF [other]: on screen", "50k", 900),
      ],
      sizes,
    );
    expect(checks.map((c) => [c.metric, c.value, (c.ratio ?? 0) <= 1])).toEqual([
      ["scaling: node typed foreign GEXF: import", 1.5, true],
      ["scaling: browser own export: worker (download, parse, check)", 62.5, false],
    ]);
  });
});

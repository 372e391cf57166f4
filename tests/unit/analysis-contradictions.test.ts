import { describe, expect, it } from "vitest";
import { findContradictions } from "../../src/analysis/contradictions";
import { claims, ontology, testGraph } from "../fixtures/analysis/graph";

const ids = (list: ReturnType<typeof findContradictions>) =>
  list.map((c) => [c.kind, c.claims.map((x) => x.claim)]);

describe("contradictions", () => {
  it("flags support and fighting between the same two actors at overlapping times", () => {
    const graph = testGraph(["a", "b"], claims("a supports b 2020 2022", "b fights a 2021-06 -"));
    const found = findContradictions(graph, ontology);
    expect(ids(found)).toEqual([["friend-and-foe", ["a-supports-b", "b-fights-a"]]]);
    expect(found[0]!.explanation).toContain("A supports B");
    expect(found[0]!.claims[1]!.evidence[0]).toEqual({ source: "src", quote: "quote for b-fights-a" });
  });

  it("does not flag support and fighting at different times", () => {
    const graph = testGraph(["a", "b"], claims("a supports b 2020 2022-05", "a attacks b 2022-06 -"));
    expect(findContradictions(graph, ontology)).toEqual([]);
  });

  it("flags two rival controllers of one place, but not allies holding it together", () => {
    const graph = testGraph(
      ["gov:government", "rebels:coalition", "hts:armed-group", "hama:city", "homs:city"],
      claims(
        "gov controls hama - 2024-12-04",
        "rebels controls hama 2024-12-05 -",
        "hts controls hama 2024-12-01 -",
        "hts part-of rebels",
        "gov controls homs",
      ),
    );
    expect(ids(findContradictions(graph, ontology))).toEqual([
      ["rival-control", ["gov-controls-hama", "hts-controls-hama"]],
    ]);
  });

  it("reads a change of hands dated to one month as a handover, not a rivalry", () => {
    const graph = testGraph(
      ["gov:government", "rebels:coalition", "army:armed-forces", "hama:city", "homs:city"],
      claims(
        "gov controls hama 2011 2024-12",
        "rebels controls hama 2024-12 -",
        "army controls hama 2024-12 2024-12",
        "gov controls homs 2011 2024-12",
        "rebels controls homs 2024-11 -",
      ),
    );
    expect(ids(findContradictions(graph, ontology))).toEqual([
      // army only in December, rebels from December: both hold it that month as far as the dates say.
      ["rival-control", ["army-controls-hama", "gov-controls-hama"]],
      ["rival-control", ["army-controls-hama", "rebels-controls-hama"]],
      // rebels from November while gov holds it through December: a month of two holders.
      ["rival-control", ["gov-controls-homs", "rebels-controls-homs"]],
    ]);
  });

  it("flags antisymmetric relations stated both ways, not symmetric-looking ones that may hold both ways", () => {
    const graph = testGraph(
      ["a:armed-group", "b:armed-group", "c:state", "d:state"],
      claims(
        "a part-of b",
        "b part-of a",
        "a successor-of b 2010 2011",
        "b successor-of a 2015 -",
        "c designates-terrorist d",
        "d designates-terrorist c",
      ),
    );
    expect(ids(findContradictions(graph, ontology))).toEqual([
      ["mutual-reverse", ["a-part-of-b", "b-part-of-a"]],
    ]);
  });

  it("lists each disputed claim with the opposite-sign claims sharing one of its actors", () => {
    const graph = testGraph(
      ["russia", "rebels:coalition", "gov:government", "north:region", "iran"],
      [
        ...claims(
          "russia attacks north",
          "russia attacks rebels",
          "rebels fights gov",
          "iran supports gov",
          "iran fights russia - 2000",
        ),
        {
          id: "russia-backs-rebels",
          from: "russia",
          relation: "supports",
          to: "rebels",
          certainty: "disputed" as const,
        },
      ],
    );
    const found = findContradictions(graph, ontology);
    const disputed = found.filter((c) => c.kind === "disputed");
    expect(disputed).toHaveLength(1);
    // Claims about both of its actors first; the old iran-russia fight still shares "russia" (open start).
    expect(disputed[0]!.claims.map((c) => c.claim)).toEqual([
      "russia-backs-rebels",
      "russia-attacks-rebels",
      "iran-fights-russia",
      "rebels-fights-gov",
      "russia-attacks-north",
    ]);
    expect(found.map((c) => c.kind)).toEqual(["friend-and-foe", "disputed"]);
  });
});

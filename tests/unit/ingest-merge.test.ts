import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mergeCandidates } from "../../src/ingest/merge";
import type { CandidateClaim, Candidates } from "../../src/ingest/types";
import { datasetSchema, ontologySchema } from "../../src/model/schema";
import { validateDataset } from "../../src/model/validate";

const ontology = ontologySchema.parse(JSON.parse(readFileSync("data/ontology.json", "utf8")));
const text = "Russia backs the Assad regime. Iran denied arming HTS. The Free Syrian Army fought HTS.";
const dataset = datasetSchema.parse({
  id: "t",
  title: "t",
  sources: [{ id: "old", title: "old", publisher: "p", date: "2024", text: "old.txt" }],
  actors: [
    { id: "russia", label: "Russia", kind: "state" },
    { id: "iran", label: "Iran", kind: "state" },
    { id: "hts", label: "HTS", kind: "armed-group" },
    { id: "assad", label: "Assad regime", kind: "government" },
  ],
  claims: [
    {
      id: "c1",
      from: "russia",
      relation: "supports",
      to: "assad",
      certainty: "stated",
      evidence: [{ source: "old", quote: "Old text." }],
    },
  ],
});

function claim(over: Partial<CandidateClaim>): CandidateClaim {
  const quote = over.quote ?? "Russia backs the Assad regime.";
  const start = text.indexOf(quote);
  return {
    from: "russia",
    relation: "supports",
    to: "assad",
    quote,
    start,
    end: start + quote.length,
    certainty: "stated",
    asserted: true,
    confidence: 0.9,
    status: "known",
    pattern: "test",
    ...over,
  };
}

const candidates: Candidates = {
  actors: [
    {
      id: "free-syrian-army",
      label: "Free Syrian Army",
      kind: "coalition",
      known: false,
      mentions: ["Free Syrian Army", "FSA"],
    },
  ],
  claims: [
    claim({}),
    claim({ from: "iran", to: "hts", quote: "Iran denied arming HTS.", asserted: false, status: "new" }),
    claim({
      from: "free-syrian-army",
      relation: "fights",
      to: "hts",
      quote: "The Free Syrian Army fought HTS.",
      status: "new",
    }),
    claim({
      from: "iran",
      relation: "supports",
      to: "hts",
      quote: "Iran denied arming HTS.",
      confidence: 0.3,
      status: "new",
    }),
  ],
};

describe("mergeCandidates", () => {
  const source = {
    id: "new-article",
    title: "New",
    publisher: "p",
    date: "2024-12-01",
    text: "new-article.txt",
  };
  const result = mergeCandidates(dataset, candidates, { source, minConfidence: 0.5 });

  it("adds confident asserted claims and the actors they need, never denials or weak ones", () => {
    expect(result.addedClaims).toEqual(["free-syrian-army-fights-hts"]);
    expect(result.addedActors).toEqual(["free-syrian-army"]);
    expect(result.dataset.actors.find((a) => a.id === "free-syrian-army")?.aliases).toEqual(["FSA"]);
    expect(result.dataset.claims.some((c) => c.from === "iran")).toBe(false);
  });

  it("adds the quote as evidence to a claim the dataset already has, and leaves the input untouched", () => {
    expect(result.corroborated).toEqual(["c1"]);
    expect(result.dataset.claims.find((c) => c.id === "c1")?.evidence).toHaveLength(2);
    expect(dataset.claims[0]?.evidence).toHaveLength(1);
  });

  it("produces a dataset that validates against the article text", () => {
    const checked = validateDataset(result.dataset, {
      file: "merged.json",
      ontology,
      sourceTexts: { old: "Old text.", "new-article": text },
    });
    expect(checked.ok, JSON.stringify(!checked.ok && checked.errors)).toBe(true);
  });
});

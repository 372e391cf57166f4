import { readdir, readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { isQuoteEvidence, isTextSource } from "../../src/model/evidence-kind";
import { loadDataset } from "../../src/model/load";
import { quoteIsVerbatim } from "../../src/model/quote-match";

/** Every dataset shipped in data/ (everything but the ontology and the generated JSON Schemas). */
const datasetFiles = (await readdir("data"))
  .filter((name) => name.endsWith(".json") && name !== "ontology.json" && !name.endsWith(".schema.json"))
  .map((name) => `data/${name}`);

describe("datasets in data/", () => {
  it("there is at least one", () => {
    expect(datasetFiles.length).toBeGreaterThan(0);
  });

  for (const file of datasetFiles) {
    it(`${file} validates; quotes are verbatim in their texts, references are cited by place and note`, async () => {
      const result = await loadDataset(file, (path) => readFile(path, "utf8"));
      expect(result.ok ? [] : result.errors).toEqual([]);
      if (!result.ok) return;
      const { dataset, sourceTexts } = result.value;
      const sources = new Map(dataset.sources.map((source) => [source.id, source]));
      let cited = 0;
      for (const claim of dataset.claims) {
        expect(claim.evidence.length, claim.id).toBeGreaterThan(0);
        for (const evidence of claim.evidence) {
          const source = sources.get(evidence.source);
          expect(source, `${claim.id}: source ${evidence.source}`).toBeDefined();
          if (source === undefined) continue;
          if (isQuoteEvidence(evidence)) {
            // A quote may only cite a shipped text, and must be verbatim in it.
            expect(isTextSource(source), `${claim.id}: ${evidence.source} is not a text`).toBe(true);
            const text = sourceTexts[evidence.source];
            expect(text, `${claim.id}: text of ${evidence.source}`).toBeDefined();
            expect(quoteIsVerbatim(evidence.quote, text ?? ""), `${claim.id}: ${evidence.quote}`).toBe(true);
          } else {
            // Reference evidence points at a public document by a place in it and says what it states.
            expect(isTextSource(source), `${claim.id}: ${evidence.source} is a text, not a reference`).toBe(
              false,
            );
            expect(evidence.locator.trim(), `${claim.id}: locator`).not.toBe("");
            expect(evidence.note.trim(), `${claim.id}: note`).not.toBe("");
          }
          cited++;
        }
      }
      expect(cited).toBeGreaterThanOrEqual(dataset.claims.length);
    });
  }
});

import { readdir, readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
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
    it(`${file} validates, and every quote is verbatim in its source`, async () => {
      const result = await loadDataset(file, (path) => readFile(path, "utf8"));
      expect(result.ok ? [] : result.errors).toEqual([]);
      if (!result.ok) return;
      const { dataset, sourceTexts } = result.value;
      let quotes = 0;
      for (const claim of dataset.claims) {
        for (const evidence of claim.evidence) {
          const text = sourceTexts[evidence.source];
          expect(text, `${claim.id}: source ${evidence.source}`).toBeDefined();
          expect(quoteIsVerbatim(evidence.quote ?? "", text ?? ""), `${claim.id}: ${evidence.quote}`).toBe(
            true,
          );
          quotes++;
        }
      }
      expect(quotes).toBeGreaterThanOrEqual(dataset.claims.length);
    });
  }
});

import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { renderJsonSchemas } from "../../src/model/json-schema";

describe("data/*.schema.json", () => {
  for (const [name, expected] of Object.entries(renderJsonSchemas())) {
    it(`${name} is current (regenerate with: npx tsx scripts/gen-schemas.ts)`, async () => {
      expect(await readFile(`data/${name}`, "utf8")).toBe(expected);
    });
  }

  it("describes the fields editors need", () => {
    const dataset = JSON.parse(renderJsonSchemas()["dataset.schema.json"] ?? "{}");
    expect(dataset.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(dataset.required).toEqual(expect.arrayContaining(["id", "title", "sources", "actors", "claims"]));
    const claim = dataset.properties.claims.items;
    expect(claim.properties.certainty.enum).toEqual(["stated", "implied", "disputed"]);
    expect(claim.additionalProperties).toBe(false);
    expect(claim.properties.evidence.minItems).toBe(1);
  });
});

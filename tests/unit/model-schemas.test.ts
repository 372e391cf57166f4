import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { renderJsonSchemas } from "../../src/model/json-schema";
import type { Ontology } from "../../src/model/types";

const ontology = JSON.parse(await readFile("data/ontology.json", "utf8")) as Ontology;
const rendered = renderJsonSchemas(ontology);

describe("data/*.schema.json", () => {
  for (const [name, expected] of Object.entries(rendered)) {
    it(`${name} is current (regenerate with: npx tsx tests/support/gen-schemas.ts)`, async () => {
      expect(await readFile(`data/${name}`, "utf8")).toBe(expected);
    });
  }

  it("describes the fields editors need", () => {
    const dataset = JSON.parse(rendered["dataset.schema.json"] ?? "{}");
    expect(dataset.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(dataset.required).toEqual(expect.arrayContaining(["id", "title", "sources", "actors", "claims"]));
    const claim = dataset.properties.claims.items;
    expect(claim.properties.certainty.enum).toEqual(["stated", "implied", "disputed"]);
    expect(claim.additionalProperties).toBe(false);
    expect(claim.properties.evidence.minItems).toBe(1);
    const [quoteItem, referenceItem] = claim.properties.evidence.items.anyOf;
    expect(quoteItem.properties.quote.description).toMatch(/verbatim/i);
    expect(referenceItem.properties.note.description).toMatch(/own words/i);
    expect(referenceItem.required).toEqual(["source", "locator", "note"]);
    const [textSource, reference] = dataset.properties.sources.items.anyOf;
    expect(textSource.required).toContain("text");
    expect(reference.required).toEqual(expect.arrayContaining(["url", "licence"]));
    expect(dataset.properties.actors.items.properties.start.description).toMatch(/founded/);
  });

  it("offers the ontology's kinds for completion without restricting them", () => {
    const dataset = JSON.parse(rendered["dataset.schema.json"] ?? "{}");
    const relation = dataset.properties.claims.items.properties.relation;
    expect(relation.examples).toEqual(ontology.relationKinds.map((r) => r.id));
    expect(relation.enum).toBeUndefined();
    expect(dataset.properties.actors.items.properties.kind.examples).toEqual(
      ontology.nodeKinds.map((k) => k.id),
    );
    const bare = JSON.parse(renderJsonSchemas()["dataset.schema.json"] ?? "{}");
    expect(bare.properties.claims.items.properties.relation.examples).toBeUndefined();
  });
});

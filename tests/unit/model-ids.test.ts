import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CERTAINTIES, isCertainty } from "../../src/model/certainty";
import { ID_PATTERN, IdAllocator, isId, slugify, uniqueId } from "../../src/model/ids";
import { ontologyIndex } from "../../src/model/ontology-index";
import { certaintySchema, datasetSchema } from "../../src/model/schema";
import type { Ontology } from "../../src/model/types";

describe("ids", () => {
  it("are lower-case letters, digits and hyphens, not starting with a hyphen", () => {
    for (const id of ["assad-government", "hts", "2024-offensive", "a"]) expect(isId(id)).toBe(true);
    for (const id of ["", "-x", "Assad", "a_b", "a b", "ḥama"]) expect(isId(id)).toBe(false);
  });

  it("the schema checks the same rule", () => {
    const ok = (id: string) =>
      datasetSchema.safeParse({ id, title: "t", sources: [], actors: [], claims: [] }).success;
    for (const id of ["assad-government", "-x", "Assad", "a b"]) expect(ok(id)).toBe(ID_PATTERN.test(id));
  });

  it("are made from names by one rule: accents folded, apostrophes dropped, other runs one hyphen", () => {
    expect(slugify("Hama City", "x")).toBe("hama-city");
    expect(slugify("Ḥamāh", "x")).toBe("hamah");
    expect(slugify("Assad's forces", "x")).toBe("assads-forces");
    expect(slugify("Assad’s  forces!", "x")).toBe("assads-forces");
    expect(slugify("  --Free Syrian Army--  ", "x")).toBe("free-syrian-army");
    expect(slugify("حماة", "actor")).toBe("actor");
    expect(isId(slugify("Ünïcödé — and 'quotes'", "x"))).toBe(true);
  });

  it("are kept unique with a number, and an allocator counts what it rewrote", () => {
    expect(uniqueId("a", new Set())).toBe("a");
    expect(uniqueId("a", new Set(["a", "a-2"]))).toBe("a-3");
    const ids = new IdAllocator("node");
    expect([ids.allocate("a"), ids.allocate("a"), ids.allocate("Hama City"), ids.allocate("!!")]).toEqual([
      "a",
      "a-2",
      "hama-city",
      "node",
    ]);
    expect(ids.rewritten).toBe(3);
  });
});

describe("certainty", () => {
  it("is one list, the schema's", () => {
    expect(certaintySchema.options).toEqual([...CERTAINTIES]);
    expect(isCertainty("stated")).toBe(true);
    expect(isCertainty("certain")).toBe(false);
  });
});

describe("the ontology index", () => {
  const ontology = JSON.parse(readFileSync("data/ontology.json", "utf8")) as Ontology;
  const index = ontologyIndex(ontology);

  it("is built once per ontology", () => {
    expect(ontologyIndex(ontology)).toBe(index);
  });

  it("finds kinds and relations by id and by label in any case", () => {
    for (const relation of ontology.relationKinds) {
      expect(index.relation(relation.id)).toBe(relation);
      expect(index.relationByLabel(relation.label.toUpperCase())).toBe(relation);
      expect(index.relationLabel(relation.id)).toBe(relation.label);
    }
    for (const kind of ontology.nodeKinds) {
      expect(index.nodeKind(kind.id)).toBe(kind);
      expect(index.nodeKindByLabel(kind.label.toLowerCase())).toBe(kind);
    }
    expect(index.relation("no-such")).toBeUndefined();
    expect(index.relationLabel("no-such")).toBe("no-such");
    expect(index.nodeKindLabel("no-such")).toBe("no-such");
  });

  it("knows places, the default actor kind and the relations' order", () => {
    for (const place of ontology.placeKinds) expect(index.isPlaceKind(place)).toBe(true);
    expect(index.isPlaceKind(undefined)).toBe(false);
    expect(index.isPlaceKind(index.defaultActorKind.id)).toBe(false);
    expect(index.relationIds.map(index.relationOrder)).toEqual(ontology.relationKinds.map((_, i) => i));
    expect(index.relationOrder("no-such")).toBe(ontology.relationKinds.length);
  });
});

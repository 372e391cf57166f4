import { describe, expect, it } from "vitest";
import { normalizeForSearch, searchActors } from "../../src/view/search-index";

const items = [
  { id: "hts", label: "Hayat Tahrir al-Sham", aliases: ["HTS", "Jabhat al-Nusra"], kind: "armed-group" },
  { id: "nusra-front", label: "Nusra Front", aliases: [], kind: "armed-group" },
  { id: "turkey", label: "Turkey", aliases: ["Türkiye"], kind: "state" },
  { id: "as-salamiyyah", label: "As-Salamiyyah", aliases: ["Salamiyah"], kind: "city" },
];

describe("searchActors", () => {
  it("finds an actor through an alias and says which alias matched", () => {
    const hits = searchActors(items, "nusra");
    expect(hits.map((hit) => hit.id)).toEqual(["nusra-front", "hts"]);
    expect(hits[1]?.via).toBe("Jabhat al-Nusra");
    expect(hits[0]?.via).toBeUndefined();
  });

  it("ignores case, accents and hyphens", () => {
    expect(searchActors(items, "TURKIYE").map((hit) => hit.id)).toEqual(["turkey"]);
    expect(searchActors(items, "as salam").map((hit) => hit.id)).toEqual(["as-salamiyyah"]);
    expect(normalizeForSearch("  Hay’at  Tahrir ")).toBe("hay at tahrir");
  });

  it("ranks a label prefix before a match inside a word, and returns nothing for blank queries", () => {
    expect(
      searchActors(items, "t")
        .map((hit) => hit.id)
        .slice(0, 1),
    ).toEqual(["turkey"]);
    expect(searchActors(items, "   ")).toEqual([]);
    expect(searchActors(items, "zzz")).toEqual([]);
  });
});

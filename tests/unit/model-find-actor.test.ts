import { describe, expect, it } from "vitest";
import { findActor, findActorMatches, suggestActors } from "../../src/model/find-actor";
import { closestMatches, editDistance } from "../../src/model/suggest";
import type { Dataset } from "../../src/model/types";

const dataset: Dataset = {
  id: "d",
  title: "D",
  sources: [],
  claims: [],
  actors: [
    { id: "hts", label: "Hayat Tahrir al-Sham", kind: "armed-group", aliases: ["HTS", "Nusra Front"] },
    { id: "assad-government", label: "Assad government", kind: "government", aliases: ["the regime"] },
    { id: "russia", label: "Russia", kind: "state" },
    // An alias equal to another actor's id: the id must win.
    {
      id: "russian-air-force",
      label: "Russian air force",
      kind: "armed-forces",
      aliases: ["russia air", "hts"],
    },
  ],
};

describe("findActor", () => {
  it("finds by id, label or alias, ignoring case and extra spaces", () => {
    expect(findActor(dataset, "hts")?.id).toBe("hts");
    expect(findActor(dataset, "  hayat   TAHRIR al-sham ")?.id).toBe("hts");
    expect(findActor(dataset, "nusra front")?.id).toBe("hts");
    expect(findActor(dataset, "The Regime")?.id).toBe("assad-government");
    expect(findActor(dataset, "Russian Air Force")?.id).toBe("russian-air-force");
  });

  it("prefers an id over a label over an alias", () => {
    expect(findActor(dataset, "HTS")?.id).toBe("hts");
  });

  it("returns undefined for unknown or empty names", () => {
    expect(findActor(dataset, "iran")).toBeUndefined();
    expect(findActor(dataset, "   ")).toBeUndefined();
  });
});

describe("findActorMatches", () => {
  it("lists every actor an ambiguous alias could mean, at the strongest level only", () => {
    const shared: Dataset = {
      ...dataset,
      actors: [
        ...dataset.actors,
        { id: "sb-one", label: "Samaal Battalion", kind: "armed-group", aliases: ["SB"] },
        { id: "sb-two", label: "Sulrum Battalion", kind: "armed-group", aliases: ["sb"] },
      ],
    };
    expect(findActorMatches(shared, "SB").map((a) => a.id)).toEqual(["sb-one", "sb-two"]);
    expect(findActor(shared, "SB")?.id).toBe("sb-one");
    // "hts" is an id and another actor's alias: the id alone.
    expect(findActorMatches(shared, "hts").map((a) => a.id)).toEqual(["hts"]);
    expect(findActorMatches(shared, "nobody")).toEqual([]);
  });
});

describe("suggestActors", () => {
  it("suggests near misses and partial names, best first", () => {
    expect(suggestActors(dataset, "rusia").map((a) => a.id)[0]).toBe("russia");
    expect(suggestActors(dataset, "assad").map((a) => a.id)).toEqual(["assad-government"]);
    expect(suggestActors(dataset, "tahrir").map((a) => a.id)).toEqual(["hts"]);
    expect(suggestActors(dataset, "zzzzzz")).toEqual([]);
  });

  it("lists an actor once even when several of its names match", () => {
    const ids = suggestActors(dataset, "russia", 10).map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("closestMatches", () => {
  it("computes edit distance", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });
  it("ranks by distance and respects the limit", () => {
    expect(closestMatches("fight", ["supports", "fights", "controls"])).toEqual(["fights"]);
    expect(closestMatches("ab", ["abc", "abd", "abe", "abf"], 2)).toHaveLength(2);
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractCandidates } from "../../src/ingest/extract";
import { buildGazetteer } from "../../src/ingest/gazetteer";
import { loadDataset } from "../../src/model/load";
import { datasetSchema, ontologySchema } from "../../src/model/schema";

/**
 * Names: aliases the datasets give, names a text defines for its actors (acronyms in brackets or
 * apposition, "or X for short", "also known as"), and longer names that are other actors.
 * Texts written for these tests.
 */
const ontology = ontologySchema.parse(JSON.parse(readFileSync("data/ontology.json", "utf8")));
const dataset = datasetSchema.parse(JSON.parse(readFileSync("tests/eval/background.json", "utf8")));
const gazetteer = buildGazetteer(ontology, [{ file: "background.json", dataset, ontology, sourceTexts: {} }]);

function read(text: string) {
  return extractCandidates(text, { ontology, gazetteer });
}

function triples(text: string): string[] {
  return read(text).claims.map((c) => `${c.from} ${c.relation} ${c.to}`);
}

describe("names a text defines", () => {
  it("reads an acronym defined after it was first used as the defined actor", () => {
    const text =
      "Few expected the KLF to last. The Kurdistan Liberation Front (KLF) fought Turkey in 2016, and Turkey later attacked the KLF.";
    expect(triples(text)).toEqual(
      expect.arrayContaining([
        "kurdistan-liberation-front fights turkey",
        "turkey attacks kurdistan-liberation-front",
      ]),
    );
    const ids = read(text).actors.map((a) => a.id);
    expect(ids).toContain("kurdistan-liberation-front");
    expect(ids).not.toContain("klf");
  });

  it("learns acronyms given in apposition, after 'or', and 'for short'", () => {
    expect(
      triples("The Free Valley Brigades, the FVB, were formed in May. The FVB attacked Homs."),
    ).toContain("free-valley-brigades attacks homs");
    expect(triples("The Hawks of the Plain Brigade or HPB took part. HPB fighters captured Hama.")).toContain(
      "hawks-of-the-plain-brigade controls hama",
    );
    expect(
      triples("Jaish al-Ahrar, or JAA for short, was founded in 2016. JAA fighters later seized Idlib."),
    ).toContain("jaish-al-ahrar controls idlib");
  });

  it("learns 'also known as' for people and groups", () => {
    const { actors } = read(
      "Abu Omar al-Halabi, also known as Abu Hafs, fled to Idlib. Abu Hafs later joined HTS.",
    );
    expect(actors.find((a) => a.id === "abu-omar-al-halabi")?.mentions).toEqual(
      expect.arrayContaining(["Abu Omar al-Halabi", "Abu Hafs"]),
    );
  });
});

describe("longer names", () => {
  it("reads a known group's name extended by 'of' as another actor, not the known one", () => {
    const text = "The Islamic State of Iraq attacked Homs in 2007.";
    expect(triples(text)).toContain("islamic-state-of-iraq attacks homs");
    expect(triples(text)).not.toContain("islamic-state attacks homs");
  });

  it("keeps a country's long name as the country", () => {
    expect(triples("The Islamic Republic of Iran has armed Hezbollah for decades.")).toContain(
      "iran supports hezbollah",
    );
  });

  it("resolves a long pre-modified name to its head and never to a modifier's actor", () => {
    const found = triples("The U.S.-backed, Arab-led Syrian Free Army took Homs in 2019.");
    expect(found).toContain("syrian-free-army controls homs");
    expect(found).not.toContain("usa controls homs");
  });

  it("joins 'of' inside a name whose last word is a kind cue", () => {
    expect(triples("The Lions of Tawhid Brigade raided Homs last year.")).toContain(
      "lions-of-tawhid-brigade attacks homs",
    );
  });
});

describe("aliases from the datasets", () => {
  it("reads ISIL, ISIS, IS and Daesh as one actor with the Syria knowledge base", async () => {
    const loaded = await loadDataset("data/syria.json", (p) => Promise.resolve(readFileSync(p, "utf8")));
    if (!loaded.ok) throw new Error("data/syria.json does not load");
    const syria = buildGazetteer(loaded.value.ontology, [loaded.value]);
    const text = "ISIL attacked Homs. ISIS attacked Hama. Daesh attacked Aleppo. IS attacked Palmyra.";
    const froms = new Set(
      extractCandidates(text, { ontology: loaded.value.ontology, gazetteer: syria }).claims.map(
        (c) => c.from,
      ),
    );
    expect([...froms]).toEqual(["islamic-state"]);
  });

  it("reads them as one actor with the evaluation background too", () => {
    const text = "ISIL attacked Homs. ISIS attacked Hama. Daesh attacked Aleppo. IS attacked Idlib.";
    expect(new Set(read(text).claims.map((c) => c.from))).toEqual(new Set(["islamic-state"]));
  });
});

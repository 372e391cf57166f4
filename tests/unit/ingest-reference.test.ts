import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractCandidates } from "../../src/ingest/extract";
import { buildGazetteer } from "../../src/ingest/gazetteer";
import { datasetSchema, ontologySchema } from "../../src/model/schema";

/**
 * Who a clause is about: coordination ("not only A but also B", "A and later B"), anaphora ("the
 * same factions", "its patrons in Tehran"), new names introduced by a naming phrase, and a
 * comma-closed apposition that ends its own scope. Sentences written for these tests.
 */
const ontology = ontologySchema.parse(JSON.parse(readFileSync("data/ontology.json", "utf8")));
const dataset = datasetSchema.parse(JSON.parse(readFileSync("tests/eval/background.json", "utf8")));
const gazetteer = buildGazetteer(ontology, [{ file: "background.json", dataset, ontology, sourceTexts: {} }]);

type Row = [text: string, expected: string[], forbidden?: string[]];

const ROWS: Record<string, Row[]> = {
  coordination: [
    [
      "Russian jets struck not only HTS but also units of the Nusra Front near Idlib.",
      ["russia attacks hts", "russia attacks nusra-front"],
      ["hts part-of nusra-front"],
    ],
    [
      "The Syrian army and later Hezbollah entered Homs.",
      ["syrian-army operates-in homs", "hezbollah operates-in homs"],
    ],
  ],
  coreference: [
    [
      "Iran-backed militias moved into Homs. The same factions later seized Hama.",
      ["pro-iran-militias controls hama"],
    ],
    ["Hezbollah is losing ground. Its patrons in Tehran sent more money.", ["iran supports hezbollah"]],
    ["HTS fought in Idlib. Its fighters later entered Aleppo.", ["hts operates-in aleppo"]],
  ],
  "new names": [
    [
      "A new alliance known as the Northern Shield Brigades took control of Hama.",
      ["northern-shield-brigades controls hama"],
    ],
    ["A group calling itself the Sons of the Desert attacked Homs.", ["sons-of-the-desert attacks homs"]],
    [
      "A militia called Liwa al-Quds fought alongside the Syrian army.",
      ["liwa-al-quds allied-with syrian-army"],
    ],
  ],
  "an apposition ends at its comma": [
    [
      "HTS, formerly known as the Nusra Front, controls Idlib.",
      ["hts controls idlib"],
      ["nusra-front controls idlib"],
    ],
  ],
};

function current(text: string): string[] {
  return extractCandidates(text, { ontology, gazetteer })
    .claims.filter((c) => c.asserted && !c.ended)
    .map((c) => `${c.from} ${c.relation} ${c.to}`);
}

describe.each(Object.entries(ROWS))("%s", (_family, rows) => {
  it.each(rows)("%s", (text, expected, forbidden = []) => {
    const found = current(text);
    for (const claim of expected) expect(found, text).toContain(claim);
    for (const claim of forbidden) expect(found, text).not.toContain(claim);
  });
});

describe("new actors", () => {
  it("takes the kind of a named new actor from the noun before the naming phrase", () => {
    const { actors } = extractCandidates("A group calling itself the Sons of the Desert attacked Homs.", {
      ontology,
      gazetteer,
    });
    expect(actors.find((a) => a.id === "sons-of-the-desert")).toMatchObject({
      kind: "armed-group",
      known: false,
    });
  });
});

describe("dataset aliases", () => {
  const small = datasetSchema.parse({
    id: "alias-test",
    title: "Aliases",
    ontology: "../../data/ontology.json",
    sources: [],
    actors: [
      { id: "guardians", label: "Guardians of the Faith", kind: "armed-group", aliases: ["GoF", "HaD"] },
      { id: "azaz", label: "Azaz", kind: "city" },
    ],
    claims: [],
  });
  const aliasGazetteer = buildGazetteer(ontology, [
    { file: "alias-test.json", dataset: small, ontology, sourceTexts: {} },
  ]);
  const read = (text: string) =>
    extractCandidates(text, { ontology, gazetteer: aliasGazetteer }).claims.map(
      (c) => `${c.from} ${c.relation} ${c.to}`,
    );

  it("reads an actor by any alias the dataset gives", () => {
    expect(read("HaD fighters seized Azaz overnight.")).toContain("guardians controls azaz");
  });

  it("matches a short mixed-case alias only as written", () => {
    const { actors } = extractCandidates("The town had been quiet until Azaz fell.", {
      ontology,
      gazetteer: aliasGazetteer,
    });
    expect(actors.map((a) => a.id)).not.toContain("guardians");
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractCandidates } from "../../src/ingest/extract";
import { buildGazetteer } from "../../src/ingest/gazetteer";
import { MentionFinder } from "../../src/ingest/mentions/index";
import { segmentText } from "../../src/ingest/nlp";
import { chunkUnits } from "../../src/ingest/structure/chunks";
import { readStructure } from "../../src/ingest/structure/read";
import { readUnits } from "../../src/ingest/structure/units";
import { datasetSchema, ontologySchema } from "../../src/model/schema";

/**
 * The shallow structure the relation lexicon is read over: units, noun-phrase chunks and clause
 * roles, on sentences written for these tests.
 */
const ontology = ontologySchema.parse(JSON.parse(readFileSync("data/ontology.json", "utf8")));
const dataset = datasetSchema.parse(JSON.parse(readFileSync("tests/eval/background.json", "utf8")));
const gazetteer = buildGazetteer(ontology, [{ file: "background.json", dataset, ontology, sourceTexts: {} }]);

function firstSentence(text: string) {
  const finder = new MentionFinder(gazetteer);
  const sentence = segmentText(text)[0];
  if (!sentence) throw new Error("no sentence");
  const mentions = finder.find(text, sentence);
  return { sentence, mentions, isDemonym: (m: number) => mentions[m]?.via === "demonym" };
}

/** The chunks of a sentence, as "[words]" with the head starred. */
function chunked(text: string): string[] {
  const { sentence, mentions, isDemonym } = firstSentence(text);
  const units = readUnits(sentence.tokens, mentions);
  const { chunks } = chunkUnits(units, isDemonym);
  const word = (i: number) => {
    const unit = units[i];
    const m = unit?.mention === undefined ? undefined : mentions[unit.mention];
    const base = m ? m.surface : (unit?.text ?? "");
    return `${base}${unit?.compound ? `-${unit.compound}` : ""}${unit?.possessive ? "'s" : ""}`;
  };
  return chunks.map((c) => {
    const words: string[] = [];
    for (let i = c.first; i <= c.last; i++) words.push(i === c.head ? `${word(i)}*` : word(i));
    return words.join(" ");
  });
}

/** The relations the structure reads, as "from relation to" with actor ids. */
function relations(text: string): string[] {
  const { sentence, mentions, isDemonym } = firstSentence(text);
  const id = (m: number) => mentions[m]?.actorIds[0] ?? "?";
  return readStructure(sentence.tokens, mentions, isDemonym).claims.flatMap((c) =>
    c.from.flatMap((a) => c.to.map((b) => `${id(a)} ${c.relation} ${id(b)}`)),
  );
}

describe("chunker", () => {
  it("keeps a mention's compound modifier and its possessive with the phrase", () => {
    expect(chunked("Moscow's ally Hezbollah sent Qatari-funded brigades north.")).toEqual([
      "Moscow's ally Hezbollah*",
      "Qatari-funded brigades*",
    ]);
  });
  it("ends a phrase before a relation verb tagged as a noun", () => {
    expect(chunked("Iran funds Hezbollah and arms the militias.")).toEqual([
      "Iran*",
      "Hezbollah*",
      "the militias*",
    ]);
  });
  it("reads a chain of compound modifiers as one phrase", () => {
    expect(chunked("Iran-funded, Russia-commanded brigades moved.")[0]).toBe(
      "Iran-funded , Russia-commanded brigades*",
    );
  });
  it("keeps a participle before a noun in its phrase", () => {
    expect(chunked("HTS and allied factions took Hama.")).toEqual(["HTS*", "allied factions*", "Hama*"]);
  });
});

describe("clause roles", () => {
  it("reads an active verb's subject and object", () => {
    expect(relations("Iran funds Hezbollah.")).toEqual(["iran supports hezbollah"]);
  });
  it("takes a relative clause's subject from its antecedent", () => {
    expect(relations("Turkey, which shelters many exiles, arms the rebels.")).toContain(
      "turkey supports rebels",
    );
    expect(relations("Hezbollah, which attacked Hama last year, withdrew.")).toContain(
      "hezbollah attacks hama",
    );
  });
  it("takes an object relative's object from its antecedent", () => {
    expect(relations("Aleppo, which HTS seized in a week, was quiet.")).toContain("hts controls aleppo");
  });
  it("skips an apposition between the subject and its verb", () => {
    expect(relations("Hezbollah, a movement founded decades ago, fought the Islamic State.")).toContain(
      "hezbollah fights islamic-state",
    );
  });
  it("reads a passive's by-agent, also in a reduced relative after a locating phrase", () => {
    expect(relations("Homs was captured by the rebels.")).toEqual(["rebels controls homs"]);
    expect(relations("Idlib, a region north of Hama held by HTS, was calm.")).toContain("hts controls idlib");
  });
  it("does not read a perfect with a by-phrase as a passive", () => {
    expect(relations("The rebels had seized Homs by dawn.")).toEqual(["rebels controls homs"]);
  });
  it("gives a coordinated verb phrase the first verb's subject", () => {
    expect(relations("HTS entered Hama and later attacked the Syrian army.")).toContain(
      "hts attacks syrian-army",
    );
  });
  it("reads every member of a coordination, including not only ... but also", () => {
    expect(
      relations("Israeli jets struck not only Hezbollah but also units of the Syrian army and the rebels."),
    ).toEqual(["israel attacks hezbollah", "israel attacks syrian-army", "israel attacks rebels"]);
    expect(relations("Russia, Iran and Hezbollah backed the Syrian army.")).toHaveLength(3);
  });
  it("does not read a pronoun after a comma as a second member", () => {
    expect(relations("HTS broke with al-Qaeda, and it fought the Islamic State.")).not.toContain(
      "al-qaeda fights islamic-state",
    );
  });
  it("reads a reversed trigger: what falls is held by whom it falls to", () => {
    expect(relations("Hama fell to the rebels on Thursday.")).toEqual(["rebels controls hama"]);
  });
  it("reads no deed into a purpose", () => {
    expect(relations("HTS launched an offensive to capture Hama.")).toEqual([]);
  });
});

describe("negated readings stay unasserted", () => {
  const asserted = (text: string) =>
    extractCandidates(text, { ontology, gazetteer })
      .claims.filter((c) => c.asserted)
      .map((c) => `${c.from} ${c.relation} ${c.to}`);
  it("reads a negated subject as a negated claim", () => {
    expect(asserted("The ministry said no Iranian advisers were present in Aleppo.")).not.toContain(
      "iran operates-in aleppo",
    );
  });
  it("reads 'mistaken for part of' as no membership", () => {
    expect(asserted("HTS was long mistaken for part of al-Qaeda.")).not.toContain("hts part-of al-qaeda");
  });
});

describe("compound modifiers over their phrase", () => {
  it("reads a compound before a part noun as about what follows its 'of'", () => {
    expect(relations("Shelling hit the Turkish-held part of Idlib.")).toContain("turkey controls idlib");
  });
  it("keeps coordinated demonyms on their one noun", () => {
    expect(relations("HTS fought the Syrian army and its Russian and Iranian allies.")).toEqual([
      "hts fights syrian-army",
    ]);
  });
});

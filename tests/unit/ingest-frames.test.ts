import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractCandidates } from "../../src/ingest/extract";
import { buildGazetteer } from "../../src/ingest/gazetteer";
import { datasetSchema, ontologySchema } from "../../src/model/schema";

/**
 * The frames the relation lexicon is read in (relational nouns in possessives, appositions and
 * copulas; participles with a by-agent; chains of compound modifiers), on sentences written for
 * these tests. Each row: a text, claims that must be asserted, claims that must not be.
 */
const ontology = ontologySchema.parse(JSON.parse(readFileSync("data/ontology.json", "utf8")));
const dataset = datasetSchema.parse(JSON.parse(readFileSync("tests/eval/background.json", "utf8")));
const gazetteer = buildGazetteer(ontology, [{ file: "background.json", dataset, ontology, sourceTexts: {} }]);

type Row = [text: string, expected: string[], forbidden?: string[]];

const FRAMES: Record<string, Row[]> = {
  "possessive relational nouns": [
    ["Hezbollah, Tehran's most trusted proxy, sent fighters north.", ["iran supports hezbollah"]],
    [
      "Moscow's closest client, the Assad government, asked for more jets.",
      ["russia supports assad-government"],
    ],
    ["Aleppo was retaken by Russia's ally Hezbollah.", ["hezbollah allied-with russia"]],
    ["HTS had long been Turkey's uneasy partner in the north.", ["hts allied-with turkey"]],
  ],
  "relational nouns in appositions and copulas": [
    ["Hezbollah, a close ally of Assad, kept its distance.", ["hezbollah allied-with bashar-al-assad"]],
    ["Iran, the main patron of Hezbollah, denied any role.", ["iran supports hezbollah"]],
    ["The Nusra Front was for years the Syrian branch of al-Qaeda.", ["nusra-front part-of al-qaeda"]],
    ["HTS is the heir of the Nusra Front, analysts say.", ["hts successor-of nusra-front"]],
    ["Islamic State, a sworn enemy of HTS, struck again.", ["islamic-state fights hts"]],
  ],
  "participles with a by-agent": [
    ["Hama, long held by the Syrian army, was quiet on Monday.", ["syrian-army controls hama"]],
    ["Pro-Iranian militias, trained and armed by Iran, moved south.", ["iran supports pro-iran-militias"]],
    ["Two towns in northern Syria held by HTS were shelled.", [], ["hts controls syria"]],
    ["The attack was commanded by Assad's brother.", [], ["bashar-al-assad leads syrian-army"]],
  ],
  "chains of compound modifiers": [
    [
      "Russian-funded, Iranian-commanded Hezbollah units entered Aleppo.",
      ["russia supports hezbollah", "iran leads hezbollah"],
    ],
  ],
};

function current(text: string): string[] {
  return extractCandidates(text, { ontology, gazetteer })
    .claims.filter((c) => c.asserted && !c.ended)
    .map((c) => `${c.from} ${c.relation} ${c.to}`);
}

describe.each(Object.entries(FRAMES))("%s", (_family, rows) => {
  it.each(rows)("%s", (text, expected, forbidden = []) => {
    const found = current(text);
    for (const claim of expected) expect(found, text).toContain(claim);
    for (const claim of forbidden) expect(found, text).not.toContain(claim);
  });
});

describe("construction kinds", () => {
  it("says which construction carried a claim", () => {
    const claim = extractCandidates("Hezbollah, Tehran's most trusted proxy, sent fighters north.", {
      ontology,
      gazetteer,
    }).claims.find((c) => c.relation === "supports");
    expect(claim?.kinds).toContain("relational-noun");
  });
});

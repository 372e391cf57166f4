import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readAspect } from "../../src/ingest/aspect";
import { extractCandidates } from "../../src/ingest/extract";
import { buildGazetteer } from "../../src/ingest/gazetteer";
import { datasetSchema, ontologySchema } from "../../src/model/schema";

/**
 * Time and aspect, on sentences written for these tests: a relation the text says is over is
 * extracted as ended (with the year when the text gives one), never as current.
 */
const ontology = ontologySchema.parse(JSON.parse(readFileSync("data/ontology.json", "utf8")));
const dataset = datasetSchema.parse(JSON.parse(readFileSync("tests/eval/background.json", "utf8")));
const gazetteer = buildGazetteer(ontology, [{ file: "background.json", dataset, ontology, sourceTexts: {} }]);

function claims(text: string) {
  return extractCandidates(text, { ontology, gazetteer, date: "2024-12-08" }).claims.filter(
    (c) => c.asserted,
  );
}

function find(text: string, key: string) {
  return claims(text).find((c) => `${c.from} ${c.relation} ${c.to}` === key);
}

describe("ended relations", () => {
  it.each([
    [
      "Homs, which had been held by the rebels for two years, fell on Monday to government troops.",
      "rebels controls homs",
    ],
    ["The rebels had long controlled Hama before the siege.", "rebels controls hama"],
    [
      "Hezbollah, once a close ally of Assad, pulled its men out of Aleppo.",
      "hezbollah allied-with bashar-al-assad",
    ],
    ["Iran backed Hezbollah until 2019, a former commander said.", "iran supports hezbollah"],
    ["Islamic State lost Aleppo in a matter of days.", "islamic-state controls aleppo"],
    ["Hama, formerly held by the Syrian army, is quiet.", "syrian-army controls hama"],
  ])("%s", (text, key) => {
    const claim = find(text, key);
    expect(claim, `${key} in: ${text}`).toBeDefined();
    expect(claim?.ended).toBe(true);
    expect(claim?.span?.start).toBeUndefined();
  });

  it("keeps the new holder current when the old one's hold had ended", () => {
    const text =
      "Homs, which had been held by the rebels for two years, fell on Monday to government troops.";
    const winner = find(text, "syrian-army controls homs");
    expect(winner).toBeDefined();
    expect(winner?.ended).toBeUndefined();
  });

  it("takes the end year from the text, else the article date", () => {
    expect(
      find("Iran backed Hezbollah until 2019, a former commander said.", "iran supports hezbollah")?.span,
    ).toEqual({
      end: "2019",
    });
    expect(
      find("Islamic State lost Aleppo in a matter of days.", "islamic-state controls aleppo")?.span,
    ).toEqual({
      end: "2024-12-08",
    });
  });

  it.each([
    ["HTS, formerly known as the Nusra Front, controls Idlib.", "hts controls idlib"],
    ["Russia backs the Assad government once again.", "russia supports assad-government"],
    ["Government troops retook Palmyra in March.", "syrian-army controls palmyra"],
  ])("does not end a current relation: %s", (text, key) => {
    const claim = find(text, key);
    expect(claim, `${key} in: ${text}`).toBeDefined();
    expect(claim?.ended).toBeUndefined();
  });
});

describe("readAspect", () => {
  it("never ends a succession", () => {
    expect(readAspect("successor-of", " formerly known as ", "").ended).toBe(false);
  });
  it("reads an until-clause after the match", () => {
    expect(readAspect("controls", "  held  ", " until 2016, when the army returned")).toEqual({
      ended: true,
      endYear: "2016",
    });
  });
});

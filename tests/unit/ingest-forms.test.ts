import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractCandidates } from "../../src/ingest/extract";
import { buildGazetteer } from "../../src/ingest/gazetteer";
import { datasetSchema, ontologySchema } from "../../src/model/schema";

/**
 * Common news forms the extractor must read, one sentence each (invented for the purpose, not
 * taken from the evaluation articles). Each row: the sentence, claims that must be found as
 * asserted, and claims that must not be asserted.
 */
const ontology = ontologySchema.parse(JSON.parse(readFileSync("data/ontology.json", "utf8")));
const dataset = datasetSchema.parse(JSON.parse(readFileSync("tests/eval/background.json", "utf8")));
const gazetteer = buildGazetteer(ontology, [{ file: "background.json", dataset, ontology, sourceTexts: {} }]);

const FORMS: [string, string[], string[]?][] = [
  ["Rebels took control of Hama and Homs on Friday.", ["rebels controls hama", "rebels controls homs"]],
  ["After taking the city of Homs, the rebels advanced south.", ["rebels controls homs"]],
  ["Government troops remained in full control of Damascus.", ["syrian-army controls damascus"]],
  ["Hama, which rebels captured on Thursday, is now quiet.", ["rebels controls hama"]],
  ["Fighting raged in the rebel-held town of Idlib.", ["rebels controls idlib"]],
  ["Russia maintains an air base near Aleppo.", ["russia operates-in aleppo"]],
  ["Hezbollah fighters were deployed to Homs last week.", ["hezbollah operates-in homs"]],
  ["Moscow is Assad's main backer.", ["russia supports bashar-al-assad"]],
  ["Hezbollah was once a key ally of the Assad government.", ["hezbollah allied-with assad-government"]],
  ["The Syrian army besieged and bombarded Homs for years.", ["syrian-army attacks homs"]],
  ["Homs was besieged and bombarded by the Syrian army.", ["syrian-army attacks homs"]],
  ["Israel struck weapons depots belonging to Hezbollah.", ["israel attacks hezbollah"]],
  ["Bashar al-Assad belongs to the Alawite community.", ["bashar-al-assad part-of alawites"]],
  [
    "Aleppo is home to the Alawite community to which Bashar al-Assad belongs.",
    ["bashar-al-assad part-of alawites"],
  ],
  ["The Druze community of Sweida stayed neutral.", ["druze inhabits sweida"]],
  ["Clashes broke out in the Druze-majority city of Sweida.", ["druze inhabits sweida"]],
  ["Israel occupies the Golan Heights.", ["israel controls golan-heights"]],
  ["The Syrian army's 4th Division guards Damascus.", ["4th-division part-of syrian-army"]],
  ["Russian jets bombed Idlib, a claim denied by Moscow.", [], ["russia attacks idlib"]],
  ["Iran has not sent troops to Syria.", [], ["iran operates-in syria"]],
  ["Turkey says it never armed HTS.", [], ["turkey supports hts"]],
  [
    "HTS fighters captured the town of Saraqib from government forces.",
    ["hts controls saraqib", "hts fights syrian-army"],
  ],
  [
    "Iranian-backed militias have been fighting alongside Syrian troops.",
    ["iran supports pro-iran-militias", "pro-iran-militias allied-with syrian-army"],
  ],
  ["Turkish forces and their Syrian allies captured Afrin in 2018.", ["turkey controls afrin"]],
  [
    "The rebels, who are supported by Turkey, attacked Hama.",
    ["turkey supports rebels", "rebels attacks hama"],
  ],
  [
    "Russia and Iran have backed Assad throughout the war.",
    ["russia supports bashar-al-assad", "iran supports bashar-al-assad"],
  ],
  [
    "Hezbollah and Iranian-backed militias poured into Aleppo.",
    ["hezbollah operates-in aleppo", "pro-iran-militias operates-in aleppo"],
  ],
  [
    "The Islamic State was driven out of Raqqa by the Syrian Democratic Forces in 2017.",
    ["syrian-democratic-forces fights islamic-state", "syrian-democratic-forces controls raqqa"],
  ],
  ["Washington considers the PKK a terrorist group.", ["usa designates-terrorist pkk"]],
  [
    "HTS, which controls Idlib, is led by Abu Mohammed al-Jolani.",
    ["hts controls idlib", "abu-mohammed-al-jolani leads hts"],
    ["hts part-of abu-mohammed-al-jolani"],
  ],
  [
    "The SDF, a Kurdish-led alliance backed by Washington, controls Raqqa.",
    ["usa supports sdf", "sdf controls raqqa"],
  ],
  ["Tehran has reportedly supplied Hezbollah with drones.", ["iran supports hezbollah"]],
  [
    "Rebel factions, including HTS and the Syrian National Army, launched the offensive.",
    ["hts part-of rebels", "syrian-national-army part-of rebels"],
  ],
  ["The United States has about 900 troops in Syria.", ["usa operates-in syria"]],
  ["Hezbollah has fought in Syria since 2013.", ["hezbollah operates-in syria"]],
  ["Moscow denied that its jets had bombed Idlib.", [], ["russia attacks idlib"]],
  [
    "Turkish officials rejected claims that Ankara had coordinated the offensive with HTS.",
    [],
    ["turkey allied-with hts"],
  ],
  ["Turkey had no role in the assault on Aleppo.", [], ["turkey attacks aleppo"]],
  ["Russian warplanes pounded rebel positions in Idlib.", ["russia attacks rebels"]],
  ["Turkey launched a ground offensive against the SDF.", ["turkey attacks sdf"]],
  ["Rebel fighters advanced into Hama.", ["rebels operates-in hama"]],
  [
    "Iran and Hezbollah are allies of the Assad government.",
    ["iran allied-with assad-government", "hezbollah allied-with assad-government"],
  ],
  ["Iranian commanders are present in Aleppo.", ["iran operates-in aleppo"]],
  ["Hezbollah is part of the Axis of Resistance.", ["hezbollah part-of axis-of-resistance"]],
  ["Israel has carried out hundreds of strikes in Syria.", ["israel attacks syria"]],
];

function asserted(text: string): string[] {
  return extractCandidates(text, { ontology, gazetteer })
    .claims.filter((c) => c.asserted)
    .map((c) => `${c.from} ${c.relation} ${c.to}`);
}

describe("extractCandidates reads common news forms", () => {
  it.each(FORMS)("%s", (text, expected, forbidden = []) => {
    const found = asserted(text);
    for (const claim of expected) expect(found, text).toContain(claim);
    for (const claim of forbidden) expect(found, text).not.toContain(claim);
  });
});

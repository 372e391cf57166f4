import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractCandidates } from "../../src/ingest/extract";
import { buildGazetteer } from "../../src/ingest/gazetteer";
import { datasetSchema, ontologySchema } from "../../src/model/schema";

/**
 * Coreference: definite descriptions, pronouns and coordinated antecedents, each resolved to the
 * nearest compatible actor, with the antecedent shown on the claim. Texts written for these tests.
 */
const ontology = ontologySchema.parse(JSON.parse(readFileSync("data/ontology.json", "utf8")));
const dataset = datasetSchema.parse(JSON.parse(readFileSync("tests/eval/background.json", "utf8")));
const gazetteer = buildGazetteer(ontology, [{ file: "background.json", dataset, ontology, sourceTexts: {} }]);

function read(text: string) {
  return extractCandidates(text, { ontology, gazetteer });
}

function current(text: string): string[] {
  return read(text)
    .claims.filter((c) => c.asserted && !c.ended)
    .map((c) => `${c.from} ${c.relation} ${c.to}`);
}

type Row = [text: string, expected: string[], forbidden?: string[]];

const ROWS: Record<string, Row[]> = {
  "definite descriptions": [
    [
      "The Syrian Democratic Forces pushed into Raqqa in June. The Kurdish-led force is armed by the United States.",
      ["usa supports syrian-democratic-forces"],
    ],
    [
      "The Desert Hawks Brigade patrolled the road to Palmyra. The U.S.-backed group later fought ISIS near the border.",
      ["desert-hawks-brigade fights islamic-state"],
      ["usa supports islamic-state"],
    ],
    [
      "The Lions of Tawhid Brigade raided Homs last year. The Islamist militia is funded by Turkey.",
      ["turkey supports lions-of-tawhid-brigade"],
    ],
    [
      "Hezbollah sent reinforcements last month. The Lebanese movement now controls Qusayr, residents said.",
      ["hezbollah controls qusayr"],
    ],
  ],
  "pronouns and coordinated antecedents": [
    [
      "Iran and Russia have propped up the Syrian government for a decade. They also armed Hezbollah.",
      ["iran supports hezbollah", "russia supports hezbollah"],
    ],
    [
      "Hezbollah withdrew from the north in May. Since then it has held Qusayr.",
      ["hezbollah controls qusayr"],
    ],
    [
      "The rebels lost Homs in 2014, but government forces never secured the countryside. The army retook it only in 2018.",
      ["syrian-army controls homs"],
    ],
  ],
  "paragraphs and topics": [
    [
      "The Desert Lions Brigade was founded in Homs in 2013.\nOrigins\nThe brigade later fought HTS near Idlib.",
      ["desert-lions-brigade fights hts"],
    ],
    [
      "The Desert Lions Brigade was founded in 2013. Its fighters first came from Homs. Turkey armed them early on.\nIts fighters later seized Hama.",
      ["turkey supports desert-lions-brigade", "desert-lions-brigade controls hama"],
    ],
    [
      "Russian officers praised the Desert Lions Brigade. It later fought HTS near Palmyra.",
      ["desert-lions-brigade fights hts"],
      ["russia fights hts"],
    ],
    [
      'Liwa al-Nasr, the "Victory Brigade", was formed in Homs. Iran-backed militias fought nearby. The brigade later attacked Hama.',
      ["liwa-al-nasr attacks hama"],
      ["pro-iran-militias attacks hama"],
    ],
  ],
  "no antecedent, no claim": [
    [
      "The offensive began in March. It drove the rebels out of Homs within weeks.",
      [],
      ["rebels controls homs", "hezbollah controls homs"],
    ],
    [
      "Turkey has troops in Afrin. Jordanian officials said they had not armed any of the armed groups operating in the south.",
      [],
      ["turkey supports rebels"],
    ],
    ["HTS fought the group near Idlib.", [], ["hts fights hts"]],
    [
      "The pocket is held by HTS. Russian and Iranian aircraft have been bombing it for a week.",
      [],
      ["russia attacks hts", "iran attacks hts"],
    ],
    [
      "Turkey sent troops. Moscow said the Russian military had not entered Idlib.",
      [],
      ["turkey operates-in idlib"],
    ],
  ],
};

describe.each(Object.entries(ROWS))("%s", (_family, rows) => {
  it.each(rows)("%s", (text, expected, forbidden = []) => {
    const found = current(text);
    for (const claim of expected) expect(found, text).toContain(claim);
    for (const claim of forbidden) expect(found, text).not.toContain(claim);
  });
});

describe("the antecedent on the claim", () => {
  it("says which phrase was resolved, to which actor, and where that actor was named", () => {
    const claim = read(
      "A new alliance known as the Northern Shield Brigades formed in Azaz. The group is funded by Turkey.",
    ).claims.find((c) => c.from === "turkey" && c.relation === "supports");
    expect(claim?.antecedents).toEqual([
      "The group = Northern Shield Brigades (“Northern Shield Brigades”, previous sentence)",
    ]);
    expect(claim?.kinds).toContain("coreference");
  });

  it("names both members of a coordinated antecedent", () => {
    const claim = read("Iran and Russia backed the army for years. They also armed Hezbollah.").claims.find(
      (c) => c.from === "russia" && c.to === "hezbollah",
    );
    expect(claim?.antecedents?.[0]).toBe("They = Iran + Russia (“Iran and Russia”, previous sentence)");
  });

  it("never turns what an anaphor says into a name of the actor", () => {
    const { actors } = read(
      "A group calling itself the Sons of the Desert attacked Homs. The group is small.",
    );
    expect(actors.find((a) => a.id === "sons-of-the-desert")?.mentions).toEqual(["Sons of the Desert"]);
  });
});

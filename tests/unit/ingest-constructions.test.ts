import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractCandidates } from "../../src/ingest/extract";
import { buildGazetteer } from "../../src/ingest/gazetteer";
import { datasetSchema, ontologySchema } from "../../src/model/schema";

/**
 * Families of constructions, several phrasings each, written for these tests (not taken from the
 * evaluation articles): the extractor must read the language, not a handful of sentences. Each row:
 * a text (one or more sentences), claims that must be asserted, claims that must not be.
 */
const ontology = ontologySchema.parse(JSON.parse(readFileSync("data/ontology.json", "utf8")));
const dataset = datasetSchema.parse(JSON.parse(readFileSync("tests/eval/background.json", "utf8")));
const gazetteer = buildGazetteer(ontology, [{ file: "background.json", dataset, ontology, sourceTexts: {} }]);

type Row = [text: string, expected: string[], forbidden?: string[]];

const FAMILIES: Record<string, Row[]> = {
  "<ACTOR> took control of / retook / overran <PLACE>": [
    ["Government troops retook Palmyra in March.", ["syrian-army controls palmyra"]],
    ["HTS overran Saraqib within hours.", ["hts controls saraqib"]],
    ["The rebels recaptured Khan Sheikhoun on Sunday.", ["rebels controls khan-sheikhoun"]],
    ["Hezbollah seized control of Qusayr in 2013.", ["hezbollah controls qusayr"]],
  ],
  "<PLACE> under the control of / in the hands of <ACTOR>": [
    ["By nightfall Hama was under the control of the rebels.", ["rebels controls hama"]],
    ["Homs remained firmly under the rule of the Assad government.", ["assad-government controls homs"]],
    ["Aleppo is now in the hands of HTS.", ["hts controls aleppo"]],
    ["By Friday the town of Saraqib had fallen into the hands of the rebels.", ["rebels controls saraqib"]],
    ["Idlib is no longer under the control of HTS, officials said.", [], ["hts controls idlib"]],
  ],
  "<ACTOR> is in control of <PLACE>": [
    ["The Syrian army is in full control of Damascus, state media said.", ["syrian-army controls damascus"]],
    ["Hezbollah was in effective control of the border town of Qusayr.", ["hezbollah controls qusayr"]],
  ],
  "<ACTOR> forces / bases / troops in <PLACE>": [
    ["Russian bases in Syria were put on alert.", ["russia operates-in syria"]],
    ["Turkish troops remain at several outposts around Idlib.", ["turkey operates-in idlib"]],
    ["Iran's advisers in Aleppo were evacuated on Friday.", [], ["iran operates-in aleppo"]],
    ["Hezbollah fighters withdrew from positions in Homs.", [], ["hezbollah operates-in homs"]],
    [
      "HTS leader Abu Mohammed al-Jolani told fighters in Hama to protect civilians.",
      [],
      ["abu-mohammed-al-jolani operates-in hama"],
    ],
  ],
  "<PLACE>, defended / patrolled by <ACTOR>": [
    ["Aleppo, defended for years by Hezbollah, fell in two days.", ["hezbollah operates-in aleppo"]],
    ["The frontier, patrolled by Turkish troops, stayed quiet.", []],
  ],
  "<ACTOR> attacked <ACTOR'S> positions / targets": [
    ["American jets struck dozens of IS targets overnight.", ["usa attacks islamic-state"]],
    ["Israel has repeatedly bombed Hezbollah weapons depots.", ["israel attacks hezbollah"]],
    ["Russian warplanes hit HTS positions near Idlib.", ["russia attacks hts"]],
    ["Turkey struck a deal with HTS leaders.", [], ["turkey attacks hts"]],
  ],
  "<A> fights <B> alongside <C>": [
    [
      "US soldiers fight Islamic State cells alongside the Syrian Democratic Forces.",
      ["usa fights islamic-state", "syrian-democratic-forces fights islamic-state"],
    ],
    ["Hezbollah fought the rebels alongside government troops.", ["syrian-army fights rebels"]],
  ],
  "<A>, a group that <B> list(s) as terrorist": [
    [
      "HTS, a group that Russia and Turkey both list as terrorist, took Aleppo.",
      ["russia designates-terrorist hts", "turkey designates-terrorist hts"],
    ],
    [
      "Hezbollah, a movement that Washington lists as a terrorist organisation, denied it.",
      ["usa designates-terrorist hezbollah"],
    ],
  ],
  "<PLACE>, <COUNTRY>'s n-th city": [
    ["Aleppo, Syria's second city, fell on Saturday.", ["aleppo located-in syria"]],
    ["Rebels reached Syria's third-largest city, Homs.", ["homs located-in syria"]],
    ["Rastan, a town north of Homs, fell first.", ["rastan located-in homs"]],
    ["The rebels pushed on to Qusayr, officials in Damascus said.", [], ["qusayr located-in damascus"]],
  ],
  "new names: initials, transliterated articles, full names around a known surname": [
    [
      "The Syrian Democratic Forces said on Monday that the SDF controls Raqqa.",
      ["syrian-democratic-forces controls raqqa"],
    ],
    ["US troops are stationed in Deir ez-Zor province.", ["usa operates-in deir-ez-zor"]],
    ["The 4th Division is commanded by Maher al-Assad.", [], ["bashar-al-assad leads 4th-division"]],
    ["Islamic State fighters are active in the Badia.", ["islamic-state operates-in badia"]],
    ["Manbij, a mostly Arab town, fell to the rebels.", ["rebels controls manbij"]],
    ["Rastan was captured by HTS on Friday.", ["hts controls rastan"]],
    [
      "The fighters belong to the Southern Front, a loose alliance of local factions. Its spokesman said they had taken Izraa.",
      ["southern-front controls izraa"],
    ],
  ],
  "<PLACE> was a centre / hub of <ACTOR>": [
    ["For three years Aleppo was the main hub of Hezbollah in the north.", ["hezbollah operates-in aleppo"]],
    ["Idlib, long a centre of HTS, was calm.", ["hts operates-in idlib"]],
  ],
  "<ACTOR> crossed the border of / into <PLACE>": [
    ["Hezbollah fighters crossed the border into Syria overnight.", ["hezbollah operates-in syria"]],
    ["Pro-Iran militias have crossed the borders of Syria.", ["pro-iran-militias operates-in syria"]],
  ],
  "<UNIT>, commanded / led by <PERSON>": [
    [
      "The 4th Division, commanded by Assad's brother, Maher al-Assad, guards Damascus.",
      ["maher-al-assad leads 4th-division"],
      ["bashar-al-assad leads 4th-division"],
    ],
    ["The Tiger Forces, led by Suheil al-Hassan, retook Aleppo.", ["suheil-al-hassan leads tiger-forces"]],
  ],
  "<A> and allied factions / its allies <verb>": [
    ["HTS and allied factions now hold Saraqib.", ["hts controls saraqib"]],
    ["The rebels and their allies captured Hama.", ["rebels controls hama"]],
  ],
  "coordinated objects of presence": [
    [
      "Russia has an air base at Hmeimim and a naval facility at Tartus.",
      ["russia operates-in hmeimim", "russia operates-in tartus"],
    ],
    ["Russia keeps its naval base in Tartus and its air base at Hmeimim.", ["russia operates-in hmeimim"]],
  ],
  "control that ends is not control": [
    ["Government forces lost control of Hama on Thursday.", [], ["syrian-army controls hama"]],
    ["HTS ceded control of Saraqib to the Syrian army.", [], ["hts controls saraqib"]],
  ],
  "a capital that falls is the city": [
    ["Damascus fell to the rebels on Sunday.", ["rebels controls damascus"]],
    ["Damascus was captured by HTS in a matter of hours.", ["hts controls damascus"]],
  ],
  "plural possessives and participle phrases": [
    ["The rebels' capture of Aleppo stunned observers.", ["rebels controls aleppo"]],
    [
      "In 2016, government forces, backed by Russian air power, recaptured eastern Aleppo.",
      ["syrian-army controls aleppo", "russia supports syrian-army"],
    ],
    ["Iran has deployed Revolutionary Guards advisers to Aleppo.", ["iran operates-in aleppo"]],
    ["Rebels battled government troops in Hama.", ["rebels fights syrian-army", "rebels operates-in hama"]],
  ],
  "support given, relied on or named by its patron": [
    ["Russia provided air cover for the Syrian army's advance.", ["russia supports syrian-army"]],
    ["Tehran offered weapons and training to Hezbollah.", ["iran supports hezbollah"]],
    ["The Syrian National Army relies heavily on Turkish funding.", ["turkey supports syrian-national-army"]],
    ["Hezbollah depended on Iranian weapons for decades.", ["iran supports hezbollah"]],
  ],
  "alliances and membership in possessive and copular forms": [
    ["Iran's allies in Syria include Hezbollah.", ["iran allied-with hezbollah"]],
    ["The Syrian army and its Russian allies bombed Idlib.", ["syrian-army attacks idlib"]],
    ["The Nusra Front was al-Qaeda's affiliate in Syria.", ["nusra-front part-of al-qaeda"]],
    ["The YPG is the backbone of the Syrian Democratic Forces.", ["ypg part-of syrian-democratic-forces"]],
    ["Abu Mohammed al-Jolani, the HTS leader, spoke in Damascus.", ["abu-mohammed-al-jolani leads hts"]],
  ],
  "communities and where they live": [
    ["Aleppo's Christians fear the new rulers.", ["christians inhabits aleppo"]],
    ["Kurds make up most of the population of Kobani.", ["kurds inhabits kobani"]],
    ["Alawites, who live mostly on the coast and in Homs, fear reprisals.", ["alawites inhabits homs"]],
  ],
  "bases named by their owner and plural nouns read as verbs": [
    ["Russia's Hmeimim air base lies near Latakia.", ["russia operates-in hmeimim"]],
    ["American special forces operate out of al-Tanf.", ["usa operates-in al-tanf"]],
    ["Israeli strikes hit Hezbollah positions near Qusayr.", ["israel attacks hezbollah"]],
    ["Russian strikes pounded Idlib.", ["russia attacks idlib"]],
  ],
  "headline and timeline forms": [
    ["Dec 5: Rebels capture Hama.", ["rebels controls hama"]],
    ["Rebels storm Aleppo as government lines collapse", ["rebels attacks aleppo"]],
    ["Aleppo has been in rebel hands since Saturday.", ["rebels controls aleppo"]],
  ],
  "leaders named by participles and compounds": [
    ["Rebels led by HTS captured Aleppo.", ["hts leads rebels", "rebels controls aleppo"]],
    ["HTS-led rebels seized Aleppo.", ["hts leads rebels", "rebels controls aleppo"]],
    ["Iran, Assad's main regional ally, has kept quiet.", ["iran allied-with bashar-al-assad"]],
    ["Moscow, Assad's most powerful backer, said nothing.", ["russia supports bashar-al-assad"]],
  ],
  "presence by patrols and by deployment with a purpose": [
    ["Russian military police patrol Manbij.", ["russia operates-in manbij"]],
    ["Hezbollah sent hundreds of elite fighters to defend Homs.", ["hezbollah operates-in homs"]],
  ],
  "X-held ground": [
    [
      "The Syrian National Army attacked SDF-held Manbij.",
      ["syrian-national-army attacks manbij", "sdf controls manbij"],
    ],
    ["Turkish drones pound Kurdish-held towns.", [], ["turkey attacks kurds"]],
    ["Russian jets bombed rebel-held areas overnight.", ["russia attacks rebels"]],
  ],
  "what did not (or not yet) happen is not asserted": [
    ["Government forces failed to retake Hama.", [], ["syrian-army controls hama"]],
    ["Russian troops withdrew from their positions in Aleppo.", [], ["russia operates-in aleppo"]],
    ["Washington warned HTS against attacking Manbij.", [], ["hts attacks manbij"]],
    ["Russia urged Turkey to stop backing the rebels.", [], ["turkey supports rebels"]],
    [
      "Russian air power helped the army hold Homs for years, but not this time.",
      [],
      ["russia controls homs"],
    ],
    ["The rebels hope to take Damascus within weeks.", [], ["rebels controls damascus"]],
    ["Israel has no troops in Damascus.", [], ["israel operates-in damascus"]],
  ],
  "grip, hand-overs and gains": [
    ["HTS tightened its grip on Idlib.", ["hts controls idlib"]],
    ["The rebels consolidated their control over Hama.", ["rebels controls hama"]],
    ["HTS has lost its grip on Saraqib.", [], ["hts controls saraqib"]],
    ["The Syrian army lost Aleppo to HTS.", ["hts controls aleppo"], ["syrian-army controls aleppo"]],
    ["The government ceded Hama to the rebels.", ["rebels controls hama"]],
    ["HTS gained ground in Hama province.", ["hts operates-in hama"]],
    ["The rebels made rapid gains around Homs.", ["rebels operates-in homs"]],
    ["Hezbollah has a large presence in Qusayr.", ["hezbollah operates-in qusayr"]],
    ["Rebels were fighting inside Homs on Saturday.", ["rebels operates-in homs"]],
  ],
  "an offensive to capture is an attack, not yet control": [
    ["HTS launched an offensive to capture Aleppo.", ["hts attacks aleppo"], ["hts controls aleppo"]],
    ["Government troops laid siege to Homs in 2012.", ["syrian-army attacks homs"]],
  ],
  "'we' inside a quotation is the speaker's side": [
    ['"We have liberated Hama," an HTS commander said.', ["hts controls hama"]],
    [
      "“We now hold Manbij,” the Syrian National Army said in a statement.",
      ["syrian-national-army controls manbij"],
    ],
    ['"We did not enter Aleppo," a Hezbollah official said.', [], ["hezbollah operates-in aleppo"]],
  ],
  "definite and pronoun subjects": [
    [
      "In 2017 the Nusra Front merged with smaller factions to form HTS. The group has fought the Islamic State.",
      ["hts fights islamic-state"],
      ["nusra-front fights islamic-state"],
    ],
    [
      "Rebels seized the town of Rastan near Homs, Syria's third-largest city. Hezbollah fighters were deployed to the city.",
      ["hezbollah operates-in homs"],
      ["hezbollah operates-in rastan"],
    ],
    [
      "Hayat Tahrir al-Sham has run Idlib since 2019. The group now also administers Aleppo.",
      ["hts controls idlib", "hts controls aleppo"],
    ],
    [
      "Rebels reached Damascus at dawn. The capital was under their control by noon.",
      ["rebels controls damascus"],
    ],
    [
      "Rebels entered Damascus at dawn. By noon the capital was in the hands of the rebels.",
      ["rebels controls damascus"],
    ],
    [
      "American soldiers are based in Hasakah, where they fight Islamic State cells.",
      ["usa operates-in hasakah", "usa fights islamic-state"],
    ],
    [
      "The Syrian Democratic Forces said they had taken over Deir ez-Zor.",
      ["syrian-democratic-forces controls deir-ez-zor"],
    ],
    [
      "Rebels say they have taken Damascus.",
      ["rebels controls damascus"],
      ["rebels controls assad-government"],
    ],
  ],
};

/** Claims asserted as current: a relation the text says has ended is no current claim. */
function asserted(text: string): string[] {
  return extractCandidates(text, { ontology, gazetteer })
    .claims.filter((c) => c.asserted && !c.ended)
    .map((c) => `${c.from} ${c.relation} ${c.to}`);
}

describe.each(Object.entries(FAMILIES))("%s", (_family, rows) => {
  it.each(rows)("%s", (text, expected, forbidden = []) => {
    const found = asserted(text);
    for (const claim of expected) expect(found, text).toContain(claim);
    for (const claim of forbidden) expect(found, text).not.toContain(claim);
  });
});

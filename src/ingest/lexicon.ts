/**
 * Language and world knowledge the extractor reads text with: country names with their demonyms
 * and capitals (for "Russian planes" and "Moscow said"), community adjectives, and the cue words
 * that suggest an unknown actor's kind. No dataset ids live here: these are names, which the
 * gazetteer resolves against whatever datasets it is given.
 */

export interface CountryEntry {
  /** Names of the country, the first being the usual one. */
  names: string[];
  demonyms: string[];
  capital?: string;
}

export const COUNTRIES: CountryEntry[] = [
  { names: ["Syria", "Syrian Arab Republic"], demonyms: ["Syrian"], capital: "Damascus" },
  { names: ["Russia", "Russian Federation"], demonyms: ["Russian"], capital: "Moscow" },
  { names: ["Iran", "Islamic Republic of Iran"], demonyms: ["Iranian"], capital: "Tehran" },
  { names: ["Turkey", "Türkiye", "Turkiye"], demonyms: ["Turkish"], capital: "Ankara" },
  {
    names: ["United States", "USA", "US", "U.S.", "United States of America", "America"],
    demonyms: ["American", "US", "U.S."],
    capital: "Washington",
  },
  { names: ["Israel"], demonyms: ["Israeli"], capital: "Jerusalem" },
  { names: ["Iraq"], demonyms: ["Iraqi"], capital: "Baghdad" },
  { names: ["Lebanon"], demonyms: ["Lebanese"], capital: "Beirut" },
  { names: ["Jordan"], demonyms: ["Jordanian"], capital: "Amman" },
  { names: ["Saudi Arabia"], demonyms: ["Saudi"], capital: "Riyadh" },
  { names: ["Qatar"], demonyms: ["Qatari"], capital: "Doha" },
  { names: ["United Arab Emirates", "UAE"], demonyms: ["Emirati"], capital: "Abu Dhabi" },
  { names: ["Egypt"], demonyms: ["Egyptian"], capital: "Cairo" },
  { names: ["Yemen"], demonyms: ["Yemeni"], capital: "Sanaa" },
  { names: ["Afghanistan"], demonyms: ["Afghan"], capital: "Kabul" },
  { names: ["Pakistan"], demonyms: ["Pakistani"], capital: "Islamabad" },
  { names: ["China"], demonyms: ["Chinese"], capital: "Beijing" },
  { names: ["France"], demonyms: ["French"], capital: "Paris" },
  { names: ["United Kingdom", "UK", "Britain", "Great Britain"], demonyms: ["British"], capital: "London" },
  { names: ["Germany"], demonyms: ["German"], capital: "Berlin" },
  { names: ["Ukraine"], demonyms: ["Ukrainian"], capital: "Kyiv" },
  { names: ["Azerbaijan"], demonyms: ["Azerbaijani"], capital: "Baku" },
  { names: ["Libya"], demonyms: ["Libyan"], capital: "Tripoli" },
];

/** Adjective or singular forms of communities, mapped to the plural the gazetteer also tries. */
export const COMMUNITY_ADJECTIVES: Record<string, string[]> = {
  Christian: ["Christians"],
  Ismaili: ["Ismailis"],
  Alawite: ["Alawites"],
  Druze: ["Druze"],
  Kurdish: ["Kurds"],
  Kurd: ["Kurds"],
  Sunni: ["Sunnis"],
  Shia: ["Shias", "Shiites", "Shia Muslims"],
  Shiite: ["Shiites", "Shias"],
  Yazidi: ["Yazidis"],
  Armenian: ["Armenians"],
  Assyrian: ["Assyrians"],
  Turkmen: ["Turkmens", "Turkmen"],
};

/** Head words of a proper-noun phrase that suggest what kind of actor it names. */
export const KIND_CUES: [RegExp, string][] = [
  [/^(?:militias?|militiamen)$/i, "militia"],
  [
    /^(?:brigades?|battalions?|front|units?|movement|group|organi[sz]ation|legion|mujahideen|jihad)$/i,
    "armed-group",
  ],
  [
    /^(?:army|forces|force|corps|guards?|navy|command|division|divisions|regiment|regiments)$/i,
    "armed-forces",
  ],
  [/^(?:coalition|alliance|council|rebels|axis|bloc)$/i, "coalition"],
  [
    /^(?:party|ministry|agency|committee|commission|office|observatory|union|nations|news|press|crescent|cross|network|foundation)$/i,
    "organization",
  ],
  [/^(?:government|regime|administration|authority|authorities|cabinet)$/i, "government"],
  [/^(?:city|town|village|camp|airport|base)$/i, "city"],
  [
    /^(?:province|governorate|region|district|valley|countryside|plain|mountains?|desert|coast|border|heights|hills|plateau|strip|bank|peninsula|corridor|pocket|basin)$/i,
    "region",
  ],
];

/** Words before an unknown name that say what kind of actor it is ("the Sunni armed group X"). */
export const APPOSITION_CUES: [RegExp, string][] = [
  [/\b(?:militia|paramilitary group)\s*$/i, "militia"],
  [
    /\b(?:armed|rebel|jihadist|islamist|militant|insurgent|terrorist|extremist)\s+(?:group|faction|movement|organi[sz]ation)\s*$/i,
    "armed-group",
  ],
  [/\b(?:news agency|agency|monitor|broadcaster|newspaper|ngo|organi[sz]ation)\s*$/i, "organization"],
  [
    /\b(?:president|leader|commander|minister|general|gen\.|spokesman|spokeswoman|sheikh|colonel|chief|prime minister|envoy),?\s*$/i,
    "person",
  ],
  [/\b(?:city of|town of|village of)\s*$/i, "city"],
  [/\b(?:province of|region of|governorate of)\s*$/i, "region"],
];

/** Prepositions and verbs after which a capital city is a place ("in Damascus"), not its government. */
export const PLACE_CONTEXT_BEFORE =
  /(?:\b(?:in|into|inside|outside|near|around|towards?|at|across|through|via|reached|entered|captured|seized|took|taken|taking|besieged|encircled|approached|shelled|shelling|stormed|storming|surrounded|recaptured|retook|retaken|overran|overrun|left|fled|enter|reach|capture|seize|take|toward|across|throughout|within|entering|reaching|capturing|seizing)\s+(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central|north-western|north-eastern|south-western|south-eastern|northwest|northeast|southwest|southeast|northwestern|northeastern|southwestern|southeastern)\s+)?(?:(?:city|capital|town|outskirts|suburbs|centre|center|countryside|province|part)\s+of\s+)?|\b(?:capture|fall|seizure|(?<!\bunder (?:the )?(?:[a-z]+ )?)control|siege|outskirts|city|town|capital|province|part|parts|areas?|districts?|north|south|east|west|borders?|centre|center|streets|countryside|suburbs) of\s+(?:the\s+)?|\b(?:strikes?|airstrikes?|air strikes?|attacks?|raids?|assault|offensive|march|advance|bombardment|shelling|bombing)\s+(?:on|against)\s+(?:the\s+)?|\b(?:marched|marching|advanced|advancing|pressing|pressed|closing in|closed in|closes in|converged|converging|bearing down|moved|moving)\s+on\s+(?:the\s+)?|\b(?:crossed|flew|fled|moved|travell?ed|returned|came|went|arrived|headed|marched|advanced|road|route|way|kilometers|kilometres|km|miles) from\s+(?:the\s+)?)$/i;

/** Words whose presence between subject and verb negates the statement. */
export const NEGATION_WORDS =
  /\b(?:not|never|no longer|neither|nor|n't|without|denied|denies|deny|denying|refused|refuses|refuse|rejected|rejects|dismissed|dismisses|stop|stopped|stops|ceased|ceases|ended|ends|halted|halts|no)\b|n’t\b|n't\b/i;

/** Denials anywhere before the verb in the sentence ("Iran has denied reports that it armed X"). */
export const DENIAL_WORDS =
  /\b(?:denied|denies|deny|denying|refuted|refutes|dismissed|rejected|rejects|false|untrue|baseless|fabricated)\b|\b(?:no|any) evidence\b|\bnot true\b/i;

/** Hedges that lower certainty to "implied". */
export const HEDGE_WORDS =
  /\b(?:reportedly|allegedly|purportedly|apparently|possibly|probably|likely|suspected|rumou?red|believed|thought|said to|understood to|may|might|could|appears?|appeared|seems?|seemed|unconfirmed|unverified|claims?|claimed|according to|sources said|suggest(?:s|ed)?)\b/i;

/** Accusations make a claim disputed: one party asserts it, the other usually denies it. */
export const ACCUSATION_WORDS =
  /\b(?:accused|accuses|accusing|accusations?|blamed|blames|charged|alleges|alleged that)\b/i;

/** Verbs of saying and announcing: their subject is who the claim is attributed to. */
export const SAYING_VERBS =
  "said|says|say|announced|announces|stated|states|claimed|claims|reported|reports|confirmed|confirms|told|tells|added|noted|insisted|admitted|declared|declares|warned|acknowledged|alleged|accused|accuses|argued|wrote|tweeted|posted";

/**
 * The relation lexicon: the words that carry a relation, with the role each end plays, in one
 * reviewed file. The frames in `patterns/frames.ts` turn every entry into patterns over the
 * sentence's structure (appositions, possessives, copulas, passives and reduced relatives,
 * chains of compound modifiers), so a new trigger word is one line here, not a new pattern.
 *
 * Roles: a relational noun names one end of the relation (its referent) and takes the other as
 * its possessor ("Ankara's proxy", "the proxy of Ankara"). `referent: "from"` means the noun phrase
 * is the relation's source ("Y, X's patron": Y supports X); `"to"` that it is the target
 * ("X's proxy Y": X supports Y). A participle's `by`-phrase is always the agent (the source).
 */

export interface RelationalNoun {
  relation: string;
  referent: "from" | "to";
  /** Singular and plural forms, lower case. */
  nouns: string[];
}

export const RELATIONAL_NOUNS: RelationalNoun[] = [
  {
    relation: "supports",
    referent: "from",
    nouns: [
      "patron",
      "patrons",
      "backer",
      "backers",
      "sponsor",
      "sponsors",
      "benefactor",
      "benefactors",
      "protector",
      "protectors",
      "paymaster",
      "paymasters",
      "financier",
      "financiers",
      "arms supplier",
      "arms suppliers",
      "guarantor",
      "guarantors",
    ],
  },
  {
    relation: "supports",
    referent: "to",
    nouns: ["proxy", "proxies", "client", "clients", "protege", "proteges", "surrogate", "surrogates"],
  },
  { relation: "allied-with", referent: "from", nouns: ["ally", "allies", "partner", "partners"] },
  {
    relation: "part-of",
    referent: "from",
    nouns: [
      "faction",
      "factions",
      "member",
      "members",
      "wing",
      "armed wing",
      "military wing",
      "branch",
      "affiliate",
      "affiliates",
      "offshoot",
      "component",
      "components",
      "backbone",
      "main force",
      "fighting force",
    ],
  },
  { relation: "leads", referent: "from", nouns: ["leader", "chief", "head", "commander", "founder", "emir"] },
  { relation: "successor-of", referent: "from", nouns: ["heir", "successor"] },
  {
    relation: "fights",
    referent: "from",
    nouns: ["enemy", "enemies", "foe", "foes", "adversary", "adversaries", "arch-enemy", "nemesis"],
  },
];

/**
 * Past participles that take their agent in a `by`-phrase, by relation: "Hama, formerly held by
 * the army", "the brigades, trained and armed by Turkey". The target is the phrase the participle
 * hangs off.
 */
export const AGENT_PARTICIPLES: Record<string, string[]> = {
  controls: [
    "held",
    "controlled",
    "run",
    "ruled",
    "occupied",
    "administered",
    "governed",
    "garrisoned",
    "captured",
    "seized",
    "taken",
    "overrun",
    "retaken",
    "recaptured",
  ],
  supports: [
    "backed",
    "supported",
    "armed",
    "funded",
    "financed",
    "sponsored",
    "trained",
    "equipped",
    "bankrolled",
  ],
  leads: ["led", "headed", "commanded"],
  attacks: [
    "attacked",
    "bombed",
    "shelled",
    "struck",
    "targeted",
    "raided",
    "besieged",
    "ambushed",
    "stormed",
  ],
};

/**
 * Compound modifiers ("Turkish-funded", "Iran-commanded"): the modifier's actor is the source
 * and the head of the noun phrase the target. Several may be chained ("X-funded, Y-commanded Z").
 */
export const COMPOUND_MODIFIERS: Record<string, string[]> = {
  supports: [
    "backed",
    "supported",
    "sponsored",
    "funded",
    "armed",
    "trained",
    "financed",
    "equipped",
    "aligned",
  ],
  leads: ["led", "commanded", "headed"],
  controls: ["held", "controlled", "run", "occupied", "ruled"],
};

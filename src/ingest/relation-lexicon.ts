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

/**
 * A verb that carries a relation. Its agent is the active subject or the passive `by`-phrase, its
 * patient the object (or the object of one of `preps`); the agent is the source unless `reverse`
 * ("P fell to X": X controls P). A form of several words needs them after the verb
 * ("took control of"). `stative` verbs keep their subject as agent in the passive voice too ("X
 * was deployed to P"); `event` verbs date the relation from the article ("captured").
 */
export interface VerbTrigger {
  relation: string;
  forms: string[];
  preps?: string[];
  /** The patient must come through one of `preps` ("fell to X", "deployed in P"). */
  prepOnly?: boolean;
  /** The verb's own object must be one of these nouns, the patient following it ("launched an offensive on P"). */
  objectHeads?: string[];
  reverse?: boolean;
  stative?: boolean;
  event?: boolean;
}

const words = (list: string) => list.split(" ").map((w) => w.replace(/_/g, " "));

export const VERB_TRIGGERS: VerbTrigger[] = [
  {
    relation: "supports",
    forms: words(
      "backs backed backing back supports supported supporting support arms armed arming arm funds funded funding fund finances financed financing finance sponsors sponsored sponsoring sponsor trains trained train equips equipped equipping equip bankrolls bankrolled bankrolling bankroll props_up propped_up propping_up prop_up shored_up bolstered bolsters bolster reinforced reinforces protects protected protect helped helps help aided aids assisted assists supplied supplies supply",
    ),
  },
  {
    relation: "supports",
    forms: words(
      "sent sends send sending supplied supplies supplying provided provides providing delivered delivers gave gives shipped transferred smuggled funnelled funneled channelled",
    ),
    preps: ["to"],
    objectHeads: words(
      "weapons arms ammunition money funds funding aid drones missiles rockets equipment supplies advisers advisors instructors trainers cash salaries",
    ),
  },
  {
    relation: "fights",
    forms: words(
      "fought fights fight fighting battled battles battling battle clashed clashes clash clashing confronted confronts confronting confront resisted resists resist face faces faced facing",
    ),
    preps: ["against", "with"],
  },
  {
    relation: "attacks",
    forms: words(
      "attacked attacks attacking attack struck strikes striking strike bombed bombing bomb bombarded bombards bombarding bombard shelled shells shelling shell targeted targets targeting target raided raiding raid pounded pounds pounding pound stormed storms storming storm besieged besieges besiege ambushed ambushes ambush invaded invades invading invade assaulted",
    ),
  },
  {
    relation: "attacks",
    forms: words(
      "launched launches launching carried_out conducted stepped_up mounted staged intensified resumed",
    ),
    preps: ["on", "against", "targeting", "into"],
    objectHeads: words(
      "offensive offensives attack attacks assault strikes airstrikes raids raid bombardment campaign counter-offensive counteroffensive incursion operation",
    ),
  },
  {
    relation: "attacks",
    forms: words("fired fires firing launched lobbed"),
    preps: ["at", "on", "into", "toward", "towards"],
    objectHeads: words("rockets missiles shells mortars rounds drones projectiles artillery salvoes"),
  },
  {
    relation: "attacks",
    forms: words(
      "laid_siege_to lay_siege_to lays_siege_to laying_siege_to pressing_on pressed_on presses_on closing_in_on closed_in_on bearing_down_on opened_fire_on opens_fire_on",
    ),
  },
  {
    relation: "controls",
    forms: words(
      "captured captures capturing capture seized seizes seizing seize took_control_of takes_control_of taking_control_of taken_control_of take_control_of seized_control_of wrested_control_of gained_control_of took_over takes_over taking_over taken_over take_over overran overruns overrun conquered conquers conquer retook retakes retaking retaken retake recaptured recaptures recapturing recapture liberated took taken taking take takes",
    ),
    event: true,
  },
  {
    relation: "controls",
    forms: words(
      "controls controlled controlling control holds held holding hold garrisoned occupied occupies occupying occupy governs governed govern administers administered administer runs run ran ruled rules rule",
    ),
  },
  {
    relation: "controls",
    forms: words("fell falls fallen passed"),
    preps: ["to"],
    prepOnly: true,
    reverse: true,
    stative: true,
    event: true,
  },
  { relation: "leads", forms: words("led leads leading lead heads headed head commands commanded command") },
  {
    relation: "part-of",
    forms: words(
      "joined joins merged_into merges_into pledged_allegiance_to swore_allegiance_to belongs_to belonged_to",
    ),
    stative: true,
  },
  {
    relation: "allied-with",
    forms: words(
      "allied_with allied allies_with sided_with aligned_with partnered_with teamed_up_with joined_forces_with",
    ),
    stative: true,
  },
  {
    relation: "operates-in",
    forms: words("deployed stationed based operates operating operate operated entered enters entering"),
    preps: ["in", "to", "into", "across", "inside", "throughout", "around"],
    stative: true,
  },
];

/** Every word that opens a verb trigger's form: the verbs the chunker will not read as nouns. */
export const VERB_FORMS = new Set(VERB_TRIGGERS.flatMap((t) => t.forms.map((f) => f.split(" ")[0] ?? f)));

/**
 * Nouns that stand for their owner in a relation: "Russian jets struck", "Hezbollah's fighters
 * entered", "struck HTS positions", "the forces of the regime".
 */
export const OWNER_NOUNS = new Set(
  words(
    "strikes airstrikes raids shelling bombardment attacks offensive forces troops soldiers fighters militiamen militants jets planes warplanes aircraft helicopters drones artillery units officers advisers advisors commanders police personnel gunmen cells positions bases base targets convoys convoy depots headquarters facilities sites posts outposts checkpoints barracks strongholds routes weapons shipments warships navy army",
  ),
);

/** Nouns after a name that stand for it: "Idlib province", "Aleppo city", "the Alawite community". */
export const PLACE_NOUNS = new Set(
  words("province provinces governorate region district city town countryside community communities"),
);

/** Nouns that stand for what follows their "of": "units of the Army of Islam", "the town of Rastan". */
export const PART_NOUNS = new Set(
  words(
    "units unit members elements remnants contingents brigades battalions town city village province governorate much most part parts half rest areas swathes pockets districts neighbourhoods neighborhoods",
  ),
);

/**
 * What an anaphor may refer back to: the actor kinds a definite description's head noun implies
 * ("the militia" is a militia or an armed group, "the alliance" a coalition) and those of each
 * pronoun, with grammatical number ("the same factions", "they" may stand for a coordinated pair).
 */

export interface AnaphorHead {
  kinds: string[];
  plural: boolean;
  /** "the army", "the regime": one actor of the whole story, which may be named far back. */
  documentWide?: boolean;
  /** "the front", "the state": too common as plain nouns to stand alone; a modifier must come first. */
  needsModifier?: boolean;
  /**
   * Kinds a new actor proposed while reading may also have: "the group" after "the Syrian Free
   * Army", whose name alone made it an army.
   */
  newKinds?: string[];
}

const ARMED = ["armed-group", "militia", "coalition"];
const NEW_ARMY = { newKinds: ["armed-forces"] };
const FORCE = ["armed-forces", "armed-group", "militia", "coalition"];

function head(kinds: string[], options: Partial<AnaphorHead> = {}): AnaphorHead {
  return { kinds, plural: false, ...options };
}

/** Singular head nouns; their plurals (regular "-s") are derived below. */
const SINGULAR: Record<string, AnaphorHead> = {
  group: head(ARMED, NEW_ARMY),
  faction: head(["armed-group", "militia", "coalition"], NEW_ARMY),
  militia: head(["militia", "armed-group"], NEW_ARMY),
  movement: head(["armed-group", "militia", "organization", "coalition"], NEW_ARMY),
  organization: head(["armed-group", "militia", "organization"]),
  organisation: head(["armed-group", "militia", "organization"]),
  outfit: head(["armed-group", "militia"], NEW_ARMY),
  network: head(["armed-group", "organization"], { needsModifier: true }),
  brigade: head(["armed-group", "militia", "armed-forces"]),
  battalion: head(["armed-group", "militia", "armed-forces"]),
  force: head(FORCE),
  front: head(["armed-group", "coalition"], { needsModifier: true }),
  coalition: head(["coalition"]),
  alliance: head(["coalition"]),
  bloc: head(["coalition"]),
  umbrella: head(["coalition"]),
  regime: head(["government"], { documentWide: true }),
  government: head(["government", "state"], { documentWide: true }),
  administration: head(["government"]),
  army: head(["armed-forces"], { documentWide: true }),
  military: head(["armed-forces"], { documentWide: true }),
  country: head(["state", "country"]),
  kingdom: head(["state", "country"]),
  city: head(["city"]),
  town: head(["city"]),
  village: head(["city"]),
  province: head(["region"]),
  governorate: head(["region"]),
  region: head(["region"]),
  capital: head(["city"]),
};

/** Plural-only heads: "the jihadists", "the militants", "the authorities". */
const PLURAL_ONLY: Record<string, AnaphorHead> = {
  jihadists: head(ARMED, { plural: true, ...NEW_ARMY }),
  militants: head(ARMED, { plural: true, ...NEW_ARMY }),
  extremists: head(ARMED, { plural: true }),
  authorities: head(["government"], { plural: true }),
  forces: head(FORCE, { plural: true }),
  militias: head(["militia", "armed-group", "coalition"], { plural: true }),
};

export const ANAPHOR_HEADS: ReadonlyMap<string, AnaphorHead> = new Map([
  ...Object.entries(SINGULAR),
  ...Object.entries(SINGULAR)
    .filter(([noun]) => !["military", "capital", "army", "regime", "government"].includes(noun))
    .map(([noun, h]): [string, AnaphorHead] => [
      noun.endsWith("y") && !noun.endsWith("ay") ? `${noun.slice(0, -1)}ies` : `${noun}s`,
      { ...h, plural: true, documentWide: false },
    ]),
  ...Object.entries(PLURAL_ONLY),
]);

export interface PronounReading {
  kinds: string[];
  plural: boolean;
  /** "its", "their": may refer to the subject of its own clause ("HTS sent its fighters"). */
  possessive: boolean;
}

const AGENT = ["state", "government", "armed-forces", "armed-group", "militia", "coalition", "organization"];
/** "they" stands for collective armed actors, plural names and coordinated pairs, never one state. */
const COLLECTIVE = ["coalition", "militia", "armed-group"];

export const PRONOUN_READINGS: Record<string, PronounReading> = {
  it: { kinds: AGENT, plural: false, possessive: false },
  its: { kinds: AGENT, plural: false, possessive: true },
  they: { kinds: COLLECTIVE, plural: true, possessive: false },
  them: { kinds: COLLECTIVE, plural: true, possessive: false },
  their: { kinds: COLLECTIVE, plural: true, possessive: true },
  he: { kinds: ["person"], plural: false, possessive: false },
  she: { kinds: ["person"], plural: false, possessive: false },
};

/** Determiners that open a definite description of an actor named before. */
export const DESCRIPTION_DETERMINERS = new Set(["the", "this", "that", "these", "those", "both"]);

/** A clause boundary between an antecedent and an anaphor in the same sentence. */
export const CLAUSE_BREAK =
  /[,;:(]|\b(?:while|whereas|after|before|as|because|when|which|who|that|where|since|until|although|though)\b/i;
/** "hit its positions": what an attack hits is not the attacker's own. */
export const HOSTILE_BEFORE =
  /\b(?:hit|hits|struck|strikes|striking|shelled|shelling|bombed|bombing|targeted|targeting|attacked|attacking|raided|overran|ambushed|destroyed|against)\s+$/i;
/** "had forbidden it", "denied it": a pronoun standing for what was said or done, not an actor. */
export const PROPOSITION_BEFORE =
  /\b(?:forb[ia]d(?:den)?|allow(?:ed|s)?|permit(?:ted|s)?|denied|denies|confirmed|confirms|said|says|called|made|found|considered|described|reported|announced|prevented|stopped|wanted|did|done|do|see|saw|put|make|took|means|meant|expected)\s+$/i;
/** "retook it", "captured it": the object of a capture is a place. */
export const CAPTURE_BEFORE =
  /\b(?:took|taken|retook|retaken|captured|recaptured|seized|held|holds|controlled|controls|entered|besieged|shelled|lost|liberated|overran)\s+$/i;
/** What an actor may possess: "its fighters", "their patrons", "its grip on", "its stronghold". */
export const POSSESSED =
  /^\s+(?:(?:remaining|own|main|last|first|early|naval|air|military|armed|political|elite|new|former|top|chief|local|foreign|best)\s+)?(?:fighters|forces|troops|militants|members|units|militiamen|soldiers|leader|leaders|chief|head|commander|commanders|founder|emir|spokesman|bases?|air base|naval base|advisers|positions|patrons?|backers?|sponsors?|prox(?:y|ies)|clients?|all(?:y|ies)|partners?|factions?|wing|branch|affiliates?|heir|successor|enem(?:y|ies)|foes?|rivals?|control|grip|hold|rule|strongholds?|territory|capital|support|backing|offensive|attacks?|campaign|jets|planes|warplanes|aircraft|drones|artillery)\b/;

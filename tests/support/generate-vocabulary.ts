/**
 * The words of the generated conflict: how often each kind and relation occurs, the pieces names
 * are made of, and the sentences that carry each relation in the generated source texts.
 */

/** Share of each node kind among generated actors; kinds missing from an ontology are skipped. */
export const KIND_WEIGHTS: Record<string, number> = {
  state: 2,
  government: 3,
  "armed-forces": 5,
  "armed-group": 20,
  militia: 15,
  coalition: 4,
  person: 16,
  organization: 8,
  community: 7,
  city: 12,
  region: 6,
  country: 2,
};

/** How often each relation is coded, roughly as in event data: fighting and backing dominate. */
export const RELATION_WEIGHTS: Record<string, number> = {
  fights: 22,
  attacks: 14,
  supports: 18,
  "allied-with": 10,
  "part-of": 8,
  controls: 8,
  "operates-in": 9,
  "located-in": 4,
  inhabits: 3,
  "designates-terrorist": 3,
  "successor-of": 1,
};

export const KIND_NOUNS: Record<string, string[]> = {
  state: ["Republic", "Kingdom", "Federation", "State"],
  government: ["Government", "Administration", "Council", "Authority"],
  "armed-forces": ["Army", "Air Force", "Navy", "Guard"],
  "armed-group": ["Front", "Brigade", "Movement", "Battalion", "Legion"],
  militia: ["Militia", "Defence Units", "Tribal Force", "Popular Committees"],
  coalition: ["Alliance", "Coalition", "Operations Room", "Union"],
  person: [],
  organization: ["Agency", "Relief Committee", "Observatory", "Foundation"],
  community: ["Community", "Tribe", "Clans", "Villagers"],
  city: [],
  region: ["Province", "Valley", "Plains", "District"],
  country: [],
};

export const SYLLABLES = [
  "al",
  "ba",
  "dar",
  "fa",
  "gha",
  "ha",
  "ja",
  "ka",
  "la",
  "ma",
  "na",
  "qa",
  "ra",
  "sa",
  "ta",
  "wa",
  "za",
  "din",
  "far",
  "hum",
  "kir",
  "lun",
  "mir",
  "nor",
  "os",
  "rum",
  "sul",
  "tar",
  "vel",
  "yar",
];
export const PUBLISHERS = [
  "Wire Service",
  "Daily Monitor",
  "Field Dispatch",
  "Regional Observer",
  "Evening Courier",
];
export const VERBS: Record<string, string> = {
  supports: "is backing",
  "allied-with": "is allied with",
  fights: "is fighting",
  attacks: "attacked",
  "designates-terrorist": "lists as terrorist",
  controls: "controls",
  "part-of": "is part of",
  "successor-of": "is the successor of",
  "located-in": "lies in",
  "operates-in": "operates in",
  inhabits: "lives in",
};
export const FILLERS = [
  "Residents reported heavy traffic on the main road.",
  "The information could not be independently verified.",
  "Officials declined to comment.",
  "Prices of bread and fuel rose again this week.",
  "A spokesman promised further statements.",
];

import type { Spec } from "./compile";
import { ATTACK, ATTACK_NOUN, TARGET_ASSETS } from "./vocabulary";

/** One-sided attacks: strikes, shelling, raids on an actor, its assets or a place. */
export const ATTACKS_PATTERNS: Spec[] = [
  {
    name: "attacks-noun",
    relation: "attacks",
    template: `{A}(?:'s)? (?:[a-z-]+ ){0,2}?(?:${ATTACK_NOUN}) (?:on|against|targeting|into) (?:[a-z-]+ ){0,2}?{B}`,
    confidence: 0.8,
    triggerWords: ATTACK_NOUN,
    trigger: `\\b(?:${ATTACK_NOUN})\\b`,
  },
  {
    name: "attacks-noun-in",
    relation: "attacks",
    template: `{A}(?:'s)? (?:[a-z-]+ ){0,2}?(?:${ATTACK_NOUN}) in (?:[a-z-]+ ){0,2}?{B}`,
    confidence: 0.8,
    notCountry: true,
    triggerWords: ATTACK_NOUN,
  },
  {
    name: "attacks-noun-by",
    relation: "attacks",
    template: `(?:${ATTACK_NOUN}) (?:[a-z]+ )?(?:by|from) {A} (?:[a-z-]+ )?(?:on|against|targeting|in) (?:[a-z-]+ ){0,2}?{B}`,
    confidence: 0.8,
    trigger: " (?:by|from) ",
  },
  {
    name: "attacks-assets",
    relation: "attacks",
    template: `{A} {_}(?<v>${ATTACK}) (?:[a-z-]+ ){0,3}?(?:positions|bases|base|depots|depot|targets|convoys?|headquarters|facilities|sites|posts|outposts|warehouses|checkpoints|barracks|strongholds|fighters|troops|forces|commanders) (?:belonging to|used by|operated by|held by|run by|of) (?:the )?{B}`,
    confidence: 0.8,
    // The asset noun and its "of": the attack verbs alone pass most war reporting.
    trigger:
      "(?:positions|bases|base|depots|depot|targets|convoys?|headquarters|facilities|sites|posts|outposts|warehouses|checkpoints|barracks|strongholds|fighters|troops|forces|commanders) (?:belonging to|used by|operated by|held by|run by|of) (?:the )?«",
  },
  {
    // "American jets struck dozens of IS targets", "Israel bombed Iranian weapons routes".
    name: "attacks-actor-assets",
    relation: "attacks",
    template: `{A} {_}(?<v>${ATTACK}) (?:(?!(?:with|to|from|by|for|and|as|against)\\s)[a-z-]+ ){0,3}?{B} (?:[a-z-]+ ){0,2}?(?:${TARGET_ASSETS})\\b`,
    confidence: 0.8,
    triggerWords: ATTACK,
  },
  {
    // "Turkey had no role in the assault on Aleppo": taking part in an attack (negation still applies).
    name: "attacks-role-in",
    relation: "attacks",
    template: `{A} {_}(?:role|part|hand|involvement|participation) in (?:the |an |a )?(?:[a-z-]+ )?(?:${ATTACK_NOUN}) (?:on|against) (?:[a-z-]+ ){0,2}?{B}`,
    confidence: 0.75,
    trigger: "role|part|hand|involvement|participation",
  },
  {
    name: "attacks-stepped-up",
    relation: "attacks",
    template: `{A} {_}(?:stepped up|carried out|conducted|launched|intensified|escalated|resumed|staged|mounted|ordered|continued|expanded) (?:[a-z-]+ ){0,2}?(?:${ATTACK_NOUN}) (?:on|against|targeting|in|to (?:capture|seize|take|retake|recapture|storm|reach)) (?:[a-z-]+ ){0,2}?{B}`,
    confidence: 0.8,
    trigger:
      "stepped up|carried out|conducted|launched|intensified|escalated|resumed|staged|mounted|ordered|continued|expanded",
  },
];

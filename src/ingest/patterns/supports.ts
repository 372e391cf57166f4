import type { Spec } from "./compile";
import { GIVE } from "./vocabulary";

/** Who backs whom: verbs of support and giving, "X-backed", "with the support of", backers and patrons. */
export const SUPPORTS_PATTERNS: Spec[] = [
  {
    name: "supports-compound",
    relation: "supports",
    template: `{A}-(?:backed|supported|sponsored|funded|armed|trained|financed|aligned) {W}{B}`,
    confidence: 0.8,
    implied: true,
    trigger: "-(?:backed|supported|sponsored|funded|armed|trained|financed|aligned) ",
  },
  {
    name: "supports-pro",
    relation: "supports",
    template: `pro-{A} {W}{B}`,
    confidence: 0.75,
    implied: true,
    trigger: "pro-«",
  },
  {
    name: "supports-with-support-of",
    relation: "supports",
    template: `with the (?:[a-z]+ )?(?:support|backing|help|aid|assistance|blessing|protection) of {W}{B}`,
    from: "b",
    confidence: 0.75,
    nearestAgent: true,
    trigger: "with the",
  },
  {
    name: "supports-thanks-to",
    relation: "supports",
    template: `(?:thanks to|backed by|supported by|received|receiving|receives|relies on|relied on|depends on|depended on) (?:the )?(?:[a-z]+ )?(?:support|backing|help|aid|assistance|weapons|arms|funding|money) (?:of|from) {W}{B}`,
    from: "b",
    confidence: 0.75,
    nearestAgent: true,
    trigger: " (?:support|backing|help|aid|assistance|weapons|arms|funding|money) (?:of|from) ",
  },
  {
    name: "supports-give-to",
    relation: "supports",
    template: `{A}(?:'s)? {_}(?:${GIVE}) (?:[a-z'’,-]+ ){1,5}?to {W}{B}`,
    confidence: 0.8,
    trigger:
      "provid|sent|send|deliver|ship|gave|give|offer|pledge|transferred|funnel|channel|smuggl|flew|suppl|lent|extended",
  },
  {
    // "Russia provided air cover for the army's advance".
    name: "supports-provide-for",
    relation: "supports",
    template: `{A} {_}(?:provided|provides|providing|provide|offered|offers|gave|gives|lent|lends|extended) (?:[a-z-]+ ){0,3}?(?:cover|support|backing|protection|assistance|help|aid|weapons|arms|funding|training|intelligence|firepower) (?:for|to) {W}{B}`,
    confidence: 0.8,
    trigger: "provid|offer|gave|give|lent|lend|extended",
  },
  {
    // "The SNA relies heavily on Turkish funding", "depends on Russian air power".
    name: "supports-relies-on",
    relation: "supports",
    template: `{B} {_}(?:relies|relied|rely|relying|depends|depended|depend|depending|leans|leaned|leant) (?:[a-z]+ly )?on (?:the )?{A}(?:'s)? (?:[a-z-]+ )?(?:support|backing|funding|help|aid|assistance|weapons|arms|money|protection|air power|airpower|air support|fighters|troops|patronage)\\b`,
    confidence: 0.8,
    trigger: "relie|rely|depend|lean",
  },
  {
    // "..., with Russian air support", "thanks to Iranian fighters": the nearest agent before is backed.
    name: "supports-with-actor-support",
    relation: "supports",
    template: `(?:with|thanks to|aided by|helped by|backed by|supported by) (?:the )?{B}(?:'s)? (?:[a-z-]+ )?(?:support|backing|help|aid|air power|airpower|air support|air cover|firepower|protection)\\b`,
    from: "b",
    confidence: 0.75,
    nearestAgent: true,
    trigger: "support|backing|help|aid|air power|airpower|air cover|firepower|protection",
  },
  {
    name: "supports-noun",
    relation: "supports",
    template: `{A} {_}(?:[a-z-]+ ){0,2}?(?:support|backing|aid|assistance|sponsorship|patronage|funding|help|arms supplies|weapons) (?:for|to|of) {W}{B}`,
    confidence: 0.8,
    trigger: "support|backing|aid|assistance|sponsorship|patronage|funding|help|arms|weapons",
  },
  {
    name: "supports-backer-of",
    relation: "supports",
    template: `{A} {_}(?:is|are|was|were|has been|have been|remains|remain|remained|became|become)? ?(?:a |an |the )?(?:[a-z-]+ ){0,2}?(?:backers?|sponsors?|patrons?|supporters?|benefactors?|protectors?|lifeline|guarantors?) (?:of|to|for) {W}{B}`,
    confidence: 0.85,
    trigger: "backer|sponsor|patron|supporter|benefactor|protector|lifeline|guarantor",
  },
  {
    name: "supports-role-in",
    relation: "supports",
    template: `{A} {_}(?:played|plays|play|playing) (?:a |an )?(?:[a-z-]+ ){0,2}?role in (?:the )?(?:[a-z-]+ ){0,2}?(?:success|survival|victory|victories|defen[cs]e|rescue|recovery|comeback|resurgence|advance) of {W}{B}`,
    confidence: 0.8,
    trigger: "role in",
  },
  {
    name: "supports-on-side",
    relation: "supports",
    template: `{A} {_}(?:fought|fights|fight|fighting|intervened|intervenes|intervening|entered the war) (?:on (?:the )?(?:side|behalf) of|for) {W}{B}`,
    confidence: 0.8,
    trigger: "side of|behalf of|interven|entered the war| for «",
  },
  {
    name: "supports-apposition-backed",
    relation: "supports",
    template: `{B},? (?:a |an |the )?(?:[a-z-]+ ){0,2}?(?:coalition|alliance|umbrella|group|network|grouping|collection|array|federation) of (?:[a-z-]+ )?{A}-(?:backed|supported|sponsored|funded|armed) (?:[a-z-]+ ){0,2}?(?:factions|groups|militias|rebels|fighters|brigades)`,
    confidence: 0.8,
    implied: true,
    trigger: "-(?:backed|supported|sponsored|funded|armed) ",
  },
  {
    name: "supports-possessive-backer",
    relation: "supports",
    template: `{A} {_}(?:is|are|was|were|remains|remain|remained|has been|have been|became|become) (?:the |a |an )?{B}'s (?:[a-z-]+ ){0,2}?(?:backers?|sponsors?|patrons?|supporters?|benefactors?|protectors?|lifeline|guarantors?)\\b`,
    confidence: 0.85,
    trigger: "'s ",
  },
  {
    // "Moscow, Assad's main backer, ...".
    name: "supports-possessive-apposition",
    relation: "supports",
    template: `{A}, (?:the )?{B}'s (?:[a-z-]+ ){0,3}?(?:backers?|sponsors?|patrons?|supporters?|benefactors?|protectors?|lifeline|guarantors?)\\b`,
    confidence: 0.8,
    trigger: "'s ",
  },
];

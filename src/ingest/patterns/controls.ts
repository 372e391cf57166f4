import { ANY, type Spec } from "./compile";
import { CAPTURE_NOUN, EXPEL, LOSS } from "./vocabulary";

/** Control of places: holding, capture, "under X control", "fell to", "X-held". */
export const CONTROLS_PATTERNS: Spec[] = [
  {
    name: "controls-under",
    relation: "controls",
    template: `{B} {_}under (?:the )?(?:[a-z-]+ )?{A}(?:'s)? (?:[a-z-]+ )?(?:control|rule|occupation|administration|authority|siege)`,
    confidence: 0.85,
    trigger: "under ",
  },
  {
    name: "controls-compound",
    relation: "controls",
    template: `{A}-(?:held|controlled|run|occupied|ruled|dominated) (?:[a-z-]+ ){0,2}?{B}`,
    confidence: 0.8,
    trigger: "-(?:held|controlled|run|occupied|ruled|dominated) ",
  },
  {
    name: "controls-capture-noun",
    relation: "controls",
    template: `(?:${CAPTURE_NOUN}) of ${ANY}{B},? (?:by|to) {W}{A}`,
    confidence: 0.85,
    event: true,
    trigger: "capture|seizure|takeover|conquest|liberation|recapture|fall|occupation",
  },
  {
    name: "controls-capture-of",
    relation: "controls",
    template: `{A}(?:'s)? {_}(?:${CAPTURE_NOUN}) of ${ANY}{B}`,
    confidence: 0.8,
    event: true,
    trigger: "capture|seizure|takeover|conquest|liberation|recapture|fall|occupation",
  },
  {
    // "HTS tightened its grip on Idlib", "consolidated their control over Hama".
    name: "controls-grip",
    relation: "controls",
    template: `{A}(?:'s)? {_}(?:grip|hold|control|stranglehold|dominance|rule|authority) (?:on|over) (?:[a-z-]+ ){0,2}?{B}`,
    confidence: 0.8,
    veto: /\b(?:lost|lose|loses|losing|loosen[a-z]*|weaken[a-z]*|slipp[a-z]*|ceded|no)\b/,
    trigger: "(?:grip|hold|control|stranglehold|dominance|rule|authority) (?:on|over) ",
  },
  {
    // "The army lost Aleppo to HTS", "ceded Hama to the rebels", "handed Tal Rifaat over to".
    name: "controls-lost-to",
    relation: "controls",
    template: `(?:lost|loses|lose|losing|ceded|cedes|cede|surrendered|surrenders|handed|hands|gave up|abandoned) (?:control of )?${ANY}{B} (?:over )?to {W}{A}`,
    confidence: 0.8,
    event: true,
    trigger: "lost|lose|ceded|cede|surrender|hand|gave up|abandon",
  },
  {
    // "the rebels lost Saraqib", "the army lost control of the town": control that ended.
    name: "controls-lost",
    relation: "controls",
    template: `{A} {_}(?<v>lost|loses|lose|ceded|cedes|surrendered|surrenders|gave up|abandoned) (?:(?:full |effective )?control of |(?:its|their) (?:hold|grip) on )?{W}{B}`,
    confidence: 0.75,
    ended: true,
    trigger: "lost|lose|ceded|cede|surrender|gave up|abandon",
  },
  {
    name: "controls-expel",
    relation: "controls",
    template: `{A} {_}(?<v>${EXPEL}) (?:[a-z-]+ ){0,3}?(?:«\\d+» )?(?:[a-z-]+ ){0,2}?(?:out of|from) ${ANY}{B}`,
    confidence: 0.8,
    event: true,
    trigger:
      "(?:drove|drive|driving|push|forc|expel|oust|chase|evicted|kicked|clear|rout|dislodge|flushed)[^]* (?:out of|from) ",
  },
  {
    name: "controls-fronted-participle",
    relation: "controls",
    template: `(?:^|, )(?:after|since|having|upon|following|by) (?:taking|capturing|seizing|overrunning|retaking|recapturing|taken|captured|seized|overrun|retaken|recaptured)(?: control of)? (?:[a-z-]+ ){0,4}?{B}, (?:[a-z-]+ ){0,2}?{A}`,
    confidence: 0.8,
    event: true,
    trigger:
      "(?:after|since|having|upon|following|by) (?:taking|capturing|seizing|overrunning|retaking|recapturing|taken|captured|seized|overrun|retaken|recaptured)",
  },
  {
    name: "controls-expel-passive",
    relation: "controls",
    template: `(?:was|were|had been|have been|has been|being) (?:driven|pushed|forced|expelled|ousted|routed|dislodged|chased|cleared) (?:out of|from) (?:[a-z-]+ ){0,3}?{B},? by (?:the )?{A}`,
    confidence: 0.8,
    event: true,
    trigger: "(?:out of|from) ",
  },
  {
    name: "controls-held-by-apposition",
    relation: "controls",
    template: `{B}, (?:a |an |the |two |three |four |several |both )?(?:[a-z-]+ ){0,2}?(?:towns?|cities|city|villages?|areas?|provinces?|regions?|districts?)(?: [a-z-]+){0,3}?(?: «\\d+»)? (?:held|controlled|occupied|run|ruled) by (?:the )?{A}`,
    confidence: 0.8,
    trigger: "(?:held|controlled|occupied|run|ruled) by",
  },
  {
    name: "controls-stronghold",
    relation: "controls",
    template: `{A}(?:'s)? (?:[a-z-]+ )?(?:stronghold|bastion|fiefdom|enclave|heartland|bastions|strongholds) (?:of )?{B}`,
    confidence: 0.7,
    implied: true,
    trigger: "stronghold|bastion|fiefdom|enclave|heartland",
  },
  {
    name: "controls-under-control-of",
    relation: "controls",
    template: `{B} {_}under (?:the )?(?:[a-z-]+ )?(?:control|rule|occupation|administration|authority|grip|sway|command) of {W}{A}`,
    confidence: 0.85,
    trigger: "under ",
  },
  {
    name: "controls-in-control-of",
    relation: "controls",
    template: `{A} {_}in (?:full |firm |complete |total |effective |sole |nominal )?control of ${ANY}{B}`,
    confidence: 0.8,
    trigger: "control of",
  },
  {
    name: "controls-in-hands-of",
    relation: "controls",
    template: `{B} {_}(?:in|into) (?:the )?hands of {W}{A}`,
    confidence: 0.8,
    trigger: "hands of",
  },
  {
    name: "controls-in-actor-hands",
    relation: "controls",
    template: `{B} {_}(?:in|into) (?:the )?{A}(?:'s)? hands`,
    confidence: 0.8,
    trigger: "» hands|»'s hands",
  },
];

import { ANY, type Spec } from "./compile";
import { CAPTURE, EXPEL, FIGHT } from "./vocabulary";

/** Fighting between two sides: clashes, battles, expulsions, defeats. */
export const FIGHTS_PATTERNS: Spec[] = [
  {
    name: "fights-between",
    relation: "fights",
    template: `(?:clashes|clash|fighting|battles?|war|hostilities|skirmishes|confrontations?|combat|conflict|fight) (?:[a-z]+ ){0,2}?between (?:the )?{A}`,
    confidence: 0.85,
    trigger: "between",
  },
  {
    name: "fights-noun-against",
    relation: "fights",
    template: `{A} {_}(?:in |during |of )?(?:the |their |its |his |a |an )?(?:[a-z-]+ ){0,2}?(?:battles?|fighting|war|clashes|fight|struggle|insurgency|uprising|rebellion|campaign|resistance|combat) (?:against|with) {W}{B}`,
    confidence: 0.8,
    trigger:
      "(?:battles?|fighting|war|clashes|fight|struggle|insurgency|uprising|rebellion|campaign|resistance|combat) (?:against|with) ",
  },
  {
    // "the Islamist insurgency against government forces": the uprising fights its target.
    name: "fights-uprising-against",
    relation: "fights",
    template: `{A} (?:against|on) (?:the )?{B}`,
    confidence: 0.75,
    fromSurface: /(?:insurgency|uprising|rebellion|revolt|insurrection|jihad|resistance)$/i,
    trigger: "» against|» on",
  },
  {
    name: "fights-expel",
    relation: "fights",
    template: `{A} {_}(?<v>${EXPEL}) (?:back )?{W}{B}(?! (?:to|into)\\b)`,
    confidence: 0.8,
    triggerWords: EXPEL,
    trigger: `\\b(?:${EXPEL})\\b`,
  },
  {
    name: "fights-expel-passive",
    relation: "fights",
    template: `{B} {_}(?:was|were|had been|have been|has been|being) (?:driven|pushed|forced|expelled|ousted|routed|defeated|repelled|repulsed|dislodged|chased) (?:out |back )?(?:[a-z-]+ |«\\d+» ){0,4}?by {W}{A}`,
    confidence: 0.8,
    trigger:
      "(?:was|were|been|being) (?:driven|pushed|forced|expelled|ousted|routed|defeated|repelled|repulsed|dislodged|chased) (?:[^]* )?by ",
  },
  {
    name: "fights-defeat",
    relation: "fights",
    template: `{A} {_}(?<v>defeated|defeats|routed|repelled|repulsed|repels|ambushed|killed|encircled|besieged) (?:[a-z-]+ ){0,2}?{B}`,
    confidence: 0.75,
    trigger: "defeat|rout|repel|repuls|ambush|killed|encircl|besieg",
  },
  {
    // "US troops fight IS cells alongside the SDF": the partner fights the same enemy.
    name: "fights-alongside-partner",
    relation: "fights",
    template: `(?<v>${FIGHT}) (?:against )?{W}{B} (?:[a-z-]+ ){0,2}?alongside {W}{A}`,
    confidence: 0.75,
    trigger: "alongside",
  },
  {
    name: "fights-taken-from",
    relation: "fights",
    template: `{A} {_}(?<v>${CAPTURE}) ${ANY}«\\d+» from (?:the )?{B}`,
    confidence: 0.8,
    // The capture verbs are common; "«x» from «y»" is not.
    trigger: "» from «|» from the «",
  },
];

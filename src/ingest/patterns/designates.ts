import type { Spec } from "./compile";
import { DESIGNATE, DESIGNATE_ACTIVE, TERROR } from "./vocabulary";

/** Terrorist designations: "designated X a terrorist organisation", "terror list". */
export const DESIGNATES_PATTERNS: Spec[] = [
  {
    name: "designates-passive",
    relation: "designates-terrorist",
    template: `{A?}{_}(?:is|are|was|were|has been|have been|had been|remains|remain|being)? ?(?:also |still |widely |officially |formally )?(?:${DESIGNATE}) (?:as )?(?:a |an )?${TERROR}(?:,? [a-z-]+){0,3}?,? by {W}{B}`,
    from: "b",
    confidence: 0.9,
    subjectFallback: true,
    trigger: "terror",
  },
  {
    name: "designates-active",
    relation: "designates-terrorist",
    template: `{B} {_}(?:${DESIGNATE_ACTIVE}) (?:the )?{A} (?:as |to be )?(?:a |an |the )?${TERROR}`,
    from: "b",
    confidence: 0.9,
    trigger: "terror",
  },
  {
    name: "designates-relative",
    relation: "designates-terrorist",
    template: `{A},? (?:(?:a|an|the) (?:[a-z-]+ ){0,2}?(?:group|organi[sz]ation|movement|faction|militia|alliance) )?(?:which|who|whom|that) {B} (?:[a-z-]+ ){0,2}?(?:${DESIGNATE_ACTIVE}) (?:as |to be )?(?:a |an )?${TERROR}`,
    from: "b",
    confidence: 0.85,
    trigger: "(?:which|who|whom|that) «\\d+» [^]*terror",
  },
  {
    name: "designates-noun",
    relation: "designates-terrorist",
    template: `{B}(?:'s)? (?:[a-z-]+ )?(?:designation|listing|classification|blacklisting|proscription) of {W}{A} (?:as )?(?:a |an )?${TERROR}`,
    from: "b",
    confidence: 0.85,
    trigger: "terror",
  },
  {
    name: "designates-compound",
    relation: "designates-terrorist",
    template: `{B}-(?:designated|listed|proscribed|blacklisted) (?:[a-z-]+ ){0,3}?{A}`,
    from: "b",
    confidence: 0.8,
    trigger: "-(?:designated|listed|proscribed|blacklisted)",
  },
  {
    name: "designates-list",
    relation: "designates-terrorist",
    template: `{A} {_}(?:is|are|was|were|remains) (?:still )?on (?:the )?{B}(?:'s)? (?:[a-z-]+ )?(?:terror|terrorist|terrorism|sanctions) (?:list|blacklist)`,
    from: "b",
    confidence: 0.85,
    trigger: " list",
  },
];

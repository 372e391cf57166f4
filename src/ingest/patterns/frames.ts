import { COMPOUND_MODIFIERS, RELATIONAL_NOUNS } from "../relation-lexicon";
import type { Spec } from "./compile";

/**
 * Frames: the structures a relation word can sit in, each stated once with the roles of its
 * slots, and instantiated for every entry of the relation lexicon. {A} is the relation's source
 * unless `from: "b"`.
 */

/** Adjectives and compound modifiers before a head noun ("chief", "largest", "«n»-based"). */
const MODS = "(?:(?:[a-z]+-)?[a-z]+ |«\\d+»-[a-z]+ ){0,3}?";
/** Time adverbs inside an apposition or a copula ("once a close ally of", "formerly held by"). */
const WHEN = "(?:(?:once|formerly|long|now|still|previously|then|later|already|until recently|for years) )?";
const COPULA =
  "(?:is|was|are|were|has been|have been|had been|been|became|become|becomes|remains|remained|remain|serves as|served as|acts as|acted as)";
const DETERMINER = "(?:a |an |the |one of the |one of |among the )?";

function alternation(words: string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join("|");
}

/** Relational nouns: possessive, appositive, copular and "the N of" frames. */
function nounFrames(): Spec[] {
  return RELATIONAL_NOUNS.flatMap(({ relation, referent, nouns }) => {
    const n = `(?:${alternation(nouns)})`;
    const from = referent === "from" ? "a" : "b";
    const base = { relation, from, triggerWords: nouns.join("|") } as const;
    const name = (frame: string) => `frame-${relation}-${referent}-${frame}`;
    return [
      // "the Levant Front, Ankara's chief proxy": the referent, then its possessor's noun.
      {
        ...base,
        name: name("possessive-apposition"),
        template: `{A}, ${WHEN}{B}'s ${MODS}${n}\\b`,
        confidence: 0.8,
        kinds: ["appositive", "relational-noun"],
      },
      // "Moscow's Syrian client, the Assad government"; "Tehran's ally Hezbollah".
      {
        ...base,
        name: name("possessive-head"),
        template: `{B}'s ${MODS}${n},? (?:the )?{A}`,
        confidence: 0.8,
        kinds: ["relational-noun"],
      },
      // "Baghdad's patrons in Tehran": the capital acts, as the state.
      {
        ...base,
        name: name("possessive-in"),
        template: `{B}'s ${MODS}${n} in {A}`,
        confidence: 0.75,
        kinds: ["relational-noun"],
      },
      // "Hezbollah, once a close ally of Assad"; "the Sultan Murad Division, a faction of the SNA".
      {
        ...base,
        name: name("of-apposition"),
        template: `{A}, ${WHEN}${DETERMINER}${MODS}${n} (?:of|to|for|within|in) (?:the )?{B}`,
        confidence: 0.8,
        kinds: ["appositive", "relational-noun"],
      },
      // "the brigade is the main force of the council"; "X remained Y's closest ally".
      {
        ...base,
        name: name("copula"),
        template: `{A}(?:,? (?:[a-z]+ ){0,2}?| )${COPULA} ${WHEN}${DETERMINER}${MODS}${n} (?:of|to|for|within|in) (?:the )?{B}`,
        confidence: 0.75,
        kinds: ["relational-noun"],
      },
      {
        ...base,
        name: name("copula-possessive"),
        template: `{A}(?:,? (?:[a-z]+ ){0,2}?| )${COPULA} ${WHEN}{B}'s ${MODS}${n}\\b`,
        confidence: 0.75,
        kinds: ["relational-noun"],
      },
      // "the chief patron of Hezbollah, Iran, ...".
      {
        ...base,
        name: name("of-head"),
        template: `(?:the |a |an )${MODS}${n} (?:of|to|for) (?:the )?{B},? (?:the )?{A}(?:,|$| (?!'s))`,
        confidence: 0.75,
        kinds: ["relational-noun"],
      },
    ] satisfies Spec[];
  });
}

/** Chains of compound modifiers: "Turkish-funded, Iran-commanded brigades" (each one a claim). */
function compoundFrames(): Spec[] {
  return Object.entries(COMPOUND_MODIFIERS).flatMap(([relation, participles]) => {
    const v = `(?:${alternation(participles)})`;
    const link = "(?:,? (?:and )?(?:«\\d+»|[a-z.]+)-[a-z]+)";
    return [
      {
        name: `frame-${relation}-compound-chain`,
        relation,
        template: `{A}-${v}${link}+,? {W}{B}`,
        confidence: 0.8,
        implied: true,
        trigger: participles.map((p) => `-${p}`).join("|"),
        kinds: ["modifier"],
      },
      {
        name: `frame-${relation}-compound`,
        relation,
        template: `{A}-${v} {W}{B}`,
        confidence: 0.8,
        implied: true,
        trigger: participles.map((p) => `-${p} `).join("|"),
        kinds: ["modifier"],
      },
    ] satisfies Spec[];
  });
}

export const FRAME_PATTERNS: Spec[] = [...nounFrames(), ...compoundFrames()];

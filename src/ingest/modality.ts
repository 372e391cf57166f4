import type { Certainty } from "../model/types";
import { ACCUSATION_WORDS, DENIAL_WORDS, HEDGE_WORDS, NEGATION_WORDS, SAYING_VERBS } from "./lexicon";

/** What the wording around a matched relation does to it. */
export interface Modality {
  asserted: boolean;
  certainty: Certainty;
  hedged: boolean;
}

const POST_DENIAL =
  /^[^.;]*?,\s*(?:(?:a|an|the)\s+)?(?:[a-z]+\s+)?(?:claims?|reports?|allegations?|accusations?|charges?)\s+(?:that\s+)?(?:[^,.;]*?\s)?(?:denied|rejected|dismissed|refuted|disputed)\b|^[^.;]*?,?\s*which\s+(?:[^,.;]*?\s)?(?:denied|denies|rejected|rejects|dismissed|refuted)\b/i;

const UNREALISED =
  /\b(?:threaten(?:ed|s|ing)?|vow(?:ed|s|ing)?|plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|want(?:s|ed)?|promis(?:ed|es|ing)|pledg(?:ed|es|ing)|aim(?:s|ed|ing)?|seek(?:s|ing)?|sought|tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|prepar(?:es|ed|ing)|call(?:ed|s|ing)? on|urg(?:ed|es|ing)|ask(?:ed|s|ing)|fail(?:ed|s|ing)?|unable|struggl(?:ed|es|ing)) to\b|\b(?:if|unless|whether|would|will|could|should|shall|won't|would not)\b/i;

/**
 * Reads negation, denial, intention, hedges and accusations. `region` is the coded text from the
 * claim's source to the end of the match (slots already blanked out); `prefix` is the sentence
 * before the match. A denial or intention anywhere before the verb means the claim is not
 * asserted: wrongly dropping a claim is cheaper than asserting what the text denies.
 */
export function readModality(region: string, prefix: string, sentenceText: string, suffix = ""): Modality {
  // A relative clause or a new coordinated clause starts a new scope for denials and hedges.
  const boundary = /.*(?:;|\. |, (?:which|who|whom|whose|but|while|whereas|and)\b| but )/s.exec(prefix);
  // A claim stated inside a relative clause ("..., which it designated ...") is outside the
  // scope of a denial before it.
  const clausePrefix = /, (?:which|who|whom|whose)\b/.test(region)
    ? ""
    : boundary
      ? prefix.slice(boundary[0].length)
      : prefix;
  const negated =
    NEGATION_WORDS.test(region) ||
    DENIAL_WORDS.test(clausePrefix) ||
    UNREALISED.test(region) ||
    UNREALISED.test(clausePrefix.slice(-40)) ||
    /\bnot (?:true|the case)\b/i.test(prefix) ||
    // "warned HTS against attacking ...": a warning is about what has not happened.
    (/\bagainst\s+[a-z]+ing\b/i.test(region) &&
      /\b(?:warn|caution|advis)[a-z]*\b/i.test(clausePrefix + region)) ||
    // "..., a claim denied by Moscow", "..., which Tehran denied": denied after the fact.
    POST_DENIAL.test(suffix);
  const accused = ACCUSATION_WORDS.test(prefix) || ACCUSATION_WORDS.test(region);
  const hedged =
    HEDGE_WORDS.test(region) || HEDGE_WORDS.test(clausePrefix) || /\baccording to\b/i.test(sentenceText);
  const certainty: Certainty = accused ? "disputed" : hedged ? "implied" : "stated";
  return { asserted: !negated, certainty, hedged: hedged || accused };
}

const SAYING = new RegExp(`\\b(?:${SAYING_VERBS})\\b`, "i");
const SPEAKER = new RegExp(`«(\\d+)»(?:'s)? (?:[a-z-]+ ){0,3}?(?:has |have |had )?(?:${SAYING_VERBS})\\b`);

/**
 * Who the sentence says is speaking: "according to X", or the subject of a verb of saying
 * ("the army announced", "Moscow said"). `mentionLabel` turns a slot of the coded sentence into
 * the actor's label.
 */
export function readAttribution(
  sentenceText: string,
  code: string,
  mentionLabel: (slot: number) => string | undefined,
): string | undefined {
  const according = /\baccording to (?:the )?([^,.;:“”"]+)/i.exec(sentenceText);
  if (according?.[1]) {
    const phrase = according[1].trim().split(/\s+/).slice(0, 6).join(" ");
    return phrase.replace(/^(?:a|an|the)\s+/i, "");
  }
  const speaker = SPEAKER.exec(code);
  if (speaker?.[1]) return mentionLabel(Number(speaker[1]));
  const saying = SAYING.exec(sentenceText);
  if (saying) {
    const before = sentenceText.slice(0, saying.index);
    const np = /((?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:has\s+|have\s+|had\s+)?$/iu.exec(
      before,
    );
    if (np?.[1]) return np[1].replace(/^(?:a|an|the)\s+/i, "");
  }
  return undefined;
}

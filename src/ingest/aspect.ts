/**
 * Time and aspect: whether a clause presents a relation as over by the time of writing. "P, which
 * had been held by the army for years, fell to ...", "X backed Y until 2017", "Y, formerly backed by
 * X", "X lost P to Y" state a relation that has ended; it must never be presented as current.
 */

/** What the wording says about when the relation held. */
export interface Aspect {
  ended: boolean;
  /** The year the text gives for the end ("until 2017"). */
  endYear?: string;
}

// A stative relation in the past perfect: over before the moment the story tells.
const STATIVE_PERFECT =
  /\bhad (?:long |already |previously |once |for (?:years|decades|months|a decade) )?been (?:[a-z]+ly )?(?:held|controlled|run|ruled|occupied|administered|governed|garrisoned|under|backed|supported|armed|funded|sponsored|allied|aligned|based|deployed|stationed|present|active|led|commanded|headed|part of|a member of|members of|home to)\b/;
const CONTROL_PERFECT =
  /\bhad (?:long |previously |once |for (?:years|decades|months) )?(?:held|controlled|ruled|occupied|run|governed|administered)\b/;
// "formerly", "once", "former": the relation belonged to an earlier time ("once again" does not).
const FORMER = /\b(?:formerly|previously|once(?! again)|former|ex-|used to|no more than until)\b/;
// "formerly known as", "once called": the earlier time is the name's, not the relation's.
const FORMER_NAME =
  /\b(?:formerly|previously|once|originally|former) (?:known as|called|named|part of the name)\b[^,;]*|\bformer name\b[^,;]*/g;
const CLOSED_CLAUSE =
  /, (?:which|who|whom|whose|where|when|a|an|the|formerly|once|previously|then|until)\b[^,;]*,/g;
const UNTIL = /\b(?:until|till|up until|up to)\b/;
const UNTIL_YEAR =
  /\b(?:until|till|up until|up to) (?:(?:early|late|mid|the end of|the start of|the spring of|the summer of|the autumn of|the winter of)[ -])?(?:[a-z]+ )?((?:19|20)\d\d)\b/;

/**
 * Reads the aspect of a claim. `region` is the coded text from the claim's agent to the end of
 * the match, `suffix` the coded text after the match (slots blanked out in both). Successions
 * ("formerly known as") are not relations that end.
 */
export function readAspect(relation: string, region: string, suffix: string): Aspect {
  if (relation === "successor-of") return { ended: false };
  // A closed relative or appositive clause inside the region is another clause's time:
  // "P, which had been held by the army, fell to Y" says nothing ended about Y.
  const clean = region.replace(CLOSED_CLAUSE, ",").replace(FORMER_NAME, " ");
  // The rest of the clause after the match: "held P until 2018, when ...".
  const clauseAfter = /^[^,;]*/.exec(suffix)?.[0] ?? "";
  const untilYear = UNTIL_YEAR.exec(clean)?.[1] ?? UNTIL_YEAR.exec(clauseAfter)?.[1];
  const ended =
    STATIVE_PERFECT.test(clean) ||
    (relation === "controls" && CONTROL_PERFECT.test(clean)) ||
    FORMER.test(clean) ||
    UNTIL.test(clean) ||
    /^\s*(?:[a-z'-]+ ){0,4}?(?:until|till)\b/.test(clauseAfter);
  if (!ended) return { ended: false };
  return untilYear ? { ended: true, endYear: untilYear } : { ended: true };
}

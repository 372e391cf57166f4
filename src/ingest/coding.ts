import type { Mention } from "./mentions/index";
import { RELATIONAL_NOUNS } from "./relation-lexicon";
import type { Sentence } from "./types";

/**
 * The coded sentence the relation patterns read: lower-case words, each actor mention replaced by
 * its slot «i», and coordinated mentions ("Russia and Iran") grouped into one slot.
 */

/** Nouns that may follow each member of a coordination ("Russian planes and Iranian militias"). */
const MEMBER_NOUNS =
  "(?: (?:forces|troops|planes|jets|warplanes|aircraft|fighters|militias|militiamen|soldiers|units|officials|army|air force|air power|airpower|navy|governments?|leaders|advisers|advisors|commanders|drones|artillery|special forces|militants))?";
const COORDINATION = new RegExp(
  `«\\d+»${MEMBER_NOUNS}(?:, (?:the )?«\\d+»${MEMBER_NOUNS})*,? (?:and|or|as well as|&)(?: (?:later|then|subsequently|eventually|finally|also))? (?:the )?«\\d+»${MEMBER_NOUNS}`,
  "g",
);
/** "not only A but also B": a coordination too, its second part often a unit of a named actor. */
const NOT_ONLY = new RegExp(
  `\\b(?:not only|both) (?:the )?«(\\d+)»${MEMBER_NOUNS},? (?:but also|but|and also|and) (?:(?:units|members|fighters|elements|positions) of )?(?:the )?«(\\d+)»${MEMBER_NOUNS}`,
  "g",
);

export interface CodedSentence {
  code: string;
  /** Slot -> mention indices: one mention, or the members of a coordination. */
  slots: number[][];
}

/** Rewrites a sentence as lower-case words with each mention replaced by its slot «i». */
export function codeSentence(text: string, sentence: Sentence, mentions: Mention[]): CodedSentence {
  const clean = (piece: string) =>
    piece
      .toLowerCase()
      .replace(/[“”"‘«»]/g, " ")
      .replace(/’/g, "'");
  let code = "";
  let at = sentence.start;
  mentions.forEach((m, i) => {
    // "its patrons" reads like "X's patrons": the possessive pronoun is a possessor slot.
    const possessive = m.pronoun && /^(?:its|their)$/i.test(m.surface) ? "'s" : "";
    // The members of one plural anaphor ("they" = Iran and Russia) share a span: "«0» and «1»".
    code += `${m.start < at ? " and " : clean(text.slice(at, m.start))}«${i}»${possessive}`;
    at = m.end;
  });
  code += clean(text.slice(at, sentence.end));
  code = ` ${code}`
    .replace(/\s*\((?:[^()«]|«\d+»)*\)/g, "")
    .replace(/\s+/g, " ")
    .replace(/ ,/g, ",")
    .replace(/\.\s+(?=[a-z])/g, " ") // a stray full stop before a lower-case word ends nothing
    .replace(/[.!?]+\s*$/, "")
    .replace(/»' /g, "»'s ") // "the rebels' capture": a plural possessive reads like "'s"
    .trim();
  code = `${code} `;
  const slots: number[][] = mentions.map((_, i) => [i]);
  code = code.replace(COORDINATION, (match) => {
    const members = [...match.matchAll(/«(\d+)»/g)].map((m) => Number(m[1]));
    // "al-Qaeda, and it has fought ...", "with Moscow, and Turkey is ...": clauses, not a list.
    if (members.some((i) => mentions[i]?.pronoun)) return match;
    if (members.length === 2 && /,\s*(?:and|or)\s/.test(match)) return match;
    slots.push(members);
    return `«${slots.length - 1}»`;
  });
  code = code.replace(NOT_ONLY, (match, first: string, second: string) => {
    const members = [...(slots[Number(first)] ?? []), ...(slots[Number(second)] ?? [])];
    if (members.some((i) => mentions[i]?.pronoun)) return match;
    slots.push(members);
    return `«${slots.length - 1}»`;
  });
  return { code, slots };
}

/**
 * Patterns see the sentence as written, and with relative clauses and appositions cut out, so
 * "Hezbollah, which has backed Assad for years, has fought Israel" links its ends; and, when a
 * possessor's relational noun names an actor ("Russia's ally Hezbollah"), with that actor alone.
 */
export function codedVariants(code: string): string[] {
  const variants = [code];
  const mainClause = code
    .replace(/, (?:which|who|whose|whom|where|when)\b[^,]*,/g, "")
    // "government forces, backed by Russian air power, recaptured Aleppo": a participle phrase.
    .replace(/, [a-z]+(?:ed|en) (?:by|from|with)\b[^,]*,/g, "")
    .replace(
      /, (?:(?:a|an|the|formerly|once|now|one of|two|three|four|several|both|with)\b|«\d+»'s )[^,]*,(?= (?:[a-z]+ ){0,2}?(?:has|have|had|is|are|was|were|said|says|[a-z]+ed|[a-z]+s)\b)/g,
      "",
    );
  if (mainClause !== code) variants.push(mainClause);
  // "retaken by Russia's ally Hezbollah": the possessor's relational noun names the head, which
  // is what the clause's verb reads.
  if (mainClause.includes("»'s ")) {
    const heads = mainClause.replace(POSSESSED_HEAD, "$1");
    if (heads !== mainClause) variants.push(heads);
  }
  return variants;
}

const POSSESSED_HEAD = new RegExp(
  `«\\d+»'s (?:[a-z-]+ ){0,2}?(?:${RELATIONAL_NOUNS.flatMap((n) => n.nouns).join("|")}),? (?:the )?(«\\d+»)(?!'s)`,
  "g",
);

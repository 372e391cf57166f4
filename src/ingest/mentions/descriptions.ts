import type { Sentence, Token } from "../types";
import { ANAPHOR_HEADS, type AnaphorHead, DESCRIPTION_DETERMINERS } from "./anaphor-lexicon";
import type { Mention } from "./mention";
import { isPossessive, joinHyphenated } from "./names";

/**
 * A definite description that may refer back to an actor: "the group", "the Kurdish-led force",
 * "the U.S.-backed, Arab-led alliance", "the same factions", "the two groups".
 */
export interface Description {
  /** The span the anaphor mention takes: the whole phrase, or what follows a named modifier. */
  start: number;
  end: number;
  /** The phrase as written, determiner included, for the reviewer. */
  phrase: string;
  head: string;
  info: AnaphorHead;
  /** "the same factions": the antecedent is a recent subject, never a new actor. */
  same: boolean;
  /** "the two groups", "both groups": a coordinated pair. */
  pair: boolean;
  /** "in the country", "across the province": a place, whatever else the head may name. */
  placeContext: boolean;
}

const MODIFIER_POS = new Set(["ADJ", "NOUN", "PROPN", "VERB", "NUM", "ADV"]);
/** A compound modifier ("U.S.-backed", "Kurdish-led", "al-Qaeda-linked"), which may carry a name. */
const COMPOUND =
  /-(?:backed|led|held|controlled|supported|aligned|sponsored|funded|allied|linked|affiliated|run|armed|trained|dominated|commanded|based|inspired|majority)$/i;
/** "the new authorities", "another group", "rival factions": a new referent, not an earlier one. */
const NEW_REFERENT =
  /^(?:new|newly|other|another|rival|different|several|many|some|local|foreign|smaller|various)$/i;
/** "any of the armed groups", "one of the factions": part of a set, not an earlier actor. */
const PARTITIVE_BEFORE =
  /\b(?:any|some|none|many|most|all|one|two|three|several|each|both|either|neither) of\s+$/i;
/**
 * "the armed groups operating in the south", "the factions it backs", "the group that ...": a
 * restrictive participle or clause picks out a set of its own, not an earlier actor.
 */
const PARTICIPLE_AFTER = /^\s+(?:[a-z]+ing|that|which|who|whom|whose|it|they|he|she|we)\b/;
/** A capitalised adjective ("the Lebanese movement", "the Islamist group"), not a name. */
const PROPER_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i|ic|ite|ist)$/u;
const PLACE_BEFORE =
  /\b(?:in|across|throughout|inside|into|within|from|to|near|around|of|over|through|entered|left|fled)\s+$/i;
/** "the group of", "the group Hezbollah": an apposition or a partitive, not an anaphor. */
const NOT_AFTER = /^(?:['’]s\s)?\s*(?:of\b|\p{Lu}|-)/u;

function bare(word: string): string {
  return word.replace(/['’]s?$/, "").toLowerCase();
}

/** The definite descriptions of one sentence, in text order. */
export function findDescriptions(text: string, sentence: Sentence, taken: Mention[]): Description[] {
  const out: Description[] = [];
  const lower = sentence.text.toLowerCase();
  // Cheap test first: most sentences have no candidate head at all.
  if (!/\b(?:the|this|that|these|those|both)\b/.test(lower)) return out;
  const tokens = joinHyphenated(sentence.tokens, text);
  for (let i = 0; i < tokens.length; i++) {
    const determiner = tokens[i]!;
    if (!DESCRIPTION_DETERMINERS.has(determiner.text.toLowerCase())) continue;
    const found = descriptionAt(text, tokens, i, taken);
    if (found) {
      out.push(found.description);
      i = found.last;
    }
  }
  return out;
}

function descriptionAt(
  text: string,
  tokens: Token[],
  at: number,
  taken: Mention[],
): { description: Description; last: number } | undefined {
  const determiner = tokens[at]!;
  let same = false;
  let pair = determiner.text.toLowerCase() === "both";
  let modifiers = 0;
  let spanStart = determiner.start;
  for (let j = at + 1; j < Math.min(tokens.length, at + 7); j++) {
    const t = tokens[j]!;
    const word = bare(t.text);
    const info = ANAPHOR_HEADS.get(word);
    const next = tokens[j + 1];
    // "the government forces": the head is the last noun; "the army retook it": a verb the
    // tagger took for a noun (it has an object) ends the phrase.
    const nounFollows =
      next !== undefined &&
      next.pos === "NOUN" &&
      /^[a-z]/.test(next.text) &&
      !/(?:ed|ook|ught|ew|ized|ised)$/.test(next.text) &&
      !["PRON", "DET", "PROPN"].includes(tokens[j + 2]?.pos ?? "");
    if (info && /^[a-z]/.test(t.text) && !nounFollows) {
      const end = t.start + word.length;
      if (NOT_AFTER.test(text.slice(end, end + 3)) || PARTICIPLE_AFTER.test(text.slice(end, end + 16)))
        return;
      if (PARTITIVE_BEFORE.test(text.slice(Math.max(0, determiner.start - 12), determiner.start))) return;
      if (info.needsModifier && modifiers === 0) return;
      // A known name right after the head: "the militia Liwa al-Quds" is an apposition.
      if (taken.some((k) => k.start >= end && /^\s*$/.test(text.slice(end, k.start)))) return;
      const blocking = taken.filter((k) => k.start < end && k.end > spanStart);
      // Only a name inside a compound modifier ("the U.S.-backed group") or a demonym may sit
      // inside the phrase; the anaphor then starts after it.
      for (const k of blocking) {
        const modifier = tokens.find((m) => m.start <= k.start && m.end >= k.end);
        if (!modifier || modifier === t) return;
        // "the Russian military", "the Turkish government": that state's own, not an earlier actor.
        if (!COMPOUND.test(modifier.text) && k.via !== "community-adjective") return;
        spanStart = Math.max(spanStart, tokens[tokens.indexOf(modifier) + 1]?.start ?? end);
      }
      const before = text.slice(Math.max(0, determiner.start - 14), determiner.start);
      return {
        description: {
          start: spanStart,
          end,
          phrase: text.slice(determiner.start, end),
          head: word,
          info,
          same,
          pair: pair || (info.plural && /^(?:two|both)$/i.test(tokens[at + 1]?.text ?? "")),
          placeContext: PLACE_BEFORE.test(before),
        },
        last: j,
      };
    }
    const lowerWord = t.text.toLowerCase();
    if (lowerWord === "same" && j === at + 1) {
      same = true;
      continue;
    }
    if (lowerWord === "two" && j === at + 1) {
      pair = true;
      continue;
    }
    // "the U.S.-backed, Arab-led force": a comma only between compound modifiers.
    if (t.text === "," && COMPOUND.test(tokens[j - 1]?.text ?? "") && COMPOUND.test(next?.text ?? ""))
      continue;
    if (!MODIFIER_POS.has(t.pos) || isPossessive(t.text.slice(-2)) || /^(?:and|or|of)$/i.test(t.text)) return;
    // A proper noun that is neither a compound nor a known demonym begins a name ("the Army of ...").
    if (
      t.pos === "PROPN" &&
      !COMPOUND.test(t.text) &&
      !taken.some((k) => k.start === t.start) &&
      !(PROPER_ADJECTIVE.test(t.text) && next?.pos !== "PROPN")
    )
      return;
    if (NEW_REFERENT.test(t.text)) return;
    modifiers++;
  }
  return undefined;
}

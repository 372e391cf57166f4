import { PART_NOUNS, VERB_FORMS } from "../relation-lexicon";
import type { Unit } from "./units";

/**
 * Noun-phrase chunks over the units: maximal runs of determiners, adjectives, numbers, nouns and
 * mentions, with a head (the last nominal), a possessor ("Ankara's proxy") and compound modifiers
 * ("Qatari-funded brigades"). A relation verb that wink tags as a noun ("Russia backs Assad") ends
 * the chunk before it when it stands between two phrases.
 */
export interface Chunk {
  first: number;
  last: number;
  /** Unit index of the head: the last noun or mention of the run. */
  head: number;
  /** Unit index of the last possessor in the chunk ("the regime's forces": regime). */
  possessor?: number;
}

const NOMINAL = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN", "MENTION"]);
const HEADS = new Set(["NOUN", "PROPN", "MENTION", "NUM"]);
/** Determiners that open a new phrase even right after a noun ("Iran funds the militias"). */
const OPENERS = new Set(["the", "a", "an", "this", "these", "those", "its", "their", "his", "her"]);
const RELATIVES = new Set(["which", "who", "whom", "whose", "that"]);

/** Words after which a relation word is a verb: "and arms the militias", "which controls the town". */
const BEFORE_VERB = new Set([
  "and",
  "or",
  "but",
  "which",
  "who",
  "that",
  "also",
  "then",
  "later",
  "now",
  "still",
]);
const AFTER_VERB = new Set(["by", "with", "against", "to", "into", "over"]);

/** True when unit `i` is a relation verb standing between two phrases, whatever wink tagged it. */
export function isVerbBetween(units: Unit[], i: number, isDemonym: (mention: number) => boolean): boolean {
  const unit = units[i];
  if (!unit || unit.mention !== undefined || !VERB_FORMS.has(unit.text)) return false;
  const before = units[i - 1];
  const after = units[i + 1];
  if (!before || !after) return false;
  // "Russian strikes", "the group's attacks", "the militia's backers": a noun after a modifier.
  if (before.possessive || before.compound) return false;
  if (before.mention !== undefined && isDemonym(before.mention)) return false;
  const verbal =
    before.pos === "ADV" || before.pos === "AUX" || before.text === "," || BEFORE_VERB.has(before.text);
  if (before.mention === undefined && before.pos !== "NOUN" && before.pos !== "PROPN" && !verbal)
    return false;
  if (AFTER_VERB.has(after.text)) return true;
  return after.mention !== undefined || OPENERS.has(after.text) || after.pos === "ADJ" || after.pos === "NUM";
}

const OPENS_PHRASE = new Set(["DET", "ADJ", "CCONJ", "PUNCT"]);

/** A participle before a noun that opens a phrase: "allied factions", "the armed groups". */
function isPremodifier(units: Unit[], i: number): boolean {
  const unit = units[i] as Unit;
  if (unit.pos !== "VERB" || !/(?:ed|ing)$/.test(unit.text)) return false;
  const before = units[i - 1];
  const after = units[i + 1];
  return (after?.pos === "NOUN" || after?.pos === "PROPN") && (!before || OPENS_PHRASE.has(before.pos));
}

/** A compound modifier: a mention's ("Qatari-funded") or a plain word's ("Arab-led"). */
function isCompound(unit: Unit | undefined): boolean {
  return (
    unit !== undefined &&
    (unit.compound !== undefined || /^[a-z.]+-[a-z]+(?:ed|en|led|run|held)$/.test(unit.text))
  );
}

/** Chunks in order, and for each unit the index of its chunk (-1 outside every chunk). */
export interface Chunking {
  chunks: Chunk[];
  chunkOf: Int32Array;
}

export function chunkUnits(units: Unit[], isDemonym: (mention: number) => boolean): Chunking {
  const chunks: Chunk[] = [];
  const chunkOf = new Int32Array(units.length).fill(-1);
  let open: Chunk | undefined;
  const close = () => {
    if (open && open.head >= 0) {
      for (let k = open.first; k <= open.last; k++) chunkOf[k] = chunks.length;
      chunks.push(open);
    }
    open = undefined;
  };
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as Unit;
    // "the Turkish-held part of Idlib": a part noun is a noun, however wink tagged it.
    if (
      unit.mention === undefined &&
      unit.pos !== "NOUN" &&
      PART_NOUNS.has(unit.text) &&
      units[i + 1]?.text === "of"
    ) {
      unit.pos = "NOUN";
    }
    // "Qatari-funded, Turkish-commanded brigades": a chain of compound modifiers is one phrase.
    if (
      open &&
      (unit.text === "," || unit.text === "and") &&
      isCompound(units[i - 1]) &&
      isCompound(units[i + 1])
    ) {
      open.last = i;
      continue;
    }
    // "its Russian and Iranian allies": coordinated demonyms qualify one noun.
    const demonym = (u: Unit | undefined) => u?.mention !== undefined && isDemonym(u.mention);
    if (
      open &&
      unit.text === "and" &&
      demonym(units[i - 1]) &&
      demonym(units[i + 1]) &&
      units[i + 2]?.pos === "NOUN"
    ) {
      open.last = i;
      continue;
    }
    // "its Russian allies": a possessive pronoun opens a phrase like a determiner.
    const determiner = unit.pos === "PRON" && (unit.possessive === true || OPENERS.has(unit.text));
    const nominal = NOMINAL.has(unit.pos) || determiner || isPremodifier(units, i);
    if (!nominal || isVerbBetween(units, i, isDemonym)) {
      close();
      continue;
    }
    // A determiner, or a name after a complete head that is no possessor, opens a new phrase.
    const previous = units[i - 1];
    // "Hama last year": after a name, an adjective or a number opens another phrase.
    const afterName =
      previous?.mention !== undefined &&
      !previous.possessive &&
      !previous.compound &&
      (unit.pos === "ADJ" || unit.pos === "NUM");
    if (open && (((unit.pos === "DET" || determiner) && !RELATIVES.has(unit.text)) || afterName)) close();
    if (unit.pos === "DET" && RELATIVES.has(unit.text)) {
      close();
      continue;
    }
    if (!open) open = { first: i, last: i, head: -1 };
    open.last = i;
    if (unit.possessive) open.possessor = i;
    else if (HEADS.has(unit.pos) && !unit.compound) open.head = i;
    else if (open.head < 0 && unit.pos === "ADJ") open.head = i;
  }
  close();
  return { chunks, chunkOf };
}

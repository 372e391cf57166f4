import { OWNER_NOUNS, PART_NOUNS, PLACE_NOUNS } from "../relation-lexicon";
import type { Chunk } from "./chunks";
import { type Unit, unitMentions } from "./units";

/** A sentence read into units and chunks: what the role finders walk over. */
export interface Structure {
  units: Unit[];
  chunks: Chunk[];
  /** Unit -> index of its chunk, -1 outside every chunk. */
  chunkOf: Int32Array;
  isDemonym: (mention: number) => boolean;
}

/** What fills a role: the actors a phrase (or a coordination of phrases) stands for. */
export interface Filler {
  mentions: number[];
  /** Unit span of the phrase, for the modality and aspect readers. */
  first: number;
  last: number;
  /** Constructions the phrase was read through ("coordination", "appositive", ...). */
  kinds: string[];
}

const LIST_ADVERBS = new Set(["later", "then", "subsequently", "eventually", "finally", "also", "now"]);

/**
 * The actors a chunk stands for: its head mention; the owner of a force or asset noun ("Russian
 * jets", "Hezbollah's fighters", "HTS positions"); or what follows "of" after such a noun or a
 * part noun ("units of the Army of Islam", "the town of Rastan").
 */
export function actorsOf(s: Structure, chunkIndex: number): number[] {
  const chunk = s.chunks[chunkIndex];
  if (!chunk) return [];
  const head = s.units[chunk.head] as Unit;
  if (head.mention !== undefined) return unitMentions(head);
  const before = s.units[chunk.head - 1];
  const namedBefore = before?.mention !== undefined && !before.possessive && !before.compound;
  if (PLACE_NOUNS.has(head.text) && namedBefore && before?.mention !== undefined) {
    return [before.mention];
  }
  if (!OWNER_NOUNS.has(head.text) && !PART_NOUNS.has(head.text)) return [];
  if (OWNER_NOUNS.has(head.text)) {
    for (let k = chunk.head - 1; k >= chunk.first; k--) {
      const unit = s.units[k] as Unit;
      if (unit.mention !== undefined && !unit.compound) return [unit.mention];
    }
  }
  const of = s.units[chunk.last + 1];
  const next = s.chunkOf[chunk.last + 2] ?? -1;
  if (of?.text === "of" && next >= 0 && s.chunks[next]?.first === chunk.last + 2) return actorsOf(s, next);
  return [];
}

/** The chunk that starts at unit `i`, or -1. */
function chunkStartingAt(s: Structure, i: number): number {
  const c = s.chunkOf[i] ?? -1;
  return c >= 0 && s.chunks[c]?.first === i ? c : -1;
}

/**
 * Skips the joiner between two members (", ", "and later", ", and", "but also"); returns the next
 * member's first unit (-1 when no joiner follows) and whether a conjunction joined it.
 */
function nextMemberStart(
  s: Structure,
  from: number,
  notOnly: boolean,
): { at: number; joined: boolean; commaAnd: boolean } {
  let j = from;
  const text = (k: number) => s.units[k]?.text;
  const comma = text(j) === ",";
  if (comma) j++;
  let joined = true;
  const commaAnd = comma && (text(j) === "and" || text(j) === "or");
  if (text(j) === "and" || text(j) === "or") j++;
  else if (text(j) === "as" && text(j + 1) === "well" && text(j + 2) === "as") j += 3;
  else if (notOnly && text(j) === "but") j++;
  else if (comma) joined = false;
  else return { at: -1, joined: false, commaAnd };
  while (LIST_ADVERBS.has(text(j) ?? "")) j++;
  return { at: j, joined, commaAnd };
}

/**
 * A phrase and the phrases coordinated after it ("A, B and C", "A and later B", "not only A but
 * also units of B and C"). Members after a comma count only when an "and" closes the list.
 */
export function phraseAt(s: Structure, chunkIndex: number, notOnly = false): Filler | undefined {
  const first = actorsOf(s, chunkIndex);
  const chunk = s.chunks[chunkIndex];
  if (!chunk || first.length === 0) return undefined;
  if (s.units[chunk.head]?.pronoun)
    return { mentions: first, first: chunk.first, last: chunk.last, kinds: [] };
  const mentions = [...first];
  let last = endOfPhrase(s, chunkIndex);
  let scan = last;
  let pending: number[] = [];
  for (;;) {
    const { at, joined, commaAnd } = nextMemberStart(s, scan + 1, notOnly);
    const c = at < 0 ? -1 : chunkStartingAt(s, at);
    const members = c < 0 ? [] : actorsOf(s, c);
    // "al-Qaeda, and it has fought ...": a pronoun, or a second member after ", and", opens a clause.
    if (s.units[at]?.pronoun || (commaAnd && mentions.length + pending.length < 2)) break;
    if (members.length === 0) {
      // "A, B and the countryside north of C": a list closed by a phrase that names no actor.
      if (joined && c >= 0 && pending.length > 0) {
        mentions.push(...pending);
        last = scan;
      }
      break;
    }
    scan = endOfPhrase(s, c);
    if (!joined) {
      pending.push(...members);
      continue;
    }
    mentions.push(...pending, ...members);
    pending = [];
    last = scan;
  }
  return { mentions, first: chunk.first, last, kinds: mentions.length > 1 ? ["coordination"] : [] };
}

/** A chunk's last unit, or the end of its "of" complement when that is what it stands for. */
function endOfPhrase(s: Structure, chunkIndex: number): number {
  const chunk = s.chunks[chunkIndex] as Chunk;
  const head = s.units[chunk.head] as Unit;
  if (head.mention === undefined && s.units[chunk.last + 1]?.text === "of") {
    const next = chunkStartingAt(s, chunk.last + 2);
    if (next >= 0) return endOfPhrase(s, next);
  }
  return chunk.last;
}

/** The phrase ending at chunk `chunkIndex`, with the members coordinated before it ("A and B"). */
export function phraseEndingAt(s: Structure, chunkIndex: number): Filler | undefined {
  let start = chunkIndex;
  // Walk back over "of" complements: "units of Hezbollah" ends at Hezbollah's chunk.
  for (;;) {
    const chunk = s.chunks[start] as Chunk;
    const before = s.chunkOf[chunk.first - 2] ?? -1;
    if (s.units[chunk.first - 1]?.text !== "of" || before < 0) break;
    const owner = s.units[(s.chunks[before] as Chunk).head] as Unit;
    if (!OWNER_NOUNS.has(owner.text) && !PART_NOUNS.has(owner.text)) break;
    start = before;
  }
  let filler = phraseAt(s, start);
  for (;;) {
    const chunk = s.chunks[start] as Chunk;
    const joiner = s.units[chunk.first - 1]?.text;
    if (joiner !== "and" && joiner !== "or") break;
    let k = chunk.first - 2;
    if (s.units[k]?.text === ",") k--;
    const c = s.chunkOf[k] ?? -1;
    if (c < 0 || actorsOf(s, c).length === 0) break;
    let open = c;
    while (s.units[(s.chunks[open] as Chunk).first - 1]?.text === ",") {
      const before = s.chunkOf[(s.chunks[open] as Chunk).first - 2] ?? -1;
      if (before < 0 || actorsOf(s, before).length === 0) break;
      open = before;
    }
    const whole = phraseAt(s, open);
    if (!whole || whole.mentions.length <= (filler?.mentions.length ?? 0)) break;
    filler = whole;
    start = open;
    break;
  }
  return filler;
}

import type { Sentence } from "../types";
import type { ActorBook } from "./book";
import type { Mention } from "./mention";

/**
 * What one sentence leaves for the anaphors after it: the actors it named (its subject first), the
 * coordinations among them ("Iran and Russia": a later "they"), and what its subject was when that
 * was no actor at all ("The offensive began ...": a later "it" is the offensive, not an actor).
 */
export interface Referent {
  /** One actor, or the members of a coordination. */
  ids: string[];
  /** The mention as written ("the Syrian Democratic Forces", "Iran and Russia"). */
  surface: string;
  subject: boolean;
  /** Offsets of the mention in the text: earlier referents of a sentence come first. */
  start: number;
  end: number;
  /** Named through a plural noun ("Russian officers"): "they", not "it". */
  plural?: boolean;
}

export interface SentenceMemory {
  index: number;
  referents: Referent[];
  /** The sentence's subject is a place ("Aleppo fell ..."): "it" after it may be that place. */
  placeTopic?: string;
  /** The subject is a noun phrase that names no actor: "singular" ("the offensive") or "plural". */
  otherTopic?: "singular" | "plural";
  /** The sentence ends as a sentence does: a heading ("Origins") has no full stop. */
  complete: boolean;
}

/** Between two members of a coordination: ", ", " and ", ", and ", " as well as ", a force noun first. */
const JOINER =
  /^(?:\s+(?:forces|troops|jets|planes|warplanes|militias|fighters|advisers|soldiers|units|governments?))?(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s+as well as\s+)(?:the\s+)?$/;
/** "Russian officers": a demonym right before a plural noun is a plural phrase, not the state. */
function pluralNounAfter(sentence: Sentence, end: number): boolean {
  const at = sentence.tokens.findIndex((t) => t.start >= end);
  if (at < 0 || sentence.tokens[at]!.start > end + 1) return false;
  const next = sentence.tokens[at]!.pos === "ADJ" ? sentence.tokens[at + 1] : sentence.tokens[at];
  return next !== undefined && next.pos === "NOUN" && /^[a-z]+[^su]s$/.test(next.text);
}
/** "the rebels", "pro-Iran militias", "government troops": a plural name ("it" is never them). */
const PLURAL_NAME =
  /\b(?:forces|troops|soldiers|fighters|militias|militiamen|rebels|insurgents|factions|groups)$/;
/** "... merged with smaller factions to form X": what a sentence creates becomes its topic. */
const CREATION_WORDS = /\b(?:form|found|creat|renamed|rebranded|bec[oa]m|launch|announc)/i;
const CREATED_BEFORE =
  /\b(?:to form|formed|forming|to found|founded|to create|created|creating|launched|announced|renamed (?:itself|themselves)(?: as)?|rebranded (?:itself )?as|became|becoming)\s+(?:a\s+|the\s+)?(?:new\s+)?(?:[a-z-]+\s+){0,3}?(?:(?:called|named|known as|dubbed)\s+)?(?:the\s+)?$/i;
/** Words that open a sentence with an adverbial phrase rather than its subject. */
const OPENING_ADVERBIAL = new Set(["ADP", "SCONJ", "ADV"]);

/** Builds the memory of one sentence from its final mentions. */
export function rememberSentence(
  book: ActorBook,
  text: string,
  sentence: Sentence,
  mentions: Mention[],
  index: number,
): SentenceMemory {
  const agents = mentions.filter((m) => {
    const id = m.actorIds[0];
    return id !== undefined && !book.isPlace(id) && text[m.end] !== "-";
  });
  const referents: Referent[] = [];
  let i = 0;
  while (i < agents.length) {
    const first = agents[i]!;
    let j = i;
    while (j + 1 < agents.length && joins(text, agents[j]!, agents[j + 1]!)) j++;
    const members = agents.slice(i, j + 1);
    const ids = [...new Set(members.map((m) => m.actorIds[0]!))];
    if (ids.length > 1) {
      const last = members[members.length - 1]!;
      referents.push({
        ids,
        surface: text.slice(first.start, last.end),
        subject: false,
        start: first.start,
        end: last.end,
      });
    }
    for (const m of members) {
      if (referents.some((r) => r.ids.length === 1 && r.ids[0] === m.actorIds[0])) continue;
      const plural =
        m.via !== "anaphor" &&
        (PLURAL_NAME.test(m.surface) ||
          PLURAL_NAME.test(book.actor(m.actorIds[0]!)?.label ?? "") ||
          (m.via === "demonym" && pluralNounAfter(sentence, m.end)));
      referents.push({
        ids: [m.actorIds[0]!],
        surface: m.namedAs ?? m.surface,
        subject: false,
        start: m.start,
        end: m.end,
        ...(plural ? { plural } : {}),
      });
    }
    i = j + 1;
  }
  const topic = readTopic(book, sentence, mentions);
  const subject = topic.actorAt === undefined ? undefined : referents.find((r) => r.start === topic.actorAt);
  if (subject) subject.subject = true;
  if (CREATION_WORDS.test(sentence.text)) {
    for (const r of referents) {
      if (r.ids.length === 1 && CREATED_BEFORE.test(text.slice(Math.max(0, r.start - 60), r.start))) {
        for (const other of referents) other.subject = false;
        r.subject = true;
      }
    }
  }
  referents.sort((a, b) => Number(b.subject) - Number(a.subject) || a.start - b.start);
  const complete = /[.!?"”’)]\s*$/.test(sentence.text);
  return { index, referents, complete, ...topic.rest };
}

/** Two mentions coordinated with nothing else between them: "Iran and Russia", "HTS, the SNA and". */
function joins(text: string, a: Mention, b: Mention): boolean {
  if (a.start === b.start) return true; // the members of one anaphor ("they" = Iran and Russia)
  return JOINER.test(text.slice(a.end, b.start));
}

/**
 * The sentence's subject, read from its first noun phrase before the first verb: an actor mention
 * (its offset), a place, or a noun phrase that names no actor.
 */
function readTopic(
  book: ActorBook,
  sentence: Sentence,
  mentions: Mention[],
): { actorAt?: number; rest: Pick<SentenceMemory, "placeTopic" | "otherTopic"> } {
  const tokens = sentence.tokens;
  let i = 0;
  // "In Aleppo, ...", "On Sunday, ...", "After the fall of Homs, ...": skip to the comma.
  if (tokens[0] && OPENING_ADVERBIAL.has(tokens[0].pos)) {
    const comma = tokens.findIndex((t, k) => k < 12 && t.text === ",");
    if (comma > 0) i = comma + 1;
  }
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos === "VERB" || t.pos === "AUX") break;
    const m = mentions.find((k) => k.start < t.end && k.end > t.start);
    if (m) {
      const id = m.actorIds[0];
      if (id === undefined) return { rest: {} };
      if (sentence.text[m.end - sentence.start] === "-") continue; // "the Turkish-backed group"
      if (book.isPlace(id)) return { rest: { placeTopic: id } };
      return { actorAt: m.start, rest: {} };
    }
    if (t.pos === "NOUN" || t.pos === "PROPN") {
      // The head is the last noun of the phrase: "the offensive's first week" ends at "week".
      let h = i;
      while (tokens[h + 1] && (tokens[h + 1]!.pos === "NOUN" || tokens[h + 1]!.pos === "PART")) h++;
      const noun = tokens[h]!.text;
      return { rest: { otherTopic: /[^s]s$/.test(noun) ? "plural" : "singular" } };
    }
    if (t.pos === "PRON") return { rest: {} };
  }
  return { rest: {} };
}

/** A plural force noun ending a name or right after it: "they" can refer to such an actor. */
const PLURAL_FORCE = /\b(?:forces|troops|soldiers|fighters|militias|militiamen|rebels|insurgents|units)$/i;
const PLURAL_FORCE_AFTER =
  /^(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:forces|troops|soldiers|fighters|militiamen|units)\b/;
const PLURAL_FORCE_WORDS = /forces|troops|soldiers|fighters|militia|rebels|insurgents|units/i;

/** Notes what a sentence's names say about their actors: a place's noun ("the town of Rastan"), a plural force. */
export function noteNames(
  book: ActorBook,
  text: string,
  sentence: Sentence,
  mentions: Mention[],
  placeNoun: Map<string, string>,
  plural: Set<string>,
): void {
  const namesPlaceNoun = /city|town|village|base|airport|camp|crossing|dam\b/i.test(sentence.text);
  const namesForces = PLURAL_FORCE_WORDS.test(sentence.text);
  for (const m of mentions) {
    const id = m.actorIds[0];
    if (id && namesPlaceNoun && book.isPlace(id)) {
      const noun =
        /\b(city|town|village)\s+of\s+$/i.exec(text.slice(Math.max(0, m.start - 20), m.start))?.[1] ??
        /^\s+(?:air\s+)?(base|airport|camp|crossing|dam)\b/i.exec(text.slice(m.end, m.end + 16))?.[1] ??
        /^,\s+(?:(?:a|an|the)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(city|town|village|base|airport|camp)\b/iu.exec(
          text.slice(m.end, m.end + 60),
        )?.[1];
      if (noun) placeNoun.set(id, noun.toLowerCase());
    }
    if (
      id &&
      namesForces &&
      (PLURAL_FORCE.test(m.surface) || PLURAL_FORCE_AFTER.test(text.slice(m.end, m.end + 24)))
    )
      plural.add(id);
  }
}

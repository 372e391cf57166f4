import { ontologyIndex } from "../../model/ontology-index";
import { normalizeSurface, slugify } from "../gazetteer";
import { KIND_CUES } from "../lexicon";
import type { Sentence, Token } from "../types";
import type { ActorBook } from "./book";
import type { Mention } from "./mention";
import {
  isNameToken,
  joinHyphenated,
  kindFromContext,
  kindFromCue,
  kindFromFirstWord,
  nameLikeOpening,
  TITLE_WORDS,
} from "./names";

const GENERIC_FORCES = "militias|militia|militiamen|fighters|forces|groups|paramilitaries|proxies";
/** "pro-Iran militias", "Turkish-backed fighters": an unnamed force named by its patron. */
const GENERIC_FORCE_NAME = new RegExp(
  `(?:\\bpro-\\p{Lu}[\\p{L}]*|(?<![\\p{L}-])\\p{Lu}[\\p{L}.]*-(?:backed|supported|sponsored|aligned|funded|armed|trained))\\s+(?:${GENERIC_FORCES})\\b`,
  "gu",
);

/**
 * "a new alliance known as the Northern Shield Brigades", "a group calling itself the Sons of the
 * Desert": a naming phrase introduces a new actor, whose kind the noun before it gives.
 */
const NAMING_PHRASE =
  /\b(?:(?:[Aa]|[Aa]n|[Tt]he)\s+(?:[\p{L}-]+\s+){0,3}?(group|alliance|coalition|umbrella|militia|brigade|movement|faction|front|force|organi[sz]ation|council|network|outfit|formation|party)\s+)?(?:(?:known|styled|branded)\s+as|call(?:ing|s|ed)\s+(?:itself|themselves)|called|named|dubbed|under the name(?:\s+of)?)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|al|the|for|el|ad|as)\s+)*(?:\p{Lu}|(?:al|el|ad|as|ash|an|ar|at|az|ibn|bin|abu)-\p{Lu})[\p{L}'’-]*)*)/gu;

const NAMING_NOUN_KINDS: Record<string, string> = {
  alliance: "coalition",
  coalition: "coalition",
  umbrella: "coalition",
  council: "coalition",
  militia: "militia",
  party: "organization",
  organisation: "organization",
  organization: "organization",
  network: "organization",
};

function namedByPhraseMentions(book: ActorBook, sentence: Sentence, known: Mention[]): Mention[] {
  const out: Mention[] = [];
  if (!/known|styled|branded|call|named|dubbed/.test(sentence.text)) return out;
  NAMING_PHRASE.lastIndex = 0;
  for (let m = NAMING_PHRASE.exec(sentence.text); m !== null; m = NAMING_PHRASE.exec(sentence.text)) {
    const name = m[2] ?? "";
    const start = sentence.start + m.index + m[0].length - name.length;
    const end = start + name.length;
    // A name the gazetteer knows as a whole stays known.
    if (known.some((k) => k.start <= start && k.end >= end)) continue;
    const words = name.split(/\s+/);
    const noun = m[1]?.toLowerCase();
    const kind = noun
      ? (NAMING_NOUN_KINDS[noun] ?? "armed-group")
      : kindFromCue(words[words.length - 1] ?? "");
    if (!kind) continue;
    out.push({ start, end, surface: name, actorIds: [propose(book, name, kind)], via: "proposal" });
  }
  return out;
}

/** Kinds whose names are extended into other actors' names ("Islamic State" -> "Islamic State of Iraq"). */
const EXTENSIBLE_KINDS = new Set(["armed-group", "militia", "coalition", "organization", "armed-forces"]);
const OF_NAME = /^ of (?:the )?(?:\p{Lu}[\p{L}'’-]*)(?: (?:and |of |the |al-)*\p{Lu}[\p{L}'’-]*){0,3}/u;

/**
 * "the Islamic State of Iraq": a group's known name followed by "of" and another name is a longer
 * name, of a different actor (here the predecessor), not the known one. Unless the "of" names the
 * same actor again ("the Islamic Republic of Iran").
 */
function extendedNameMentions(book: ActorBook, text: string, known: Mention[], taken: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const k of known) {
    const id = k.actorIds[0];
    if (id === undefined || k.via !== "name" || !EXTENSIBLE_KINDS.has(book.kindOf(id) ?? "")) continue;
    const extension = OF_NAME.exec(text.slice(k.end, k.end + 60))?.[0];
    if (!extension) continue;
    const end = k.end + extension.length;
    const inside = known.filter((o) => o !== k && o.start >= k.end && o.end <= end);
    if (inside.some((o) => o.actorIds.includes(id))) continue;
    if ([...known, ...taken].some((o) => o.start < k.start && o.end > k.start)) continue;
    const surface = text.slice(k.start, end);
    out.push({
      start: k.start,
      end,
      surface,
      actorIds: [propose(book, surface, book.kindOf(id)!)],
      via: "proposal",
    });
  }
  return out;
}

/** "pro-Iran militias", "Turkish-backed fighters": an unnamed force named by its patron. */
function patronForceMentions(book: ActorBook, sentence: Sentence, known: Mention[]): Mention[] {
  const out: Mention[] = [];
  const generic = GENERIC_FORCE_NAME;
  generic.lastIndex = 0;
  for (let m = generic.exec(sentence.text); m !== null; m = generic.exec(sentence.text)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (known.some((k) => k.start <= start && k.end >= end)) continue;
    out.push({ start, end, surface: m[0], actorIds: [propose(book, m[0], "militia")], via: "proposal" });
  }
  return out;
}

/** "SDF-held Manbij", "HTS-led rebels": an unknown acronym before a compound modifier is a name. */
function acronymCompoundMentions(book: ActorBook, sentence: Sentence, taken: Mention[]): Mention[] {
  const out: Mention[] = [];
  const compound =
    /(?<![\p{L}\p{N}-])(\p{Lu}{2,6})-(?:held|controlled|led|backed|run|allied|linked|affiliated|aligned)\b/gu;
  for (let m = compound.exec(sentence.text); m !== null; m = compound.exec(sentence.text)) {
    const acronym = m[1] ?? "";
    const start = sentence.start + m.index;
    const end = start + acronym.length;
    if ([...taken, ...out].some((k) => k.start < end && k.end > start)) continue;
    if (book.gazetteer.surfaces.has(acronym.toLowerCase())) continue;
    out.push({
      start,
      end,
      surface: acronym,
      actorIds: [propose(book, acronym, "armed-group")],
      via: "proposal",
      weak: true,
    });
  }
  return out;
}

/** "Lions of Tawhid Brigade": the name words after "of" end with a kind cue, so "of" joins one name. */
function endsInCue(tokens: Token[], from: number, text: string): boolean {
  for (let i = from; i < Math.min(tokens.length, from + 5); i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (!isNameToken(t, false)) return false;
    if (
      kindFromCue(t.text) &&
      !(next && /^ $/.test(text.slice(t.end, next.start)) && isNameToken(next, false))
    )
      return true;
  }
  return false;
}

/**
 * The run of name tokens that starts at token `from` ("Army of Conquest", "the Southern Operations
 * Room"); empty when that token opens no name.
 */
function nameRun(book: ActorBook, tokens: Token[], from: number, text: string): Token[] {
  const run: Token[] = [];
  let i = from;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const prev = run[run.length - 1];
    const adjacent = !prev || /^[ ]?$/.test(text.slice(prev.end, t.start));
    if (!adjacent) break;
    // "the Southern Operations Room", "Central Command": a compass adjective may open a name.
    const nextToken = tokens[i + 1];
    if (
      /^(?:Northern|Southern|Eastern|Western|Central)$/.test(t.text) &&
      nextToken &&
      /^ $/.test(text.slice(t.end, nextToken.start)) &&
      isNameToken(nextToken, false)
    ) {
      run.push(t);
      i++;
      continue;
    }
    if (isNameToken(t, i === 0 && !nameLikeOpening(t, text))) {
      run.push(t);
      i++;
      // "Russia's Hmeimim air base": a known possessor ends its own name ("People's Protection
      // Units" goes on).
      if (
        /['’]s$/.test(t.text) &&
        book.gazetteer.surfaces.has(normalizeSurface(t.text.replace(/['’]s$/, "")))
      )
        break;
      continue;
    }
    // "Army of Conquest", "Hayat Tahrir al-Sham": connectors inside a name.
    const next = tokens[i + 1];
    if (
      prev &&
      t.text === "of" &&
      next &&
      isNameToken(next, false) &&
      (KIND_CUES.some(([re]) => re.test(prev.text)) || endsInCue(tokens, i + 1, text))
    ) {
      run.push(t);
      i++;
      continue;
    }
    // "Hawks of the Plain Brigade": "of the" too, when the words after it end with a kind cue.
    if (prev && t.text === "of" && next?.text === "the" && endsInCue(tokens, i + 2, text)) {
      run.push(t, next);
      i += 2;
      continue;
    }
    break;
  }
  return run;
}

/** Proper-noun phrases and acronyms the gazetteer does not know, with a kind guessed from cues. */
export function proposalMentions(
  book: ActorBook,
  text: string,
  sentence: Sentence,
  known: Mention[],
): Mention[] {
  const out = namedByPhraseMentions(book, sentence, known);
  out.push(...extendedNameMentions(book, text, known, out));
  out.push(...patronForceMentions(book, sentence, [...known, ...out]));
  out.push(...acronymCompoundMentions(book, sentence, [...known, ...out]));
  const tokens = joinHyphenated(sentence.tokens, text);
  let i = 0;
  while (i < tokens.length) {
    const runStart = i;
    const run = nameRun(book, tokens, i, text);
    i += run.length;
    if (run.length === 0) {
      i = runStart + 1;
      continue;
    }
    while (run.length > 0 && TITLE_WORDS.test(run[0]!.text)) run.shift();
    const first = run[0];
    const last = run[run.length - 1];
    if (!first || !last) continue;
    if (
      !run.some((t) => t.pos === "PROPN" || /^\p{Lu}{2,6}$/u.test(t.text)) &&
      !run.some((t) => kindFromCue(t.text))
    ) {
      continue;
    }
    const start = first.start;
    const end = last.end;
    const surface = text.slice(start, end);
    if (out.some((k) => k.start < end && k.end > start)) continue;
    // "(SDF)" right after a name defines an acronym of that name, learnt in find().
    if (
      text[start - 1] === "(" &&
      text[end] === ")" &&
      [...known, ...out].some((k) => /^\s*$/.test(text.slice(k.end, start - 1)))
    ) {
      continue;
    }
    const overlapping = known.filter((k) => k.start < end && k.end > start);
    // The head of "Army of Conquest" or "Axis of Resistance" is the word before "of".
    const ofAt = run.findIndex((t) => t.text === "of");
    const cueKind =
      kindFromCue(last.text) ??
      kindFromFirstWord(first.text) ??
      (ofAt > 0 ? kindFromCue(run[ofAt - 1]?.text ?? "") : undefined);
    if (overlapping.some((k) => k.start <= start && k.end >= end)) continue;
    // "Maher al-Assad" is not Bashar al-Assad: a full Arabic name around a known person's surname
    // names another person.
    const otherPerson =
      overlapping.length > 0 &&
      /^\p{Lu}[\p{Ll}]+\s+(?:al|el)-\p{Lu}/u.test(surface) &&
      overlapping.every((k) => k.start > start && book.kindOf(k.actorIds[0] ?? "") === "person");
    // A known name inside a longer proper name only yields to it when the long name has a cue
    // ("Free Syrian Army" is not Syria); otherwise the known mention stands.
    if (overlapping.length > 0 && !cueKind && !otherPerson) continue;
    const contextKind =
      cueKind ??
      kindFromContext(text, start, end) ??
      kindFromCoordination(book, text, start, [...known, ...out]);
    // An unexplained acronym in conflict reporting is most often an armed group ("the PKK"): a guess.
    const guess =
      !contextKind && run.length === 1 && /^\p{Lu}{2,5}$/u.test(surface) ? "armed-group" : undefined;
    const kind = contextKind ?? guess;
    if (!kind) continue;
    const id = propose(book, surface, kind);
    out.push({ start, end, surface, actorIds: [id], via: "proposal", ...(guess ? { weak: true } : {}) });
  }
  return out;
}

/** "Mahrada and As-Salamiyyah": a name coordinated with a place is a place of the same kind. */
function kindFromCoordination(
  book: ActorBook,
  text: string,
  start: number,
  earlier: Mention[],
): string | undefined {
  const before = earlier.filter((m) => m.end <= start).sort((a, b) => b.end - a.end)[0];
  if (!before || !/^,?\s+(?:and|or)\s+$|^,\s+$/.test(text.slice(before.end, start))) return undefined;
  const kind = book.kindOf(before.actorIds[0] ?? "");
  return kind !== undefined && ontologyIndex(book.gazetteer.ontology).isPlaceKind(kind) ? kind : undefined;
}

export function propose(book: ActorBook, surface: string, kind: string): string {
  const label = surface.replace(/['’]s$/, "");
  // An acronym learnt from a name's initials earlier in the sentence names that actor.
  const learnt = book.learnt.get(label);
  if (learnt) return learnt;
  const id = slugify(label);
  const existing = book.gazetteer.actors.get(id);
  if (existing) return existing.id;
  if (!book.proposals.has(id)) book.proposals.set(id, { id, label, kind, known: false });
  if (!book.learnt.has(label)) book.learnt.set(label, id);
  // "Syrian Democratic Forces" ... "the SDF": the initials of a new name name it too.
  const words = label.split(/\s+/);
  if (words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|al-\S+)$/.test(w))) {
    const initials = words
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join("");
    if (
      initials.length >= 2 &&
      !book.learnt.has(initials) &&
      !book.gazetteer.surfaces.has(initials.toLowerCase())
    )
      book.learnt.set(initials, id);
  }
  return id;
}

import type { Sentence } from "../types";
import type { ActorBook } from "./book";
import type { Referent, SentenceMemory } from "./discourse-memory";

/** Choosing an anaphor's antecedent among the referents the text has named. */

/** What an anaphor asks of its antecedent. */
export interface Request {
  kinds: string[];
  plural: boolean;
  /** Where the anaphor starts: only mentions before it in its sentence are candidates. */
  at: number;
  /** "its", "their" may refer to their own clause's subject; "the group", "it" may not. */
  bindsInClause: boolean;
  /** "the two groups": a coordinated pair only. */
  pair?: boolean;
  /** The description's head ("alliance"): an antecedent named with it is preferred. */
  head?: string;
  /** How many sentences back the antecedent may be (pronouns: 2). */
  reach: number;
  acrossParagraph: boolean;
  documentWide?: boolean;
  exclude?: Set<string>;
  /** Kinds allowed for actors proposed while reading only (see AnaphorHead.newKinds). */
  newKinds?: string[];
}

/** The chosen antecedent, and where the text named it. */
export interface Resolution {
  ids: string[];
  surface: string;
  where: string;
}

export const AGENT_KINDS = [
  "state",
  "government",
  "armed-forces",
  "armed-group",
  "militia",
  "coalition",
  "organization",
  "person",
];

/**
 * How likely a referent is to own a later possessive in its sentence, lowest first: the actor
 * right before "and its" ("HTS and its allies"), then the nearest clause subject ("Russia keeps
 * its bases", "the movement is recovering from its war"), then the nearer others.
 */
export function possessorRank(text: string, sentence: Sentence, r: Referent, at: number): number {
  const end = r.end;
  const distance = (at - end) / 1000;
  if (/^\s*,?\s+and\s+$/.test(text.slice(end, at))) return 0;
  const next = sentence.tokens.find((t) => t.start >= end && t.pos !== "ADV");
  if (next && (next.pos === "VERB" || next.pos === "AUX") && next.start < at) return 1 + distance;
  return 2 + distance;
}

/** The first compatible referent of one sentence, one named with the anaphor's head noun first. */
export function pickReferent(
  book: ActorBook,
  plural: ReadonlySet<string>,
  referents: Referent[],
  request: Request,
): { ids: string[]; surface: string } | undefined {
  const fits = referents.filter((r) => compatible(book, plural, r, request));
  const head = request.head;
  // Within one sentence, an actor named with the head noun first ("the alliance" -> "the Northern
  // Alliance"), then the head's first two kinds before the others ("the organisation": a group
  // before an intergovernmental body), then salience (the subject first).
  const rank = (r: Referent) => {
    const kind = request.kinds.indexOf(book.kindOf(r.ids[0]!) ?? "");
    return r.ids.length > 1 || kind < 2 || !request.head ? 0 : 1;
  };
  const byKind = [...fits].sort((a, b) => rank(a) - rank(b));
  const best = (head && fits.find((r) => r.surface.toLowerCase().includes(head))) || byKind[0];
  return best && { ids: best.ids, surface: best.surface };
}

function compatible(book: ActorBook, plural: ReadonlySet<string>, r: Referent, request: Request): boolean {
  if (r.ids.some((id) => request.exclude?.has(id))) return false;
  if (r.ids.length > 1) {
    if (!request.plural) return false;
    if (request.pair && r.ids.length !== 2) return false;
    // "they" may be any coordinated actors; "the two groups" only groups.
    const kinds = request.head ? request.kinds : AGENT_KINDS;
    return r.ids.every((id) => kinds.includes(book.kindOf(id) ?? ""));
  }
  if (request.pair) return false;
  // "Russian officers ... It": a plural phrase is no antecedent of "it" (a description may name
  // what the text called "government forces" "the army").
  if (r.plural && !request.plural && !request.head) return false;
  const id = r.ids[0]!;
  const kind = book.kindOf(id) ?? "";
  // "they" may be an actor named with a plural force noun ("government troops"); a description
  // keeps to its head's kinds.
  const pluralName = request.plural && !request.head && plural.has(id) && AGENT_KINDS.includes(kind);
  const newActor = request.newKinds?.includes(kind) === true && book.actor(id)?.known === false;
  return request.kinds.includes(kind) || pluralName || newActor;
}

/**
 * The previous paragraph's actors by how much it was about them (subjects count double), the
 * most recent first among equals: a paragraph opening with "It" or "The group" continues its topic.
 */
export function topics(paragraph: SentenceMemory[]): Referent[] {
  const score = new Map<string, { referent: Referent; score: number; last: number }>();
  paragraph.forEach((memory, index) => {
    for (const r of memory.referents) {
      const key = r.ids.join("+");
      const entry = score.get(key) ?? { referent: r, score: 0, last: 0 };
      entry.score += r.subject ? 2 : 1;
      entry.last = index;
      entry.referent = { ...r, subject: entry.referent.subject || r.subject };
      score.set(key, entry);
    }
  });
  return [...score.values()].sort((a, b) => b.score - a.score || b.last - a.last).map((e) => e.referent);
}

/** "the factions it backs": a pronoun right after a noun opens a relative clause of its own. */
export function reducedRelative(sentence: Sentence, at: number): boolean {
  const previous = sentence.tokens.findLast((t) => t.end <= at);
  return previous !== undefined && previous.pos === "NOUN" && /^[a-z]/.test(previous.text);
}

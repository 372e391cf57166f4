import { findSurfaces, normalizeSurface } from "../gazetteer";
import { PLACE_CONTEXT_BEFORE } from "../lexicon";
import { RELATIONAL_NOUNS } from "../relation-lexicon";
import type { Sentence } from "../types";
import type { ActorBook } from "./book";
import { type Mention, PLACE_CONTEXT_AFTER } from "./mention";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** "its patrons in Tehran", "Baghdad's allies in Moscow": a capital after a relational noun acts. */
const RELATIONAL_IN = new RegExp(
  `\\b(?:${RELATIONAL_NOUNS.filter((n) => n.relation === "supports" || n.relation === "allied-with")
    .flatMap((n) => n.nouns)
    .join("|")})\\s+in\\s+$`,
  "i",
);

/** Mentions of names the gazetteer knows (labels, aliases, demonyms, capitals) and names learnt while reading. */
export function knownMentions(book: ActorBook, text: string, sentence: Sentence): Mention[] {
  const out: Mention[] = [];
  // Every match at every position, then longest first: "the government forces" is the army
  // ("government forces"), not the government ("the government") followed by "forces".
  const found = findSurfaces(book.gazetteer, sentence.text);
  // Equal lengths: the later span wins, English noun phrases being head-final
  // ("Syrian government forces" is the army, not the government).
  found.sort((a, b) => b.text.length - a.text.length || b.index - a.index);
  const taken: [number, number][] = [];
  const chosen = found.filter((m) => {
    const end = m.index + m.text.length;
    if (taken.some(([s, e]) => s < end && e > m.index)) return false;
    taken.push([m.index, end]);
    return true;
  });
  chosen.sort((a, b) => a.index - b.index);
  for (const m of chosen) {
    const surface = m.text;
    const key = normalizeSurface(surface);
    if (book.gazetteer.acronyms.has(key) && surface !== surface.toUpperCase()) continue;
    const exact = book.gazetteer.exactForms.get(key);
    if (exact && !exact.has(surface)) continue;
    const entries = book.gazetteer.surfaces.get(key);
    if (!entries) continue;
    const start = sentence.start + m.index;
    const end = start + surface.length;
    // Capitals and names shared by a city and a government: the context decides.
    const before = text.slice(Math.max(0, start - 40), start);
    // "in the rebel-held town": a compound modifier is never the place itself.
    // Only a name that can be a place is read as one: "a centre of HTS" is still the group.
    // "Damascus fell", "Homs was captured": what falls or is taken is the place.
    const placeContext =
      ((PLACE_CONTEXT_BEFORE.test(before) && !RELATIONAL_IN.test(before)) ||
        PLACE_CONTEXT_AFTER.test(text.slice(end, end + 40))) &&
      text[start + surface.length] !== "-" &&
      !entries.every((e) => e.via === "demonym") &&
      entries.some((e) => e.via === "capital" || book.isPlace(e.actorId));
    let choices = entries;
    if (entries.some((e) => e.via === "capital")) {
      choices = placeContext
        ? entries.filter((e) => e.via !== "capital")
        : entries.filter((e) => e.via === "capital" || !book.isPlace(e.actorId));
    } else if (placeContext && entries.some((e) => book.isPlace(e.actorId))) {
      choices = entries.filter((e) => book.isPlace(e.actorId));
    }
    if (choices.length === 0) continue;
    const via = choices.every((e) => e.via === "capital")
      ? "capital"
      : choices.every((e) => e.via === "demonym")
        ? "demonym"
        : choices.every((e) => e.via === "community-adjective")
          ? "community-adjective"
          : "name";
    out.push({ start, end, surface, actorIds: choices.map((e) => e.actorId), via, placeContext });
  }
  // Names learnt in earlier sentences (proposals, bracketed acronyms) are recognised again.
  for (const [name, id] of book.learnt) {
    if (!sentence.text.includes(name)) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, "gu");
    for (let m = re.exec(sentence.text); m !== null; m = re.exec(sentence.text)) {
      const start = sentence.start + m.index;
      out.push({ start, end: start + m[0].length, surface: m[0], actorIds: [id], via: "name" });
    }
  }
  return out;
}

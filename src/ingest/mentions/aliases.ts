import { normalizeSurface } from "../gazetteer";
import type { ActorBook } from "./book";
import type { Mention } from "./mention";

/**
 * Other names a text gives an actor right after naming it: "the People's Protection Units (YPG)",
 * "the Democratic Union Party, the PYD, ...", "the People's Protection Units or YPG", "Jaish
 * al-Ahrar, or JAA for short", "Essam al-Buwaydhani, also known as Abu Hammam". Each is learnt as
 * the actor's name for the rest of the text; an acronym the text used on its own before (and so
 * proposed as an actor of its own) becomes the same actor.
 */

const ACRONYM = String.raw`\p{Lu}[\p{Lu}\p{N}-]{1,7}`;
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|the|al|el|for)\s+)*\p{Lu}[\p{L}'’.-]*){0,5}`;
const FORMS: RegExp[] = [
  // "(YPG)", "(Euphrates Volcano)": a bracket right after a name gives another name.
  new RegExp(String.raw`^\s*\((${ACRONYM}|\p{Lu}[\p{L}'’-]*\s+${NAME})\)`, "u"),
  // "or YPG", ", or PYD", ", or JAA for short": an acronym offered as the other name.
  new RegExp(String.raw`^,?\s+or\s+(?:simply\s+)?(?:the\s+)?(${ACRONYM})(?![\p{L}\p{N}])`, "u"),
  // ", the PYD,": an acronym in apposition.
  new RegExp(String.raw`^,\s+(?:the\s+)?(${ACRONYM})(?:\s+for short)?(?=[,;.)]|\s+for short)`, "u"),
  // ', the "Jerusalem Brigade",': a quoted name in apposition (often a translation).
  new RegExp(String.raw`^,\s+(?:the\s+)?["“](${NAME})["”]`, "u"),
  // ", also known as Abu Hammam", ", better known as ...", ", commonly called ...".
  new RegExp(
    String.raw`^,?\s+(?:also|better|more commonly|commonly|widely|locally)\s+(?:known|called|referred to)\s+as\s+(?:the\s+)?(${NAME})`,
    "u",
  ),
];

/** Learns the other names the sentence gives its actors; returns the mentions with merged ids. */
export function learnAliases(book: ActorBook, text: string, mentions: Mention[]): Mention[] {
  let learnt = false;
  for (const m of mentions) {
    const id = m.actorIds[0];
    if (id === undefined || m.via === "anaphor" || book.isPlace(id)) continue;
    const after = text.slice(m.end, m.end + 90);
    if (!/^[\s,]*[(a-z]/.test(after) && !after.startsWith(",")) continue;
    for (const form of FORMS) {
      const alias = form.exec(after)?.[1];
      if (alias && learnAlias(book, alias, book.canonical(id))) learnt = true;
    }
  }
  if (!learnt) return mentions;
  // The alias may already be a mention of this sentence ("..., the PYD, ..."): it names the actor.
  return mentions.map((m) => {
    const id = m.actorIds[0];
    const canonical = id === undefined ? id : book.canonical(id);
    const byName = book.learnt.get(m.surface);
    const next = m.via === "proposal" && byName ? byName : canonical;
    return next !== undefined && next !== id ? { ...m, actorIds: [next, ...m.actorIds.slice(1)] } : m;
  });
}

function learnAlias(book: ActorBook, alias: string, id: string): boolean {
  // A name the datasets know is theirs to resolve ("Hezbollah or HTS" are two actors).
  if (book.gazetteer.surfaces.has(normalizeSurface(alias))) return false;
  const before = book.learnt.get(alias);
  if (before === id) return false;
  // An acronym used on its own before its definition: the actor proposed for it is this one.
  if (before !== undefined && book.proposals.has(before) && before !== id) book.merge(before, id);
  book.learnt.set(alias, id);
  return true;
}

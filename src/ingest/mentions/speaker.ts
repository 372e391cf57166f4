import type { Sentence } from "../types";
import type { ActorBook } from "./book";
import type { Mention } from "./mention";

/** “We have liberated Hama,” an HTS commander said: inside a quote, "we" is the speaker's side. */
export function speakerMentions(
  book: ActorBook,
  text: string,
  sentence: Sentence,
  taken: Mention[],
): Mention[] {
  const out: Mention[] = [];
  if (!/\b[Ww]e\b/.test(sentence.text) || !/[“"]/.test(sentence.text)) return out;
  const speaker = taken.find((k) => {
    const id = k.actorIds[0];
    return (
      id !== undefined &&
      !book.isPlace(id) &&
      /^(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:commanders?|spokes(?:man|woman|person)|officials?|leaders?|fighters?|statement|sources?)?\s*(?:said|says|told|added|announced|declared|claimed)\b/.test(
        text.slice(k.end, k.end + 50),
      )
    );
  });
  const we = /\b[Ww]e\b/g;
  for (let m = we.exec(sentence.text); speaker && m !== null; m = we.exec(sentence.text)) {
    const start = sentence.start + m.index;
    const end = start + 2;
    // Only inside the quotation: the speaker comes after it.
    if (start > speaker.start || taken.some((k) => k.start < end && k.end > start)) continue;
    const id = speaker.actorIds[0]!;
    out.push({
      start,
      end,
      surface: m[0],
      actorIds: [id],
      via: "anaphor",
      pronoun: true,
      antecedent: `${m[0]} = ${book.actor(id)?.label ?? id} (the speaker, “${speaker.surface}”)`,
    });
  }
  return out;
}

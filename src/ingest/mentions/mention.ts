import type { SurfaceVia } from "../gazetteer";

/** How a mention names its actor: weaker readings get lower confidence downstream. */
export type MentionVia = SurfaceVia | "proposal" | "anaphor";

/** One span of a sentence that names an actor, with the actors it may stand for, best first. */
export interface Mention {
  start: number;
  end: number;
  surface: string;
  actorIds: string[];
  via: MentionVia;
  /** A proposal with no kind cue: a guess, weighted down. */
  weak?: boolean;
  /** Preceded by "in", "near", "the capture of": the mention is a place, whatever else it names. */
  placeContext?: boolean;
  /** "it", "its": never a member of a coordination ("al-Qaeda, and it has fought ..."). */
  pronoun?: boolean;
  /** Every anaphor's resolution, for the reviewer: "the group = Hezbollah (“Hezbollah”, previous sentence)". */
  antecedent?: string;
  /** An anaphor's antecedent as the text first named it ("Liwa al-Quds" for a later "it"). */
  namedAs?: string;
  /**
   * A further member of a coordinated antecedent ("they" = Iran and Russia): it shares its span
   * with the mention before it, and the pair reads as "Iran and Russia".
   */
  member?: boolean;
}

/** "Rastan fell", "Homs was captured": what falls or is taken is a place. */
export const PLACE_CONTEXT_AFTER =
  /^,?\s+(?:(?:has|had)\s+)?(?:fell|fallen|falls|(?:was|has been|had been|is)\s+(?:captured|taken|seized|liberated|retaken|recaptured|overrun|encircled|besieged|located|situated)|lies|remained under|remains under|was under|is under|is now under)\b/;

export /** Merges two mention lists: on overlap the longer span wins, ties keep the first list's. */
function mergeMentions(primary: Mention[], secondary: Mention[]): Mention[] {
  const all = [...primary.map((m) => ({ m, rank: 0 })), ...secondary.map((m) => ({ m, rank: 1 }))];
  all.sort((a, b) => b.m.end - b.m.start - (a.m.end - a.m.start) || a.rank - b.rank);
  const kept: Mention[] = [];
  for (const { m } of all) if (!kept.some((k) => k.start < m.end && k.end > m.start)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

import type { Gazetteer, GazetteerActor } from "../gazetteer";
import type { Sentence } from "../types";
import { learnAliases } from "./aliases";
import { AnaphoraResolver } from "./anaphora";
import { ActorBook } from "./book";
import { knownMentions } from "./known";
import { type Mention, mergeMentions } from "./mention";
import { proposalMentions } from "./proposals";

/** The further members of a plural anaphor ("they" = Iran and Russia) go right after the first one. */
function withMembers(mentions: Mention[], anaphors: Mention[]): Mention[] {
  if (!anaphors.some((m) => m.member)) return mentions;
  return mentions.flatMap((m) =>
    m.via === "anaphor" ? [m, ...anaphors.filter((k) => k.member && k.start === m.start)] : [m],
  );
}

/**
 * Finds the actor mentions of each sentence, in text order, by three strategies: names the
 * gazetteer knows, new names proposed as candidate actors, and anaphora resolved to an earlier actor.
 */
export class MentionFinder {
  private readonly book: ActorBook;
  private readonly anaphora: AnaphoraResolver;

  constructor(gazetteer: Gazetteer) {
    this.book = new ActorBook(gazetteer);
    this.anaphora = new AnaphoraResolver(this.book);
  }

  /** Every actor the finder has resolved or proposed, by id. */
  actor(id: string): GazetteerActor | undefined {
    return this.book.actor(id);
  }

  /** The actor an id stands for, once names the text defined later are applied ("the PKK" ... "(PKK)"). */
  canonical(id: string): string {
    return this.book.canonical(id);
  }

  proposedActors(): GazetteerActor[] {
    return [...this.book.proposals.values()];
  }

  kindOf(id: string): string | undefined {
    return this.book.kindOf(id);
  }

  /** Mentions of one sentence, in order, not overlapping. Call in text order (anaphora looks back). */
  find(text: string, sentence: Sentence): Mention[] {
    this.anaphora.startSentence(sentence);
    const known = knownMentions(this.book, text, sentence);
    const proposed = proposalMentions(this.book, text, sentence, known);
    let mentions = mergeMentions(known, proposed);
    mentions = learnAliases(this.book, text, mentions);
    this.anaphora.noteNames(text, sentence, mentions);
    const anaphors = this.anaphora.mentions(text, sentence, mentions);
    mentions = withMembers(
      mergeMentions(
        mentions,
        anaphors.filter((m) => !m.member),
      ),
      anaphors,
    );
    mentions = this.dropModifiers(text, mentions);
    this.anaphora.observe(text, sentence, mentions);
    return mentions;
  }

  /** Names that only qualify the next one are no actors of their own. */
  private dropModifiers(text: string, found: Mention[]): Mention[] {
    let mentions = found;
    // A demonym right before another actor is a modifier ("Syrian government forces"), not an actor.
    // "Kurdish forces" are an armed group, not the Kurdish community.
    mentions = mentions.filter(
      (m) =>
        !(
          m.via === "community-adjective" &&
          /^\s+(?:(?:armed|militant|jihadist|rebel|insurgent|islamist)\s+)?(?:forces|fighters|militias?|troops|units|groups?|militiamen|factions)\b/i.test(
            text.slice(m.end, m.end + 14),
          )
        ),
    );
    // A leader's name before his regime ("Bashar al-Assad's regime") only qualifies it.
    mentions = mentions.filter((m, i) => {
      const next = mentions[i + 1];
      if (!next) return true;
      const between = text.slice(m.end, next.start);
      if (m.via === "demonym" && /^\s*$/.test(between) && !/pro-$/i.test(text.slice(m.start - 4, m.start)))
        return false;
      const nextKind = this.book.kindOf(next.actorIds[0] ?? "");
      if (
        this.book.kindOf(m.actorIds[0] ?? "") === "person" &&
        /^(?:['’]s)?\s*$/.test(between) &&
        (nextKind === "government" || nextKind === "armed-forces")
      ) {
        return false;
      }
      return true;
    });
    return mentions;
  }
}

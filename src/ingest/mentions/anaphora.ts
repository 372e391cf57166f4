import { ontologyIndex } from "../../model/ontology-index";
import { normalizeSurface } from "../gazetteer";
import { COUNTRIES } from "../lexicon";
import type { Sentence } from "../types";
import {
  CAPTURE_BEFORE,
  CLAUSE_BREAK,
  HOSTILE_BEFORE,
  POSSESSED,
  PRONOUN_READINGS,
  PROPOSITION_BEFORE,
} from "./anaphor-lexicon";
import {
  pickReferent,
  possessorRank,
  type Request,
  type Resolution,
  reducedRelative,
  topics,
} from "./antecedents";
import type { ActorBook } from "./book";
import { type Description, findDescriptions } from "./descriptions";
import { noteNames, type Referent, rememberSentence, type SentenceMemory } from "./discourse-memory";
import type { Mention } from "./mention";
import { speakerMentions } from "./speaker";

const CAPITALS = new Set(COUNTRIES.flatMap((c) => (c.capital ? [c.capital.toLowerCase()] : [])));

/**
 * Pronouns and definite descriptions ("it", "their", "the group", "the Kurdish-led force", "the
 * same factions", "the city"), each resolved to the nearest compatible actor: kind and number
 * must fit (the description's head noun gives kinds; "they" may be a coordinated pair), the
 * previous sentence's subject comes first, an object is never its own clause's subject, and only
 * definite descriptions reach back across a paragraph break.
 */
export class AnaphoraResolver {
  private paragraph = -1;
  private sentenceIndex = 0;
  /** Sentences of the current paragraph, oldest first. */
  private memories: SentenceMemory[] = [];
  private previousParagraph: SentenceMemory[] = [];
  /** Places named in the paragraph, most recent last: "the city", "it" after "Aleppo fell". */
  private places: string[] = [];
  /** Every agent read so far, most recent last: "the army" may reach back further than "it". */
  private readonly documentAgents: Referent[] = [];
  /** Actors named with a plural force noun ("American soldiers"): "they" may be them. */
  private readonly plural = new Set<string>();
  /** What the text called a place ("the town of Rastan"): "the city" is not a town. */
  private readonly placeNoun = new Map<string, string>();

  constructor(private readonly book: ActorBook) {}

  /** Call before a sentence's mentions are read: a new paragraph starts a new history. */
  startSentence(sentence: Sentence): void {
    if (sentence.paragraph !== this.paragraph) {
      this.paragraph = sentence.paragraph;
      // A heading ("Origins", "Moscow's militia") does not interrupt the story for the next one.
      const story = this.memories.filter((m) => m.referents.length > 0 && m.complete);
      if (story.length > 0) this.previousParagraph = story.slice(-3);
      this.memories = [];
      this.places = [];
    }
  }

  /** Notes what the sentence's names say about their actors: a place's noun, a plural force. */
  noteNames(text: string, sentence: Sentence, mentions: Mention[]): void {
    noteNames(this.book, text, sentence, mentions, this.placeNoun, this.plural);
  }

  /** Records the sentence's final mentions as antecedents for the sentences after it. */
  observe(text: string, sentence: Sentence, mentions: Mention[]): void {
    const memory = rememberSentence(this.book, text, sentence, mentions, this.sentenceIndex++);
    this.memories.push(memory);
    for (const r of memory.referents) if (r.ids.length === 1) this.documentAgents.push(r);
    for (const m of mentions) {
      const id = m.actorIds[0];
      if (id === undefined) continue;
      if (this.book.isPlace(id)) this.places.push(id);
      // "Damascus" read as the government still leaves the city for a later "the city".
      if (m.via === "capital") {
        for (const e of this.book.gazetteer.surfaces.get(normalizeSurface(m.surface)) ?? []) {
          if (e.via !== "capital" && this.book.isPlace(e.actorId)) this.places.push(e.actorId);
        }
      }
    }
  }

  /** The anaphors of one sentence, each resolved (or left out when nothing fits). */
  mentions(text: string, sentence: Sentence, taken: Mention[]): Mention[] {
    const out = this.descriptionMentions(text, sentence, taken);
    out.push(...this.leaderGovernmentMentions(text, sentence, [...taken, ...out]));
    out.push(...this.pronounMentions(text, sentence, taken, out));
    out.push(...speakerMentions(this.book, text, sentence, taken));
    return out;
  }

  /** "the group", "the Kurdish-led force", "the same factions", "the city". */
  private descriptionMentions(text: string, sentence: Sentence, taken: Mention[]): Mention[] {
    const out: Mention[] = [];
    for (const d of findDescriptions(text, sentence, taken)) {
      if (taken.some((k) => k.start < d.end && k.end > d.start)) continue;
      // "Hayat Tahrir al-Sham, the group that ...": an apposition to the name before it.
      if (taken.some((k) => k.end <= d.start && /^\s*(?:\([^)]*\))?,\s*$/.test(text.slice(k.end, d.start))))
        continue;
      const found = this.resolveDescription(text, sentence, d, taken);
      if (found) out.push(...this.anaphorMentions(d.start, d.end, text, found, d.phrase, false));
    }
    return out;
  }

  private resolveDescription(
    text: string,
    sentence: Sentence,
    d: Description,
    taken: Mention[],
  ): Resolution | undefined {
    const placeKinds = d.info.kinds.filter((k) => this.isPlaceKind(k));
    if (placeKinds.length > 0 && (d.placeContext || placeKinds.length === d.info.kinds.length)) {
      // "the towns" are several places: not one named before.
      if (d.info.plural) return undefined;
      if (d.head === "capital") return this.place((id) => CAPITALS.has(this.labelOf(id).toLowerCase()));
      const otherNoun = /^(?:city|town|village)$/.test(d.head) ? d.head : undefined;
      return this.place(
        (id) =>
          placeKinds.includes(this.book.kindOf(id) ?? "") &&
          (otherNoun === undefined || (this.placeNoun.get(id) ?? otherNoun) === otherNoun),
        taken.filter((k) => k.end <= d.start),
      );
    }
    return this.resolve(text, sentence, taken, {
      kinds: d.info.kinds.filter((k) => !this.isPlaceKind(k)),
      plural: d.info.plural,
      at: d.start,
      bindsInClause: false,
      pair: d.pair,
      head: d.head.replace(/s$/, ""),
      reach: 8,
      // Only a paragraph's opening sentence continues the story of the paragraph before.
      acrossParagraph: this.memories.length === 0,
      ...(d.info.documentWide ? { documentWide: true } : {}),
      ...(d.info.newKinds ? { newKinds: d.info.newKinds } : {}),
    });
  }

  /**
   * "his government", "her regime": the government the person named before leads, by the
   * datasets' claims, else the last government named.
   */
  private leaderGovernmentMentions(text: string, sentence: Sentence, taken: Mention[]): Mention[] {
    const out: Mention[] = [];
    const form = /\b(?:[Hh]is|[Hh]er)\s+(?:own\s+)?(?:government|regime|administration)\b/g;
    for (let m = form.exec(sentence.text); m !== null; m = form.exec(sentence.text)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (taken.some((k) => k.start < end && k.end > start)) continue;
      const person = this.resolve(text, sentence, taken, {
        kinds: ["person"],
        plural: false,
        at: start,
        bindsInClause: true,
        reach: 3,
        acrossParagraph: false,
      });
      const personId = person?.ids[0];
      const led = this.book.gazetteer.claims.find(
        (c) => c.relation === "leads" && c.from === personId && this.book.kindOf(c.to) === "government",
      )?.to;
      const id =
        led ?? this.documentAgents.findLast((a) => this.book.kindOf(a.ids[0]!) === "government")?.ids[0];
      if (person && id) {
        out.push({
          start,
          end,
          surface: m[0],
          actorIds: [id],
          via: "anaphor",
          pronoun: true,
          antecedent: `${m[0]} = ${this.labelOf(id)} (the government “${person.surface}” leads, ${person.where})`,
        });
      }
    }
    return out;
  }

  /** "it", "its", "they", "their", "them", "he": the nearest compatible actor. */
  private pronounMentions(text: string, sentence: Sentence, taken: Mention[], found: Mention[]): Mention[] {
    const out: Mention[] = [];
    const pronoun =
      /\b(it|its|he|she|they|them|their)\b(?!\s+(?:said|say|says|told|added|reported|claimed)\b)(?!\s+(?:is|was|has been|had been|remains|remained|seems|seemed|appears|appeared)\s+(?:believed|said|reported|thought|claimed|unclear|likely|unlikely|clear|not|understood|possible|important|expected|feared|estimated|known|alleged|too|time|hard|difficult|impossible|true|now|also))/giu;
    for (let m = pronoun.exec(sentence.text); m !== null; m = pronoun.exec(sentence.text)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      const all = [...taken, ...found, ...out].sort((a, b) => a.start - b.start);
      if (all.some((k) => k.start < end && k.end > start)) continue;
      const word = (m[1] ?? "").toLowerCase();
      const reading = PRONOUN_READINGS[word];
      if (!reading) continue;
      // A possessive stands for an actor only before what an actor has: forces, leaders, allies.
      if (reading.possessive && !POSSESSED.test(text.slice(end, end + 40))) continue;
      const resolution = this.resolvePronoun(text, sentence, all, word, start);
      if (resolution) out.push(...this.anaphorMentions(start, end, text, resolution, m[0], true));
    }
    return out;
  }

  private resolvePronoun(
    text: string,
    sentence: Sentence,
    earlier: Mention[],
    word: string,
    start: number,
  ): Resolution | undefined {
    const reading = PRONOUN_READINGS[word]!;
    const before = text.slice(Math.max(0, start - 16), start);
    const singular = !reading.plural && reading.kinds.includes("state");
    if (!reading.possessive && PROPOSITION_BEFORE.test(before)) return undefined;
    // "retook it": the pronoun stands for a place.
    if (singular && !reading.possessive && CAPTURE_BEFORE.test(before))
      return this.place(
        () => true,
        earlier.filter((k) => k.end <= start),
      );
    // A pronoun opening the sentence continues the previous sentence's subject: when that was no
    // actor ("The offensive began in May. It ..."), the pronoun is not one either.
    const previous = this.memories[this.memories.length - 1];
    const opening = !earlier.some((k) => k.end <= start) && !reading.possessive;
    // "The pocket ... is held by X. Aircraft have been bombing it": the pronoun continues that
    // non-actor subject when nothing in its own sentence fits.
    const number = reading.plural ? "plural" : "singular";
    if (
      !reading.possessive &&
      previous?.otherTopic === number &&
      !earlier.some((k) => k.end <= start && !k.pronoun && this.isAgentMention(k))
    )
      return undefined;
    if (opening && previous) {
      if (singular && previous.placeTopic && !previous.referents.some((r) => r.subject)) return undefined;
    }
    // "although it does not arm it": a second pronoun in the clause is not the first one again.
    // Possessives repeat freely: "its naval base in Tartus and its air base".
    const exclude = new Set(
      reading.possessive
        ? []
        : earlier
            .filter(
              (k) =>
                k.pronoun &&
                !/^(?:its|their)$/i.test(k.surface) &&
                k.end <= start &&
                !/[,;]/.test(text.slice(k.end, start)),
            )
            .flatMap((k) => k.actorIds),
    );
    return this.resolve(text, sentence, earlier, {
      kinds: reading.kinds,
      plural: reading.plural,
      at: start,
      // A pronoun is never its own clause's subject ("X attacked it"), unless it opens a clause
      // of its own ("the factions it backs"); a possessive may be ("X sent its fighters").
      bindsInClause: reading.possessive ? !HOSTILE_BEFORE.test(before) : reducedRelative(sentence, start),
      reach: 2,
      // A paragraph may open with "It" or "Its" for the story's subject.
      acrossParagraph: this.memories.length === 0 && !earlier.some((k) => k.end <= start),
      exclude,
    });
  }

  /**
   * The antecedent: a compatible actor named earlier in this sentence (not in the anaphor's own
   * clause unless it is a possessive), else the previous sentences' actors, subject first, most
   * recent sentence first; an actor named with the description's head noun is preferred.
   */
  private resolve(
    text: string,
    sentence: Sentence,
    earlier: Mention[],
    request: Request,
  ): Resolution | undefined {
    const inSentence = rememberSentence(
      this.book,
      text,
      sentence,
      earlier.filter((k) => k.end <= request.at),
      -1,
    )
      .referents.filter((r) => request.bindsInClause || CLAUSE_BREAK.test(text.slice(r.end, request.at)))
      // A possessive takes its own clause's subject; another anaphor the sentence's subject first
      // ("HTS took Hama, and the group then ...").
      .sort((a, b) =>
        request.bindsInClause
          ? possessorRank(text, sentence, a, request.at) - possessorRank(text, sentence, b, request.at)
          : 0,
      );
    const windows: [Referent[], string][] = [[inSentence, "earlier in the sentence"]];
    for (const [back, memory] of this.memories.slice(-request.reach).reverse().entries())
      windows.push([memory.referents, back === 0 ? "previous sentence" : `${back + 1} sentences earlier`]);
    if (request.acrossParagraph) windows.push([topics(this.previousParagraph), "previous paragraph"]);
    // "the brigade" after "Liwa al-Quds, the Jerusalem Brigade": an actor named with the head noun
    // anywhere in reach comes before a nearer one that is not.
    const named = request.head ? this.namedWith(request.head) : undefined;
    if (named && named.size > 0) {
      for (const [referents, where] of windows) {
        const found = pickReferent(
          this.book,
          this.plural,
          referents.filter((r) => r.ids.length === 1 && named.has(r.ids[0]!)),
          request,
        );
        if (found) return { ...found, where };
      }
    }
    for (const [referents, where] of windows) {
      const found = pickReferent(this.book, this.plural, referents, request);
      if (found) return { ...found, where };
    }
    if (request.documentWide) {
      const found = pickReferent(this.book, this.plural, [...this.documentAgents].reverse(), request);
      if (found) return { ...found, where: "earlier in the text" };
    }
    return undefined;
  }

  /** The most recent place that passes `test`: this sentence's first, then the paragraph's. */
  private place(test: (id: string) => boolean, earlier: Mention[] = []): Resolution | undefined {
    const here = earlier
      .flatMap((k) => k.actorIds.slice(0, 1))
      .filter((id) => this.book.isPlace(id) && test(id));
    const id = here[here.length - 1] ?? this.places.findLast(test);
    return id === undefined
      ? undefined
      : { ids: [id], surface: this.labelOf(id), where: "the last place named" };
  }

  /** Actors whose label or a name the text gave them contains `head` ("brigade", "alliance"). */
  private namedWith(head: string): Set<string> {
    const word = new RegExp(`\\b${head}`, "i");
    const ids = new Set<string>();
    for (const [name, id] of this.book.learnt) if (word.test(name)) ids.add(this.book.canonical(id));
    for (const r of this.documentAgents) {
      const id = r.ids[0]!;
      if (word.test(r.surface) || word.test(this.labelOf(id))) ids.add(id);
    }
    return ids;
  }

  private isAgentMention(m: Mention): boolean {
    const id = m.actorIds[0];
    return id !== undefined && !this.book.isPlace(id);
  }

  private isPlaceKind(kind: string): boolean {
    return ontologyIndex(this.book.gazetteer.ontology).isPlaceKind(kind);
  }

  /**
   * One mention per antecedent actor, saying what it was resolved to and where that was named;
   * a coordinated antecedent ("they" = Iran and Russia) gives one per member, on the same span.
   */
  private anaphorMentions(
    start: number,
    end: number,
    text: string,
    found: Resolution,
    phrase: string,
    pronoun: boolean,
  ): Mention[] {
    const labels = found.ids.map((id) => this.labelOf(id)).join(" + ");
    const antecedent = `${phrase} = ${labels} (“${found.surface}”, ${found.where})`;
    return found.ids.map((id, i) => ({
      start,
      end,
      surface: text.slice(start, end),
      actorIds: [id],
      via: "anaphor" as const,
      antecedent,
      namedAs: found.surface,
      // A pronoun is never a member of a coordination ("al-Qaeda, and it has fought ..."); the
      // members of a plural antecedent are one.
      ...(pronoun && found.ids.length === 1 ? { pronoun: true } : {}),
      ...(i > 0 ? { member: true } : {}),
    }));
  }

  private labelOf(id: string): string {
    return this.book.actor(id)?.label ?? id;
  }
}

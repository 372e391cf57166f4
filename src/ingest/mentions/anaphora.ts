import { ontologyIndex } from "../../model/ontology-index";
import { normalizeSurface } from "../gazetteer";
import { COUNTRIES, NOMINAL_ANAPHORS, PRONOUNS } from "../lexicon";
import type { Sentence } from "../types";
import type { ActorBook } from "./book";
import type { Mention } from "./mention";

/** The actors seen so far in one paragraph, for anaphora: subjects first, most recent last. */
interface History {
  paragraph: number;
  subjects: string[];
  all: string[];
  /** Actors named with a plural force noun ("American soldiers", "government forces"): "they" may be them. */
  plural: Set<string>;
  /** Subjects of the previous paragraph: "the group" may open a paragraph, "it" may not. */
  previousSubjects: string[];
}

/** A plural force noun ending a name or right after it: "they" can refer to such an actor. */
const PLURAL_FORCE = /\b(?:forces|troops|soldiers|fighters|militias|militiamen|rebels|insurgents|units)$/i;
const PLURAL_FORCE_AFTER =
  /^(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:forces|troops|soldiers|fighters|militiamen|units)\b/;
/** Capitals of the lexicon's countries: "the capital" refers back to one of them. */
const CREATION_WORDS = /\b(?:form|found|creat|renamed|rebranded|bec[oa]m)/i;
const PLURAL_FORCE_WORDS = /forces|troops|soldiers|fighters|militia|rebels|insurgents|units/i;
const CREATED_BEFORE =
  /\b(?:to form|formed|forming|to found|founded|to create|created|creating|renamed (?:itself|themselves)(?: as)?|rebranded (?:itself )?as|became|becoming)\s+(?:the\s+)?(?:new\s+)?$/i;
/** Anaphor heads that may refer to an actor named anywhere earlier in the text. */
const DOCUMENT_HEADS = new Set(["army", "military", "regime"]);
const CAPITALS = new Set(COUNTRIES.flatMap((c) => (c.capital ? [c.capital.toLowerCase()] : [])));

/**
 * Pronouns and definite descriptions ("it", "their", "the group", "the city"), each resolved to
 * the nearest compatible actor the text has named: this sentence first, then the paragraph's
 * subjects, and for a few heads ("the army") the whole text.
 */
export class AnaphoraResolver {
  private history: History = {
    paragraph: -1,
    subjects: [],
    all: [],
    plural: new Set(),
    previousSubjects: [],
  };
  /** What the text called a place ("the town of Rastan", "Homs, Syria's third-largest city"). */
  private readonly placeNoun = new Map<string, string>();
  /** Every agent read so far in the text, most recent last: "the army" may refer back further than "it". */
  private readonly documentAgents: string[] = [];

  constructor(private readonly book: ActorBook) {}

  /** Call before a sentence's mentions are read: a new paragraph starts a new history. */
  startSentence(sentence: Sentence): void {
    if (sentence.paragraph !== this.history.paragraph) {
      this.history = {
        paragraph: sentence.paragraph,
        subjects: [],
        all: [],
        plural: new Set(),
        previousSubjects: this.history.subjects.slice(-3),
      };
    }
  }

  /** Notes what the sentence's names say about their actors: a place's noun, a plural force. */
  noteNames(text: string, sentence: Sentence, mentions: Mention[]): void {
    // Cheap whole-sentence tests first: most sentences name no town and no plural force.
    const namesPlaceNoun = /city|town|village/i.test(sentence.text);
    const namesForces = PLURAL_FORCE_WORDS.test(sentence.text);
    for (const m of mentions) {
      const id = m.actorIds[0];
      if (id && namesPlaceNoun && this.book.isPlace(id)) {
        const noun =
          /\b(city|town|village)\s+of\s+$/i.exec(text.slice(Math.max(0, m.start - 20), m.start))?.[1] ??
          /^,\s+(?:(?:a|an|the)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(city|town|village)\b/iu.exec(
            text.slice(m.end, m.end + 60),
          )?.[1];
        if (noun) this.placeNoun.set(id, noun.toLowerCase());
      }
      if (
        id &&
        namesForces &&
        (PLURAL_FORCE.test(m.surface) || PLURAL_FORCE_AFTER.test(text.slice(m.end, m.end + 24)))
      )
        this.history.plural.add(id);
    }
  }

  /** Records the sentence's final mentions as antecedents for the sentences after it. */
  observe(text: string, sentence: Sentence, mentions: Mention[]): void {
    const agents = mentions.flatMap((m) => m.actorIds.slice(0, 1)).filter((id) => !this.book.isPlace(id));
    // The subject is tried first, then the other actors of the sentence, nearest first.
    this.history.subjects.push(...[...agents].reverse());
    // "... merged with smaller factions to form HTS. The group says ...": what a sentence creates
    // or renames becomes its topic.
    if (CREATION_WORDS.test(sentence.text)) {
      for (const m of mentions) {
        const id = m.actorIds[0];
        if (
          id &&
          !this.book.isPlace(id) &&
          CREATED_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))
        )
          this.history.subjects.push(id);
      }
    }
    this.documentAgents.push(...agents);
    for (const m of mentions) {
      const id = m.actorIds[0];
      if (id === undefined) continue;
      this.history.all.push(id);
      // "Damascus" read as the government still leaves the city for a later "the city".
      if (m.via === "capital") {
        for (const e of this.book.gazetteer.surfaces.get(normalizeSurface(m.surface)) ?? []) {
          if (e.via !== "capital" && this.book.isPlace(e.actorId)) this.history.all.push(e.actorId);
        }
      }
    }
  }

  /** "the capital": the last capital city named in the paragraph. */
  private resolveCapital(): string | undefined {
    return this.history.all.findLast(
      (id) =>
        this.book.kindOf(id) === "city" && CAPITALS.has((this.book.actor(id)?.label ?? "").toLowerCase()),
    );
  }

  /** "the group", "this jihadist group", "the city", "it": resolved to the last compatible actor. */
  mentions(text: string, sentence: Sentence, taken: Mention[]): Mention[] {
    const out = this.nominalMentions(text, sentence, taken);
    out.push(...this.leaderGovernmentMentions(sentence, taken));
    out.push(...this.possessiveMentions(text, sentence, taken, out));
    out.push(...this.pronounMentions(text, sentence, taken, out));
    out.push(...this.weMentions(text, sentence, taken));
    return out;
  }

  /** "the group", "the same factions", "the city": a definite description of an earlier actor. */
  private nominalMentions(text: string, sentence: Sentence, taken: Mention[]): Mention[] {
    const out: Mention[] = [];
    const nominal =
      /\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?:[\p{L}-]+\s+){0,2}?(groups?|factions?|movements?|militias?|organi[sz]ation|regime|government|army|military|coalition|alliance|city|town|province|region|capital)\b(?!\s+(?:of\b|\p{Lu}))/gu;
    for (let m = nominal.exec(sentence.text); m !== null; m = nominal.exec(sentence.text)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (taken.some((k) => k.start < end && k.end > start)) continue;
      // "the Syrian army" next to a known actor, or a new name after it: an apposition, not an anaphor.
      if (taken.some((k) => k.start >= end && /^\s*$/.test(text.slice(end, k.start)))) continue;
      // "Hayat Tahrir al-Sham, the group that ...": an apposition to the name before it.
      if (taken.some((k) => k.end <= start && /^,\s*$/.test(text.slice(k.end, start)))) continue;
      const head = (m[1] ?? "").toLowerCase();
      const kinds = NOMINAL_ANAPHORS[head];
      if (!kinds) continue;
      const earlier = taken.filter((k) => text[k.end] !== "-");
      // "the city" is not a place the text called a town, nor "the town" one it called a city.
      const otherNoun =
        head === "city" || head === "town"
          ? new Set([...this.placeNoun].filter(([, noun]) => noun !== head).map(([id]) => id))
          : undefined;
      let id =
        head === "capital"
          ? this.resolveCapital()
          : this.resolve(kinds, sentence.start + m.index, earlier, true, otherNoun, head.endsWith("s"));
      // "the army", "the regime" name one actor of the whole story: they may reach back further.
      if (!id && DOCUMENT_HEADS.has(head))
        id = this.documentAgents.findLast((a) => kinds.includes(this.book.kindOf(a) ?? ""));
      if (id) out.push({ start, end, surface: m[0], actorIds: [id], via: "anaphor" });
    }
    return out;
  }

  /** "its fighters", "their patrons", "his government": a possessive pronoun before a noun. */
  private possessiveMentions(
    text: string,
    sentence: Sentence,
    taken: Mention[],
    found: Mention[],
  ): Mention[] {
    const out: Mention[] = [];
    // "its fighters", "its forces": the possessive stands for the actor whose forces act.
    const possessive =
      /\b([Ii]ts|[Tt]heir)(?=\s+(?:(?:remaining|own|main|last|naval|air|military|elite)\s+)?(?:fighters|forces|troops|militants|members|units|militiamen|soldiers|leader|leaders|chief|head|commander|founder|emir|spokesman|bases?|air base|naval base|advisers|positions|patrons?|backers?|sponsors?|prox(?:y|ies)|clients?|all(?:y|ies)|partners?|factions?|wing|branch|affiliates?|heir|successor|enem(?:y|ies)|foes?|rivals?)\b)/gu;
    for (let m = possessive.exec(sentence.text); m !== null; m = possessive.exec(sentence.text)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (taken.some((k) => k.start < end && k.end > start)) continue;
      const id = this.resolve(
        PRONOUNS.its ?? [],
        start,
        [...taken, ...found, ...out].sort((a, b) => a.start - b.start),
      );
      if (id) out.push({ start, end, surface: m[0], actorIds: [id], via: "anaphor", pronoun: true });
    }
    return out;
  }

  /**
   * "his government", "her regime": the government the person named before leads, by the
   * datasets' claims, else the last government named.
   */
  private leaderGovernmentMentions(sentence: Sentence, taken: Mention[]): Mention[] {
    const out: Mention[] = [];
    const form = /\b(?:[Hh]is|[Hh]er)\s+(?:own\s+)?(?:government|regime|administration)\b/g;
    for (let m = form.exec(sentence.text); m !== null; m = form.exec(sentence.text)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (taken.some((k) => k.start < end && k.end > start)) continue;
      const person = this.resolve(["person"], start, taken);
      const led = this.book.gazetteer.claims.find(
        (c) => c.relation === "leads" && c.from === person && this.book.kindOf(c.to) === "government",
      )?.to;
      const id = led ?? this.documentAgents.findLast((a) => this.book.kindOf(a) === "government");
      if (person && id)
        out.push({ start, end, surface: m[0], actorIds: [id], via: "anaphor", pronoun: true });
    }
    return out;
  }

  /** "it", "they", "he": the nearest compatible actor, not the clause's other pronoun. */
  private pronounMentions(text: string, sentence: Sentence, taken: Mention[], found: Mention[]): Mention[] {
    const out: Mention[] = [];
    const pronoun =
      /\b(it|he|she|they)\b(?!\s+(?:said|say|says|told|added|reported|claimed)\b)(?!\s+(?:is|was|has been|had been|remains|remained)\s+(?:believed|said|reported|thought|claimed|unclear|likely|clear|not clear|understood|possible|important|expected|feared|estimated|known|alleged))/giu;
    for (let m = pronoun.exec(sentence.text); m !== null; m = pronoun.exec(sentence.text)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (taken.some((k) => k.start < end && k.end > start)) continue;
      const kinds = PRONOUNS[(m[1] ?? "").toLowerCase()];
      if (!kinds) continue;
      // "although it does not arm it": a second pronoun in the clause is not its subject again.
      const before = [...taken, ...found, ...out].filter(
        (k) => k.pronoun && k.end <= start && !/[,;]/.test(text.slice(k.end, start)),
      );
      const exclude = new Set(before.flatMap((k) => k.actorIds));
      const earlier = [...taken, ...found, ...out]
        .filter((k) => text[k.end] !== "-")
        .sort((a, b) => a.start - b.start);
      const id = this.resolve(kinds, start, earlier, false, exclude, m[1]?.toLowerCase() === "they");
      if (id) out.push({ start, end, surface: m[0], actorIds: [id], via: "anaphor", pronoun: true });
    }
    return out;
  }

  /** “We have liberated Hama,” an HTS commander said: inside a quote, "we" is the speaker's side. */
  private weMentions(text: string, sentence: Sentence, taken: Mention[]): Mention[] {
    const out: Mention[] = [];
    if (/\b[Ww]e\b/.test(sentence.text) && /[“"]/.test(sentence.text)) {
      const speaker = [...taken].find((k) => {
        const id = k.actorIds[0];
        return (
          id !== undefined &&
          !this.book.isPlace(id) &&
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
        out.push({
          start,
          end,
          surface: m[0],
          actorIds: speaker.actorIds.slice(0, 1),
          via: "anaphor",
          pronoun: true,
        });
      }
    }
    return out;
  }

  /**
   * The antecedent: the actor of a compatible kind mentioned earlier in this sentence, else the
   * last compatible sentence subject of the paragraph. Places resolve to the last compatible place.
   */
  private resolve(
    kinds: string[],
    at: number,
    earlier: Mention[],
    acrossParagraphs = false,
    exclude: Set<string> = new Set(),
    plural = false,
  ): string | undefined {
    const compatible = (id: string) =>
      (kinds.includes(this.book.kindOf(id) ?? "") || (plural && this.history.plural.has(id))) &&
      !exclude.has(id);
    const inSentence = earlier.filter((m) => m.end <= at).flatMap((m) => m.actorIds.slice(0, 1));
    const places = kinds.every((k) => ontologyIndex(this.book.gazetteer.ontology).isPlaceKind(k));
    const pool = places
      ? [...this.history.all, ...inSentence]
      : [
          ...(acrossParagraphs ? this.history.previousSubjects : []),
          ...this.history.subjects,
          // Earlier actors of this sentence come first, its subject before the others:
          // "Idlib has been run by HTS, and the group now administers Aleppo".
          ...inSentence.filter((id) => !this.book.isPlace(id)).reverse(),
        ];
    for (let i = pool.length - 1; i >= 0; i--) {
      const id = pool[i]!;
      if (compatible(id)) return id;
    }
    return undefined;
  }
}

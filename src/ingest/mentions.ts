import {
  findSurfaces,
  type Gazetteer,
  type GazetteerActor,
  normalizeSurface,
  type SurfaceVia,
  slugify,
} from "./gazetteer";
import {
  APPOSITION_CUES,
  COUNTRIES,
  KIND_CUES,
  NOMINAL_ANAPHORS,
  PLACE_CONTEXT_BEFORE,
  PRONOUNS,
} from "./lexicon";
import type { Sentence, Token } from "./types";

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
}

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

const TITLE_WORDS =
  /^(?:President|Prime|Minister|General|Gen\.|Colonel|Col\.|Sheikh|Commander|Leader|King|Crown|Prince|Emir|Ayatollah|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sultan|Chief|Spokesman|Envoy)$/;
const NOT_NAMES =
  /^(?:The|A|An|This|That|These|Those|It|Its|He|His|She|Her|They|Their|We|Our|I|In|On|At|By|For|From|With|After|Before|However|But|And|Or|Meanwhile|Also|Over|Under|According|Both|Some|Many|Several|While|When|Although|Since|As|If|Main|Footage|Photo|Source|Located|Allies|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Islamist|Jihadist|Sunni|Shia|Shiite|Christian|Muslim|Arab|Western|Eastern|Northern|Southern|Central|Last|Next|Earlier|Later|Today|Yesterday|Now|Then|There|Here|What|Who|Which|Where|Why|How|One|Two|Three|Such|Other|Another|Each|Every|All|Most|More|Few|No|Not|Why)$/;
// "Deir ez-Zor", "Salah ed-Din": transliterated articles join the words of a name.
const NAME_CONNECTOR = /^(?:al|el|as|ash|ad|an|ar|at|az|ez|es|ed|er|et|ul|ibn|bin|abu|bani)-\p{Lu}/u;
const GENERIC_FORCES = "militias|militia|militiamen|fighters|forces|groups|paramilitaries|proxies";
/** "pro-Iran militias", "Turkish-backed fighters": an unnamed force named by its patron. */
const GENERIC_FORCE_NAME = new RegExp(
  `(?:\\bpro-\\p{Lu}[\\p{L}]*|(?<![\\p{L}-])\\p{Lu}[\\p{L}.]*-(?:backed|supported|sponsored|aligned|funded|armed|trained))\\s+(?:${GENERIC_FORCES})\\b`,
  "gu",
);

/** A plural force noun ending a name or right after it: "they" can refer to such an actor. */
const PLURAL_FORCE = /\b(?:forces|troops|soldiers|fighters|militias|militiamen|rebels|insurgents|units)$/i;
const PLURAL_FORCE_AFTER =
  /^(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:forces|troops|soldiers|fighters|militiamen|units)\b/;
/** Capitals of the lexicon's countries: "the capital" refers back to one of them. */
const CREATION_WORDS = /\b(?:form|found|creat|renamed|rebranded|bec[oa]m)/i;
const PLURAL_FORCE_WORDS = /forces|troops|soldiers|fighters|militia|rebels|insurgents|units/i;
const CREATED_BEFORE =
  /\b(?:to form|formed|forming|to found|founded|to create|created|creating|renamed (?:itself|themselves)(?: as)?|rebranded (?:itself )?as|became|becoming)\s+(?:the\s+)?(?:new\s+)?$/i;
const PLACE_CONTEXT_AFTER =
  /^,?\s+(?:(?:has|had)\s+)?(?:fell|fallen|falls|(?:was|has been|had been|is)\s+(?:captured|taken|seized|liberated|retaken|recaptured|overrun|encircled|besieged|located|situated)|lies|remained under|remains under|was under|is under|is now under)\b/;
/** Anaphor heads that may refer to an actor named anywhere earlier in the text. */
const DOCUMENT_HEADS = new Set(["army", "military", "regime"]);
const CAPITALS = new Set(COUNTRIES.flatMap((c) => (c.capital ? [c.capital.toLowerCase()] : [])));

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** "'", "’", "'s" or "’s": string comparisons, cheaper than a regex on every token. */
function isPossessive(value: string): boolean {
  return value === "'s" || value === "’s" || value === "'" || value === "’";
}

/** Joins tokens written without a space around a hyphen ("al" "-" "Sham" -> "al-Sham"). */
function joinHyphenated(tokens: Token[], text: string): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (prev && prev.end === t.start && (t.text === "-" || prev.text.endsWith("-") || isPossessive(t.text))) {
      out[out.length - 1] = {
        text: text.slice(prev.start, t.end),
        start: prev.start,
        end: t.end,
        pos: prev.text === "-" ? t.pos : prev.pos === "PROPN" || t.pos === "PROPN" ? "PROPN" : t.pos,
      };
      continue;
    }
    out.push({ ...t });
  }
  return out;
}

export class MentionFinder {
  private readonly proposals = new Map<string, GazetteerActor>();
  /** Names learnt while reading (proposals, acronyms defined in brackets) -> actor id, case-sensitive. */
  private readonly learnt = new Map<string, string>();
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

  constructor(private readonly gazetteer: Gazetteer) {}

  /** Every actor the finder has resolved or proposed, by id. */
  actor(id: string): GazetteerActor | undefined {
    return this.gazetteer.actors.get(id) ?? this.proposals.get(id);
  }

  proposedActors(): GazetteerActor[] {
    return [...this.proposals.values()];
  }

  kindOf(id: string): string | undefined {
    return this.actor(id)?.kind;
  }

  private isPlace(id: string): boolean {
    const kind = this.kindOf(id);
    return kind !== undefined && this.gazetteer.ontology.placeKinds.includes(kind);
  }

  /** Mentions of one sentence, in order, not overlapping. Call in text order (anaphora looks back). */
  find(text: string, sentence: Sentence): Mention[] {
    if (sentence.paragraph !== this.history.paragraph) {
      this.history = {
        paragraph: sentence.paragraph,
        subjects: [],
        all: [],
        plural: new Set(),
        previousSubjects: this.history.subjects.slice(-3),
      };
    }
    const known = this.gazetteerMentions(text, sentence);
    const proposed = this.proposalMentions(text, sentence, known);
    let mentions = mergeMentions(known, proposed);
    // "Syrian Democratic Forces (SDF)": the acronym names the same actor from now on.
    for (const m of mentions) {
      const acronym = /^\s*\((\p{Lu}[\p{Lu}\p{N}-]{1,7})\)/u.exec(text.slice(m.end, m.end + 12))?.[1];
      const id = m.actorIds[0];
      if (
        acronym &&
        id &&
        !this.gazetteer.surfaces.has(normalizeSurface(acronym)) &&
        !this.learnt.has(acronym)
      ) {
        this.learnt.set(acronym, id);
      }
    }
    // Cheap whole-sentence tests first: most sentences name no town and no plural force.
    const namesPlaceNoun = /city|town|village/i.test(sentence.text);
    const namesForces = PLURAL_FORCE_WORDS.test(sentence.text);
    for (const m of mentions) {
      const id = m.actorIds[0];
      if (id && namesPlaceNoun && this.isPlace(id)) {
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
    const anaphors = this.anaphorMentions(text, sentence, mentions);
    mentions = mergeMentions(mentions, anaphors);
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
      const nextKind = this.kindOf(next.actorIds[0] ?? "");
      if (
        this.kindOf(m.actorIds[0] ?? "") === "person" &&
        /^(?:['’]s)?\s*$/.test(between) &&
        (nextKind === "government" || nextKind === "armed-forces")
      ) {
        return false;
      }
      return true;
    });
    const agents = mentions.flatMap((m) => m.actorIds.slice(0, 1)).filter((id) => !this.isPlace(id));
    // The subject is tried first, then the other actors of the sentence, nearest first.
    this.history.subjects.push(...[...agents].reverse());
    // "... merged with smaller factions to form HTS. The group says ...": what a sentence creates
    // or renames becomes its topic.
    if (CREATION_WORDS.test(sentence.text)) {
      for (const m of mentions) {
        const id = m.actorIds[0];
        if (id && !this.isPlace(id) && CREATED_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)))
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
        for (const e of this.gazetteer.surfaces.get(normalizeSurface(m.surface)) ?? []) {
          if (e.via !== "capital" && this.isPlace(e.actorId)) this.history.all.push(e.actorId);
        }
      }
    }
    return mentions;
  }

  private gazetteerMentions(text: string, sentence: Sentence): Mention[] {
    const out: Mention[] = [];
    // Every match at every position, then longest first: "the government forces" is the army
    // ("government forces"), not the government ("the government") followed by "forces".
    const found = findSurfaces(this.gazetteer, sentence.text);
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
      if (this.gazetteer.acronyms.has(key) && surface !== surface.toUpperCase()) continue;
      const entries = this.gazetteer.surfaces.get(key);
      if (!entries) continue;
      const start = sentence.start + m.index;
      const end = start + surface.length;
      // Capitals and names shared by a city and a government: the context decides.
      const before = text.slice(Math.max(0, start - 40), start);
      // "in the rebel-held town": a compound modifier is never the place itself.
      // Only a name that can be a place is read as one: "a centre of HTS" is still the group.
      // "Damascus fell", "Homs was captured": what falls or is taken is the place.
      const placeContext =
        (PLACE_CONTEXT_BEFORE.test(before) || PLACE_CONTEXT_AFTER.test(text.slice(end, end + 40))) &&
        text[start + surface.length] !== "-" &&
        !entries.every((e) => e.via === "demonym") &&
        entries.some((e) => e.via === "capital" || this.isPlace(e.actorId));
      let choices = entries;
      if (entries.some((e) => e.via === "capital")) {
        choices = placeContext
          ? entries.filter((e) => e.via !== "capital")
          : entries.filter((e) => e.via === "capital" || !this.isPlace(e.actorId));
      } else if (placeContext && entries.some((e) => this.isPlace(e.actorId))) {
        choices = entries.filter((e) => this.isPlace(e.actorId));
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
    for (const [name, id] of this.learnt) {
      if (!sentence.text.includes(name)) continue;
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, "gu");
      for (let m = re.exec(sentence.text); m !== null; m = re.exec(sentence.text)) {
        const start = sentence.start + m.index;
        out.push({ start, end: start + m[0].length, surface: m[0], actorIds: [id], via: "name" });
      }
    }
    return out;
  }

  /** Proper-noun phrases and acronyms the gazetteer does not know, with a kind guessed from cues. */
  private proposalMentions(text: string, sentence: Sentence, known: Mention[]): Mention[] {
    const out: Mention[] = [];
    const generic = GENERIC_FORCE_NAME;
    generic.lastIndex = 0;
    for (let m = generic.exec(sentence.text); m !== null; m = generic.exec(sentence.text)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (known.some((k) => k.start <= start && k.end >= end)) continue;
      out.push({ start, end, surface: m[0], actorIds: [this.propose(m[0], "militia")], via: "proposal" });
    }
    // "SDF-held Manbij", "HTS-led rebels": an unknown acronym before a compound modifier is a name.
    const compound =
      /(?<![\p{L}\p{N}-])(\p{Lu}{2,6})-(?:held|controlled|led|backed|run|allied|linked|affiliated|aligned)\b/gu;
    for (let m = compound.exec(sentence.text); m !== null; m = compound.exec(sentence.text)) {
      const acronym = m[1] ?? "";
      const start = sentence.start + m.index;
      const end = start + acronym.length;
      if ([...known, ...out].some((k) => k.start < end && k.end > start)) continue;
      if (this.gazetteer.surfaces.has(acronym.toLowerCase())) continue;
      out.push({
        start,
        end,
        surface: acronym,
        actorIds: [this.propose(acronym, "armed-group")],
        via: "proposal",
        weak: true,
      });
    }
    const tokens = joinHyphenated(sentence.tokens, text);
    let i = 0;
    while (i < tokens.length) {
      const runStart = i;
      const run: Token[] = [];
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
            this.gazetteer.surfaces.has(normalizeSurface(t.text.replace(/['’]s$/, "")))
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
          KIND_CUES.some(([re]) => re.test(prev.text))
        ) {
          run.push(t);
          i++;
          continue;
        }
        break;
      }
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
        overlapping.every((k) => k.start > start && this.kindOf(k.actorIds[0] ?? "") === "person");
      // A known name inside a longer proper name only yields to it when the long name has a cue
      // ("Free Syrian Army" is not Syria); otherwise the known mention stands.
      if (overlapping.length > 0 && !cueKind && !otherPerson) continue;
      const contextKind =
        cueKind ??
        this.kindFromContext(text, start, end) ??
        this.kindFromCoordination(text, start, [...known, ...out]);
      // An unexplained acronym in conflict reporting is most often an armed group ("the PKK"): a guess.
      const guess =
        !contextKind && run.length === 1 && /^\p{Lu}{2,5}$/u.test(surface) ? "armed-group" : undefined;
      const kind = contextKind ?? guess;
      if (!kind) continue;
      const id = this.propose(surface, kind);
      out.push({ start, end, surface, actorIds: [id], via: "proposal", ...(guess ? { weak: true } : {}) });
    }
    return out;
  }

  /** "Mahrada and As-Salamiyyah": a name coordinated with a place is a place of the same kind. */
  private kindFromCoordination(text: string, start: number, earlier: Mention[]): string | undefined {
    const before = earlier.filter((m) => m.end <= start).sort((a, b) => b.end - a.end)[0];
    if (!before || !/^,?\s+(?:and|or)\s+$|^,\s+$/.test(text.slice(before.end, start))) return undefined;
    const kind = this.kindOf(before.actorIds[0] ?? "");
    return kind !== undefined && this.gazetteer.ontology.placeKinds.includes(kind) ? kind : undefined;
  }

  private kindFromContext(text: string, start: number, end: number): string | undefined {
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 20);
    const surface = text.slice(start, end);
    // "the Bashar al-Assad regime": a leader's name; "Abu Mohammed al-Jolani": an Arabic full name.
    if (/^\s+(?:regime|government|administration|loyalists)\b/i.test(after)) return "person";
    for (const [re, kind] of APPOSITION_CUES) if (re.test(before)) return kind;
    if (/\s(?:al|el|ibn|bin|abu)-\p{Lu}/u.test(surface) || /^(?:Abu|Sheikh)\s/.test(surface)) return "person";
    // "Idlib province", "Deir ez-Zor and Hasakah provinces".
    if (/^(?:\s+and\s+\p{Lu}[\p{L}-]*)?\s+(?:provinces?|governorates?|regions?|countryside)\b/iu.test(after))
      return "region";
    if (/^\s+(?:city|town|base|air base|airbase|airport|port|crossing|border crossing|camp)\b/i.test(after))
      return "city";
    if (/^,?\s+(?:home to|inhabited by|populated by)\b/i.test(after)) return "city";
    // "Kobani and Manbij, two towns in ...", "Rastan, a town north of Homs".
    const apposition =
      /^(?:\s+and\s+\p{Lu}[\p{L}-]*)?,\s+(?:a|an|the|two|three|four|several|both)\s+(?:[\p{L}-]+\s+){0,2}?(towns?|cities|city|villages?|provinces?|regions?|districts?)\b/u.exec(
        text.slice(end, end + 80),
      );
    if (apposition?.[1])
      return /^(?:provinces?|regions?|districts?)$/.test(apposition[1]) ? "region" : "city";
    // "the Southern Operations Room, a loose alliance of local factions": an apposition names the kind.
    const group =
      /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(alliance|coalition|umbrella|grouping|group|faction|militia|movement|network|front|brigade|organi[sz]ation)\b/u.exec(
        text.slice(end, end + 80),
      )?.[1];
    if (group)
      return /^(?:alliance|coalition|umbrella|grouping)$/.test(group)
        ? "coalition"
        : group === "militia"
          ? "militia"
          : group === "organisation" || group === "organization"
            ? "organization"
            : "armed-group";
    // "the Christian Mahrada": a community adjective before a name marks a place where it lives.
    if (
      /\b(?:Christian|Druze|Alawite|Ismaili|Kurdish|Sunni|Shia|Shiite|Armenian|Assyrian|Yazidi|Turkmen)(?:-majority)?\s+$/.test(
        before,
      )
    )
      return "city";
    if (/^\s*\((?:\p{Lu}){2,6}\)/u.test(after)) return "armed-group";
    if (
      /(?:\b(?:in|near|outside|around|into|towards?|of|at|out of)\s+|\b(?:in|near|around|into|at|across)\s+the\s+)$/i.test(
        before,
      )
    )
      return "city";
    // "marched on Homs", "pressing on Manbij": an advance on a place.
    if (
      /\b(?:marched|marching|advanced|advancing|pressing|pressed|closing in|closed in|closes in|converged|converging|bearing down|moved|moving)\s+on\s+$/i.test(
        before,
      )
    )
      return "city";
    // The object of a capture or of control is a place: "captured Afrin", "controls Raqqa".
    if (
      /\b(?:captured|capturing|seized|seizing|took|taken|taking|retook|retaken|recaptured|overran|overrun|entered|entering|besieged|besieging|shelled|shelling|bombed|bombing|stormed|storming|controls|control|controlling|holds|held|holding|liberated|encircled|encircling|surrounded|surrounding|reached|reaching|(?:took|taken|taking|takes) over|control of|capture|seize|take|retake|hold|enter|reach|besiege|storm|liberate|encircle|surround|patrol|patrols|patrolled|patrolling|garrison|garrisoned)\s+(?:the\s+)?$/i.test(
        before,
      )
    ) {
      return "city";
    }
    if (COUNTRIES.some((c) => c.names.includes(surface))) return "state";
    // "Rastan fell", "Rastan was captured": what falls or is captured is a place.
    if (PLACE_CONTEXT_AFTER.test(text.slice(end, end + 40))) return "city";
    return undefined;
  }

  private propose(surface: string, kind: string): string {
    const label = surface.replace(/['’]s$/, "");
    // An acronym learnt from a name's initials earlier in the sentence names that actor.
    const learnt = this.learnt.get(label);
    if (learnt) return learnt;
    const id = slugify(label);
    const existing = this.gazetteer.actors.get(id);
    if (existing) return existing.id;
    if (!this.proposals.has(id)) this.proposals.set(id, { id, label, kind, known: false });
    if (!this.learnt.has(label)) this.learnt.set(label, id);
    // "Syrian Democratic Forces" ... "the SDF": the initials of a new name name it too.
    const words = label.split(/\s+/);
    if (words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|al-\S+)$/.test(w))) {
      const initials = words
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => w[0])
        .join("");
      if (
        initials.length >= 2 &&
        !this.learnt.has(initials) &&
        !this.gazetteer.surfaces.has(initials.toLowerCase())
      )
        this.learnt.set(initials, id);
    }
    return id;
  }

  /** "the capital": the last capital city named in the paragraph. */
  private resolveCapital(): string | undefined {
    return this.history.all.findLast(
      (id) => this.kindOf(id) === "city" && CAPITALS.has((this.actor(id)?.label ?? "").toLowerCase()),
    );
  }

  /** "the group", "this jihadist group", "the city", "it": resolved to the last compatible actor. */
  private anaphorMentions(text: string, sentence: Sentence, taken: Mention[]): Mention[] {
    const out: Mention[] = [];
    const nominal =
      /\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\p{L}-]+\s+){0,2}?(group|faction|movement|militia|organi[sz]ation|regime|government|army|military|coalition|alliance|city|town|province|region|capital)\b(?!\s+(?:of\b|\p{Lu}))/gu;
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
          : this.resolve(kinds, sentence.start + m.index, earlier, true, otherNoun);
      // "the army", "the regime" name one actor of the whole story: they may reach back further.
      if (!id && DOCUMENT_HEADS.has(head))
        id = this.documentAgents.findLast((a) => kinds.includes(this.kindOf(a) ?? ""));
      if (id) out.push({ start, end, surface: m[0], actorIds: [id], via: "anaphor" });
    }
    // "its fighters", "its forces": the possessive stands for the actor whose forces act.
    const possessive =
      /\b([Ii]ts|[Tt]heir)(?=\s+(?:(?:remaining|own|main|last|naval|air|military|elite)\s+)?(?:fighters|forces|troops|militants|members|units|militiamen|soldiers|leader|leaders|chief|head|commander|founder|emir|spokesman|bases?|air base|naval base|advisers|positions)\b)/gu;
    for (let m = possessive.exec(sentence.text); m !== null; m = possessive.exec(sentence.text)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (taken.some((k) => k.start < end && k.end > start)) continue;
      const id = this.resolve(
        PRONOUNS.its ?? [],
        start,
        [...taken, ...out].sort((a, b) => a.start - b.start),
      );
      if (id) out.push({ start, end, surface: m[0], actorIds: [id], via: "anaphor", pronoun: true });
    }
    const pronoun =
      /\b(it|he|she|they)\b(?!\s+(?:said|say|says|told|added|reported|claimed)\b)(?!\s+(?:is|was|has been|had been|remains|remained)\s+(?:believed|said|reported|thought|claimed|unclear|likely|clear|not clear|understood|possible|important|expected|feared|estimated|known|alleged))/giu;
    for (let m = pronoun.exec(sentence.text); m !== null; m = pronoun.exec(sentence.text)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (taken.some((k) => k.start < end && k.end > start)) continue;
      const kinds = PRONOUNS[(m[1] ?? "").toLowerCase()];
      if (!kinds) continue;
      // "although it does not arm it": a second pronoun in the clause is not its subject again.
      const before = [...taken, ...out].filter(
        (k) => k.pronoun && k.end <= start && !/[,;]/.test(text.slice(k.end, start)),
      );
      const exclude = new Set(before.flatMap((k) => k.actorIds));
      const earlier = [...taken, ...out].filter((k) => text[k.end] !== "-").sort((a, b) => a.start - b.start);
      const id = this.resolve(kinds, start, earlier, false, exclude, m[1]?.toLowerCase() === "they");
      if (id) out.push({ start, end, surface: m[0], actorIds: [id], via: "anaphor", pronoun: true });
    }
    // “We have liberated Hama,” an HTS commander said: inside a quote, "we" is the speaker's side.
    if (/\b[Ww]e\b/.test(sentence.text) && /[“"]/.test(sentence.text)) {
      const speaker = [...taken].find((k) => {
        const id = k.actorIds[0];
        return (
          id !== undefined &&
          !this.isPlace(id) &&
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
      (kinds.includes(this.kindOf(id) ?? "") || (plural && this.history.plural.has(id))) && !exclude.has(id);
    const inSentence = earlier.filter((m) => m.end <= at).flatMap((m) => m.actorIds.slice(0, 1));
    const places = kinds.every((k) => this.gazetteer.ontology.placeKinds.includes(k));
    const pool = places
      ? [...this.history.all, ...inSentence]
      : [
          ...(acrossParagraphs ? this.history.previousSubjects : []),
          ...this.history.subjects,
          // Earlier actors of this sentence come first, its subject before the others:
          // "Idlib has been run by HTS, and the group now administers Aleppo".
          ...inSentence.filter((id) => !this.isPlace(id)).reverse(),
        ];
    for (let i = pool.length - 1; i >= 0; i--) {
      const id = pool[i]!;
      if (compatible(id)) return id;
    }
    return undefined;
  }
}

function isNameToken(t: Token, sentenceInitial: boolean): boolean {
  if (NAME_CONNECTOR.test(t.text)) return true;
  // "4th Division", "25th Brigade": an ordinal opens a unit's name.
  if (/^\d+(?:st|nd|rd|th)$/.test(t.text)) return true;
  if (!/^\p{Lu}[\p{L}\p{N}'’.-]*$/u.test(t.text)) return false;
  if (t.text.includes("/")) return false;
  // "Turkish-backed", "US-led": a compound modifier before a name, not part of it.
  if (
    /-(?:backed|led|held|controlled|supported|aligned|sponsored|funded|allied|linked|affiliated|run|designated|based|born)$/i.test(
      t.text,
    )
  )
    return false;
  if (NOT_NAMES.test(t.text)) return false;
  if (sentenceInitial && t.pos !== "PROPN") return false;
  return true;
}

/**
 * A sentence's first word the tagger did not call a proper noun may still be a name when the text
 * treats it as a place: "Manbij, a mostly Arab town, ...", "Rastan fell on Friday".
 */
function nameLikeOpening(t: Token, text: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || NOT_NAMES.test(t.text)) return false;
  const after = text.slice(t.end, t.end + 60);
  return (
    /^,\s+(?:(?:a|an|the|two|once|now|long|home)\s+)(?:[\p{L}'’-]+\s+){0,3}?(?:town|city|village|province|region|district|stronghold|capital|home|base)\b/u.test(
      after,
    ) || PLACE_CONTEXT_AFTER.test(after)
  );
}

/** Arabic names of armed groups open with their type: Jabhat (front), Jaish (army), Liwa (brigade)... */
function kindFromFirstWord(word: string): string | undefined {
  return /^(?:Jabhat|Harakat|Jaish|Liwa|Katibat|Ansar|Jund|Hayat|Hay'at|Ahrar|Saraya|Firqat|Tajamu|Faylaq|Kataib|Asaib|Quwat)$/.test(
    word,
  )
    ? "armed-group"
    : undefined;
}

function kindFromCue(word: string): string | undefined {
  for (const [re, kind] of KIND_CUES) if (re.test(word)) return kind;
  return undefined;
}

/** Merges two mention lists: on overlap the longer span wins, ties keep the first list's. */
function mergeMentions(primary: Mention[], secondary: Mention[]): Mention[] {
  const all = [...primary.map((m) => ({ m, rank: 0 })), ...secondary.map((m) => ({ m, rank: 1 }))];
  all.sort((a, b) => b.m.end - b.m.start - (a.m.end - a.m.start) || a.rank - b.rank);
  const kept: Mention[] = [];
  for (const { m } of all) if (!kept.some((k) => k.start < m.end && k.end > m.start)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

import { ontologyIndex } from "../model/ontology-index";
import { readAspect } from "./aspect";
import { codedVariants, codeSentence } from "./coding";
import { constructionKinds } from "./constructions";
import { normalizeSurface } from "./gazetteer";
import type { Mention, MentionVia } from "./mentions/index";
import { readAttribution, readModality } from "./modality";
import { RELATION_PATTERNS, type RelationPattern } from "./patterns/index";
import type { RawClaim, ReaderEnv } from "./reader-env";
import {
  fillableRelations,
  isAgentSlot,
  isHeldSlot,
  isModifierSlot,
  outOfReach,
  type SlotSpan,
} from "./slot-checks";
import { FAIL, indexTriggers, PASS, passesTrigger, UNKNOWN, verbFinder } from "./triggers";
import type { Sentence } from "./types";

/** What a claim is read through: a pattern, or a frame over the sentence's structure. */
export type Reading = Pick<
  RelationPattern,
  "name" | "relation" | "confidence" | "implied" | "event" | "ended" | "kinds" | "notCountry"
>;

const VIA_WEIGHT: Record<MentionVia, number> = {
  name: 1,
  demonym: 0.95,
  capital: 0.9,
  "community-adjective": 0.9,
  proposal: 0.9,
  anaphor: 0.85,
};

/** Relations a single name states about itself, and the pattern each is reported under. */
const INNER_COMPOUNDS = [
  {
    form: /^(?:pro-(\S+)\s|(\S+?)-(?:backed|supported|sponsored|funded|aligned|armed)\s)/i,
    pattern: RELATION_PATTERNS.find((p) => p.name === "supports-compound"),
  },
  {
    form: /\s(?:supported|backed|funded|armed|sponsored|financed) by (?:the )?(\S+(?: \S+)?)$/i,
    pattern: RELATION_PATTERNS.find((p) => p.name === "supports-compound"),
  },
  {
    form: /^(?:the\s+)?(\S+?)-(?:held|controlled|occupied)\s/i,
    pattern: RELATION_PATTERNS.find((p) => p.name === "controls-compound"),
  },
];

/**
 * Reads one sentence: codes it, runs the relation patterns over the coded text, decides who the
 * agent of each match is, and emits a claim per pair of actors with the modality around it.
 */
export class SentenceReader {
  readonly code: string;
  /** Slot -> mention indices: one mention, or the members of a coordination. */
  readonly slots: number[][];
  /** The first mention that can act: the sentence's subject when a pattern needs one. */
  private readonly subjectIndex: number;
  private readonly attributedTo: string | undefined;
  /** Pattern and mention pairs already read, so overlapping matches emit once. */
  private readonly seen = new Set<string>();

  constructor(
    readonly env: ReaderEnv,
    readonly text: string,
    readonly sentence: Sentence,
    readonly mentions: Mention[],
  ) {
    const { finder, ontology } = env;
    const { code, slots } = codeSentence(text, sentence, mentions);
    this.code = code;
    this.slots = slots;
    this.subjectIndex = mentions.findIndex((m) => {
      // Not a place, and not a modifier inside a compound ("a Kurdish-led militia").
      if (m.placeContext || text[m.end] === "-") return false;
      const id = m.actorIds[0];
      const kind = id ? finder.kindOf(id) : undefined;
      return kind !== undefined && !ontologyIndex(ontology).isPlaceKind(kind);
    });
    const label = (slot: number) => {
      const first = slots[slot]?.[0];
      const id = first === undefined ? undefined : mentions[first]?.actorIds[0];
      return id ? finder.actor(id)?.label : undefined;
    };
    this.attributedTo = readAttribution(sentence.text, code, label);
  }

  /** Tries every pattern the sentence passes the cheap tests for, on each coded variant. */
  readPatterns(): void {
    const fillable = fillableRelations(this);
    for (const variant of codedVariants(this.code)) {
      const words = new Set(variant.match(/[a-z'-]+/g));
      const slotCount = variant.split("«").length - 1;
      const triggered = indexTriggers(variant, words);
      for (const pattern of RELATION_PATTERNS) {
        // Cheap tests first: most patterns need two slots, and each needs one of its trigger words.
        if (slotCount < pattern.minSlots || !fillable.has(pattern.relation)) continue;
        const trigger = pattern.trigger;
        if (trigger) {
          let state = triggered[trigger.id];
          if (state === UNKNOWN) {
            state = passesTrigger(trigger, variant) ? PASS : FAIL;
            triggered[trigger.id] = state;
          }
          if (state !== PASS) continue;
        }
        this.readPattern(pattern, variant);
      }
    }
  }

  private readPattern(pattern: RelationPattern, variant: string): void {
    const { slots, mentions } = this;
    const regex = pattern.regex;
    regex.lastIndex = 0;
    // The string the regex reads: a copy of the variant in which a plural noun read as a verb
    // may be masked (same length, so offsets into the variant stay valid).
    let subject = variant;
    for (let match = regex.exec(subject); match !== null; match = regex.exec(subject)) {
      regex.lastIndex = match.index + 1; // overlapping matches: "«a» backed «b», which attacked «c»"
      const groups = match.groups ?? {};
      if (this.vetoed(pattern, variant, match, groups)) continue;
      const verbText = groups.v;
      const verbAt = verbText === undefined ? -1 : match[0].search(verbFinder(verbText));
      // "Iranian targets", "Russian strikes": after a demonym an -s form is a plural noun.
      if (
        verbText !== undefined &&
        /s$/.test(verbText) &&
        groups.a !== undefined &&
        (slots[Number(groups.a)] ?? []).some((i) => mentions[i]?.via === "demonym")
      ) {
        // "Israeli strikes hit X": mask "strikes" and read the same place again for the verb after it.
        if (verbAt >= 0) {
          const at = match.index + verbAt + (match[0][verbAt] === " " ? 1 : 0) + verbText.length - 1;
          subject = `${subject.slice(0, at)}z${subject.slice(at + 1)}`;
          regex.lastIndex = match.index;
        }
        continue;
      }
      // An active pattern must not read a passive verb ("the rebels had been driven out of Hama").
      if (verbText !== undefined && verbAt >= 0 && !/ing$/.test(verbText)) {
        const beforeVerb = match[0].slice(0, verbAt + 1);
        // "launched an offensive to capture Aleppo": a purpose, not a capture.
        if (pattern.relation === "controls" && /\bto\s+$/.test(beforeVerb)) continue;
        if (/\b(?:been|was|were|being|is|are|be|get|got|gets)\s+(?:[a-z]+ly\s+)?$/.test(beforeVerb)) continue;
      }
      this.readMatch(pattern, variant, match, groups);
    }
  }

  /** The pattern's own vetoes, and compound modifiers in slots that take actors. */
  private vetoed(
    pattern: RelationPattern,
    variant: string,
    match: RegExpExecArray,
    groups: Record<string, string>,
  ): boolean {
    if (pattern.veto?.test(match[0])) return true;
    // A clause veto reads the whole clause around the match: "Iran's advisers in Aleppo were
    // evacuated", "Russian troops withdrew from their positions in Aleppo".
    if (pattern.vetoClause) {
      const before = variant.slice(0, match.index);
      const clauseStart = Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1;
      const after = /^[^,;]*/.exec(variant.slice(match.index + match[0].length))?.[0] ?? "";
      if (pattern.vetoClause.test(`${before.slice(clauseStart)}${match[0]}${after}`)) return true;
    }
    // "a Kurdish-led militia": outside compound patterns a modifier is neither agent nor target.
    return (
      !pattern.compoundSlots &&
      (isModifierSlot(this, groups.a) ||
        (isModifierSlot(this, groups.b) && !(pattern.relation === "attacks" && isHeldSlot(this, groups.b))))
    );
  }

  /** Finds the match's agent (its own slot, the nearest actor, or the subject) and emits its claims. */
  private readMatch(
    pattern: RelationPattern,
    variant: string,
    match: RegExpExecArray,
    groups: Record<string, string>,
  ): void {
    const { slots, mentions, subjectIndex } = this;
    // Slot positions, found in the match text (cheaper than the regex "d" flag).
    const slotAt = (slot: string | undefined): SlotSpan | undefined => {
      if (slot === undefined) return undefined;
      const at = match[0].indexOf(`«${slot}»`);
      return at < 0 ? undefined : [match.index + at, match.index + at + slot.length + 2];
    };
    let aSlot = groups.a === undefined ? undefined : Number(groups.a);
    const bSlot = groups.b === undefined ? undefined : Number(groups.b);
    const aAt = slotAt(groups.a);
    const bAt = slotAt(groups.b);
    if (outOfReach(this, pattern, variant, match, aAt, bAt, bSlot)) return;
    const prefix = variant.slice(0, match.index);
    let weight = 1;
    // "no Russian servicemen had been present": a negated subject negates the claim.
    const negated = /\b(?:no|not|never) $/.test(prefix);
    let regionStart = negated ? prefix.lastIndexOf(" ", prefix.length - 2) + 1 : match.index;
    if (pattern.nearestAgent) {
      // Low attachment: "X drove Y out of P with the support of Z" reads Z as backing Y.
      const before = [...prefix.matchAll(/«(\d+)»/g)].map((m) => Number(m[1])).reverse();
      aSlot = before.find((slot) => isAgentSlot(this, slot) && slot !== bSlot);
      if (aSlot === undefined) return;
      weight = 0.9;
      regionStart = Math.max(0, variant.lastIndexOf(`«${aSlot}»`, match.index));
    } else if (pattern.subjectFallback && (aSlot === undefined || !isAgentSlot(this, aSlot))) {
      if (subjectIndex < 0 || (bSlot !== undefined && slots[bSlot]?.includes(subjectIndex))) return;
      aSlot = subjectIndex;
      weight = 0.85;
      const at = variant.indexOf(`«${subjectIndex}»`);
      if (at >= 0 && at < regionStart) regionStart = at;
    }
    if (aSlot === undefined) return;
    const aMembers = slots[aSlot] ?? [];
    if (pattern.subjectOnly && !(aMembers.length === 1 && aMembers[0] === subjectIndex)) return;
    if (pattern.fromSurface && !pattern.fromSurface.test(mentions[aMembers[0] ?? -1]?.surface ?? "")) return;
    if (pattern.name === "inhabits-adjective" && mentions[aMembers[0] ?? -1]?.via !== "community-adjective") {
      return;
    }
    const end = match.index + match[0].length;
    const context = { region: variant.slice(regionStart, end), prefix, suffix: variant.slice(end) };
    if (bSlot === undefined) this.emitWithin(pattern, aMembers, weight, context);
    else this.emitBetween(pattern, aMembers, slots[bSlot] ?? [], weight, context, aAt, bAt);
  }

  /** Patterns over one coordination: every pair of its members ("clashes between A and B"). */
  private emitWithin(
    pattern: RelationPattern,
    members: number[],
    weight: number,
    context: MatchContext,
  ): void {
    if (members.length < 2) return;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const key = `${pattern.name}|${members[i]}|${members[j]}`;
        if (this.seen.has(key)) continue;
        this.seen.add(key);
        this.emit(
          pattern,
          members[i]!,
          members[j]!,
          weight * 0.95,
          context.region,
          context.prefix,
          context.suffix,
        );
      }
    }
  }

  /** One claim per pair of a member of slot a and a member of slot b. */
  private emitBetween(
    pattern: RelationPattern,
    aAll: number[],
    bAll: number[],
    weight: number,
    context: MatchContext,
    aAt: SlotSpan | undefined,
    bAt: SlotSpan | undefined,
  ): void {
    let aMembers = aAll;
    let bMembers = bAll;
    if (pattern.adjacentMember) {
      // In "the Christian Mahrada and As-Salamiyyah, home to the Ismailis", each modifier
      // belongs to the member next to it.
      const aFirst = (aAt?.[0] ?? 0) < (bAt?.[0] ?? 0);
      const near = (members: number[], left: boolean) => members.slice(left ? -1 : 0, left ? undefined : 1);
      aMembers = near(aMembers, aFirst);
      bMembers = near(bMembers, !aFirst);
    }
    const groupWeight = aMembers.length > 1 || bMembers.length > 1 ? 0.95 : 1;
    for (const a of aMembers) {
      for (const b of bMembers) {
        const key = `${pattern.name}|${a}|${b}`;
        if (this.seen.has(key)) continue;
        this.seen.add(key);
        const [from, to] = pattern.from === "a" ? [a, b] : [b, a];
        this.emit(
          pattern,
          from,
          to,
          weight * groupWeight,
          context.region,
          context.prefix,
          context.suffix,
          groupWeight < 1,
        );
      }
    }
  }

  /**
   * Compounds inside one name: "pro-Iran militias", "Turkish-backed militias", "armed groups
   * supported by Iran" say who backs them; "rebel-held areas" says who holds them.
   */
  readInnerCompounds(): void {
    const { mentions, code } = this;
    const { gazetteer, finder } = this.env;
    const relations = ontologyIndex(this.env.ontology);
    const count = mentions.length;
    for (let index = 0; index < count; index++) {
      const m = mentions[index]!;
      for (const { form, pattern } of INNER_COMPOUNDS) {
        const inner = form.exec(m.surface);
        const name = inner?.[1] ?? inner?.[2];
        if (!name || !pattern) continue;
        const relation = relations.relation(pattern.relation);
        const candidates = gazetteer.surfaces.get(normalizeSurface(name)) ?? [];
        const holder = candidates.find((p) => relation?.from.includes(finder.kindOf(p.actorId) ?? ""));
        if (!holder) continue;
        mentions.push({
          start: m.start,
          end: m.end,
          surface: name,
          actorIds: [holder.actorId],
          via: "demonym",
        });
        this.emit(pattern, mentions.length - 1, index, 0.95, "", code.slice(0, code.indexOf(`«${index}»`)));
      }
    }
  }

  /** Emits one claim per pair of mentions, with the modality, aspect and kinds of its wording. */
  emit(
    pattern: Reading,
    fromMention: number,
    toMention: number,
    extraWeight: number,
    region: string,
    prefix: string,
    suffix = "",
    grouped = false,
  ): void {
    const { finder, ontology, date, raw } = this.env;
    const relations = ontologyIndex(ontology);
    const { mentions, sentence, attributedTo } = this;
    const relation = relations.relation(pattern.relation);
    if (!relation) return;
    const fm = mentions[fromMention];
    const tm = mentions[toMention];
    if (!fm || !tm) return;
    // A mention in a place context ("in Syria") only stands for a place.
    const usable = (m: Mention, kinds: string[]) =>
      m.actorIds.find((id) => {
        const kind = finder.kindOf(id) ?? "";
        return kinds.includes(kind) && (!m.placeContext || ontologyIndex(ontology).isPlaceKind(kind));
      });
    const from = usable(fm, relation.from);
    const to = usable(tm, relation.to);
    if (!from || !to || from === to) return;
    if (pattern.notCountry && finder.kindOf(to) === "country") return;
    const modality = readModality(
      region.replace(/«\d+»/g, " "),
      prefix.replace(/«\d+»/g, " "),
      sentence.text,
      suffix,
    );
    let confidence = pattern.confidence * extraWeight * VIA_WEIGHT[fm.via] * VIA_WEIGHT[tm.via];
    if (fm.weak || tm.weak) confidence *= 0.7;
    if (modality.hedged) confidence *= 0.9;
    const certainty = modality.certainty === "stated" && pattern.implied ? "implied" : modality.certainty;
    const claim: RawClaim = {
      from,
      relation: pattern.relation,
      to,
      quote: sentence.text,
      start: sentence.start,
      end: sentence.end,
      certainty,
      asserted: modality.asserted,
      confidence: Math.round(Math.min(1, confidence) * 100) / 100,
      pattern: pattern.name,
    };
    if (attributedTo) claim.attributedTo = attributedTo;
    const aspect = readAspect(pattern.relation, region.replace(/«\d+»/g, " "), suffix.replace(/«\d+»/g, " "));
    const ended = pattern.ended === true || aspect.ended;
    claim.kinds = constructionKinds(pattern, [fm, tm], grouped, ended);
    const antecedents = [fm, tm].flatMap((m) => (m.antecedent ? [m.antecedent] : []));
    if (antecedents.length > 0) claim.antecedents = antecedents;
    if (ended) {
      // Over by the article's date at the latest, unless the text gives the year.
      claim.ended = true;
      const end = aspect.endYear ?? date;
      if (end) claim.span = { end };
    } else if (pattern.event && date) claim.span = { start: date };
    raw.push(claim);
  }
}

interface MatchContext {
  /** The coded text from the agent to the end of the match. */
  region: string;
  /** The coded sentence before the match, and after it. */
  prefix: string;
  suffix: string;
}

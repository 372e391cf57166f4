import type { LoadedDataset, Ontology } from "../model/types";
import { compareClaim } from "./compare";
import { buildGazetteer, type Gazetteer, normalizeSurface } from "./gazetteer";
import { type Mention, MentionFinder, type MentionVia } from "./mentions/index";
import { readAttribution, readModality } from "./modality";
import { segmentText } from "./nlp";
import {
  RELATION_PATTERNS,
  type RelationPattern,
  TRIGGER_COUNT,
  TRIGGER_INDEX,
  type Trigger,
} from "./patterns/index";
import type { CandidateActor, CandidateClaim, Candidates, Sentence } from "./types";

export interface ExtractOptions {
  ontology: Ontology;
  /** Datasets whose actors and claims the text is read against (or a prebuilt gazetteer). */
  datasets?: LoadedDataset[];
  gazetteer?: Gazetteer;
  /** Id of the source the text will become (kept for callers; claims cite it on merge). */
  sourceId?: string;
  /** Publication date (YYYY, YYYY-MM or YYYY-MM-DD): dates events such as captures. */
  date?: string;
  /** Receives each sentence as the patterns see it (slots and mentions), for debugging rules. */
  trace?: (line: string) => void;
}

const VIA_WEIGHT: Record<MentionVia, number> = {
  name: 1,
  demonym: 0.95,
  capital: 0.9,
  "community-adjective": 0.9,
  proposal: 0.9,
  anaphor: 0.85,
};

/** Nouns that may follow each member of a coordination ("Russian planes and Iranian militias"). */
const MEMBER_NOUNS =
  "(?: (?:forces|troops|planes|jets|warplanes|aircraft|fighters|militias|militiamen|soldiers|units|officials|army|air force|air power|airpower|navy|governments?|leaders|advisers|advisors|commanders|drones|artillery|special forces|militants))?";
const COORDINATION = new RegExp(
  `«\\d+»${MEMBER_NOUNS}(?:, (?:the )?«\\d+»${MEMBER_NOUNS})*,? (?:and|or|as well as|&) (?:the )?«\\d+»${MEMBER_NOUNS}`,
  "g",
);

interface CodedSentence {
  code: string;
  /** Slot -> mention indices: one mention, or the members of a coordination. */
  slots: number[][];
}

/** Rewrites a sentence as lower-case words with each mention replaced by its slot «i». */
function codeSentence(text: string, sentence: Sentence, mentions: Mention[]): CodedSentence {
  const clean = (piece: string) =>
    piece
      .toLowerCase()
      .replace(/[“”"‘«»]/g, " ")
      .replace(/’/g, "'");
  let code = "";
  let at = sentence.start;
  mentions.forEach((m, i) => {
    code += `${clean(text.slice(at, m.start))}«${i}»`;
    at = m.end;
  });
  code += clean(text.slice(at, sentence.end));
  code = ` ${code}`
    .replace(/\s*\((?:[^()«]|«\d+»)*\)/g, "")
    .replace(/\s+/g, " ")
    .replace(/ ,/g, ",")
    .replace(/\.\s+(?=[a-z])/g, " ") // a stray full stop before a lower-case word ends nothing
    .replace(/[.!?]+\s*$/, "")
    .replace(/»' /g, "»'s ") // "the rebels' capture": a plural possessive reads like "'s"
    .trim();
  code = `${code} `;
  const slots: number[][] = mentions.map((_, i) => [i]);
  code = code.replace(COORDINATION, (match) => {
    const members = [...match.matchAll(/«(\d+)»/g)].map((m) => Number(m[1]));
    // "al-Qaeda, and it has fought ...", "with Moscow, and Turkey is ...": clauses, not a list.
    if (members.some((i) => mentions[i]?.pronoun)) return match;
    if (members.length === 2 && /,\s*(?:and|or)\s/.test(match)) return match;
    slots.push(members);
    return `«${slots.length - 1}»`;
  });
  return { code, slots };
}

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

interface RawClaim extends Omit<CandidateClaim, "status" | "conflict"> {}

/**
 * Extracts candidate actors and claims from an article. Pure and synchronous: no I/O, so it runs
 * the same in Node (CLI, eval, bench) and in the browser (the "Add article" panel). Every claim
 * quotes its sentence verbatim, with offsets into `text` for highlighting.
 */
export function extractCandidates(text: string, options: ExtractOptions): Candidates {
  const gazetteer = options.gazetteer ?? buildGazetteer(options.ontology, options.datasets ?? []);
  const ontology = gazetteer.ontology;
  const relations = new Map(ontology.relationKinds.map((r) => [r.id, r]));
  const finder = new MentionFinder(gazetteer);
  const raw: RawClaim[] = [];
  const seenActors = new Map<string, Set<string>>();

  for (const sentence of segmentText(text)) {
    const mentions = finder.find(text, sentence);
    for (const m of mentions) {
      const id = m.actorIds[0];
      if (id === undefined) continue;
      const set = seenActors.get(id) ?? new Set<string>();
      set.add(m.surface);
      seenActors.set(id, set);
    }
    if (mentions.length === 0) continue;
    const { code, slots } = codeSentence(text, sentence, mentions);
    options.trace?.(
      `${code}\n    ${mentions.map((m, i) => `${i}=${m.surface}->${m.actorIds.join("/")}(${m.via})`).join(" ")}${slots.length > mentions.length ? ` groups=${JSON.stringify(slots.slice(mentions.length))}` : ""}`,
    );
    const subjectIndex = mentions.findIndex((m) => {
      // Not a place, and not a modifier inside a compound ("a Kurdish-led militia").
      if (m.placeContext || text[m.end] === "-") return false;
      const id = m.actorIds[0];
      const kind = id ? finder.kindOf(id) : undefined;
      return kind !== undefined && !ontology.placeKinds.includes(kind);
    });
    const label = (slot: number) => {
      const first = slots[slot]?.[0];
      const id = first === undefined ? undefined : mentions[first]?.actorIds[0];
      return id ? finder.actor(id)?.label : undefined;
    };
    const attributedTo = readAttribution(sentence.text, code, label);

    const emit = (
      pattern: RelationPattern,
      fromMention: number,
      toMention: number,
      extraWeight: number,
      region: string,
      prefix: string,
      suffix = "",
    ) => {
      const relation = relations.get(pattern.relation);
      if (!relation) return;
      const fm = mentions[fromMention];
      const tm = mentions[toMention];
      if (!fm || !tm) return;
      // A mention in a place context ("in Syria") only stands for a place.
      const usable = (m: Mention, kinds: string[]) =>
        m.actorIds.find((id) => {
          const kind = finder.kindOf(id) ?? "";
          return kinds.includes(kind) && (!m.placeContext || ontology.placeKinds.includes(kind));
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
      if (pattern.event && options.date) claim.span = { start: options.date };
      raw.push(claim);
    };

    const isModifierSlot = (slot: string | undefined) => {
      const members = slot === undefined ? undefined : slots[Number(slot)];
      const only = members?.length === 1 ? mentions[members[0] ?? -1] : undefined;
      return only !== undefined && text[only.end] === "-";
    };
    // "strikes on rebel-held areas" attack the rebels' ground, and so the rebels.
    const isHeldSlot = (slot: string | undefined) => {
      const only = mentions[slots[Number(slot)]?.[0] ?? -1];
      // Only an actor that can hold ground: "Kurdish-held towns" are not the Kurds attacked.
      return (
        only !== undefined &&
        /^-(?:held|controlled|run|occupied)\b/.test(text.slice(only.end, only.end + 12)) &&
        // "SDF-held Manbij": the place named right after is the target, not its holder.
        !mentions.some(
          (m) =>
            m.start > only.end &&
            /^-[a-z]+\s+(?:(?:city|town|village|province|region)\s+of\s+)?$/.test(
              text.slice(only.end, m.start),
            ),
        ) &&
        (relations.get("controls")?.from.includes(finder.kindOf(only.actorIds[0] ?? "") ?? "") ?? false)
      );
    };
    const isAgentSlot = (slot: number) =>
      (slots[slot] ?? []).some((i) => {
        const m = mentions[i];
        const id = m?.actorIds[0];
        return id !== undefined && !m?.placeContext && !ontology.placeKinds.includes(finder.kindOf(id) ?? "");
      });
    // Patterns see the sentence twice: as written, and with relative clauses and appositions cut
    // out, so "Hezbollah, which has backed Assad for years, has fought Israel" links its ends.
    const variants = [code];
    const mainClause = code
      .replace(/, (?:which|who|whose|whom|where|when)\b[^,]*,/g, "")
      // "government forces, backed by Russian air power, recaptured Aleppo": a participle phrase.
      .replace(/, [a-z]+(?:ed|en) (?:by|from|with)\b[^,]*,/g, "")
      .replace(
        /, (?:(?:a|an|the|formerly|once|now|one of|two|three|four|several|both|with)\b|«\d+»'s )[^,]*,(?= (?:[a-z]+ ){0,2}?(?:has|have|had|is|are|was|were|said|says|[a-z]+ed|[a-z]+s)\b)/g,
        "",
      );
    if (mainClause !== code) variants.push(mainClause);
    const seen = new Set<string>();

    // A relation needs a mention that can be its source and one that can be its target ("controls"
    // needs a place): patterns of a relation the sentence cannot fill are not tried at all.
    // Claims always join two different mentions ("located-in" needs two places).
    const fillable = new Set<string>();
    const mentionKinds = mentions.map((m) => m.actorIds.map((id) => finder.kindOf(id) ?? ""));
    for (const relation of ontology.relationKinds) {
      let sources = 0;
      let targets = 0;
      let source = -1;
      let target = -1;
      mentionKinds.forEach((kinds, i) => {
        if (kinds.some((k) => relation.from.includes(k))) {
          sources++;
          source = i;
        }
        if (kinds.some((k) => relation.to.includes(k))) {
          targets++;
          target = i;
        }
      });
      if (sources > 0 && targets > 0 && (sources > 1 || targets > 1 || source !== target))
        fillable.add(relation.id);
    }
    for (const variant of variants) {
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
        const regex = pattern.regex;
        regex.lastIndex = 0;
        // The string the regex reads: a copy of the variant in which a plural noun read as a verb
        // may be masked (same length, so offsets into the variant stay valid).
        let subject = variant;
        for (let match = regex.exec(subject); match !== null; match = regex.exec(subject)) {
          regex.lastIndex = match.index + 1; // overlapping matches: "«a» backed «b», which attacked «c»"
          const groups = match.groups ?? {};
          if (pattern.veto?.test(match[0])) continue;
          // A clause veto reads the whole clause around the match: "Iran's advisers in Aleppo were
          // evacuated", "Russian troops withdrew from their positions in Aleppo".
          if (pattern.vetoClause) {
            const before = variant.slice(0, match.index);
            const clauseStart = Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1;
            const after = /^[^,;]*/.exec(variant.slice(match.index + match[0].length))?.[0] ?? "";
            if (pattern.vetoClause.test(`${before.slice(clauseStart)}${match[0]}${after}`)) continue;
          }
          // "a Kurdish-led militia": outside compound patterns a modifier is neither agent nor target.
          if (
            !pattern.compoundSlots &&
            (isModifierSlot(groups.a) ||
              (isModifierSlot(groups.b) && !(pattern.relation === "attacks" && isHeldSlot(groups.b))))
          ) {
            continue;
          }
          const end = match.index + match[0].length;
          const prefix = variant.slice(0, match.index);
          // An active pattern must not read a passive verb ("the rebels had been driven out of Hama").
          // Slot and verb positions, found in the match text (cheaper than the regex "d" flag).
          const slotAt = (slot: string | undefined): [number, number] | undefined => {
            if (slot === undefined) return undefined;
            const at = match[0].indexOf(`«${slot}»`);
            return at < 0 ? undefined : [match.index + at, match.index + at + slot.length + 2];
          };
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
          if (verbText !== undefined && verbAt >= 0 && !/ing$/.test(verbText)) {
            const beforeVerb = match[0].slice(0, verbAt + 1);
            // "launched an offensive to capture Aleppo": a purpose, not a capture.
            if (pattern.relation === "controls" && /\bto\s+$/.test(beforeVerb)) continue;
            if (/\b(?:been|was|were|being|is|are|be|get|got|gets)\s+(?:[a-z]+ly\s+)?$/.test(beforeVerb))
              continue;
          }
          let aSlot = groups.a === undefined ? undefined : Number(groups.a);
          const bSlot = groups.b === undefined ? undefined : Number(groups.b);
          // A slot inside a relative clause cannot reach past the clause's closing comma:
          // in "Hezbollah, which backs Assad in Syria, fought Israel", Assad did not fight.
          const aAt = slotAt(groups.a);
          const bAt = slotAt(groups.b);
          // The agent of a passive ("described by «Turkey» officials as ...") is no subject.
          if (
            /\bby (?:the )?$/.test(prefix) &&
            (aAt?.[0] === match.index || bAt?.[0] === match.index) &&
            !/\b(?:which|who|that)\b/.test(match[0])
          ) {
            continue;
          }
          // "seized villages south of «P»", "took much of north-eastern «Syria»": not control of P itself.
          if (pattern.relation === "controls" && bAt && aAt && aAt[0] < bAt[0]) {
            const between = variant.slice(aAt[1], bAt[0]);
            if (
              /\b(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)? of|outskirts|near|outside|around|suburbs|villages)\b/.test(
                between,
              )
            ) {
              continue;
            }
            const target = mentions[slots[Number(groups.b)]?.[0] ?? -1]?.actorIds[0];
            if (
              /\b(?:much|most|parts?|some|half|areas|swathes|pockets) of\b/.test(between) &&
              finder.kindOf(target ?? "") === "country"
            ) {
              continue;
            }
          }
          if (aAt && bAt) {
            const [first, second] = aAt[0] < bAt[0] ? [aAt, bAt] : [bAt, aAt];
            if (
              variant.slice(first[1], second[0]).includes(",") &&
              // The clause must hang off an actor: "In 2016, X, backed by Y, ..." opens with an adverbial.
              /«\d+»[^«]*,\s*(?:(?:which|who|whose|whom|where|a|an|two|three|four|several|both)\b[^,]*)?$/.test(
                variant.slice(0, first[0]),
              )
            ) {
              continue;
            }
          }
          let weight = 1;
          let regionStart = match.index;
          if (pattern.nearestAgent) {
            // Low attachment: "X drove Y out of P with the support of Z" reads Z as backing Y.
            const before = [...prefix.matchAll(/«(\d+)»/g)].map((m) => Number(m[1])).reverse();
            aSlot = before.find((slot) => isAgentSlot(slot) && slot !== bSlot);
            if (aSlot === undefined) continue;
            weight = 0.9;
            regionStart = Math.max(0, variant.lastIndexOf(`«${aSlot}»`, match.index));
          } else if (pattern.subjectFallback && (aSlot === undefined || !isAgentSlot(aSlot))) {
            if (subjectIndex < 0 || (bSlot !== undefined && slots[bSlot]?.includes(subjectIndex))) continue;
            aSlot = subjectIndex;
            weight = 0.85;
            const at = variant.indexOf(`«${subjectIndex}»`);
            if (at >= 0 && at < regionStart) regionStart = at;
          }
          if (aSlot === undefined) continue;
          let aMembers = slots[aSlot] ?? [];
          if (pattern.subjectOnly && !(aMembers.length === 1 && aMembers[0] === subjectIndex)) continue;
          if (pattern.fromSurface && !pattern.fromSurface.test(mentions[aMembers[0] ?? -1]?.surface ?? ""))
            continue;
          if (
            pattern.name === "inhabits-adjective" &&
            mentions[aMembers[0] ?? -1]?.via !== "community-adjective"
          ) {
            continue;
          }
          const region = variant.slice(regionStart, end);
          if (bSlot === undefined) {
            // Patterns over one coordination: every pair of its members ("clashes between A and B").
            if (aMembers.length < 2) continue;
            for (let i = 0; i < aMembers.length; i++) {
              for (let j = i + 1; j < aMembers.length; j++) {
                const key = `${pattern.name}|${aMembers[i]}|${aMembers[j]}`;
                if (seen.has(key)) continue;
                seen.add(key);
                emit(pattern, aMembers[i]!, aMembers[j]!, weight * 0.95, region, prefix, variant.slice(end));
              }
            }
            continue;
          }
          let bMembers = slots[bSlot] ?? [];
          if (pattern.adjacentMember) {
            // In "the Christian Mahrada and As-Salamiyyah, home to the Ismailis", each modifier
            // belongs to the member next to it.
            const aFirst = (aAt?.[0] ?? 0) < (bAt?.[0] ?? 0);
            const near = (members: number[], left: boolean) =>
              members.slice(left ? -1 : 0, left ? undefined : 1);
            aMembers = near(aMembers, aFirst);
            bMembers = near(bMembers, !aFirst);
          }
          const groupWeight = aMembers.length > 1 || bMembers.length > 1 ? 0.95 : 1;
          for (const a of aMembers) {
            for (const b of bMembers) {
              const key = `${pattern.name}|${a}|${b}`;
              if (seen.has(key)) continue;
              seen.add(key);
              if (pattern.from === "a")
                emit(pattern, a, b, weight * groupWeight, region, prefix, variant.slice(end));
              else emit(pattern, b, a, weight * groupWeight, region, prefix, variant.slice(end));
            }
          }
        }
      }
    }

    // Compounds inside one name: "pro-Iran militias", "Turkish-backed militias", "armed groups
    // supported by Iran" say who backs them; "rebel-held areas" says who holds them.
    mentions.forEach((m, index) => {
      for (const { form, pattern } of INNER_COMPOUNDS) {
        const inner = form.exec(m.surface);
        const name = inner?.[1] ?? inner?.[2];
        if (!name || !pattern) continue;
        const relation = relations.get(pattern.relation);
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
        emit(pattern, mentions.length - 1, index, 0.95, "", code.slice(0, code.indexOf(`«${index}»`)));
      }
    });
  }

  const claims = dropRedundant(dedupe(raw, ontology)).map((claim) => {
    const { status, conflict } = compareClaim(claim, gazetteer.claims, ontology);
    return conflict ? { ...claim, status, conflict } : { ...claim, status };
  });
  for (const claim of claims) {
    if (text.slice(claim.start, claim.end) !== claim.quote)
      throw new Error("quote is not the text at its offsets");
  }

  const actorIds = new Set<string>([...seenActors.keys(), ...claims.flatMap((c) => [c.from, c.to])]);
  const actors: CandidateActor[] = [];
  for (const id of actorIds) {
    const actor = finder.actor(id);
    if (!actor) continue;
    actors.push({
      id,
      label: actor.label,
      kind: actor.kind,
      known: actor.known,
      mentions: [...(seenActors.get(id) ?? [])],
    });
  }
  return { actors, claims };
}

const verbFinders = new Map<string, RegExp>();

/** Finds a verb as a whole word in a match (compiled once per verb form). */
function verbFinder(verb: string): RegExp {
  let finder = verbFinders.get(verb);
  if (!finder) {
    finder = new RegExp(`(?:^| )${verb}(?= )`);
    verbFinders.set(verb, finder);
  }
  return finder;
}

const UNKNOWN = 0;
const PASS = 1;
const FAIL = 2;

/**
 * One pass over a sentence's words settles every word trigger and every anchored literal trigger:
 * a trigger not marked PASS by it has failed, except literal triggers with unanchored literals and
 * regex triggers, which stay UNKNOWN until a pattern asks.
 */
function indexTriggers(variant: string, words: Set<string>): Uint8Array {
  const state = new Uint8Array(TRIGGER_COUNT).fill(FAIL);
  for (const trigger of LAZY_TRIGGERS) state[trigger.id] = UNKNOWN;
  for (const word of words) {
    const ids = TRIGGER_INDEX.byWord.get(word);
    if (ids) for (const id of ids) state[id] = PASS;
    const anchored = TRIGGER_INDEX.byAnchorHead.get(word.slice(0, 2));
    if (!anchored) continue;
    for (const { anchor, literal, id } of anchored) {
      if (state[id] !== PASS && word.startsWith(anchor) && variant.includes(literal)) state[id] = PASS;
    }
  }
  return state;
}

/** Triggers the word pass cannot settle: regexes, and literal lists with a literal without anchor. */
const LAZY_TRIGGERS = [
  ...new Map(RELATION_PATTERNS.flatMap((p) => (p.trigger ? [[p.trigger.id, p.trigger]] : []))).values(),
].filter((t): t is Trigger => "regex" in t || ("anchors" in t && t.anchors.some((a) => a === undefined)));

function passesTrigger(trigger: Trigger, variant: string): boolean {
  if ("regex" in trigger) return trigger.regex.test(variant);
  if ("literals" in trigger) return trigger.literals.some((literal) => variant.includes(literal));
  return false;
}

/** "operates in" means present without control: a place the same actor controls is not also a theatre. */
function dropRedundant(claims: RawClaim[]): RawClaim[] {
  const controlled = new Set(
    claims.filter((c) => c.relation === "controls" && c.asserted).map((c) => `${c.from}|${c.to}`),
  );
  return claims.filter((c) => !(c.relation === "operates-in" && controlled.has(`${c.from}|${c.to}`)));
}

/** One claim per (from, relation, to, asserted), keeping the most confident reading. */
function dedupe(claims: RawClaim[], ontology: Ontology): RawClaim[] {
  const symmetric = new Set(ontology.relationKinds.filter((r) => !r.directed).map((r) => r.id));
  const best = new Map<string, RawClaim>();
  for (const claim of claims) {
    const ends = symmetric.has(claim.relation) ? [claim.from, claim.to].sort() : [claim.from, claim.to];
    const key = `${ends[0]}|${claim.relation}|${ends[1]}|${claim.asserted}`;
    const previous = best.get(key);
    if (!previous || claim.confidence > previous.confidence) best.set(key, claim);
  }
  return [...best.values()];
}

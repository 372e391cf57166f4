import type { LoadedDataset, Ontology } from "../model/types";
import { compareClaim } from "./compare";
import { buildGazetteer, type Gazetteer, normalizeSurface } from "./gazetteer";
import { type Mention, MentionFinder, type MentionVia } from "./mentions";
import { readAttribution, readModality } from "./modality";
import { segmentText } from "./nlp";
import { RELATION_PATTERNS, type RelationPattern } from "./patterns";
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
  demonym: 0.9,
  capital: 0.85,
  "community-adjective": 0.85,
  proposal: 0.85,
  anaphor: 0.8,
};

/** Nouns that may follow each member of a coordination ("Russian planes and Iranian militias"). */
const MEMBER_NOUNS =
  "(?: (?:forces|troops|planes|jets|warplanes|aircraft|fighters|militias|militiamen|soldiers|units|officials|army|air force|navy|governments?|leaders))?";
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
    .trim();
  code = `${code} `;
  const slots: number[][] = mentions.map((_, i) => [i]);
  code = code.replace(COORDINATION, (match) => {
    const members = [...match.matchAll(/«(\d+)»/g)].map((m) => Number(m[1]));
    slots.push(members);
    return `«${slots.length - 1}»`;
  });
  return { code, slots };
}

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
      if (m.placeContext) return false;
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
      const modality = readModality(
        region.replace(/«\d+»/g, " "),
        prefix.replace(/«\d+»/g, " "),
        sentence.text,
      );
      let confidence = pattern.confidence * extraWeight * VIA_WEIGHT[fm.via] * VIA_WEIGHT[tm.via];
      if (fm.weak || tm.weak) confidence *= 0.7;
      if (modality.hedged) confidence *= 0.85;
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

    for (const pattern of RELATION_PATTERNS) {
      const regex = new RegExp(pattern.regex.source, "g");
      for (let match = regex.exec(code); match !== null; match = regex.exec(code)) {
        regex.lastIndex = match.index + 1; // overlapping matches: "«a» backed «b», which attacked «c»"
        const groups = match.groups ?? {};
        const end = match.index + match[0].length;
        const prefix = code.slice(0, match.index);
        let aSlot = groups.a === undefined ? undefined : Number(groups.a);
        const bSlot = groups.b === undefined ? undefined : Number(groups.b);
        let weight = 1;
        let regionStart = match.index;
        if (pattern.subjectFallback) {
          const aMembers = aSlot === undefined ? [] : (slots[aSlot] ?? []);
          const usable = aMembers.some((i) => {
            const id = mentions[i]?.actorIds[0];
            return id !== undefined && !ontology.placeKinds.includes(finder.kindOf(id) ?? "");
          });
          if (!usable) {
            if (subjectIndex < 0 || (bSlot !== undefined && slots[bSlot]?.includes(subjectIndex))) continue;
            aSlot = subjectIndex;
            weight = 0.85;
            const at = code.indexOf(`«${subjectIndex}»`);
            if (at >= 0 && at < regionStart) regionStart = at;
          }
        }
        if (aSlot === undefined) continue;
        const aMembers = slots[aSlot] ?? [];
        if (pattern.subjectOnly && !(aMembers.length === 1 && aMembers[0] === subjectIndex)) continue;
        if (
          pattern.name === "inhabits-adjective" &&
          mentions[aMembers[0] ?? -1]?.via !== "community-adjective"
        )
          continue;
        const region = code.slice(regionStart, end);
        if (bSlot === undefined) {
          // Patterns over one coordination: every pair of its members ("clashes between A and B").
          if (aMembers.length < 2) continue;
          for (let i = 0; i < aMembers.length; i++) {
            for (let j = i + 1; j < aMembers.length; j++) {
              emit(pattern, aMembers[i]!, aMembers[j]!, weight * 0.95, region, prefix);
            }
          }
          continue;
        }
        const bMembers = slots[bSlot] ?? [];
        const groupWeight = aMembers.length > 1 || bMembers.length > 1 ? 0.95 : 1;
        for (const a of aMembers) {
          for (const b of bMembers) {
            if (pattern.from === "a") emit(pattern, a, b, weight * groupWeight, region, prefix);
            else emit(pattern, b, a, weight * groupWeight, region, prefix);
          }
        }
      }
    }

    // Compounds inside one name: "pro-Iran militias", "Turkish-backed militias" say who backs them.
    mentions.forEach((m, index) => {
      const inner = /^(?:pro-(\S+)\s|(\S+?)-(?:backed|supported|sponsored|funded|aligned|armed)\s)/i.exec(
        m.surface,
      );
      const patronName = inner?.[1] ?? inner?.[2];
      if (!patronName) return;
      const patrons = gazetteer.surfaces.get(normalizeSurface(patronName)) ?? [];
      const patron = patrons.find((p) =>
        relations.get("supports")?.from.includes(finder.kindOf(p.actorId) ?? ""),
      );
      if (!patron) return;
      const pseudo: Mention = {
        start: m.start,
        end: m.end,
        surface: patronName,
        actorIds: [patron.actorId],
        via: "demonym",
      };
      mentions.push(pseudo);
      const compound = RELATION_PATTERNS.find((p) => p.name === "supports-compound");
      if (compound)
        emit(compound, mentions.length - 1, index, 0.95, "", code.slice(0, code.indexOf(`«${index}»`)));
    });
  }

  const claims = dedupe(raw, ontology).map((claim) => {
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

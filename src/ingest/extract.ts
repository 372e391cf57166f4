import { ontologyIndex } from "../model/ontology-index";
import type { LoadedDataset, Ontology } from "../model/types";
import { compareClaim } from "./compare";
import { buildGazetteer, type Gazetteer } from "./gazetteer";
import { MentionFinder } from "./mentions/index";
import { segmentText } from "./nlp";
import type { RawClaim, ReaderEnv } from "./reader-env";
import { SentenceReader } from "./sentence-reader";
import { readStructureClaims } from "./structure-reader";
import type { CandidateActor, Candidates } from "./types";

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

/**
 * Extracts candidate actors and claims from an article. Pure and synchronous: no I/O, so it runs
 * the same in Node (CLI, eval, bench) and in the browser (the "Add article" panel). Every claim
 * quotes its sentence verbatim, with offsets into `text` for highlighting.
 */
export function extractCandidates(text: string, options: ExtractOptions): Candidates {
  const gazetteer = options.gazetteer ?? buildGazetteer(options.ontology, options.datasets ?? []);
  const ontology = gazetteer.ontology;
  const finder = new MentionFinder(gazetteer);
  const env: ReaderEnv = {
    ontology,
    gazetteer,
    finder,
    raw: [],
    ...(options.date ? { date: options.date } : {}),
  };
  const raw = env.raw;
  const seenActors = new Map<string, Set<string>>();

  for (const sentence of segmentText(text)) {
    const mentions = finder.find(text, sentence);
    for (const m of mentions) {
      const id = m.actorIds[0];
      if (id === undefined) continue;
      const set = seenActors.get(id) ?? new Set<string>();
      // "the group", "it": what an anaphor says is no name of the actor (nor an alias on merge).
      if (m.via !== "anaphor") set.add(m.surface);
      seenActors.set(id, set);
    }
    if (mentions.length === 0) continue;
    const reader = new SentenceReader(env, text, sentence, mentions);
    const { code, slots } = reader;
    options.trace?.(
      `${code}\n    ${mentions.map((m, i) => `${i}=${m.surface}->${m.actorIds.join("/")}(${m.via})`).join(" ")}${slots.length > mentions.length ? ` groups=${JSON.stringify(slots.slice(mentions.length))}` : ""}`,
    );
    reader.readPatterns();
    readStructureClaims(reader);
    reader.readInnerCompounds();
  }

  // An acronym the text defined only after using it ("the PKK" ... "Kurdistan Workers' Party
  // (PKK)") was proposed as an actor of its own: its claims belong to the defined actor.
  const canonical = raw
    .map((c) => ({ ...c, from: finder.canonical(c.from), to: finder.canonical(c.to) }))
    .filter((c) => c.from !== c.to);
  const claims = dropRedundant(dedupe(canonical, ontology)).map((claim) => {
    const { status, conflict } = compareClaim(claim, gazetteer.claims, ontology);
    return conflict ? { ...claim, status, conflict } : { ...claim, status };
  });
  for (const claim of claims) {
    if (text.slice(claim.start, claim.end) !== claim.quote)
      throw new Error("quote is not the text at its offsets");
  }

  const actorIds = new Set<string>([...seenActors.keys(), ...claims.flatMap((c) => [c.from, c.to])]);
  const byId = new Map<string, CandidateActor>();
  for (const seen of actorIds) {
    const id = finder.canonical(seen);
    const actor = finder.actor(id);
    if (!actor) continue;
    const entry = byId.get(id) ?? {
      id,
      label: actor.label,
      kind: actor.kind,
      known: actor.known,
      mentions: [],
    };
    for (const surface of seenActors.get(seen) ?? [])
      if (!entry.mentions.includes(surface)) entry.mentions.push(surface);
    byId.set(id, entry);
  }
  const actors = [...byId.values()];
  return { actors, claims };
}

/** "operates in" means present without control: a place the same actor controls is not also a theatre. */
function dropRedundant(claims: RawClaim[]): RawClaim[] {
  const controlled = new Set(
    claims.filter((c) => c.relation === "controls" && c.asserted).map((c) => `${c.from}|${c.to}`),
  );
  return claims.filter((c) => !(c.relation === "operates-in" && controlled.has(`${c.from}|${c.to}`)));
}

/** One claim per (from, relation, to, asserted), keeping the most confident reading. */
export function dedupe(claims: RawClaim[], ontology: Ontology): RawClaim[] {
  const index = ontologyIndex(ontology);
  const best = new Map<string, RawClaim>();
  for (const claim of claims) {
    const ends =
      index.relation(claim.relation)?.directed === false
        ? [claim.from, claim.to].sort()
        : [claim.from, claim.to];
    const key = `${ends[0]}|${claim.relation}|${ends[1]}|${claim.asserted}`;
    const previous = best.get(key);
    if (!previous || claim.confidence > previous.confidence) best.set(key, claim);
  }
  return [...best.values()];
}

import { actorsOf, type Filler, phraseAt, phraseEndingAt, type Structure } from "./phrases";

/**
 * Clause roles around a verb: the phrase in subject position (through relative pronouns,
 * appositions, reduced relatives and coordinated verb phrases), the object, and a passive's
 * `by`-agent.
 */

/** Auxiliaries, adverbs and negations between a subject and its verb. */
const BETWEEN_SUBJECT_AND_VERB = new Set(
  "has have had been be being is are was were will would could may might also still now then later already long reportedly allegedly never not n't no longer once formerly previously soon quickly eventually finally again later effectively officially jointly themselves itself".split(
    " ",
  ),
);
const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "remains", "remained", "get", "got"]);
const RELATIVE = new Set(["which", "who", "that"]);
const OBJECT_RELATIVE = new Set(["which", "that", "whom"]);
/** Words that open a clause before a fronted participle: "After capturing Hama, the rebels ...". */
const FRONTING = new Set(["after", "since", "having", "upon", "following", "before", "while", "when"]);
/** What may open an apposition or a reduced relative after its anchor's comma. */
const PARENTHETICAL_OPENERS = new Set(
  "which who whose whom a an the one two three several both formerly once previously long now still then later until backed supported armed funded trained led commanded headed held controlled based".split(
    " ",
  ),
);

/** Where the subject of the verb at `v` was found, and whether an auxiliary "be" came between. */
export interface SubjectReading {
  filler?: Filler;
  /** "which the rebels seized": the relative's antecedent is the verb's object. */
  objectOf?: Filler;
  be: boolean;
  /** Unit before the auxiliaries ("to" marks an infinitive). */
  before?: string;
}

function text(s: Structure, i: number): string | undefined {
  return s.units[i]?.text;
}

/** The antecedent phrase of a relative pronoun or of an apposition opening after unit `at`. */
function antecedent(s: Structure, at: number): Filler | undefined {
  let k = at;
  if (text(s, k) === ",") k--;
  const c = s.chunkOf[k] ?? -1;
  if (c < 0) return undefined;
  // "HTS, an Islamist group that controls ...": a phrase with no actor stands for its anchor.
  return phraseEndingAt(s, c) ?? withKind(appositionAnchor(s, s.chunks[c]?.first ?? 0), "appositive");
}

/** The comma that opens the parenthetical closed by the comma at `close`, if it is one. */
function parentheticalOpen(s: Structure, close: number): number {
  for (let k = close - 1; k > 0; k--) {
    const t = text(s, k);
    if (t === ";") return -1;
    if (t !== ",") continue;
    return PARENTHETICAL_OPENERS.has(text(s, k + 1) ?? "") || (s.units[k + 1]?.possessive ?? false) ? k : -1;
  }
  return -1;
}

/** Adds a construction kind to a filler (a copy). */
function withKind(filler: Filler | undefined, kind: string): Filler | undefined {
  return filler ? { ...filler, kinds: [...filler.kinds, kind] } : undefined;
}

/**
 * The subject of the verb at unit `v`. `previousAgent` is the subject of the verb before it in the
 * sentence, which a coordinated verb phrase shares ("X seized A and attacked B").
 */
export function subjectOf(s: Structure, v: number, previousAgent: Filler | undefined): SubjectReading {
  let i = v - 1;
  let be = false;
  while (i >= 0 && BETWEEN_SUBJECT_AND_VERB.has(text(s, i) ?? "")) {
    if (BE.has(text(s, i) ?? "")) be = true;
    i--;
  }
  const t = text(s, i);
  const reading: SubjectReading = { be, ...(t === undefined ? {} : { before: t }) };
  if (t === undefined) return reading;
  if (RELATIVE.has(t)) return { ...reading, filler: withKind(antecedent(s, i - 1), "relative-clause") };
  const c = s.chunkOf[i] ?? -1;
  if (c >= 0) {
    const chunk = s.chunks[c];
    const opener = text(s, (chunk?.first ?? 0) - 1);
    if (opener && OBJECT_RELATIVE.has(opener)) {
      const object = withKind(antecedent(s, (chunk?.first ?? 0) - 2), "relative-clause");
      return { ...reading, filler: phraseEndingAt(s, c), ...(object ? { objectOf: object } : {}) };
    }
    const host = hostOf(s, c);
    const filler = phraseEndingAt(s, host);
    if (filler) return { ...reading, filler };
    // "the Levant Front, an alliance of ... brigades, attacked": the apposition's anchor acts.
    const hostFirst = s.chunks[host]?.first ?? 0;
    return { ...reading, filler: withKind(appositionAnchor(s, hostFirst), "appositive") };
  }
  if (t === ",") {
    const open = parentheticalOpen(s, i);
    if (open < 0) return reading;
    const kind = RELATIVE.has(text(s, open + 1) ?? "") ? "relative-clause" : "appositive";
    return { ...reading, filler: withKind(antecedent(s, open - 1), kind) };
  }
  if ((t === "and" || t === "but" || t === "or") && previousAgent) {
    return { ...reading, filler: withKind(previousAgent, "coordination") };
  }
  if (FRONTING.has(t) && (i === 0 || text(s, i - 1) === ",")) return { ...reading, filler: fronted(s, v) };
  return reading;
}

/** Prepositions whose phrase qualifies the phrase before it ("two towns in northern Syria held by X"). */
const ATTACHING = new Set([
  "in",
  "near",
  "across",
  "around",
  "outside",
  "inside",
  "from",
  "at",
  "on",
  "along",
]);

const DIRECTIONS = /^(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?$/;

/** The phrase a chunk hangs off when it is the object of a locating preposition, else itself. */
function hostOf(s: Structure, c: number): number {
  let host = c;
  for (let guard = 0; guard < 3; guard++) {
    const first = s.chunks[host]?.first ?? 0;
    // "a town north of Hama held by X": the direction and its "of" locate the town.
    const directed = text(s, first - 1) === "of" && DIRECTIONS.test(text(s, first - 2) ?? "");
    if (!ATTACHING.has(text(s, first - 1) ?? "") && !directed) return host;
    const before = s.chunkOf[first - (directed ? 3 : 2)] ?? -1;
    if (before < 0) return host;
    host = before;
  }
  return host;
}

/** The anchor of an apposition that starts at unit `first` ("X, an alliance of ..."). */
function appositionAnchor(s: Structure, first: number): Filler | undefined {
  if (text(s, first - 1) !== ",") return undefined;
  return antecedent(s, first - 2);
}

/** "After capturing Hama, the rebels advanced": the subject after the fronted clause's comma. */
function fronted(s: Structure, v: number): Filler | undefined {
  for (let k = v + 1; k < s.units.length; k++) {
    if (text(s, k) === ";") return undefined;
    if (text(s, k) !== ",") continue;
    const c = s.chunkOf[k + 1] ?? -1;
    return c >= 0 ? withKind(phraseAt(s, c), "modifier") : undefined;
  }
  return undefined;
}

/** Adverbs and particles between a verb and its object. */
const BEFORE_OBJECT = new Set([
  "back",
  "again",
  "also",
  "briefly",
  "heavily",
  "repeatedly",
  "jointly",
  "only",
]);

/**
 * The object of the verb at unit `v` whose form ends at unit `end`: a phrase right after it, or
 * after one of `preps` ("clashed with X"), or after a phrase with no actor and a preposition
 * ("deployed troops to P").
 */
export function objectOf(
  s: Structure,
  end: number,
  preps: string[] | undefined,
  prepOnly: boolean,
): Filler | undefined {
  let j = end + 1;
  while (BEFORE_OBJECT.has(text(s, j) ?? "") || s.units[j]?.pos === "ADV") j++;
  let notOnly = false;
  if ((text(s, j) === "not" && text(s, j + 1) === "only") || text(s, j) === "both") {
    notOnly = true;
    j += text(s, j) === "both" ? 1 : 2;
  }
  if (preps?.includes(text(s, j) ?? "")) return chunkPhrase(s, j + 1, notOnly);
  const c = s.chunkOf[j] ?? -1;
  if (c < 0 || s.chunks[c]?.first !== j) return undefined;
  const direct = phraseAt(s, c, notOnly);
  if (direct && !prepOnly) return direct;
  if (direct || !preps) return undefined;
  const after = (s.chunks[c]?.last ?? j) + 1;
  return preps.includes(text(s, after) ?? "") ? chunkPhrase(s, after + 1, false) : undefined;
}

function chunkPhrase(s: Structure, at: number, notOnly: boolean): Filler | undefined {
  const c = s.chunkOf[at] ?? -1;
  return c >= 0 && s.chunks[c]?.first === at ? phraseAt(s, c, notOnly) : undefined;
}

/** Phrases and prepositions a `by`-agent may come after: "held for years by the rebels". */
const BEFORE_BY = new Set([
  "for",
  "in",
  "since",
  "until",
  "at",
  "during",
  "and",
  "initially",
  "largely",
  "mainly",
]);

/** The `by`-agent of a participle at `end`: within a few units, with no actor before it. */
export function byAgentOf(s: Structure, end: number): Filler | undefined {
  for (let k = end + 1; k <= end + 6 && k < s.units.length; k++) {
    const t = text(s, k);
    if (t === "by") return chunkPhrase(s, k + 1, false);
    const c = s.chunkOf[k] ?? -1;
    if (c >= 0 && actorsOf(s, c).length > 0) return undefined;
    if (c < 0 && !BEFORE_BY.has(t ?? "") && s.units[k]?.pos !== "ADV" && !/(?:ed|en)$/.test(t ?? "")) {
      return undefined;
    }
  }
  return undefined;
}

import { actorsOf, type Filler, phraseAt, phraseEndingAt, type Structure } from "./phrases";

/**
 * Clause roles around a verb: the phrase in subject position (through relative pronouns,
 * appositions, reduced relatives and coordinated verb phrases), the object, and a passive's
 * `by`-agent.
 */

/** Auxiliaries, adverbs and negations between a subject and its verb. */
const BETWEEN_SUBJECT_AND_VERB = new Set(
  "did does do has have had been be being is are was were will would could may might also still now then later already long reportedly allegedly never not n't no longer once formerly previously soon quickly eventually finally again later effectively officially jointly themselves itself".split(
    " ",
  ),
);
/**
 * Verbs whose "to"-infinitive shares their subject: a deed ("began to arm"), or one the modality
 * reader marks as not asserted ("refused to", "threatened to", "plans to"). After others ("hope
 * to") nothing is read.
 */
const CATENATIVES = new Set(
  "began begun begin begins started start starts continued continue continues managed manage helped help helps went refused refuse refuses declined declines threatened threatens threaten vowed vows plans planned plan intends intended wants wanted promised pledged aims aimed seeks sought tried tries attempted prepared failed".split(
    " ",
  ),
);
/** Verbs of report before "to": "X is said to have armed Y". */
const HEDGED = new Set([
  "reported",
  "said",
  "believed",
  "thought",
  "alleged",
  "understood",
  "known",
  "seen",
  "reportedly",
]);
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
  let auxiliary = false;
  for (;;) {
    const word = text(s, i) ?? "";
    // "was reported to be shelling": the hedge and its "to" stand between subject and verb.
    if (word === "to" && HEDGED.has(text(s, i - 1) ?? "")) i -= 2;
    else if (BETWEEN_SUBJECT_AND_VERB.has(word)) {
      if (BE.has(word)) be = true;
      if (s.units[i]?.pos !== "ADV") auxiliary = true;
      i--;
    } else break;
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
  if (t === "," && !auxiliary && (text(s, v + 1) === "by" || /ing$/.test(text(s, v) ?? ""))) {
    // "Douma, held by Jaysh al-Islam;": a participle phrase opening after its anchor's comma.
    return { ...reading, filler: withKind(antecedent(s, i - 1), "modifier") };
  }
  if (t === ",") {
    const open = parentheticalOpen(s, i);
    if (open < 0) return reading;
    const kind = RELATIVE.has(text(s, open + 1) ?? "") ? "relative-clause" : "appositive";
    // "A Kurdish-led militia, the YPG, controls ...": the apposition names what its anchor does not.
    const named = s.chunkOf[open + 1] ?? -1;
    const filler = antecedent(s, open - 1) ?? (named >= 0 ? phraseAt(s, named) : undefined);
    return { ...reading, filler: withKind(filler, kind) };
  }
  // "Turkey refused to arm HTS": the infinitive's subject is the verb's (modality reads "refused").
  if (t === "to" && previousAgent && CATENATIVES.has(text(s, i - 1) ?? "")) {
    return { be, before: "to-verb", filler: previousAgent };
  }
  // "Iran denied backing Hezbollah", "helped recapture Homs": a verb's complement shares its subject.
  if (
    s.units[i]?.pos === "VERB" &&
    previousAgent &&
    (/ing$/.test(text(s, v) ?? "") || !/(?:ed|en)$/.test(t))
  ) {
    return { ...reading, filler: previousAgent };
  }
  if (SPEAKING_PRONOUNS.has(t) && s.units[i]?.mention === undefined) {
    return { ...reading, filler: withKind(speakersSide(s, i), "coreference") };
  }
  if ((t === "and" || t === "but" || t === "or") && previousAgent) {
    return { ...reading, filler: withKind(previousAgent, "coordination") };
  }
  if (FRONTING.has(t)) {
    // "After capturing Hama, the rebels ...", or after the main clause: "the rebels advanced after taking Hama".
    const atStart = i === 0 || text(s, i - 1) === ",";
    return { ...reading, filler: atStart ? fronted(s, v) : withKind(previousAgent, "modifier") };
  }
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
    // "Rebels led by HTS captured Aleppo": the by-agent of a reduced relative is not the subject.
    if (
      text(s, first - 1) === "by" &&
      /(?:ed|en)$/.test(text(s, first - 2) ?? "") &&
      s.units[first - 2]?.pos !== "AUX"
    ) {
      const led = s.chunkOf[first - 3] ?? -1;
      if (led >= 0) {
        host = led;
        continue;
      }
    }
    // "a town north of Hama held by X": the direction and its "of" locate the town.
    const directed = text(s, first - 1) === "of" && DIRECTIONS.test(text(s, first - 2) ?? "");
    if (!ATTACHING.has(text(s, first - 1) ?? "") && !directed) return host;
    const before = s.chunkOf[first - (directed ? 3 : 2)] ?? -1;
    if (before < 0) return host;
    host = before;
  }
  return host;
}

const SPEAKING_PRONOUNS = new Set(["they", "we", "it"]);
const SAID = new Set(
  "said says say told tell announced announces claimed claims claim added stated insisted confirmed confirms".split(
    " ",
  ),
);
const SPOKESPEOPLE = new Set([
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "spokesmen",
  "commander",
  "commanders",
  "leader",
  "statement",
  "officials",
  "official",
]);

/**
 * "Its spokesman said they had taken Izraa", "Moscow said it backs Assad": a pronoun the mentions
 * left unresolved, right after a verb of saying, is the speaker's side.
 */
function speakersSide(s: Structure, pronoun: number): Filler | undefined {
  let k = pronoun - 1;
  if (text(s, k) === "that") k--;
  if (!SAID.has(text(s, k) ?? "")) return undefined;
  const c = s.chunkOf[k - 1] ?? -1;
  const chunk = s.chunks[c];
  if (!chunk) return undefined;
  // "Rebels say they have taken Damascus": the speaker's own side.
  if (!SPOKESPEOPLE.has(text(s, chunk.head) ?? "")) return phraseEndingAt(s, c);
  for (let u = chunk.head - 1; u >= chunk.first; u--) {
    const unit = s.units[u];
    if (unit?.mention !== undefined && !unit.compound) {
      return { mentions: [unit.mention], first: chunk.first, last: chunk.last, kinds: [] };
    }
  }
  return undefined;
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

/** What a verb trigger says about its object (see `VerbTrigger`). */
export interface ObjectFrame {
  preps?: string[];
  prepOnly?: boolean;
  objectHeads?: string[];
}

/**
 * The object of a verb whose form ends at unit `end`: a phrase right after it, or after one of
 * the frame's prepositions ("clashed with X"), or after a phrase with no actor and a preposition
 * ("deployed troops to P", "launched an offensive on P").
 */
export function objectOf(s: Structure, end: number, frame: ObjectFrame): Filler | undefined {
  const { preps, objectHeads } = frame;
  let j = end + 1;
  while (BEFORE_OBJECT.has(text(s, j) ?? "") || s.units[j]?.pos === "ADV") j++;
  let notOnly = false;
  if ((text(s, j) === "not" && text(s, j + 1) === "only") || text(s, j) === "both") {
    notOnly = true;
    j += text(s, j) === "both" ? 1 : 2;
  }
  if (!objectHeads && preps?.includes(text(s, j) ?? "")) return chunkPhrase(s, j + 1, notOnly);
  if (frame.prepOnly && preps) {
    // "fell on Monday to government troops": a time phrase may come before the preposition.
    for (let k = j; k < j + 5; k++) {
      if (preps.includes(text(s, k) ?? "")) return chunkPhrase(s, k + 1, false);
      const c = s.chunkOf[k] ?? -1;
      if (s.units[k]?.pos === "PUNCT" || (c >= 0 && actorsOf(s, c).length > 0)) return undefined;
    }
    return undefined;
  }
  let c = s.chunkOf[j] ?? -1;
  if (c < 0 || s.chunks[c]?.first !== j) return undefined;
  if (objectHeads) {
    // "launched a ground and air offensive on P": the object noun may close a coordination.
    const headOf = (k: number) => s.units[s.chunks[k]?.head ?? -1]?.text ?? "";
    const joined = (s.chunks[c]?.last ?? 0) + 1;
    if (!objectHeads.includes(headOf(c)) && text(s, joined) === "and") c = s.chunkOf[joined + 1] ?? -1;
    if (c < 0 || !objectHeads.includes(headOf(c))) return undefined;
    const after = (s.chunks[c]?.last ?? j) + 1;
    return preps?.includes(text(s, after) ?? "") ? chunkPhrase(s, after + 1, false) : undefined;
  }
  const direct = phraseAt(s, c, notOnly);
  if (direct && !frame.prepOnly) return direct;
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

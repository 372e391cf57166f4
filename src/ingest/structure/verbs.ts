import { VERB_TRIGGERS, type VerbTrigger } from "../relation-lexicon";
import type { Filler, Structure } from "./phrases";
import { byAgentOf, objectOf, subjectOf } from "./roles";
import type { StructureClaim } from "./structure-claim";

/** Verb triggers by the first word of their form, longest form first. */
const BY_FIRST_WORD = new Map<string, { trigger: VerbTrigger; tail: string[] }[]>();
for (const trigger of VERB_TRIGGERS) {
  for (const form of trigger.forms) {
    const [first = "", ...tail] = form.split(" ");
    const list = BY_FIRST_WORD.get(first) ?? [];
    list.push({ trigger, tail });
    list.sort((a, b) => b.tail.length - a.tail.length);
    BY_FIRST_WORD.set(first, list);
  }
}

const IRREGULAR_PARTICIPLES = new Set([
  "held",
  "led",
  "run",
  "struck",
  "fought",
  "taken",
  "overrun",
  "retaken",
  "hit",
]);
const PERFECT = new Set(["has", "have", "had"]);

function isParticiple(word: string): boolean {
  return /(?:ed|en)$/.test(word) || IRREGULAR_PARTICIPLES.has(word);
}

/** The trigger whose whole form starts at unit `v`, and the unit its form ends at. */
function triggerAt(s: Structure, v: number): { trigger: VerbTrigger; end: number } | undefined {
  const candidates = BY_FIRST_WORD.get(s.units[v]?.text ?? "");
  if (!candidates) return undefined;
  for (const { trigger, tail } of candidates) {
    if (tail.every((word, k) => s.units[v + 1 + k]?.text === word)) return { trigger, end: v + tail.length };
  }
  return undefined;
}

const HELD = new Set(["held", "controlled", "run", "occupied"]);

/** "bombed rebel-held areas": for an attack, ground held by an actor stands for the actor. */
function heldGround(s: Structure, end: number): Filler | undefined {
  const c = s.chunkOf[end + 1] ?? -1;
  const chunk = s.chunks[c];
  if (!chunk || chunk.first !== end + 1 || s.units[chunk.head]?.mention !== undefined) return undefined;
  for (let k = chunk.first; k < chunk.head; k++) {
    const unit = s.units[k];
    if (unit?.mention !== undefined && HELD.has(unit.compound ?? "")) {
      return {
        mentions: [unit.mention],
        first: chunk.first,
        last: chunk.last,
        kinds: ["modifier", "held-ground"],
      };
    }
  }
  return undefined;
}

/**
 * Reads every relation verb of the sentence through its clause roles: agent (subject, or the
 * `by`-phrase of a passive), patient (object); "P fell to X" reverses them.
 */
export function readVerbs(s: Structure): StructureClaim[] {
  const claims: StructureClaim[] = [];
  let previousAgent: Filler | undefined;
  for (let v = 0; v < s.units.length; v++) {
    const unit = s.units[v];
    if (!unit || unit.mention !== undefined || (s.chunkOf[v] ?? -1) >= 0) continue;
    const found = triggerAt(s, v);
    if (!found && unit.pos !== "VERB") continue;
    const subject = subjectOf(s, v, previousAgent);
    if (!found) {
      if (subject.filler && !subject.be) previousAgent = subject.filler;
      continue;
    }
    const { trigger, end } = found;
    // "launched an offensive to capture Aleppo": a purpose, not a deed.
    if (subject.before === "to") continue;
    const byAgent = isParticiple(unit.text) && !trigger.stative ? byAgentOf(s, end) : undefined;
    const passive = byAgent !== undefined && (subject.be || !PERFECT.has(subject.before ?? ""));
    let agent: Filler | undefined;
    let patient: Filler | undefined;
    if (passive) {
      agent = byAgent;
      patient = subject.filler;
    } else {
      agent = subject.filler;
      patient =
        subject.objectOf ??
        objectOf(s, end, trigger) ??
        (trigger.relation === "attacks" ? heldGround(s, end) : undefined);
      if (agent && !subject.be) previousAgent = agent;
    }
    if (!agent || !patient) continue;
    const [from, to] = trigger.reverse ? [patient, agent] : [agent, patient];
    const kinds = new Set([...agent.kinds, ...patient.kinds].filter((k) => k !== "held-ground"));
    if (passive && subject.filler && !subject.be) kinds.add("modifier");
    const holder = patient.kinds.includes("held-ground");
    claims.push({
      relation: trigger.relation,
      from: from.mentions,
      to: to.mentions,
      name: `structure-verb-${trigger.relation}${passive ? "-passive" : ""}`,
      kinds: kinds.size > 0 ? [...kinds] : ["plain"],
      confidence: 0.8,
      ...(trigger.event ? { event: true } : {}),
      ...(holder ? { holder: true } : {}),
      first: Math.min(agent.first, patient.first, v),
      last: Math.max(agent.last, patient.last, end),
    });
  }
  return claims;
}

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
      patient = subject.objectOf ?? objectOf(s, end, trigger.preps, trigger.prepOnly === true);
      if (agent && !subject.be) previousAgent = agent;
    }
    if (!agent || !patient) continue;
    const [from, to] = trigger.reverse ? [patient, agent] : [agent, patient];
    const kinds = new Set([...agent.kinds, ...patient.kinds]);
    if (passive && subject.filler && !subject.be) kinds.add("modifier");
    claims.push({
      relation: trigger.relation,
      from: from.mentions,
      to: to.mentions,
      name: `structure-verb-${trigger.relation}${passive ? "-passive" : ""}`,
      kinds: kinds.size > 0 ? [...kinds] : ["plain"],
      confidence: 0.8,
      ...(trigger.event ? { event: true } : {}),
      first: Math.min(agent.first, patient.first, v),
      last: Math.max(agent.last, patient.last, end),
    });
  }
  return claims;
}

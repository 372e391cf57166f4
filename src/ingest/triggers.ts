import { RELATION_PATTERNS, TRIGGER_COUNT, TRIGGER_INDEX, type Trigger } from "./patterns/index";

/** The cheap tests that decide which relation patterns a sentence is worth trying. */

const verbFinders = new Map<string, RegExp>();

/** Finds a verb as a whole word in a match (compiled once per verb form). */
export function verbFinder(verb: string): RegExp {
  let finder = verbFinders.get(verb);
  if (!finder) {
    finder = new RegExp(`(?:^| )${verb}(?= )`);
    verbFinders.set(verb, finder);
  }
  return finder;
}

export const UNKNOWN = 0;
export const PASS = 1;
export const FAIL = 2;

/**
 * One pass over a sentence's words settles every word trigger and every anchored literal trigger:
 * a trigger not marked PASS by it has failed, except literal triggers with unanchored literals and
 * regex triggers, which stay UNKNOWN until a pattern asks.
 */
export function indexTriggers(variant: string, words: Set<string>): Uint8Array {
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

export function passesTrigger(trigger: Trigger, variant: string): boolean {
  if ("regex" in trigger) return trigger.regex.test(variant);
  if ("literals" in trigger) return trigger.literals.some((literal) => variant.includes(literal));
  return false;
}

import { slugify, uniqueId } from "../../src/model/ids";
import type { Actor, Ontology } from "../../src/model/types";
import { pick, pickWeighted } from "./generate-random";
import { KIND_NOUNS, KIND_WEIGHTS, SYLLABLES } from "./generate-vocabulary";

export interface GeneratedActors {
  actors: Actor[];
  /** By actor index: its kind and its faction. */
  kindOf: string[];
  factionOf: number[];
}

/**
 * `nodeCount` actors with made-up, unique names, of the ontology's kinds in event-data proportions,
 * each in one of `factionCount` factions; some with an acronym as alias, places with coordinates.
 */
export function generateActors(
  random: () => number,
  ontology: Ontology,
  nodeCount: number,
  factionCount: number,
): GeneratedActors {
  const kindIds = ontology.nodeKinds.map((k) => k.id);
  const kindWeights = kindIds.map((k) => KIND_WEIGHTS[k] ?? 3);
  const placeKinds = new Set(ontology.placeKinds);
  const actors: Actor[] = [];
  const kindOf: string[] = [];
  const factionOf: number[] = [];
  const usedLabels = new Set<string>();
  const usedIds = new Set<string>();
  // Every kind appears at least once when there is room, so every relation has endpoints.
  const guaranteed = nodeCount >= kindIds.length ? kindIds : [];
  for (let i = 0; i < nodeCount; i++) {
    const kind = guaranteed[i] ?? pickWeighted(random, kindIds, kindWeights);
    const base = makeName(random, kind);
    let label = base;
    for (let n = 2; usedLabels.has(label); n++) label = `${base} ${n}`;
    usedLabels.add(label);
    const id = uniqueId(slugify(label, `actor-${i}`), usedIds);
    usedIds.add(id);
    const actor: Actor = { id, label, kind };
    if (!placeKinds.has(kind) && random() < 0.2) actor.aliases = [acronym(label)];
    if (random() < 0.1) actor.description = `A generated ${kind.replace(/-/g, " ")} for benchmarks.`;
    if (placeKinds.has(kind) && random() < 0.5) {
      actor.coordinates = { lat: round(30 + random() * 8, 4), lon: round(35 + random() * 8, 4) };
    }
    actors.push(actor);
    kindOf.push(kind);
    factionOf.push(Math.floor(random() * factionCount));
  }
  return { actors, kindOf, factionOf };
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function makeName(random: () => number, kind: string): string {
  const syllables = 2 + Math.floor(random() * 2);
  let word = "";
  for (let i = 0; i < syllables; i++) word += pick(random, SYLLABLES);
  const name = capitalize(word);
  const nouns = KIND_NOUNS[kind] ?? [];
  if (kind === "person") return `${name} ${capitalize(pick(random, SYLLABLES) + pick(random, SYLLABLES))}`;
  if (nouns.length === 0) return name;
  return `${name} ${pick(random, nouns)}`;
}

function acronym(label: string): string {
  return label
    .split(/\s+/)
    .map((w) => w.charAt(0).toUpperCase())
    .join("");
}

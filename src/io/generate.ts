import ontologyJson from "../../data/ontology.json";
import { mulberry32 } from "../model/random";
import type { Actor, Certainty, Claim, Dataset, LoadedDataset, Ontology, Source } from "../model/types";

/**
 * A seeded generator of conflict-like datasets, for benchmarks and large-graph tests. The result is
 * a valid dataset: typed actors of the ontology's kinds, claims whose relation may connect the two
 * kinds, quotes that are verbatim sentences of generated source texts. Its shape resembles real
 * coding of a long conflict: a few sides made of many factions (clusters), friendly ties mostly
 * inside a faction or side, hostile ties across sides, places controlled and fought over, and
 * preferential attachment so a few actors gather most ties (heavy-tailed degrees).
 * Pure and deterministic: the same options always give the same dataset.
 */

export interface GenerateOptions {
  nodes: number;
  edges: number;
  seed?: number;
  /** Store positions in `dataset.layout` (clustered by faction), so viewers can skip layout. */
  layout?: boolean;
  /** Claims quoted from one source text (fewer, longer sources mean fewer files to fetch). */
  claimsPerSource?: number;
  /** The ontology whose kinds to use; the bundled one by default. */
  ontology?: Ontology;
}

export interface GeneratedDataset extends LoadedDataset {
  /** Source id -> path of its text relative to the dataset file (as written in `dataset.sources`). */
  sourcePaths: Record<string, string>;
}

/** Share of each node kind among generated actors; kinds missing from an ontology are skipped. */
const KIND_WEIGHTS: Record<string, number> = {
  state: 2,
  government: 3,
  "armed-forces": 5,
  "armed-group": 20,
  militia: 15,
  coalition: 4,
  person: 16,
  organization: 8,
  community: 7,
  city: 12,
  region: 6,
  country: 2,
};

/** How often each relation is coded, roughly as in event data: fighting and backing dominate. */
const RELATION_WEIGHTS: Record<string, number> = {
  fights: 22,
  attacks: 14,
  supports: 18,
  "allied-with": 10,
  "part-of": 8,
  controls: 8,
  "operates-in": 9,
  "located-in": 4,
  inhabits: 3,
  "designates-terrorist": 3,
  "successor-of": 1,
};

const KIND_NOUNS: Record<string, string[]> = {
  state: ["Republic", "Kingdom", "Federation", "State"],
  government: ["Government", "Administration", "Council", "Authority"],
  "armed-forces": ["Army", "Air Force", "Navy", "Guard"],
  "armed-group": ["Front", "Brigade", "Movement", "Battalion", "Legion"],
  militia: ["Militia", "Defence Units", "Tribal Force", "Popular Committees"],
  coalition: ["Alliance", "Coalition", "Operations Room", "Union"],
  person: [],
  organization: ["Agency", "Relief Committee", "Observatory", "Foundation"],
  community: ["Community", "Tribe", "Clans", "Villagers"],
  city: [],
  region: ["Province", "Valley", "Plains", "District"],
  country: [],
};

const SYLLABLES = [
  "al",
  "ba",
  "dar",
  "fa",
  "gha",
  "ha",
  "ja",
  "ka",
  "la",
  "ma",
  "na",
  "qa",
  "ra",
  "sa",
  "ta",
  "wa",
  "za",
  "din",
  "far",
  "hum",
  "kir",
  "lun",
  "mir",
  "nor",
  "os",
  "rum",
  "sul",
  "tar",
  "vel",
  "yar",
];
const PUBLISHERS = [
  "Wire Service",
  "Daily Monitor",
  "Field Dispatch",
  "Regional Observer",
  "Evening Courier",
];
const VERBS: Record<string, string> = {
  supports: "is backing",
  "allied-with": "is allied with",
  fights: "is fighting",
  attacks: "attacked",
  "designates-terrorist": "lists as terrorist",
  controls: "controls",
  "part-of": "is part of",
  "successor-of": "is the successor of",
  "located-in": "lies in",
  "operates-in": "operates in",
  inhabits: "lives in",
};
const FILLERS = [
  "Residents reported heavy traffic on the main road.",
  "The information could not be independently verified.",
  "Officials declined to comment.",
  "Prices of bread and fuel rose again this week.",
  "A spokesman promised further statements.",
];

function pickWeighted<T>(random: () => number, items: readonly T[], weights: readonly number[]): T {
  let total = 0;
  for (const w of weights) total += w;
  let r = random() * total;
  for (let i = 0; i < items.length; i++) {
    r -= weights[i] ?? 0;
    if (r < 0) return items[i] as T;
  }
  return items[items.length - 1] as T;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** A random date between 2011 and 2024 at year, month or day precision. */
function randomDate(random: () => number, fromYear = 2011): string {
  const year = fromYear + Math.floor(random() * (2025 - fromYear));
  const precision = random();
  if (precision < 0.15) return String(year);
  const month = 1 + Math.floor(random() * 12);
  if (precision < 0.55) return `${year}-${pad2(month)}`;
  return `${year}-${pad2(month)}-${pad2(1 + Math.floor(random() * 28))}`;
}

interface RelationPlan {
  id: string;
  weight: number;
  directed: boolean;
  friendly: boolean;
  hostile: boolean;
  from: Set<string>;
  to: Set<string>;
}

/**
 * Endpoint lists for preferential attachment: every node appears once, plus once more per tie, so
 * a uniform pick from the list chooses a node with probability proportional to degree + 1.
 */
class AttachmentPool {
  private readonly slots: number[] = [];
  add(node: number): void {
    this.slots.push(node);
  }
  draw(random: () => number): number | undefined {
    if (this.slots.length === 0) return undefined;
    return this.slots[Math.floor(random() * this.slots.length)];
  }
}

export function generateConflictDataset(options: GenerateOptions): GeneratedDataset {
  const nodeCount = Math.max(2, Math.floor(options.nodes));
  const edgeCount = Math.max(0, Math.floor(options.edges));
  const seed = options.seed ?? 1;
  const ontology = options.ontology ?? (ontologyJson as Ontology);
  const claimsPerSource = Math.max(1, options.claimsPerSource ?? 250);
  const random = mulberry32(seed);

  const kindIds = ontology.nodeKinds.map((k) => k.id);
  const kindWeights = kindIds.map((k) => KIND_WEIGHTS[k] ?? 3);
  const placeKinds = new Set(ontology.placeKinds);

  // Sides (2-4) made of factions (~40 actors each); places get a faction too (who holds them).
  const sideCount = Math.min(4, 2 + Math.floor(nodeCount / 20_000) + (nodeCount > 50 ? 1 : 0));
  const factionCount = Math.max(2, Math.round(nodeCount / 40));

  // --- Actors ---
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
    let id = slug(label) || `actor-${i}`;
    for (let n = 2; usedIds.has(id); n++) id = `${slug(label)}-${n}`;
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
  const sideOfFaction = Array.from({ length: factionCount }, (_, f) => f % sideCount);

  // --- Relation plans, restricted to what the ontology allows and the generated kinds cover ---
  const presentKinds = new Set(kindOf);
  const plans: RelationPlan[] = [];
  for (const relation of ontology.relationKinds) {
    const from = new Set(relation.from.filter((k) => presentKinds.has(k)));
    const to = new Set(relation.to.filter((k) => presentKinds.has(k)));
    if (from.size === 0 || to.size === 0) continue;
    plans.push({
      id: relation.id,
      weight: RELATION_WEIGHTS[relation.id] ?? 2,
      directed: relation.directed,
      friendly: relation.sign > 0,
      hostile: relation.sign < 0,
      from,
      to,
    });
  }
  const planWeights = plans.map((p) => p.weight);

  // Pools: global, per kind, per faction. Actors join them as they "enter the conflict" (growth
  // plus preferential attachment gives the heavy-tailed degrees of real actor networks).
  const globalPool = new AttachmentPool();
  const kindPools = new Map<string, AttachmentPool>();
  const factionPools = Array.from({ length: factionCount }, () => new AttachmentPool());
  const addSlot = (node: number) => {
    globalPool.add(node);
    kindPools.get(kindOf[node] as string)?.add(node);
    factionPools[factionOf[node] as number]?.add(node);
  };
  for (const kind of presentKinds) kindPools.set(kind, new AttachmentPool());

  const drawFromKinds = (kinds: Set<string>): number | undefined => {
    // Rejection sampling over the global pool keeps attachment preferential across kinds; fall
    // back to a kind pool when the allowed kinds are rare.
    for (let attempt = 0; attempt < 8; attempt++) {
      const node = globalPool.draw(random);
      if (node !== undefined && kinds.has(kindOf[node] as string)) return node;
    }
    return kindPools.get(pick(random, [...kinds]))?.draw(random);
  };

  /** The other end of a tie with `anchor`, of one of `kinds`, respecting sides. */
  const drawPartner = (plan: RelationPlan, anchor: number, kinds: Set<string>): number | undefined => {
    const faction = factionOf[anchor] as number;
    const side = sideOfFaction[faction];
    for (let attempt = 0; attempt < 12; attempt++) {
      const node =
        plan.friendly && random() < 0.7 ? factionPools[faction]?.draw(random) : globalPool.draw(random);
      if (node === undefined || node === anchor || !kinds.has(kindOf[node] as string)) continue;
      const otherSide = sideOfFaction[factionOf[node] as number];
      // Hostile ties cross sides; friendly ties mostly stay inside one.
      if (plan.hostile && otherSide === side && attempt < 10) continue;
      if (plan.friendly && otherSide !== side && random() < 0.85 && attempt < 10) continue;
      return node;
    }
    const node = drawFromKinds(kinds);
    return node === anchor ? undefined : node;
  };

  // --- Claims ---
  const claims: Claim[] = [];
  const seen = new Set<string>();
  const sentences: string[] = [];
  const newcomers: number[] = [];
  let active = 0;
  const activate = (upTo: number) => {
    for (; active < Math.min(nodeCount, upTo); active++) {
      addSlot(active);
      newcomers.push(active);
    }
  };
  activate(Math.min(nodeCount, 20));
  let failures = 0;
  while (claims.length < edgeCount && failures < edgeCount * 5 + 100) {
    activate(Math.ceil(((claims.length + 1) / Math.max(1, edgeCount)) * nodeCount));
    let source: number | undefined;
    let target: number | undefined;
    let plan: RelationPlan;
    const newcomer = newcomers.length > 0 ? newcomers.pop() : undefined;
    if (newcomer !== undefined) {
      // A newcomer's first tie: a relation its kind can take part in, at either end.
      const kind = kindOf[newcomer] as string;
      const fitting = plans.filter((p) => p.from.has(kind) || p.to.has(kind));
      if (fitting.length === 0) continue;
      plan = pickWeighted(
        random,
        fitting,
        fitting.map((p) => p.weight),
      );
      if (plan.from.has(kind) && (!plan.to.has(kind) || random() < 0.5)) {
        source = newcomer;
        target = drawPartner(plan, newcomer, plan.to);
      } else {
        target = newcomer;
        source = drawPartner(plan, newcomer, plan.from);
      }
    } else {
      plan = pickWeighted(random, plans, planWeights);
      source = drawFromKinds(plan.from);
      target = source === undefined ? undefined : drawPartner(plan, source, plan.to);
    }
    if (source === undefined || target === undefined || source === target) {
      failures++;
      continue;
    }
    const a = plan.directed || source < target ? source : target;
    const b = a === source ? target : source;
    const key = `${a} ${plan.id} ${b}`;
    if (seen.has(key)) {
      failures++;
      continue;
    }
    seen.add(key);
    const fromActor = actors[source] as Actor;
    const toActor = actors[target] as Actor;
    const sentence = `${fromActor.label} ${VERBS[plan.id] ?? plan.id} ${toActor.label} (#${claims.length + 1}).`;
    sentences.push(sentence);
    const claim: Claim = {
      id: `c-${claims.length + 1}`,
      from: fromActor.id,
      relation: plan.id,
      to: toActor.id,
      evidence: [], // filled below, once sources are laid out
      certainty: pickWeighted<Certainty>(random, ["stated", "implied", "disputed"], [70, 20, 10]),
    };
    if (random() < 0.4) {
      const start = randomDate(random);
      claim.start = start;
      if (random() < 0.5) {
        const end = randomDate(random, Number(start.slice(0, 4)));
        if (end.slice(0, 4) > start.slice(0, 4)) claim.end = end;
      }
    }
    claims.push(claim);
    addSlot(source);
    addSlot(target);
  }

  // --- Sources: each quotes a run of consecutive claims, with filler prose in between ---
  const sources: Source[] = [];
  const sourceTexts: Record<string, string> = {};
  const sourcePaths: Record<string, string> = {};
  const sourceCount = Math.max(1, Math.ceil(claims.length / claimsPerSource));
  for (let s = 0; s < sourceCount; s++) {
    const id = `source-${s + 1}`;
    const path = `sources/${id}.txt`;
    const title = `Dispatch ${s + 1}: fighting and alliances`;
    const lines = [title, ""];
    for (let c = s * claimsPerSource; c < Math.min(claims.length, (s + 1) * claimsPerSource); c++) {
      const sentence = sentences[c] as string;
      lines.push(random() < 0.3 ? `${sentence} ${pick(random, FILLERS)}` : sentence);
      const claim = claims[c] as Claim;
      claim.evidence.push(
        random() < 0.15
          ? { source: id, quote: sentence, attributedTo: "local sources" }
          : { source: id, quote: sentence },
      );
    }
    sources.push({
      id,
      title,
      publisher: pick(random, PUBLISHERS),
      date: randomDate(random, 2020),
      text: path,
    });
    sourceTexts[id] = `${lines.join("\n")}\n`;
    sourcePaths[id] = path;
  }

  const dataset: Dataset = {
    id: `generated-${nodeCount}-${claims.length}-s${seed}`,
    title: `Generated conflict, ${nodeCount} actors, ${claims.length} claims (seed ${seed})`,
    description: "Synthetic data from the seeded generator, for benchmarks and large-graph tests.",
    sources,
    actors,
    claims,
  };
  if (options.layout) dataset.layout = clusteredLayout(random, actors, factionOf, sideOfFaction, sideCount);

  return { file: `${dataset.id}.json`, dataset, ontology, sourceTexts, sourcePaths };
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

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * Positions that look like a finished force layout: sides in separate sectors, factions as blobs
 * inside them, actors scattered around their faction's centre.
 */
function clusteredLayout(
  random: () => number,
  actors: readonly Actor[],
  factionOf: readonly number[],
  sideOfFaction: readonly number[],
  sideCount: number,
): Record<string, { x: number; y: number }> {
  const spread = Math.sqrt(actors.length) * 10;
  const centres = sideOfFaction.map((side) => {
    const angle = ((side + 0.15 + random() * 0.7) / sideCount) * 2 * Math.PI;
    const radius = spread * (0.2 + 0.8 * Math.sqrt(random()));
    return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
  });
  const layout: Record<string, { x: number; y: number }> = {};
  const blob = spread / Math.sqrt(Math.max(1, sideOfFaction.length)) / 1.5;
  actors.forEach((actor, i) => {
    const centre = centres[factionOf[i] as number] ?? { x: 0, y: 0 };
    // Box-Muller: gaussian scatter around the faction centre.
    const r = Math.sqrt(-2 * Math.log(1 - random())) * blob;
    const t = random() * 2 * Math.PI;
    layout[actor.id] = { x: round(centre.x + r * Math.cos(t), 2), y: round(centre.y + r * Math.sin(t), 2) };
  });
  return layout;
}

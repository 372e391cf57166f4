import { CERTAINTIES } from "../../src/model/certainty";
import type { Actor, Certainty, Claim, Ontology } from "../../src/model/types";
import type { GeneratedActors } from "./generate-actors";
import { pick, pickWeighted, randomDate } from "./generate-random";
import { RELATION_WEIGHTS, VERBS } from "./generate-vocabulary";

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

/** The relations the generator codes: what the ontology allows between the kinds generated. */
function relationPlans(ontology: Ontology, presentKinds: ReadonlySet<string>): RelationPlan[] {
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
  return plans;
}

/** How often a claim is stated, implied or disputed. */
const CERTAINTY_WEIGHTS: Record<Certainty, number> = { stated: 70, implied: 20, disputed: 10 };

/**
 * Draws the ties. Pools: global, per kind, per faction. Actors join them as they "enter the
 * conflict" (growth plus preferential attachment gives the heavy-tailed degrees of real actor
 * networks); friendly ties mostly stay inside a faction or side, hostile ones cross sides.
 */
class TieDrawer {
  readonly plans: RelationPlan[];
  private readonly planWeights: number[];
  private readonly globalPool = new AttachmentPool();
  private readonly kindPools = new Map<string, AttachmentPool>();
  private readonly factionPools: AttachmentPool[];

  constructor(
    private readonly random: () => number,
    ontology: Ontology,
    private readonly generated: GeneratedActors,
    factionCount: number,
    private readonly sideOfFaction: readonly number[],
  ) {
    const presentKinds = new Set(generated.kindOf);
    this.plans = relationPlans(ontology, presentKinds);
    this.planWeights = this.plans.map((p) => p.weight);
    this.factionPools = Array.from({ length: factionCount }, () => new AttachmentPool());
    for (const kind of presentKinds) this.kindPools.set(kind, new AttachmentPool());
  }

  addSlot(node: number): void {
    this.globalPool.add(node);
    this.kindPools.get(this.generated.kindOf[node] as string)?.add(node);
    this.factionPools[this.generated.factionOf[node] as number]?.add(node);
  }

  /** A tie for a newcomer (its first), or between actors already in the conflict. */
  draw(newcomer: number | undefined): { plan: RelationPlan; source?: number; target?: number } | undefined {
    const random = this.random;
    if (newcomer === undefined) {
      const plan = pickWeighted(random, this.plans, this.planWeights);
      const source = this.drawFromKinds(plan.from);
      const target = source === undefined ? undefined : this.drawPartner(plan, source, plan.to);
      return { plan, source, target };
    }
    // A newcomer's first tie: a relation its kind can take part in, at either end.
    const kind = this.generated.kindOf[newcomer] as string;
    const fitting = this.plans.filter((p) => p.from.has(kind) || p.to.has(kind));
    if (fitting.length === 0) return undefined;
    const plan = pickWeighted(
      random,
      fitting,
      fitting.map((p) => p.weight),
    );
    if (plan.from.has(kind) && (!plan.to.has(kind) || random() < 0.5))
      return { plan, source: newcomer, target: this.drawPartner(plan, newcomer, plan.to) };
    return { plan, target: newcomer, source: this.drawPartner(plan, newcomer, plan.from) };
  }

  private drawFromKinds(kinds: Set<string>): number | undefined {
    // Rejection sampling over the global pool keeps attachment preferential across kinds; fall
    // back to a kind pool when the allowed kinds are rare.
    for (let attempt = 0; attempt < 8; attempt++) {
      const node = this.globalPool.draw(this.random);
      if (node !== undefined && kinds.has(this.generated.kindOf[node] as string)) return node;
    }
    return this.kindPools.get(pick(this.random, [...kinds]))?.draw(this.random);
  }

  /** The other end of a tie with `anchor`, of one of `kinds`, respecting sides. */
  private drawPartner(plan: RelationPlan, anchor: number, kinds: Set<string>): number | undefined {
    const { random, sideOfFaction } = this;
    const { kindOf, factionOf } = this.generated;
    const faction = factionOf[anchor] as number;
    const side = sideOfFaction[faction];
    for (let attempt = 0; attempt < 12; attempt++) {
      const node =
        plan.friendly && random() < 0.7
          ? this.factionPools[faction]?.draw(random)
          : this.globalPool.draw(random);
      if (node === undefined || node === anchor || !kinds.has(kindOf[node] as string)) continue;
      const otherSide = sideOfFaction[factionOf[node] as number];
      // Hostile ties cross sides; friendly ties mostly stay inside one.
      if (plan.hostile && otherSide === side && attempt < 10) continue;
      if (plan.friendly && otherSide !== side && random() < 0.85 && attempt < 10) continue;
      return node;
    }
    const node = this.drawFromKinds(kinds);
    return node === anchor ? undefined : node;
  }
}

/**
 * Up to `edgeCount` distinct claims (no two with the same ends and relation), each with the
 * sentence that will quote it; the evidence is filled once sources are laid out.
 */
export function generateClaims(
  random: () => number,
  ontology: Ontology,
  generated: GeneratedActors,
  edgeCount: number,
  factionCount: number,
  sideOfFaction: readonly number[],
): { claims: Claim[]; sentences: string[] } {
  const { actors } = generated;
  const nodeCount = actors.length;
  const ties = new TieDrawer(random, ontology, generated, factionCount, sideOfFaction);
  const claims: Claim[] = [];
  const seen = new Set<string>();
  const sentences: string[] = [];
  const newcomers: number[] = [];
  let active = 0;
  const activate = (upTo: number) => {
    for (; active < Math.min(nodeCount, upTo); active++) {
      ties.addSlot(active);
      newcomers.push(active);
    }
  };
  activate(Math.min(nodeCount, 20));
  let failures = 0;
  while (claims.length < edgeCount && failures < edgeCount * 5 + 100) {
    activate(Math.ceil(((claims.length + 1) / Math.max(1, edgeCount)) * nodeCount));
    const tie = ties.draw(newcomers.length > 0 ? newcomers.pop() : undefined);
    if (tie === undefined) continue;
    const { plan, source, target } = tie;
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
    sentences.push(
      `${fromActor.label} ${VERBS[plan.id] ?? plan.id} ${toActor.label} (#${claims.length + 1}).`,
    );
    claims.push(makeClaim(random, `c-${claims.length + 1}`, fromActor.id, plan.id, toActor.id));
    ties.addSlot(source);
    ties.addSlot(target);
  }
  return { claims, sentences };
}

function makeClaim(random: () => number, id: string, from: string, relation: string, to: string): Claim {
  const claim: Claim = {
    id,
    from,
    relation,
    to,
    evidence: [], // filled once sources are laid out
    certainty: pickWeighted<Certainty>(
      random,
      CERTAINTIES,
      CERTAINTIES.map((c) => CERTAINTY_WEIGHTS[c]),
    ),
  };
  if (random() < 0.4) {
    const start = randomDate(random);
    claim.start = start;
    if (random() < 0.5) {
      const end = randomDate(random, Number(start.slice(0, 4)));
      if (end.slice(0, 4) > start.slice(0, 4)) claim.end = end;
    }
  }
  return claim;
}

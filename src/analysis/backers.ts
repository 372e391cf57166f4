import type { GraphFilter } from "../model/filter";
import type { FaultlineGraph } from "../model/types";
import { assertActor, compareIds, restrictRelations } from "./claims";
import { type Chain, ClaimWalker } from "./projection";

export interface BackingOptions {
  /** Longest chain followed, in hops (1 = direct backing only). Default 3. */
  maxHops?: number;
  /** Only claims whose span contains this day (shorthand for `filter.at`). */
  at?: string;
  filter?: GraphFilter;
  /** Relations that count as backing. Default `["supports"]`. */
  relations?: readonly string[];
  /** Most chains kept per result, shortest first. Default 5. */
  maxChains?: number;
}

export interface BackingResult {
  actor: string;
  /** Length of the shortest chain. */
  hops: number;
  /** Simple chains (no actor twice), shortest first; each goes from the backer towards the backed actor. */
  chains: Chain[];
}

export const DEFAULT_BACKING_RELATIONS: readonly string[] = ["supports"];

// Bound on the simple paths enumerated, so a dense graph with a large hop limit cannot hang the
// caller; hop counts come from a BFS and stay exact even if chain listing stops early.
const PATH_BUDGET = 200_000;

/** Who backs `actor`, directly or through chains of up to `maxHops` backing claims. */
export function backers(graph: FaultlineGraph, actor: string, options: BackingOptions = {}): BackingResult[] {
  return backing(graph, actor, "in", options);
}

/** Whom `actor` backs, directly or through chains of up to `maxHops` backing claims. */
export function backed(graph: FaultlineGraph, actor: string, options: BackingOptions = {}): BackingResult[] {
  return backing(graph, actor, "out", options);
}

function backing(
  graph: FaultlineGraph,
  actor: string,
  direction: "in" | "out",
  options: BackingOptions,
): BackingResult[] {
  assertActor(graph, actor);
  const maxHops = options.maxHops ?? 3;
  if (!Number.isInteger(maxHops) || maxHops < 1) throw new Error(`maxHops must be a whole number ≥ 1`);
  const maxChains = options.maxChains ?? 5;
  let filter = restrictRelations(options.filter ?? {}, options.relations ?? DEFAULT_BACKING_RELATIONS);
  if (options.at !== undefined) filter = { ...filter, at: options.at };
  const walker = new ClaimWalker(graph, filter);
  // Walking backwards from the actor finds its backers; forwards, whom it backs.
  const walkDirection = direction === "in" ? "in" : "out";
  const hops = walker.distances(actor, walkDirection, maxHops);
  hops.delete(actor);

  // Iterative deepening: every simple path of length 1, then 2..., so chains come shortest first.
  const chains = new Map<string, Chain[]>();
  let budget = PATH_BUDGET;
  const path = [actor];
  const onPath = new Set(path);
  const walk = (node: string, remaining: number): void => {
    for (const next of walker.steps(node, walkDirection).keys()) {
      if (onPath.has(next) || budget <= 0) continue;
      budget--;
      if (remaining === 1) {
        const found = chains.get(next) ?? [];
        if (found.length < maxChains) {
          found.push(toChain([...path, next], direction, walker));
          chains.set(next, found);
        }
        continue;
      }
      path.push(next);
      onPath.add(next);
      walk(next, remaining - 1);
      path.pop();
      onPath.delete(next);
    }
  };
  for (let length = 1; length <= maxHops && budget > 0; length++) walk(actor, length);

  return [...hops.entries()]
    .map(([node, hopCount]) => ({ actor: node, hops: hopCount, chains: chains.get(node) ?? [] }))
    .sort((a, b) => a.hops - b.hops || compareIds(a.actor, b.actor));
}

/** A walk query -> ... -> result as a chain of steps; backers' chains read from the backer to the query. */
function toChain(walk: string[], direction: "in" | "out", walker: ClaimWalker): Chain {
  const steps: Chain = [];
  for (let i = 0; i + 1 < walk.length; i++) {
    const here = walk[i]!;
    const next = walk[i + 1]!;
    steps.push(direction === "out" ? walker.step(here, next) : walker.step(next, here));
  }
  return direction === "out" ? steps : steps.reverse();
}

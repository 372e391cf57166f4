import type { GraphFilter } from "../model/filter";
import type { FaultlineGraph } from "../model/types";
import { assertActor, compareIds, restrictRelations } from "./claims";
import { IndexedWalker } from "./indexed-walker";
import type { Chain } from "./projection";

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
  const walker = new IndexedWalker(graph, filter);
  const start = walker.number(actor);
  // Walking backwards from the actor finds its backers; forwards, whom it backs.
  const { layers } = walker.distances(start, direction, maxHops);

  // Iterative deepening: every simple path of length 1, then 2..., so chains come shortest first.
  const chains = new Map<number, number[][]>();
  let budget = PATH_BUDGET;
  const path = [start];
  const onPath = new Uint8Array(walker.index.nodes.length);
  onPath[start] = 1;
  const walk = (node: number, remaining: number): void => {
    for (const next of walker.neighbours(node, direction)) {
      if (budget <= 0) return;
      if (onPath[next] === 1) continue;
      budget--;
      if (remaining === 1) {
        const found = chains.get(next) ?? [];
        if (found.length < maxChains) {
          found.push([...path, next]);
          chains.set(next, found);
        }
        continue;
      }
      path.push(next);
      onPath[next] = 1;
      walk(next, remaining - 1);
      path.pop();
      onPath[next] = 0;
    }
  };
  for (let length = 1; length <= maxHops && budget > 0; length++) walk(start, length);

  const results: BackingResult[] = [];
  layers.forEach((layer, hops) => {
    if (hops === 0) return;
    for (const node of layer) {
      const walks = chains.get(node) ?? [];
      results.push({
        actor: walker.index.nodes[node] as string,
        hops,
        chains: walks.map((w) => toChain(w, direction, walker)),
      });
    }
  });
  return results.sort((a, b) => a.hops - b.hops || compareIds(a.actor, b.actor));
}

/** A walk query -> ... -> result as a chain of steps; backers' chains read from the backer to the query. */
function toChain(walk: number[], direction: "in" | "out", walker: IndexedWalker): Chain {
  const steps: Chain = [];
  for (let i = 0; i + 1 < walk.length; i++) {
    const here = walk[i] as number;
    const next = walk[i + 1] as number;
    steps.push(direction === "out" ? walker.step(here, next) : walker.step(next, here));
  }
  return direction === "out" ? steps : steps.reverse();
}

import type { BackingOptions, BackingResult } from "../../../src/analysis/backers";
import {
  assertActor,
  claimRef,
  compareIds,
  edgeVisible,
  restrictRelations,
} from "../../../src/analysis/claims";
import type { PathOptions } from "../../../src/analysis/paths";
import type { Chain, ChainStep, Traversal, TraversedClaim } from "../../../src/analysis/projection";
import type { GraphFilter } from "../../../src/model/filter";
import type { FaultlineGraph } from "../../../src/model/types";

/**
 * The first implementations of backers and paths (graphology callbacks, per-query memo, one-sided
 * BFS), kept as the reference the indexed searches must agree with on generated graphs.
 */

/** A backing result as the first implementation made it: every chain listed up front. */
export type ReferenceBackingResult = Pick<BackingResult, "actor" | "hops" | "chains">;

const DEFAULT_BACKING_RELATIONS: readonly string[] = ["supports"];

class ClaimWalker {
  private readonly memo = { out: new Map<string, Map<string, TraversedClaim[]>>(), in: new Map() };

  constructor(
    private readonly graph: FaultlineGraph,
    private readonly filter: GraphFilter,
    private readonly undirected = false,
  ) {}

  /** Neighbours reachable in one step from `node` (`out`) or that reach it in one step (`in`), with the claims. */
  steps(node: string, direction: "in" | "out"): Map<string, TraversedClaim[]> {
    const memo = this.memo[direction] as Map<string, Map<string, TraversedClaim[]>>;
    const cached = memo.get(node);
    if (cached !== undefined) return cached;
    const found = new Map<string, TraversedClaim[]>();
    const add = (other: string, edge: string, traversal: Traversal) => {
      if (other === node) return;
      const list = found.get(other);
      const claim = { ...claimRef(this.graph, edge), traversal };
      if (list === undefined) found.set(other, [claim]);
      else list.push(claim);
    };
    // Edges stated in the walking direction, then those stated the other way.
    const forward = direction === "out" ? "forEachOutEdge" : "forEachInEdge";
    const backward = direction === "out" ? "forEachInEdge" : "forEachOutEdge";
    this.graph[forward](node, (edge, attributes, source, target) => {
      if (!edgeVisible(this.graph, edge, this.filter)) return;
      add(source === node ? target : source, edge, attributes.directed ? "along" : "symmetric");
    });
    this.graph[backward](node, (edge, attributes, source, target) => {
      if (attributes.directed && !this.undirected) return;
      if (!edgeVisible(this.graph, edge, this.filter)) return;
      add(source === node ? target : source, edge, attributes.directed ? "against" : "symmetric");
    });
    const sorted = new Map([...found.entries()].sort((x, y) => compareIds(x[0], y[0])));
    for (const list of sorted.values()) list.sort((x, y) => compareIds(x.claim, y.claim));
    memo.set(node, sorted);
    return sorted;
  }

  /** The step from `from` to `to`; throws if no chosen claim links them that way. */
  step(from: string, to: string): ChainStep {
    const claims = this.steps(from, "out").get(to);
    if (claims === undefined) throw new Error(`no step from "${from}" to "${to}"`);
    return { from, to, claims };
  }

  /**
   * Hop distances by breadth-first search from `source`, following steps out of it (`out`) or
   * into it (`in`), up to `maxDepth`; stops early once `until` is reached and its layer is done.
   */
  distances(source: string, direction: "in" | "out", maxDepth: number, until?: string): Map<string, number> {
    const depth = new Map([[source, 0]]);
    let layer = [source];
    for (let d = 1; d <= maxDepth && layer.length > 0; d++) {
      if (until !== undefined && depth.has(until)) break;
      const next: string[] = [];
      for (const node of layer) {
        for (const other of this.steps(node, direction).keys()) {
          if (depth.has(other)) continue;
          depth.set(other, d);
          next.push(other);
        }
      }
      layer = next;
    }
    return depth;
  }
}

// Bound on the simple paths enumerated, so a dense graph with a large hop limit cannot hang the
// caller; hop counts come from a BFS and stay exact even if chain listing stops early.
const BACKING_BUDGET = 200_000;

/** Who backs `actor`, directly or through chains of up to `maxHops` backing claims. */
export function referenceBackers(
  graph: FaultlineGraph,
  actor: string,
  options: BackingOptions = {},
): ReferenceBackingResult[] {
  return backing(graph, actor, "in", options);
}

/** Whom `actor` backs, directly or through chains of up to `maxHops` backing claims. */
export function referenceBacked(
  graph: FaultlineGraph,
  actor: string,
  options: BackingOptions = {},
): ReferenceBackingResult[] {
  return backing(graph, actor, "out", options);
}

function backing(
  graph: FaultlineGraph,
  actor: string,
  direction: "in" | "out",
  options: BackingOptions,
): ReferenceBackingResult[] {
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
  let budget = BACKING_BUDGET;
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

const SHORTEST_CAP = 100;
const PATH_BUDGET = 200_000;

/**
 * The shortest chains between `a` and `b`, shortest first, ties in id order of the actors
 * visited. Symmetric relations are always walked both ways; directed ones only along their
 * direction unless `undirected`. Each step carries every chosen claim that links its two actors.
 */
export function referencePaths(
  graph: FaultlineGraph,
  a: string,
  b: string,
  options: PathOptions = {},
): Chain[] {
  assertActor(graph, a);
  assertActor(graph, b);
  if (a === b) return [];
  const filter = restrictRelations(options.filter ?? {}, options.relations);
  const walker = new ClaimWalker(graph, filter, options.undirected ?? true);

  // Distance to b (a backward BFS from b, stopped once a's layer is done) prunes walks that
  // cannot arrive in time; a second, deeper BFS only when longer paths are asked for.
  const reach = walker.distances(b, "in", graph.order, a);
  const shortest = reach.get(a);
  if (shortest === undefined) return [];
  const wanted = options.maxPaths ?? SHORTEST_CAP;
  const longest = options.maxPaths === undefined ? shortest : (options.maxLength ?? shortest + 3);
  const toTarget = longest === shortest ? reach : walker.distances(b, "in", longest);
  const found: string[][] = [];
  let budget = PATH_BUDGET;
  const walk = [a];
  const onWalk = new Set(walk);
  const extend = (node: string, remaining: number): void => {
    if (remaining === 0) {
      if (node === b) found.push([...walk]);
      return;
    }
    for (const next of walker.steps(node, "out").keys()) {
      if (found.length >= wanted || budget <= 0) return;
      const distance = toTarget.get(next);
      if (onWalk.has(next) || distance === undefined || distance > remaining - 1) continue;
      if (next === b && remaining > 1) continue;
      budget--;
      walk.push(next);
      onWalk.add(next);
      extend(next, remaining - 1);
      walk.pop();
      onWalk.delete(next);
    }
  };
  for (let length = shortest; length <= longest && found.length < wanted && budget > 0; length++) {
    extend(a, length);
  }
  return found.map((nodes) => nodes.slice(1).map((to, i) => walker.step(nodes[i]!, to)));
}

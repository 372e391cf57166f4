import type { GraphFilter } from "../model/filter";
import type { FaultlineGraph } from "../model/types";
import { assertActor, restrictRelations } from "./claims";
import { type Direction, IndexedWalker } from "./indexed-walker";
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
  /**
   * The claims of its first chain (a shortest one, first in id order), from the backer's end, known
   * without listing any chain: enough to light its route on the graph.
   */
  bestClaims: string[];
  /**
   * Simple chains (no actor twice), shortest first, at most `maxChains`; each goes from the backer
   * towards the backed actor. Listed on first read only: an actor backed by thousands has tens of
   * thousands of chains, and a reader looks at a few.
   */
  readonly chains: Chain[];
}

export const DEFAULT_BACKING_RELATIONS: readonly string[] = ["supports"];

/** Results a list shows at first (and adds per "show more"); the graph lights all their chains. */
export const BACKING_PAGE = 50;

// Bound on the simple paths enumerated per result, so a dense graph with a large hop limit cannot
// hang the caller; hop counts come from a BFS and stay exact even if chain listing stops early.
const PATH_BUDGET = 200_000;

/** Who backs `actor`, directly or through chains of up to `maxHops` backing claims. */
export function backers(graph: FaultlineGraph, actor: string, options: BackingOptions = {}): BackingResult[] {
  return backing(graph, actor, "in", options);
}

/** Whom `actor` backs, directly or through chains of up to `maxHops` backing claims. */
export function backed(graph: FaultlineGraph, actor: string, options: BackingOptions = {}): BackingResult[] {
  return backing(graph, actor, "out", options);
}

/**
 * One breadth-first search with neighbours in id order finds every result, its hops and the claims
 * of its best chain: layers are visited in the order of their first chains, so the first time a node is
 * reached is along the chain an iterative-deepening listing finds first. The other chains of a
 * result are listed when its `chains` are read, by a search aimed at that one actor.
 */
function backing(
  graph: FaultlineGraph,
  actor: string,
  direction: Direction,
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
  const parent = new Int32Array(walker.index.nodes.length).fill(-1);
  parent[start] = start;
  // The steps of each node's best walk (claim ids), from the query's end, one step more per layer.
  const walkSteps = new Map<number, string[][]>([[start, []]]);
  const results: BackingResult[] = [];
  const search: ChainSearch = { walker, start, direction, maxHops, maxChains, scratch: undefined };
  let layer = [start];
  for (let hops = 1; hops <= maxHops && layer.length > 0; hops++) {
    const next: number[] = [];
    for (const node of layer) {
      for (const other of walker.neighbours(node, direction)) {
        if (parent[other] !== -1) continue;
        parent[other] = node;
        next.push(other);
      }
    }
    // Results in id order within a layer, the order of the answer (ranks sort natively).
    const ranked = Int32Array.from(next, (node) => walker.index.idRank[node] as number).sort();
    for (const rank of ranked) {
      const node = walker.index.byRank[rank] as number;
      const before = parent[node] as number;
      const step =
        direction === "out" ? walker.claimsOfStep(before, node) : walker.claimsOfStep(node, before);
      const steps = [...(walkSteps.get(before) as string[][]), step];
      if (hops < maxHops) walkSteps.set(node, steps);
      const bestClaims = (direction === "out" ? steps : [...steps].reverse()).flat();
      const listChains = () => (maxChains < 1 ? [] : chainsTo(search, node, hops));
      results.push(new Backing(walker.index.nodes[node] as string, hops, bestClaims, listChains));
    }
    layer = next;
  }
  return results;
}

/** A result whose chains are listed on first read (and then kept). */
class Backing implements BackingResult {
  private listed: Chain[] | undefined;

  constructor(
    readonly actor: string,
    readonly hops: number,
    readonly bestClaims: string[],
    private readonly list: () => Chain[],
  ) {}

  get chains(): Chain[] {
    this.listed ??= this.list();
    return this.listed;
  }

  /** JSON carries the chains like a plain field. */
  toJSON(): { actor: string; hops: number; bestClaims: string[]; chains: Chain[] } {
    return { actor: this.actor, hops: this.hops, bestClaims: this.bestClaims, chains: this.chains };
  }
}

/** What the chain listings of one answer share: the query, and buffers sized to the graph. */
interface ChainSearch {
  walker: IndexedWalker;
  start: number;
  direction: Direction;
  maxHops: number;
  maxChains: number;
  /** Made on the first listing, reused by the next (each leaves them as it found them). */
  scratch: { onPath: Uint8Array; toTarget: Int32Array } | undefined;
}

/**
 * The first `maxChains` simple walks from the query's actor to `target`, shortest first and in id
 * order within a length (iterative deepening, as a listing of every walk from the actor would meet
 * them). A breadth-first search back from the target prunes every branch that cannot reach it in time.
 */
function chainsTo(search: ChainSearch, target: number, shortest: number): Chain[] {
  const { walker, start, direction, maxHops, maxChains } = search;
  const size = walker.index.nodes.length;
  search.scratch ??= { onPath: new Uint8Array(size), toTarget: new Int32Array(size).fill(-1) };
  const { onPath, toTarget } = search.scratch;
  const reached = depthsTo(walker, target, direction === "in" ? "out" : "in", maxHops - 1, toTarget);
  const found: Chain[] = [];
  let budget = PATH_BUDGET;
  const path = [start];
  onPath[start] = 1;
  const walk = (node: number, remaining: number): void => {
    for (const next of walker.neighbours(node, direction)) {
      if (budget <= 0 || found.length >= maxChains) return;
      if (onPath[next] === 1) continue;
      budget--;
      if (remaining === 1) {
        if (next === target) found.push(toChain([...path, next], direction, walker));
        continue;
      }
      const distance = toTarget[next] as number;
      if (next === target || distance === -1 || distance > remaining - 1) continue;
      path.push(next);
      onPath[next] = 1;
      walk(next, remaining - 1);
      path.pop();
      onPath[next] = 0;
    }
  };
  try {
    for (let length = shortest; length <= maxHops && budget > 0 && found.length < maxChains; length++)
      walk(start, length);
  } finally {
    onPath[start] = 0;
    for (const node of reached) toTarget[node] = -1;
  }
  return found;
}

/** Hop distances from `from` up to `maxDepth` written into `depth` (-1 elsewhere); returns the nodes set. */
function depthsTo(
  walker: IndexedWalker,
  from: number,
  direction: Direction,
  maxDepth: number,
  depth: Int32Array,
): number[] {
  const reached = [from];
  depth[from] = 0;
  const found: number[] = [];
  for (let begin = 0, d = 1; d <= maxDepth; d++) {
    const end = reached.length;
    for (let i = begin; i < end; i++) {
      walker.collectNeighbours(reached[i] as number, direction, found);
      for (const other of found) {
        if (depth[other] !== -1) continue;
        depth[other] = d;
        reached.push(other);
      }
      found.length = 0;
    }
    if (reached.length === end) break;
    begin = end;
  }
  return reached;
}

/** A walk query -> ... -> result as a chain of steps; backers' chains read from the backer to the query. */
function toChain(walk: number[], direction: Direction, walker: IndexedWalker): Chain {
  const steps: Chain = [];
  for (let i = 0; i + 1 < walk.length; i++) {
    const here = walk[i] as number;
    const next = walk[i + 1] as number;
    steps.push(direction === "out" ? walker.step(here, next) : walker.step(next, here));
  }
  return direction === "out" ? steps : steps.reverse();
}

import { mulberry32 } from "../model/random";
import { type BalanceProblem, type BalanceSolution, canonical, frustrationOf } from "./balance-problem";

export interface HeuristicOptions {
  /** Seed of the random restarts; the same seed gives the same answer. Default 1. */
  seed?: number;
  /** Number of starts (the first is the sign-propagating spanning tree, the rest random). Default: 24 on
   * small problems, fewer on large ones so the work stays about linear in the problem size. */
  restarts?: number;
}

/**
 * Minimum-frustration 2-colouring for components too big for the exact search.
 *
 * Each start is improved by Fiduccia-Mattheyses passes (the linear-time form of Kernighan-Lin):
 * repeatedly flip the unlocked node with the best gain, even a losing one, and lock it; keep the
 * best prefix of the flip sequence. Gains are updated incrementally and kept in a heap; a pass
 * gives up after `PATIENCE` flips without a new best, which is what keeps it near-linear. Passes
 * repeat while they improve. The first start propagates signs along a BFS tree (friends beside,
 * enemies opposite), already optimal on a balanced graph; the others are seeded random colourings.
 * The best start wins (the earliest on ties), so the answer depends only on the problem and seed.
 */
export function solveBalanceHeuristic(
  problem: BalanceProblem,
  options: HeuristicOptions = {},
): BalanceSolution {
  const n = problem.size;
  if (n === 0) return { sides: [], frustration: 0 };
  const graph = compact(problem);
  const random = mulberry32(options.seed ?? 1);
  const work = n + problem.pairs.length;
  const restarts = Math.max(1, options.restarts ?? Math.min(24, Math.max(2, Math.round(100_000 / work))));
  let best: BalanceSolution | undefined;
  for (let start = 0; start < restarts; start++) {
    const sides =
      start === 0 ? treeColouring(graph) : Uint8Array.from({ length: n }, () => (random() < 0.5 ? 0 : 1));
    improve(sides, graph);
    const plain = Array.from(sides);
    const frustration = frustrationOf(problem, plain);
    if (best === undefined || frustration < best.frustration - 1e-9)
      best = { sides: canonical(plain), frustration };
  }
  return best!;
}

/** Flips without a new best after which a pass stops. */
const PATIENCE = 64;

/** Adjacency in flat arrays (CSR): node i's links are offsets[i] .. offsets[i + 1]. */
interface CompactGraph {
  size: number;
  offsets: Int32Array;
  others: Int32Array;
  /** positive - negative weight of the link: > 0 wants the same camp, < 0 opposite camps. */
  net: Float64Array;
}

function compact(problem: BalanceProblem): CompactGraph {
  const degree = new Int32Array(problem.size + 1);
  for (const p of problem.pairs) {
    degree[p.a]!++;
    degree[p.b]!++;
  }
  const offsets = new Int32Array(problem.size + 1);
  for (let i = 0; i < problem.size; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, problem.size);
  const others = new Int32Array(offsets[problem.size]!);
  const net = new Float64Array(offsets[problem.size]!);
  for (const p of problem.pairs) {
    const w = p.positive - p.negative;
    others[fill[p.a]!] = p.b;
    net[fill[p.a]!++] = w;
    others[fill[p.b]!] = p.a;
    net[fill[p.b]!++] = w;
  }
  return { size: problem.size, offsets, others, net };
}

/**
 * Gain of flipping `node`: for a friendly link (net > 0) the flip frees it when the two sit
 * apart and frustrates it when together; the reverse for a hostile one.
 */
function gainOf(node: number, sides: Uint8Array, g: CompactGraph): number {
  let gain = 0;
  for (let k = g.offsets[node]!; k < g.offsets[node + 1]!; k++) {
    const same = sides[node] === sides[g.others[k]!];
    gain += same ? -g.net[k]! : g.net[k]!;
  }
  return gain;
}

function improve(sides: Uint8Array, g: CompactGraph): void {
  const n = g.size;
  const gain = new Float64Array(n);
  const locked = new Uint8Array(n);
  for (let pass = 0; pass < 50; pass++) {
    for (let v = 0; v < n; v++) gain[v] = gainOf(v, sides, g);
    locked.fill(0);
    const heap = new GainHeap();
    for (let v = 0; v < n; v++) heap.push(gain[v]!, v);
    const flips: number[] = [];
    let running = 0;
    let bestTotal = 0;
    let bestLength = 0;
    while (heap.size > 0 && flips.length - bestLength < PATIENCE) {
      heap.pop();
      const v = heap.topNode;
      const topGain = heap.topGain;
      // Stale entries (the node's gain changed or it was locked since) are skipped.
      if (locked[v] || topGain !== gain[v]) continue;
      sides[v] = 1 - sides[v]!;
      locked[v] = 1;
      flips.push(v);
      running += topGain;
      gain[v] = -topGain;
      for (let k = g.offsets[v]!; k < g.offsets[v + 1]!; k++) {
        const u = g.others[k]!;
        // v's flip changes the u-v link from same to apart or back: u's gain moves by 2 * net.
        const delta = sides[u] === sides[v] ? -2 * g.net[k]! : 2 * g.net[k]!;
        gain[u] = gain[u]! + delta;
        if (!locked[u]) heap.push(gain[u]!, u);
      }
      if (running > bestTotal + 1e-9) {
        bestTotal = running;
        bestLength = flips.length;
      }
    }
    for (let i = flips.length - 1; i >= bestLength; i--) {
      const v = flips[i]!;
      sides[v] = 1 - sides[v]!;
    }
    if (bestLength === 0) return;
  }
}

/** A binary max-heap of (gain, node), ties to the lower node id, so passes are deterministic. */
class GainHeap {
  private gains: number[] = [];
  private nodes: number[] = [];
  get size(): number {
    return this.gains.length;
  }
  private above(i: number, j: number): boolean {
    const gi = this.gains[i]!;
    const gj = this.gains[j]!;
    return gi > gj || (gi === gj && this.nodes[i]! < this.nodes[j]!);
  }
  private swap(i: number, j: number): void {
    const gain = this.gains[i]!;
    this.gains[i] = this.gains[j]!;
    this.gains[j] = gain;
    const node = this.nodes[i]!;
    this.nodes[i] = this.nodes[j]!;
    this.nodes[j] = node;
  }
  /** The entry the last pop removed (fields, not a fresh object: pops are the hot loop). */
  topGain = 0;
  topNode = 0;
  push(gain: number, node: number): void {
    this.gains.push(gain);
    this.nodes.push(node);
    let i = this.gains.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.above(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }
  pop(): void {
    this.topGain = this.gains[0]!;
    this.topNode = this.nodes[0]!;
    const lastGain = this.gains.pop()!;
    const lastNode = this.nodes.pop()!;
    if (this.gains.length > 0) {
      this.gains[0] = lastGain;
      this.nodes[0] = lastNode;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.gains.length && this.above(l, m)) m = l;
        if (r < this.gains.length && this.above(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
  }
}

function treeColouring(g: CompactGraph): Uint8Array {
  const sides = new Int8Array(g.size).fill(-1);
  const queue = new Int32Array(g.size);
  for (let root = 0; root < g.size; root++) {
    if (sides[root] !== -1) continue;
    sides[root] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    while (head < tail) {
      const v = queue[head++]!;
      for (let k = g.offsets[v]!; k < g.offsets[v + 1]!; k++) {
        const u = g.others[k]!;
        if (sides[u] !== -1 || g.net[k] === 0) continue;
        sides[u] = g.net[k]! > 0 ? sides[v]! : 1 - sides[v]!;
        queue[tail++] = u;
      }
    }
  }
  // Nodes reached only through zero-net links stay undecided: put them in camp 0.
  return Uint8Array.from(sides, (s) => (s === 1 ? 1 : 0));
}

/**
 * Links the lower bound may read in all (a hub's whole adjacency counts, not one step), and BFS
 * states per cycle search, so it stays cheap on huge graphs: counting states alone let hubs make
 * it most of camps' time at 50k actors.
 */
const BOUND_BUDGET = 4_000_000;
const SEARCH_LIMIT = 4_096;

/**
 * A lower bound on the least possible frustration, to report beside a heuristic answer: every pair
 * with both friendly and hostile claims frustrates at least min(positive, negative), and every
 * cycle with an odd number of hostile links frustrates at least one of them. Such cycles are packed
 * greedily (shortest first, found by a parity BFS), each taking the smallest net weight along it
 * out of its links' remaining capacity, so the packed amounts can be summed. The searches are
 * capped; when a cap is hit the bound is weaker but still valid.
 */
export function frustrationLowerBound(problem: BalanceProblem): number {
  let bound = 0;
  for (const pair of problem.pairs) bound += Math.min(pair.positive, pair.negative);
  const g = compact(problem);
  // Link ids shared by both directions of a pair: the pair's index.
  const linkOf = new Int32Array(g.others.length);
  {
    const fill = g.offsets.slice(0, g.size);
    problem.pairs.forEach((p, index) => {
      linkOf[fill[p.a]!++] = index;
      linkOf[fill[p.b]!++] = index;
    });
  }
  const capacity = Float64Array.from(problem.pairs, (p) => Math.abs(p.positive - p.negative));
  const hostile = Uint8Array.from(problem.pairs, (p) => (p.positive < p.negative ? 1 : 0));
  const search: ParitySearch = {
    g,
    linkOf,
    capacity,
    hostile,
    stamp: new Int32Array(2 * g.size),
    previousState: new Int32Array(2 * g.size),
    previousLink: new Int32Array(2 * g.size),
    queue: new Int32Array(2 * g.size),
    round: 0,
    budget: BOUND_BUDGET,
  };
  problem.pairs.forEach((pair, index) => {
    while (search.budget > 0 && capacity[index]! > 1e-12) {
      // A path a..b avoiding this link whose hostile parity differs from the link's closes an odd cycle.
      const path = parityPath(search, pair.a, pair.b, hostile[index] ? 0 : 1, index);
      if (path === undefined) break;
      path.push(index);
      let amount = Number.POSITIVE_INFINITY;
      for (const i of path) amount = Math.min(amount, capacity[i]!);
      for (const i of path) capacity[i] = capacity[i]! - amount;
      bound += amount;
    }
  });
  return bound;
}

interface ParitySearch {
  g: CompactGraph;
  linkOf: Int32Array;
  capacity: Float64Array;
  hostile: Uint8Array;
  /** Search round in which a state was seen: no clearing between searches. */
  stamp: Int32Array;
  previousState: Int32Array;
  previousLink: Int32Array;
  queue: Int32Array;
  round: number;
  budget: number;
}

function parityPath(
  s: ParitySearch,
  from: number,
  to: number,
  parity: number,
  excluded: number,
): number[] | undefined {
  // States are node * 2 + parity of hostile links so far; BFS gives a shortest such walk.
  const round = ++s.round;
  const start = from * 2;
  const goal = to * 2 + parity;
  s.stamp[start] = round;
  let head = 0;
  let tail = 0;
  s.queue[tail++] = start;
  while (head < tail && s.stamp[goal] !== round) {
    if (--s.budget <= 0 || head >= SEARCH_LIMIT) return undefined;
    const state = s.queue[head++]!;
    const node = state >> 1;
    const p = state & 1;
    s.budget -= s.g.offsets[node + 1]! - s.g.offsets[node]!;
    for (let k = s.g.offsets[node]!; k < s.g.offsets[node + 1]!; k++) {
      const link = s.linkOf[k]!;
      if (link === excluded || s.capacity[link]! <= 1e-12) continue;
      const next = s.g.others[k]! * 2 + (p ^ s.hostile[link]!);
      if (s.stamp[next] === round) continue;
      s.stamp[next] = round;
      s.previousState[next] = state;
      s.previousLink[next] = link;
      s.queue[tail++] = next;
    }
  }
  if (s.stamp[goal] !== round) return undefined;
  const path: number[] = [];
  for (let state = goal; state !== start; state = s.previousState[state]!) path.push(s.previousLink[state]!);
  // A walk may repeat a link; only simple ones are packed, so no link is charged twice by one cycle.
  return new Set(path).size === path.length ? path : undefined;
}

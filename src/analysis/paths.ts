import type { GraphFilter } from "../model/filter";
import type { FaultlineGraph } from "../model/types";
import { assertActor, restrictRelations } from "./claims";
import { IndexedWalker } from "./indexed-walker";
import type { Chain } from "./projection";

export interface PathOptions {
  /** Relations a path may use; default every relation. */
  relations?: readonly string[];
  /**
   * Without it: every shortest path (up to a safety cap of 100). With it: the `maxPaths` shortest
   * simple paths, so longer detours are listed once the shortest ones run out.
   */
  maxPaths?: number;
  /** Walk directed claims both ways (marked `against` when reversed). Default true. */
  undirected?: boolean;
  /** Longest path considered when `maxPaths` asks for more than the shortest ones. Default shortest + 3. */
  maxLength?: number;
  filter?: GraphFilter;
}

const SHORTEST_CAP = 100;
const PATH_BUDGET = 200_000;

/**
 * The shortest chains between `a` and `b`, shortest first, ties in id order of the actors
 * visited. Symmetric relations are always walked both ways; directed ones only along their
 * direction unless `undirected`. Each step carries every chosen claim that links its two actors.
 */
export function paths(graph: FaultlineGraph, a: string, b: string, options: PathOptions = {}): Chain[] {
  assertActor(graph, a);
  assertActor(graph, b);
  if (a === b) return [];
  const filter = restrictRelations(options.filter ?? {}, options.relations);
  const walker = new IndexedWalker(graph, filter, options.undirected ?? true);
  const from = walker.number(a);
  const to = walker.number(b);

  const meeting = shortestMeeting(walker, from, to);
  if (meeting === undefined) return [];
  const shortest = meeting.length;
  const wanted = options.maxPaths ?? SHORTEST_CAP;
  const longest = options.maxPaths === undefined ? shortest : (options.maxLength ?? shortest + 3);

  // Whether `next`, reached at position `at` of a walk of `length` steps, can still end at b in
  // time. Shortest walks: exactly the nodes on a shortest path at that position (no dead ends);
  // longer walks: a bound from a backward search of b up to the longest length.
  let canArrive: (next: number, at: number, length: number) => boolean;
  if (longest === shortest) {
    canArrive = meeting.onShortestPath;
  } else {
    const toTarget = walker.distances(to, "in", longest).depth;
    canArrive = (next, at, length) => {
      const distance = toTarget[next] as number;
      return distance !== -1 && distance <= length - at;
    };
  }

  const found: number[][] = [];
  let budget = PATH_BUDGET;
  const walk = [from];
  const onWalk = new Uint8Array(walker.index.nodes.length);
  onWalk[from] = 1;
  const extend = (node: number, length: number): void => {
    const at = walk.length;
    if (at - 1 === length) {
      if (node === to) found.push([...walk]);
      return;
    }
    for (const next of walker.neighbours(node, "out")) {
      if (found.length >= wanted || budget <= 0) return;
      if (onWalk[next] === 1 || !canArrive(next, at, length)) continue;
      if (next === to && at < length) continue;
      budget--;
      walk.push(next);
      onWalk[next] = 1;
      extend(next, length);
      walk.pop();
      onWalk[next] = 0;
    }
  };
  for (let length = shortest; length <= longest && found.length < wanted && budget > 0; length++) {
    extend(from, length);
  }
  return found.map((nodes) => nodes.slice(1).map((next, i) => walker.step(nodes[i] as number, next)));
}

/**
 * Bidirectional breadth-first search from a (out) and b (in), always growing the side with fewer
 * edges to read, so a query between a hub and a leaf reads the leaf's side. Returns the shortest
 * length and a test for "node lies on some shortest path, at this position".
 */
function shortestMeeting(
  walker: IndexedWalker,
  from: number,
  to: number,
): { length: number; onShortestPath: (node: number, at: number, length: number) => boolean } | undefined {
  const { outOffset, inOffset } = walker.index;
  const count = walker.index.nodes.length;
  const fromA = new Int32Array(count).fill(-1);
  const toB = new Int32Array(count).fill(-1);
  fromA[from] = 0;
  toB[to] = 0;
  const layersA = [[from]];
  const layersB = [[to]];
  const cost = (layer: number[]) => {
    let edges = 0;
    for (const n of layer)
      edges +=
        (outOffset[n + 1] as number) -
        (outOffset[n] as number) +
        (inOffset[n + 1] as number) -
        (inOffset[n] as number);
    return edges;
  };
  const found: number[] = [];
  let met = false;
  while (!met) {
    const growA = cost(layersA.at(-1) as number[]) <= cost(layersB.at(-1) as number[]);
    const layers = growA ? layersA : layersB;
    const mine = growA ? fromA : toB;
    const theirs = growA ? toB : fromA;
    const depth = layers.length;
    const next: number[] = [];
    for (const node of layers[depth - 1] as number[]) {
      for (const other of walker.collectNeighbours(node, growA ? "out" : "in", found)) {
        if (mine[other] !== -1) continue;
        mine[other] = depth;
        next.push(other);
        if (theirs[other] !== -1) met = true;
      }
      found.length = 0;
    }
    if (next.length === 0) return undefined;
    layers.push(next);
  }
  // Layers are complete on both sides and no node had both labels before the last one, so every
  // shortest path crosses a's last layer at a node whose distance to b is b's last depth.
  const depthA = layersA.length - 1;
  const depthB = layersB.length - 1;
  const length = depthA + depthB;
  const onPathA = new Uint8Array(count);
  for (const node of layersA[depthA] as number[]) if (toB[node] === depthB) onPathA[node] = 1;
  for (let d = depthA - 1; d >= 0; d--) {
    for (const node of layersA[d] as number[]) {
      for (const other of walker.collectNeighbours(node, "out", found)) {
        if (fromA[other] === d + 1 && onPathA[other] === 1) onPathA[node] = 1;
      }
      found.length = 0;
    }
  }
  return {
    length,
    onShortestPath: (node, at) =>
      at <= depthA ? fromA[node] === at && onPathA[node] === 1 : toB[node] === length - at,
  };
}

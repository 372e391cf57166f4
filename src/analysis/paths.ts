import type { GraphFilter } from "../model/filter";
import type { FaultlineGraph } from "../model/types";
import { assertActor, restrictRelations } from "./claims";
import { type Chain, ClaimWalker } from "./projection";

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

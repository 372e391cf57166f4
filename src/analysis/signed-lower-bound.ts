import type { BalanceProblem } from "./balance-problem";

/**
 * A proven lower bound on the frustration of ANY split into any number of sides (so also of the
 * best split into k sides, for every k). A pair with both friendly and hostile claims frustrates at
 * least the smaller weight whatever the split. Beyond that, a cycle whose links are all friendly but
 * one hostile cannot be satisfied: the friendly links would put both ends of the hostile one on the
 * same side. Packing such cycles (each taking the smallest remaining weight along it, weights
 * subtracted so no weight is counted twice) bounds what every split must frustrate. Cycles of up to
 * `maxPath` + 1 links are searched: triangles and squares are where most of the bound lies, and
 * bounding the length (and the nodes all searches may visit) keeps it linear on large graphs.
 */
export function signedClusteringLowerBound(problem: BalanceProblem, maxPath = 3): number {
  // The searches share one budget of visited nodes, a fixed multiple of the problem's size: the
  // bound only gets weaker when it runs out, never wrong.
  const budget = { left: 20 * (problem.size + problem.pairs.length) };
  let bound = 0;
  const friendly = new Map<number, Map<number, number>>();
  const hostile: { a: number; b: number; weight: number }[] = [];
  const link = (a: number, b: number, w: number) => {
    let row = friendly.get(a);
    if (row === undefined) {
      row = new Map();
      friendly.set(a, row);
    }
    row.set(b, w);
  };
  for (const pair of problem.pairs) {
    const both = Math.min(pair.positive, pair.negative);
    bound += both;
    const net = pair.positive - pair.negative;
    if (net > 0) {
      link(pair.a, pair.b, net);
      link(pair.b, pair.a, net);
    } else if (net < 0) hostile.push({ a: pair.a, b: pair.b, weight: -net });
  }
  hostile.sort((x, y) => y.weight - x.weight || x.a - y.a || x.b - y.b);
  for (const edge of hostile) {
    while (edge.weight > 1e-9) {
      if (budget.left <= 0) break;
      const path = friendlyPath(friendly, edge.a, edge.b, maxPath, budget);
      if (path === undefined) break;
      let take = edge.weight;
      for (let i = 0; i + 1 < path.length; i++)
        take = Math.min(take, friendly.get(path[i]!)!.get(path[i + 1]!)!);
      bound += take;
      edge.weight -= take;
      for (let i = 0; i + 1 < path.length; i++) {
        for (const [x, y] of [
          [path[i]!, path[i + 1]!],
          [path[i + 1]!, path[i]!],
        ] as const) {
          const row = friendly.get(x)!;
          const left = row.get(y)! - take;
          if (left > 1e-9) row.set(y, left);
          else row.delete(y);
        }
      }
    }
  }
  return bound;
}

/** A shortest path of friendly links from `from` to `to` with at most `maxPath` links (BFS). */
function friendlyPath(
  friendly: Map<number, Map<number, number>>,
  from: number,
  to: number,
  maxPath: number,
  budget: { left: number },
): number[] | undefined {
  const previous = new Map<number, number>([[from, -1]]);
  let frontier = [from];
  for (let depth = 0; depth < maxPath && frontier.length > 0; depth++) {
    const next: number[] = [];
    for (const node of frontier) {
      for (const other of friendly.get(node)?.keys() ?? []) {
        if (previous.has(other)) continue;
        if (--budget.left <= 0) return undefined;
        previous.set(other, node);
        if (other === to) {
          const path = [to];
          for (let at = node; at !== -1; at = previous.get(at)!) path.push(at);
          return path.reverse();
        }
        next.push(other);
      }
    }
    frontier = next;
  }
  return undefined;
}

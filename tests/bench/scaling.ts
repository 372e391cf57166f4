import type { BenchResult } from "./results";
import type { BenchSize } from "./sizes";

/**
 * The scaling check: for every stage of opening a file (Node and browser), the time per item
 * (nodes + edges) at the largest size measured must stay within LIMIT times the time per item at
 * the smallest. A step that grows faster than the file (a search per quote, a sort per item) fails
 * it long before it shows as a missed target.
 */

export const SCALING_LIMIT = 2;

/** Stage metrics: the per-file steps of the files-users-bring benches, not queries or latencies. */
function isStage(metric: string): boolean {
  if (!/^(node|browser) (own export|typed foreign GEXF|untyped GEXF): /.test(metric)) return false;
  if (metric.includes("[")) return false; // the other viewer's rows
  return !/(backers|longest main-thread task|filter toggle|heap|on screen \/)/.test(metric);
}

export function scalingCheck(results: readonly BenchResult[], sizes: readonly BenchSize[]): BenchResult[] {
  const ordered = [...sizes].sort((a, b) => a.nodes + a.edges - (b.nodes + b.edges));
  const small = ordered[0];
  const large = ordered.at(-1);
  if (small === undefined || large === undefined || small === large) return [];
  const checks: BenchResult[] = [];
  for (const metric of new Set(results.filter((r) => r.unit === "ms").map((r) => r.metric))) {
    if (!isStage(metric)) continue;
    const at = (size: BenchSize) => results.find((r) => r.metric === metric && r.size === size.name)?.value;
    const smallMs = at(small);
    const largeMs = at(large);
    if (smallMs === undefined || largeMs === undefined) continue;
    const growth = largeMs / (large.nodes + large.edges) / (smallMs / (small.nodes + small.edges));
    checks.push({
      metric: `scaling: ${metric}`,
      size: large.name,
      value: growth,
      unit: "ratio",
      target: SCALING_LIMIT,
      ratio: growth / SCALING_LIMIT,
      note: `time per item at ${large.name} / at ${small.name}`,
    });
  }
  return checks;
}

import type { BenchSize } from "./sizes";
import type { Timing } from "./stats";

/** One measured number of the benchmark, at one graph size. */
export interface BenchResult {
  metric: string;
  size: string;
  value: number;
  /** "x": how many times better than something (more is better); "ratio": growth (less is better). */
  unit: "ms" | "MB" | "it/s" | "x" | "ratio";
  /** The issue's target for this metric and size, when it sets one. */
  target?: number;
  /** value / target for "at most" targets, target / value for "at least" ones; above 1 means missed. */
  ratio?: number;
  timing?: Timing;
  note?: string;
}

/** The speed and memory targets (2-core machine, software WebGL), by metric and size name. */
const TARGETS: Record<string, Partial<Record<string, number>>> = {
  "browser: on screen": { "1k": 500, "10k": 1500, "50k": 6000 },
  "browser: longest main-thread task": { "1k": 200, "10k": 200, "50k": 200 },
  "browser: filter toggle": { "50k": 100 },
  "browser: hover": { "50k": 50 },
  "browser: JS heap after GC": { "50k": 350 },
  "node: GEXF export": { "50k": 2000 },
  "node: backers query": { "50k": 50 },
  "node: paths query": { "50k": 50 },
  // The files users bring (issue: faster than other viewers on them).
  "browser typed foreign GEXF: other viewer's on screen / ours": { "10k": 3, "50k": 3 },
  "browser typed foreign GEXF: longest main-thread task": { "10k": 200, "50k": 500 },
  "browser typed foreign GEXF: filter toggle": { "50k": 100 },
  "browser typed foreign GEXF: JS heap after GC": { "50k": 350 },
  "node own export: GEXF export": { "50k": 2000 },
  "node typed foreign GEXF: GEXF export": { "50k": 2000 },
  "node untyped GEXF: GEXF export": { "50k": 2000 },
  "node own export: backers": { "50k": 50 },
  "node typed foreign GEXF: backers": { "50k": 50 },
  "node untyped GEXF: backers": { "50k": 50 },
};

/** Units where more is better: their targets are minimums. */
export function higherIsBetter(unit: BenchResult["unit"]): boolean {
  return unit === "it/s" || unit === "x";
}

export function result(
  metric: string,
  size: BenchSize,
  value: number,
  unit: BenchResult["unit"],
  extra: { timing?: Timing; note?: string } = {},
): BenchResult {
  const target = TARGETS[metric]?.[size.name];
  const out: BenchResult = { metric, size: size.name, value, unit, ...extra };
  if (target !== undefined) {
    out.target = target;
    out.ratio = higherIsBetter(unit) ? target / value : value / target;
  }
  return out;
}

/** Collects results and prints each as it arrives, so a long run shows progress. */
export class ResultLog {
  readonly results: BenchResult[] = [];
  add(entry: BenchResult): void {
    this.results.push(entry);
    const target =
      entry.target === undefined
        ? ""
        : `  (target ${entry.target} ${entry.unit}, ${entry.ratio?.toFixed(2)}×)`;
    const why = Number.isFinite(entry.value) || entry.note === undefined ? "" : `  (${entry.note})`;
    console.log(
      `  ${entry.size.padEnd(4)} ${entry.metric.padEnd(36)} ${format(entry.value, entry.unit)}${target}${why}`,
    );
  }
}

export function format(value: number, unit: BenchResult["unit"]): string {
  if (!Number.isFinite(value)) return "n/a";
  if (unit === "x" || unit === "ratio") return `${value.toFixed(2)}×`;
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

/** A plain-text table: one row per metric, one column per size, then target and ratio at the largest size. */
export function table(results: readonly BenchResult[], sizes: readonly BenchSize[]): string {
  const metrics = [...new Set(results.map((r) => r.metric))];
  // Rows measured at other "sizes" (ingest: per article) get columns of their own.
  const columns = [
    ...sizes.map((s) => s.name),
    ...new Set(results.map((r) => r.size).filter((name) => !sizes.some((s) => s.name === name))),
  ];
  const header = ["metric", ...columns, "target", "worst ratio"];
  const rows = metrics.map((metric) => {
    const cells = columns.map((column) => {
      const found = results.find((r) => r.metric === metric && r.size === column);
      return found ? format(found.value, found.unit) : "-";
    });
    const withTarget = results.filter((r) => r.metric === metric && r.target !== undefined);
    const targets = [...new Set(withTarget.map((r) => `${r.target}`))];
    const unit = withTarget[0]?.unit ?? "";
    const worst = withTarget.reduce((max, r) => Math.max(max, r.ratio ?? 0), 0);
    const targetText =
      withTarget.length === 0
        ? ""
        : `${unit !== "" && higherIsBetter(unit) ? "≥" : "≤"} ${targets.join("/")} ${unit}${targets.length > 1 ? "" : ` @${withTarget.map((r) => r.size).join(",")}`}`;
    const ratioText = withTarget.length === 0 ? "" : `${worst.toFixed(2)}× ${worst <= 1 ? "ok" : "MISSED"}`;
    return [metric, ...cells, targetText, ratioText];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `${"-".repeat(w + 1)}-` : `${"-".repeat(w + 1)}:`)).join("|")}|`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

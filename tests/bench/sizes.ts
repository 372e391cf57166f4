/** The graph sizes of the benchmark: nodes/edges, and how many runs each gets. */
export interface BenchSize {
  /** Short name used by `--sizes` and in the table: "1k", "10k", "50k". */
  name: string;
  nodes: number;
  edges: number;
  /** Repetitions whose median is reported (fewer for the largest graph). */
  runs: number;
}

export const SIZES: readonly BenchSize[] = [
  { name: "1k", nodes: 1_000, edges: 3_000, runs: 7 },
  { name: "10k", nodes: 10_000, edges: 40_000, runs: 5 },
  { name: "50k", nodes: 50_000, edges: 200_000, runs: 3 },
];

export const BENCH_SEED = 2024;

export function sizeLabel(size: BenchSize): string {
  const k = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
  return `${k(size.nodes)}/${k(size.edges)}`;
}

/** Parses "1k,10k" (or "all"); unknown names are an error listing the known ones. */
export function parseSizes(spec: string | undefined): BenchSize[] {
  if (spec === undefined || spec === "all") return [...SIZES];
  const wanted = spec.split(",").map((s) => s.trim().toLowerCase());
  return wanted.map((name) => {
    const size = SIZES.find((s) => s.name === name || sizeLabel(s) === name);
    if (!size) throw new Error(`unknown size "${name}"; known: ${SIZES.map((s) => s.name).join(", ")}`);
    return size;
  });
}

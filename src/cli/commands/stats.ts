import { CERTAINTIES } from "../../model/certainty";
import { firstDay, lastDay } from "../../model/dates";
import { isTextSource } from "../../model/evidence-kind";
import { ontologyIndex } from "../../model/ontology-index";
import type { LoadedDataset } from "../../model/types";
import type { Command } from "../command";
import { UsageError } from "../command";
import { loadDatasetFile } from "../load";

export interface DatasetStats {
  dataset: string;
  title: string;
  actors: number;
  claims: number;
  /** Count per node kind / relation kind, in ontology order, zeros included. */
  nodeKinds: Record<string, number>;
  relationKinds: Record<string, number>;
  certainty: Record<string, number>;
  /** First and last day covered by a dated claim, or null when no claim has a date. */
  timeRange: { start: string; end: string } | null;
  undatedClaims: number;
  /** Each source with how many claims cite it and how many evidence items (quotes or citations). */
  sources: {
    id: string;
    title: string;
    publisher: string;
    date: string;
    /** A reference's address and licence; absent for a shipped text. */
    url?: string;
    licence?: string;
    claims: number;
    quotes: number;
  }[];
  /** The five actors with the most claims (ties by dataset order). */
  topDegree: { id: string; label: string; degree: number }[];
}

export function computeStats(loaded: LoadedDataset): DatasetStats {
  const { dataset, ontology } = loaded;
  const kinds = ontologyIndex(ontology);
  const count = (ids: readonly string[], values: string[]) => {
    const counts: Record<string, number> = Object.fromEntries(ids.map((id) => [id, 0]));
    for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
    return counts;
  };

  let start: string | undefined;
  let end: string | undefined;
  let undated = 0;
  for (const claim of dataset.claims) {
    if (claim.start === undefined && claim.end === undefined) undated++;
    for (const day of [
      claim.start && firstDay(claim.start),
      claim.end && lastDay(claim.end),
      claim.start && lastDay(claim.start),
      claim.end && firstDay(claim.end),
    ]) {
      if (!day) continue;
      if (start === undefined || day < start) start = day;
      if (end === undefined || day > end) end = day;
    }
  }

  const sources = dataset.sources.map((source) => {
    const citing = dataset.claims.filter((c) => c.evidence.some((e) => e.source === source.id));
    const quotes = dataset.claims.reduce(
      (n, c) => n + c.evidence.filter((e) => e.source === source.id).length,
      0,
    );
    return {
      id: source.id,
      title: source.title,
      publisher: source.publisher,
      date: source.date,
      ...(isTextSource(source) ? {} : { url: source.url, licence: source.licence }),
      claims: citing.length,
      quotes,
    };
  });

  // Degree as in the graph: every claim counts once at each of its two ends.
  const degree = new Map<string, number>();
  for (const claim of dataset.claims) {
    for (const id of [claim.from, claim.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
  }
  const topDegree = dataset.actors
    .map((a, order) => ({ id: a.id, label: a.label, degree: degree.get(a.id) ?? 0, order }))
    .sort((a, b) => b.degree - a.degree || a.order - b.order)
    .slice(0, 5)
    .map(({ id, label, degree }) => ({ id, label, degree }));

  return {
    dataset: dataset.id,
    title: dataset.title,
    actors: dataset.actors.length,
    claims: dataset.claims.length,
    nodeKinds: count(
      kinds.nodeKindIds,
      dataset.actors.map((a) => a.kind),
    ),
    relationKinds: count(
      kinds.relationIds,
      dataset.claims.map((c) => c.relation),
    ),
    certainty: count(
      CERTAINTIES,
      dataset.claims.map((c) => c.certainty),
    ),
    timeRange: start !== undefined && end !== undefined ? { start, end } : null,
    undatedClaims: undated,
    sources,
    topDegree,
  };
}

function table(counts: Record<string, number>): string[] {
  const width = Math.max(0, ...Object.keys(counts).map((k) => k.length));
  return Object.entries(counts).map(([key, n]) => `  ${key.padEnd(width)}  ${String(n).padStart(4)}`);
}

function formatStats(stats: DatasetStats): string {
  return [
    `${stats.title} (${stats.dataset}): ${stats.actors} actors, ${stats.claims} claims, ${stats.sources.length} source${stats.sources.length === 1 ? "" : "s"}`,
    "",
    "Actors per kind:",
    ...table(stats.nodeKinds),
    "",
    "Claims per relation:",
    ...table(stats.relationKinds),
    "",
    "Certainty:",
    ...table(stats.certainty),
    "",
    `Time range: ${stats.timeRange ? `${stats.timeRange.start} .. ${stats.timeRange.end}` : "no dated claims"} (${stats.undatedClaims} undated claims)`,
    "",
    "Sources:",
    ...stats.sources.flatMap((s) =>
      s.url === undefined
        ? [`  ${s.id}  ${s.date}  ${s.publisher}: ${s.title} (${s.claims} claims, ${s.quotes} quotes)`]
        : [
            `  ${s.id}  ${s.date}  ${s.publisher}: ${s.title} (${s.claims} claims, ${s.quotes} citations)`,
            `      ${s.url} (${s.licence})`,
          ],
    ),
    "",
    "Most connected actors:",
    ...stats.topDegree.map((a) => `  ${String(a.degree).padStart(4)}  ${a.label} (${a.id})`),
  ].join("\n");
}

/** `faultline stats <dataset>`: what a dataset contains, at a glance. */
export const statsCommand: Command = {
  name: "stats",
  summary: "Counts per node and relation kind, certainty, time range, sources, top actors",
  usage: [
    "Usage: faultline stats <dataset.json> [--json]",
    "",
    "Prints counts of actors per node kind and claims per relation kind (ontology order, zeros",
    "included), certainty counts, the time range of dated claims, the sources with how many claims",
    "and quotes (or reference citations) cite each, a reference's address and licence, and the five",
    "actors with the most claims.",
    "",
    "Options:",
    "  --json    Print the same as a JSON object",
    "  --help    Show this help",
  ].join("\n"),
  options: { json: { type: "boolean" } },
  async run({ positionals, values, stdout }) {
    const [file, ...extra] = positionals;
    if (file === undefined) throw new UsageError("missing <dataset.json>");
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const stats = computeStats(await loadDatasetFile(file));
    stdout(values.json ? JSON.stringify(stats, null, 2) : formatStats(stats));
    return 0;
  },
};

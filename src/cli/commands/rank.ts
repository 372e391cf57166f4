import { EXACT_BETWEENNESS_LIMIT } from "../../analysis/brokers";
import { type RankBy, rankActors } from "../../analysis/rank";
import type { Command } from "../command";
import {
  choiceOption,
  dateOption,
  loadAnalysisGraph,
  positionalArgs,
  positiveIntegerOption,
  relationsOption,
} from "./analysis-args";

const MEASURES: readonly RankBy[] = ["support", "betweenness", "degree"];

/** `faultline rank <dataset>`: the most backed, the brokers, the most connected actors. */
export const rankCommand: Command = {
  name: "rank",
  summary: "Rank actors by support received, betweenness (brokers) or degree",
  usage: [
    "Usage: faultline rank <dataset.json> [--by support|betweenness|degree] [--top N] [--relations a,b] [--at DATE] [--json]",
    "",
    "One row per actor (places left out): camp, direct and transitive backers, actors it backs,",
    "enemies, betweenness (normalised, on the undirected graph of the chosen relations) and degree.",
    "",
    "Options:",
    "  --by MEASURE      support (default): most backed first; betweenness: brokers first; degree",
    "  --top N           Only the first N rows",
    "  --relations LIST  Relations betweenness and degree count (default: all friendly and hostile ones)",
    "  --at DATE         Only claims valid on that day (YYYY, YYYY-MM or YYYY-MM-DD)",
    "  --json            Print the rows as JSON",
    "  --help            Show this help",
  ].join("\n"),
  options: {
    by: { type: "string" },
    top: { type: "string" },
    relations: { type: "string" },
    at: { type: "string" },
    json: { type: "boolean" },
  },
  async run({ positionals, values, stdout }) {
    const [file] = positionalArgs(positionals, ["<dataset.json>"]) as [string];
    const by = choiceOption(values.by, "by", MEASURES) ?? "support";
    const top = positiveIntegerOption(values.top, "top");
    const at = dateOption(values.at, "at");
    const { loaded, graph } = await loadAnalysisGraph(file);
    const relations = relationsOption(values.relations, loaded);
    const all = rankActors(graph, loaded.ontology, {
      by,
      ...(relations === undefined ? {} : { relations }),
      ...(at === undefined ? {} : { filter: { at } }),
    });
    const rows = all.slice(0, top);
    if (values.json) {
      stdout(JSON.stringify(rows, null, 2));
      return 0;
    }
    const header = [
      "#",
      "actor",
      "camp",
      "backers",
      "transitive",
      "backs",
      "enemies",
      "betweenness",
      "degree",
    ];
    const table = rows.map((r, i) => [
      String(i + 1),
      `${r.label} (${r.actor})`,
      r.camp ?? "-",
      String(r.backers),
      String(r.transitiveBackers),
      String(r.backed),
      String(r.enemies),
      r.betweenness.toFixed(3),
      String(r.degree),
    ]);
    const widths = header.map((h, c) => Math.max(h.length, ...table.map((row) => row[c]!.length)));
    const line = (cells: string[]) =>
      cells
        .map((cell, c) => (c === 1 || c === 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
        .join("  ");
    const estimated =
      all.length > EXACT_BETWEENNESS_LIMIT
        ? [`(betweenness estimated from sampled sources: more than ${EXACT_BETWEENNESS_LIMIT} actors)`]
        : [];
    stdout([`Actors by ${by}:`, line(header), ...table.map(line), ...estimated].join("\n"));
    return 0;
  },
};

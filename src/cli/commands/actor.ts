import { evidenceLines, sourceLookup, spanText } from "../../analysis/format";
import { actorSummary } from "../../analysis/summary";
import { ontologyIndex } from "../../model/ontology-index";
import type { Command } from "../command";
import { dateOption, loadAnalysisGraph, positionalArgs, resolveActor } from "./analysis-args";

/** `faultline actor <dataset> <actor>`: everything claimed about one actor, grouped as the details panel shows it. */
export const actorCommand: Command = {
  name: "actor",
  summary: "Everything claimed about one actor, grouped by relation, with quotes",
  usage: [
    "Usage: faultline actor <dataset.json> <actor> [--at DATE] [--json]",
    "",
    "Lists the claims touching an actor (named by id, label or alias), grouped by relation and",
    "read from its side (supports / supported by, part of / includes, fights...), each with the",
    "other actor, certainty, time span and verbatim quotes: the explorer's details panel, as text.",
    "",
    "Options:",
    "  --at DATE   Only claims valid on that day (YYYY, YYYY-MM or YYYY-MM-DD)",
    "  --json      Print {actor, label, kind, groups: [{relation, direction, label, entries}]} as JSON",
    "  --help      Show this help",
  ].join("\n"),
  options: { at: { type: "string" }, json: { type: "boolean" } },
  async run({ positionals, values, stdout }) {
    const [file, name] = positionalArgs(positionals, ["<dataset.json>", "<actor>"]) as [string, string];
    const at = dateOption(values.at, "at");
    const { loaded, graph } = await loadAnalysisGraph(file);
    const actor = resolveActor(loaded, name);
    const summary = actorSummary(graph, loaded.ontology, actor, at === undefined ? {} : { at });
    if (values.json) {
      stdout(JSON.stringify(summary, null, 2));
      return 0;
    }
    const kind = ontologyIndex(loaded.ontology).nodeKindLabel(summary.kind);
    const lines = [`${summary.label} (${summary.actor}), ${kind}${at === undefined ? "" : `, on ${at}`}`];
    const sources = sourceLookup(loaded.dataset.sources);
    if (summary.groups.length === 0) lines.push("", "No claims.");
    for (const group of summary.groups) {
      lines.push("", `${group.label}:`);
      for (const entry of group.entries) {
        const details = [entry.claim, entry.certainty, spanText(entry)].filter((s) => s !== "").join("; ");
        lines.push(`  ${entry.otherLabel} (${entry.other}) [${details}]`);
        for (const quote of evidenceLines(entry, sources)) lines.push(`    ${quote}`);
      }
    }
    stdout(lines.join("\n"));
    return 0;
  },
};

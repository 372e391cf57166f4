import { findContradictions } from "../../analysis/contradictions";
import { claimBlock, sourceLookup } from "../../analysis/format";
import type { Command } from "../command";
import { dateOption, loadAnalysisGraph, positionalArgs } from "./analysis-args";

/** `faultline contradictions <dataset>`: claims that cannot all hold, and disputed ones. */
export const contradictionsCommand: Command = {
  name: "contradictions",
  summary: "Claims that contradict each other, and disputed claims against what opposes them",
  usage: [
    "Usage: faultline contradictions <dataset.json> [--at DATE] [--json]",
    "",
    "Lists, each with the claims involved and their verbatim quotes:",
    "  friend-and-foe   a friendly and a hostile claim about the same two actors at overlapping times",
    "  rival-control    two holders of one place at overlapping times (unless a friendly claim links them)",
    "  mutual-reverse   A part of B and B part of A (also successor of, located in) at overlapping times",
    "  disputed         each disputed claim, with the opposite-sign claims that share one of its actors",
    "",
    "Options:",
    "  --at DATE   Only claims valid on that day (YYYY, YYYY-MM or YYYY-MM-DD)",
    "  --json      Print [{kind, claims, explanation}] as JSON",
    "  --help      Show this help",
  ].join("\n"),
  options: { at: { type: "string" }, json: { type: "boolean" } },
  async run({ positionals, values, stdout }) {
    const [file] = positionalArgs(positionals, ["<dataset.json>"]) as [string];
    const at = dateOption(values.at, "at");
    const { loaded, graph } = await loadAnalysisGraph(file);
    const found = findContradictions(graph, loaded.ontology, at === undefined ? {} : { filter: { at } });
    if (values.json) {
      stdout(JSON.stringify(found, null, 2));
      return 0;
    }
    if (found.length === 0) {
      stdout("No contradictions found.");
      return 0;
    }
    const lines = [`${found.length} contradiction${found.length === 1 ? "" : "s"}:`];
    for (const c of found) {
      lines.push("", `[${c.kind}] ${c.explanation}`);
      for (const claim of c.claims)
        lines.push(...claimBlock(graph, loaded.ontology, claim, "  ", sourceLookup(loaded.dataset.sources)));
    }
    stdout(lines.join("\n"));
    return 0;
  },
};

import { camps } from "../../analysis/camps";
import { actorName, claimBlock } from "../../analysis/format";
import type { Command } from "../command";
import { dateOption, loadAnalysisGraph, positionalArgs } from "./analysis-args";

/** `faultline camps <dataset>`: the actors split into camps by structural balance. */
export const campsCommand: Command = {
  name: "camps",
  summary: "Split the actors into camps by structural balance; list the claims that break it",
  usage: [
    "Usage: faultline camps <dataset.json> [--at DATE] [--json]",
    "",
    "Reads friendly claims (supports, allied with, part of...) as joining two actors and hostile",
    "ones (fights, attacks, designates as terrorist) as separating them, and splits each connected",
    "group of actors in two so that the fewest claims break that rule (exact search for groups of up",
    "to 20 actors, a seeded local-search heuristic beyond). Places and neutral relations are ignored.",
    "Prints the camps, the unaligned actors, the frustrated claims with their quotes, and the",
    "balance: 1 - frustrated / all signed claims.",
    "",
    "Options:",
    "  --at DATE   Only claims valid on that day (YYYY, YYYY-MM or YYYY-MM-DD)",
    "  --json      Print {camps, campOf, frustrated, balance, method, ...} as JSON",
    "  --help      Show this help",
  ].join("\n"),
  options: { at: { type: "string" }, json: { type: "boolean" } },
  async run({ positionals, values, stdout }) {
    const [file] = positionalArgs(positionals, ["<dataset.json>"]) as [string];
    const at = dateOption(values.at, "at");
    const { loaded, graph } = await loadAnalysisGraph(file);
    const result = camps(graph, loaded.ontology, at === undefined ? {} : { at });
    if (values.json) {
      stdout(JSON.stringify(result, null, 2));
      return 0;
    }
    const lines = [
      `${result.camps.length} camp${result.camps.length === 1 ? "" : "s"}${at === undefined ? "" : ` on ${at}`}; balance ${result.balance.toFixed(3)} (${result.frustratedWeight} of ${result.totalWeight} signed claims frustrated, ${result.method}${result.lowerBound === undefined ? "" : `, at least ${result.lowerBound} unavoidable`})`,
    ];
    for (const camp of result.camps) {
      lines.push("", `${camp.id}: ${camp.label} (${camp.members.length})`);
      for (const member of camp.members) lines.push(`  ${actorName(graph, member)}`);
    }
    const unaligned = Object.entries(result.campOf)
      .filter(([, camp]) => camp === null)
      .map(([actor]) => actor);
    if (unaligned.length > 0) {
      lines.push(
        "",
        `Unaligned (no friendly or hostile claim): ${unaligned.map((a) => actorName(graph, a)).join(", ")}`,
      );
    }
    if (result.frustrated.length > 0) {
      lines.push("", "Frustrated claims (friendly across camps, or hostile within one):");
      for (const f of result.frustrated) {
        const edge = graph.getEdgeAttributes(f.claim);
        const ref = {
          ...f,
          certainty: edge.certainty,
          directed: edge.directed,
          start: edge.start,
          end: edge.end,
        };
        lines.push(...claimBlock(graph, loaded.ontology, ref, "  "));
      }
    }
    stdout(lines.join("\n"));
    return 0;
  },
};

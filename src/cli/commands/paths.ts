import { actorName, sourceLookup, stepBlock } from "../../analysis/format";
import { paths } from "../../analysis/paths";
import type { Command } from "../command";
import {
  dateOption,
  loadAnalysisGraph,
  positionalArgs,
  positiveIntegerOption,
  relationsOption,
  resolveActor,
} from "./analysis-args";

/** `faultline paths <dataset> <a> <b>`: the shortest chains of claims linking two actors. */
export const pathsCommand: Command = {
  name: "paths",
  summary: "The shortest chains of claims linking two actors",
  usage: [
    "Usage: faultline paths <dataset.json> <a> <b> [--relations a,b] [--max N] [--directed] [--at DATE] [--json]",
    "",
    "Lists every shortest chain of claims between two actors (named by id, label or alias), each",
    "link with its claims and verbatim quotes. Links may be walked against a claim's direction",
    "(marked so) unless --directed; symmetric relations (fights, allied with) work both ways.",
    "",
    "Options:",
    "  --relations LIST  Comma-separated relations a chain may use (default: all)",
    "  --max N           List the N shortest chains, longer ones included, instead of all shortest ones",
    "  --directed        Follow directed claims only along their direction",
    "  --at DATE         Only claims valid on that day (YYYY, YYYY-MM or YYYY-MM-DD)",
    "  --json            Print the chains as JSON: [[{from, to, claims: [...]}, ...], ...]",
    "  --help            Show this help",
  ].join("\n"),
  options: {
    relations: { type: "string" },
    max: { type: "string" },
    directed: { type: "boolean" },
    at: { type: "string" },
    json: { type: "boolean" },
  },
  async run({ positionals, values, stdout }) {
    const [file, nameA, nameB] = positionalArgs(positionals, ["<dataset.json>", "<a>", "<b>"]) as [
      string,
      string,
      string,
    ];
    const maxPaths = positiveIntegerOption(values.max, "max");
    const at = dateOption(values.at, "at");
    const { loaded, graph } = await loadAnalysisGraph(file);
    const relations = relationsOption(values.relations, loaded);
    const a = resolveActor(loaded, nameA);
    const b = resolveActor(loaded, nameB);
    const found = paths(graph, a, b, {
      undirected: values.directed !== true,
      ...(relations === undefined ? {} : { relations }),
      ...(maxPaths === undefined ? {} : { maxPaths }),
      ...(at === undefined ? {} : { filter: { at } }),
    });
    if (values.json) {
      stdout(JSON.stringify(found, null, 2));
      return 0;
    }
    const between = `${actorName(graph, a)} and ${actorName(graph, b)}`;
    if (found.length === 0) {
      stdout(`No chain of claims links ${between}${relations ? ` over ${relations.join(", ")}` : ""}.`);
      return 0;
    }
    const lines = [`${found.length} chain${found.length === 1 ? "" : "s"} between ${between}:`];
    found.forEach((chain, i) => {
      lines.push("", `Chain ${i + 1} (${chain.length} hop${chain.length === 1 ? "" : "s"}):`);
      for (const step of chain)
        lines.push(...stepBlock(graph, loaded.ontology, step, "  ", sourceLookup(loaded.dataset.sources)));
    });
    stdout(lines.join("\n"));
    return 0;
  },
};

import { type BackingResult, backed, backers } from "../../analysis/backers";
import { actorName, type SourceLookup, sourceLookup, stepBlock } from "../../analysis/format";
import type { FaultlineGraph, Ontology } from "../../model/types";
import type { Command } from "../command";
import {
  choiceOption,
  dateOption,
  loadAnalysisGraph,
  positionalArgs,
  positiveIntegerOption,
  relationsOption,
  resolveActor,
} from "./analysis-args";

const DIRECTIONS = ["in", "out", "both"] as const;

function formatResults(
  graph: FaultlineGraph,
  ontology: Ontology,
  title: string,
  results: BackingResult[],
  sources: SourceLookup,
): string[] {
  if (results.length === 0) return [`${title}: none`];
  const lines = [`${title}:`];
  for (const result of results) {
    lines.push(`  ${actorName(graph, result.actor)}: ${result.hops} hop${result.hops === 1 ? "" : "s"}`);
    result.chains.forEach((chain, i) => {
      if (result.chains.length > 1) lines.push(`    chain ${i + 1}:`);
      const indent = result.chains.length > 1 ? "      " : "    ";
      for (const step of chain) lines.push(...stepBlock(graph, ontology, step, indent, sources));
    });
  }
  return lines;
}

/** `faultline backers <dataset> <actor>`: who backs an actor (or whom it backs), with the quotes behind each link. */
export const backersCommand: Command = {
  name: "backers",
  summary: "Who backs an actor, directly or through chains, with the quotes behind each link",
  usage: [
    "Usage: faultline backers <dataset.json> <actor> [--hops N] [--direction in|out|both] [--at DATE] [--json]",
    "",
    "Lists the actors that back <actor> through chains of `supports` claims of up to N hops, shortest",
    "first, and for each link of each chain the claim and its verbatim quotes. The actor is named by",
    "id, label or alias.",
    "",
    "Options:",
    "  --hops N          Longest chain followed (default 3; 1 = direct backers only)",
    "  --direction D     in: who backs the actor (default); out: whom it backs; both",
    "  --at DATE         Only claims valid on that day (YYYY, YYYY-MM or YYYY-MM-DD)",
    "  --relations LIST  Comma-separated relations that count as backing (default supports)",
    "  --json            Print {actor, direction, maxHops, backers?, backed?} as JSON",
    "  --help            Show this help",
  ].join("\n"),
  options: {
    hops: { type: "string" },
    direction: { type: "string" },
    at: { type: "string" },
    relations: { type: "string" },
    json: { type: "boolean" },
  },
  async run({ positionals, values, stdout }) {
    const [file, name] = positionalArgs(positionals, ["<dataset.json>", "<actor>"]) as [string, string];
    const maxHops = positiveIntegerOption(values.hops, "hops") ?? 3;
    const direction = choiceOption(values.direction, "direction", DIRECTIONS) ?? "in";
    const at = dateOption(values.at, "at");
    const { loaded, graph } = await loadAnalysisGraph(file);
    const relations = relationsOption(values.relations, loaded);
    const actor = resolveActor(loaded, name);
    const options = { maxHops, ...(at === undefined ? {} : { at }), ...(relations ? { relations } : {}) };
    const inbound = direction === "out" ? undefined : backers(graph, actor, options);
    const outbound = direction === "in" ? undefined : backed(graph, actor, options);

    if (values.json) {
      const report = {
        actor,
        direction,
        maxHops,
        ...(at === undefined ? {} : { at }),
        ...(inbound === undefined ? {} : { backers: inbound }),
        ...(outbound === undefined ? {} : { backed: outbound }),
      };
      stdout(JSON.stringify(report, null, 2));
      return 0;
    }
    const when = at === undefined ? "" : ` on ${at}`;
    const sources = sourceLookup(loaded.dataset.sources);
    const lines: string[] = [];
    const name_ = actorName(graph, actor);
    const hopText = `${maxHops} hop${maxHops === 1 ? "" : "s"}`;
    if (inbound !== undefined) {
      lines.push(
        ...formatResults(
          graph,
          loaded.ontology,
          `Backers of ${name_}, up to ${hopText}${when}`,
          inbound,
          sources,
        ),
      );
    }
    if (outbound !== undefined) {
      if (lines.length > 0) lines.push("");
      lines.push(
        ...formatResults(
          graph,
          loaded.ontology,
          `Backed by ${name_}, up to ${hopText}${when}`,
          outbound,
          sources,
        ),
      );
    }
    stdout(lines.join("\n"));
    return 0;
  },
};

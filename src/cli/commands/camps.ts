import { type CampOptions, type CampResult, camps } from "../../analysis/camps";
import { actorName, claimBlock, sourceLookup } from "../../analysis/format";
import type { FaultlineGraph, LoadedDataset } from "../../model/types";
import type { Command } from "../command";
import { dateOption, loadAnalysisGraph, positionalArgs, positiveIntegerOption } from "./analysis-args";

/** `faultline camps <dataset>`: the actors split into camps by signed clustering. */
export const campsCommand: Command = {
  name: "camps",
  summary: "Split the actors into camps (k sides, weak balance); list the claims that break them",
  usage: [
    "Usage: faultline camps <dataset.json> [--at DATE] [--sides N] [--max-sides N] [--min-saving N] [--json]",
    "",
    "Reads friendly claims (supports, allied with, part of...) as joining two actors and hostile",
    "ones (fights, attacks, designates as terrorist) as separating them, and splits each connected",
    "group of actors into the number of sides that frustrates fewest claims: one more side is used",
    "only when it frees at least --min-saving frustrated claims. Within a side, only actors linked by",
    "friendly claims form a camp; an actor with hostile claims only stands alone. Small groups are",
    "searched exhaustively ('exact'); larger ones by a seeded local search, with a proven lower bound",
    "on what any split must frustrate. Places and neutral relations are ignored.",
    "",
    "Options:",
    "  --at DATE         Only claims valid on that day (YYYY, YYYY-MM or YYYY-MM-DD)",
    "  --sides N         Exactly N sides at most (2 = classic structural balance)",
    "  --max-sides N     Most sides the number may be chosen up to (default 8)",
    "  --min-saving N    Frustrated claims one more side must free to be used (default 1)",
    "  --json            Print {camps, campOf, alone, frustrated, balance, method, components, caveats} as JSON",
    "  --help            Show this help",
  ].join("\n"),
  options: {
    at: { type: "string" },
    sides: { type: "string" },
    "max-sides": { type: "string" },
    "min-saving": { type: "string" },
    json: { type: "boolean" },
  },
  async run({ positionals, values, stdout }) {
    const [file] = positionalArgs(positionals, ["<dataset.json>"]) as [string];
    const at = dateOption(values.at, "at");
    const options: CampOptions = {};
    if (at !== undefined) options.at = at;
    const sides = positiveIntegerOption(values.sides, "sides");
    if (sides !== undefined) options.sides = sides;
    const maxSides = positiveIntegerOption(values["max-sides"], "max-sides");
    if (maxSides !== undefined) options.maxSides = maxSides;
    const minSaving = positiveIntegerOption(values["min-saving"], "min-saving");
    if (minSaving !== undefined) options.minSaving = minSaving;
    const { loaded, graph } = await loadAnalysisGraph(file);
    const result = camps(graph, loaded.ontology, options);
    stdout(values.json ? JSON.stringify(result, null, 2) : campsReport(result, graph, loaded, at).join("\n"));
    return 0;
  },
};

/** The result as lines of text: the summary, how the sides were chosen, the camps, the caveats. */
export function campsReport(
  result: CampResult,
  graph: FaultlineGraph,
  loaded: LoadedDataset,
  at: string | undefined,
): string[] {
  const name = (actor: string) => actorName(graph, actor);
  const lines = [
    `${result.camps.length} camp${result.camps.length === 1 ? "" : "s"}${at === undefined ? "" : ` on ${at}`}; balance ${result.balance.toFixed(3)} (${result.frustratedWeight} of ${result.totalWeight} signed claims frustrated, ${result.method}${result.lowerBound === undefined ? "" : `, at least ${result.lowerBound} unavoidable`})`,
  ];
  for (const [i, c] of result.components.entries()) {
    if (c.size < 3) continue;
    // Up to the first number of sides that saves nothing more: the rest repeat it.
    const shown = c.frustrationBySides.slice(0, Math.min(c.frustrationBySides.length, c.sides + 1));
    const by = shown.map((f, k) => `${k + 1}: ${f}`).join(", ");
    lines.push(
      `Group ${i + 1} (${c.size} actors): ${c.sides} side${c.sides === 1 ? "" : "s"} chosen; frustrated claims by number of sides: ${by}`,
    );
  }
  for (const camp of result.camps) {
    const b = camp.basis;
    lines.push(
      "",
      `${camp.id}: ${camp.label} (${camp.members.length}; ${plural(b.friendlyClaims, "friendly claim")} inside, ${plural(b.hostileClaims, "hostile claim")} out, ${plural(b.sources, "source")})`,
    );
    for (const member of camp.members) lines.push(`  ${name(member)}`);
  }
  if (result.alone.length > 0) {
    lines.push("", `Standing alone (hostile claims only): ${result.alone.map(name).join(", ")}`);
  }
  const alone = new Set(result.alone);
  const unaligned = Object.entries(result.campOf)
    .filter(([actor, camp]) => camp === null && !alone.has(actor))
    .map(([actor]) => actor);
  if (unaligned.length > 0) {
    lines.push("", `Unaligned (no friendly or hostile claim): ${unaligned.map(name).join(", ")}`);
  }
  if (result.caveats.length > 0) lines.push("", "Caveats:", ...result.caveats.map((c) => `  - ${c}`));
  if (result.frustrated.length > 0) {
    lines.push("", "Frustrated claims (friendly across camps, or hostile within one):");
    const sources = sourceLookup(loaded.dataset.sources);
    for (const f of result.frustrated) {
      const edge = graph.getEdgeAttributes(f.claim);
      const ref = {
        ...f,
        certainty: edge.certainty,
        directed: edge.directed,
        start: edge.start,
        end: edge.end,
      };
      lines.push(...claimBlock(graph, loaded.ontology, ref, "  ", sources));
    }
  }
  return lines;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

import { loadDataset } from "../../model/load";
import type { Command } from "../command";
import { UsageError } from "../command";
import { readTextFile } from "../files";
import { formatInputErrors } from "../load";

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** `faultline validate <dataset>...`: every problem of each dataset, or a one-line summary. */
export const validateCommand: Command = {
  name: "validate",
  summary: "Check datasets: structure, ids, allowed relations, verbatim quotes, dates",
  usage: [
    "Usage: faultline validate <dataset.json>... [--json]",
    "",
    "Checks each dataset, its ontology and its source texts, and reports every problem found as",
    "`file: path: message` (path is a JSON path such as $.claims[3].evidence[0].quote, or",
    "`line L, column C` for malformed JSON). Exit 0 when all are valid, 1 otherwise.",
    "",
    "Options:",
    "  --json    Print a JSON array with one {file, ok, actors, claims, sources} or {file, ok, errors} per dataset",
    "  --help    Show this help",
  ].join("\n"),
  options: { json: { type: "boolean" } },
  async run({ positionals, values, stdout, stderr }) {
    if (positionals.length === 0) throw new UsageError("missing <dataset.json>");
    const reports: unknown[] = [];
    let failed = false;
    for (const file of positionals) {
      const result = await loadDataset(file, readTextFile);
      if (result.ok) {
        const { actors, claims, sources } = result.value.dataset;
        const counts = { actors: actors.length, claims: claims.length, sources: sources.length };
        reports.push({ file, ok: true, ...counts });
        if (!values.json) {
          stdout(
            `OK: ${plural(counts.actors, "actor")}, ${plural(counts.claims, "claim")}, ${plural(counts.sources, "source")} (${file})`,
          );
        }
      } else {
        failed = true;
        reports.push({ file, ok: false, errors: result.errors });
        if (!values.json) {
          const n = result.errors.length;
          stderr(`${formatInputErrors(result.errors)}\n${file}: ${plural(n, "error")}`);
        }
      }
    }
    if (values.json) stdout(JSON.stringify(reports, null, 2));
    return failed ? 1 : 0;
  },
};

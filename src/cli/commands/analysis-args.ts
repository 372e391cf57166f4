import { buildGraph } from "../../model/build-graph";
import { isPartialDate } from "../../model/dates";
import { findActor, suggestActors } from "../../model/find-actor";
import { ontologyIndex } from "../../model/ontology-index";
import type { FaultlineGraph, LoadedDataset } from "../../model/types";
import { InputError, UsageError } from "../command";
import { loadDatasetFile } from "../load";

/** Option parsing shared by the analysis commands (backers, paths, camps, contradictions, rank). */

/** Loads a dataset and builds its graph; the layout is skipped since no analysis reads positions. */
export async function loadAnalysisGraph(
  file: string,
): Promise<{ loaded: LoadedDataset; graph: FaultlineGraph }> {
  const loaded = await loadDatasetFile(file);
  return { loaded, graph: buildGraph(loaded, { iterations: 0 }) };
}

/** An actor named by id, label or alias; an unknown name is bad input (exit 1) with suggestions. */
export function resolveActor(loaded: LoadedDataset, name: string): string {
  const actor = findActor(loaded.dataset, name);
  if (actor !== undefined) return actor.id;
  const close = suggestActors(loaded.dataset, name);
  const hint =
    close.length === 0 ? "" : ` Did you mean ${close.map((a) => `"${a.id}" (${a.label})`).join(", ")}?`;
  throw new InputError(`${loaded.file}: no actor named "${name}".${hint}`);
}

export function dateOption(value: unknown, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !isPartialDate(value)) {
    throw new UsageError(`--${option} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not "${String(value)}"`);
  }
  return value;
}

export function positiveIntegerOption(value: unknown, option: string): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new UsageError(`--${option} must be a whole number of at least 1, not "${String(value)}"`);
  }
  return n;
}

export function choiceOption<T extends string>(
  value: unknown,
  option: string,
  choices: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !(choices as readonly string[]).includes(value)) {
    throw new UsageError(`--${option} must be one of ${choices.join(", ")}, not "${String(value)}"`);
  }
  return value as T;
}

/** A comma-separated list of relation ids, each checked against the ontology. */
export function relationsOption(value: unknown, loaded: LoadedDataset): string[] | undefined {
  if (value === undefined) return undefined;
  const known = ontologyIndex(loaded.ontology).relationIds;
  const list = String(value)
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (list.length === 0) throw new UsageError("--relations needs at least one relation id");
  const unknown = list.filter((r) => !known.includes(r));
  if (unknown.length > 0) {
    throw new UsageError(`unknown relation "${unknown[0]}"; the ontology has: ${known.join(", ")}`);
  }
  return list;
}

/** Exactly `count` positionals, or a usage error naming what is missing or extra. */
export function positionalArgs(positionals: string[], names: readonly string[]): string[] {
  if (positionals.length < names.length) throw new UsageError(`missing ${names[positionals.length]}`);
  if (positionals.length > names.length)
    throw new UsageError(`unexpected argument "${positionals[names.length]}"`);
  return positionals;
}

import { isQuoteEvidence, isTextSource } from "../model/evidence-kind";
import type { GraphFilter } from "../model/filter";
import type { Actor, Claim, Dataset, Evidence, LoadedDataset, Source } from "../model/types";
import { validateDataset } from "../model/validate";
import { datasetSubset } from "./dataset-subset";

/**
 * The dataset (or the subset a filter shows) as pretty JSON. Keys are written in the schema's order
 * whatever order the input had, so the same dataset always gives the same bytes, and the result is
 * validated again before it is returned: an export is never a file the loader would reject.
 */

/** Copies the listed keys in order, skipping undefined ones. */
function pick<T extends object>(value: T, keys: readonly (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out;
}

function canonicalSource(source: Source): Partial<Source> {
  if (isTextSource(source))
    return pick(source, ["id", "title", "publisher", "date", "url", "language", "text"]);
  return pick(source, ["id", "title", "publisher", "date", "url", "licence", "language"]);
}

function canonicalActor(actor: Actor): Partial<Actor> {
  const out = pick(actor, ["id", "label", "kind", "aliases", "description"]);
  if (actor.coordinates) out.coordinates = { lat: actor.coordinates.lat, lon: actor.coordinates.lon };
  return { ...out, ...pick(actor, ["start", "end"]) };
}

function canonicalEvidence(evidence: Evidence): Partial<Evidence> {
  if (isQuoteEvidence(evidence)) return pick(evidence, ["source", "quote", "attributedTo"]);
  return pick(evidence, ["source", "locator", "note", "stance"]);
}

function canonicalClaim(claim: Claim): Record<string, unknown> {
  return {
    ...pick(claim, ["id", "from", "relation", "to"]),
    evidence: claim.evidence.map(canonicalEvidence),
    ...pick(claim, ["start", "end", "certainty", "note"]),
  };
}

export function canonicalDataset(dataset: Dataset): Record<string, unknown> {
  const out: Record<string, unknown> = {
    // `includes` is never written: a loaded dataset is already merged with what it included.
    ...pick(dataset, ["$schema", "id", "title", "description", "ontology"]),
    sources: dataset.sources.map(canonicalSource),
    actors: dataset.actors.map(canonicalActor),
    claims: dataset.claims.map(canonicalClaim),
  };
  if (dataset.layout !== undefined) {
    // Layout follows actor order, not the input's key order.
    const layout: Record<string, { x: number; y: number }> = {};
    for (const actor of dataset.actors) {
      const position = dataset.layout[actor.id];
      if (position) layout[actor.id] = { x: position.x, y: position.y };
    }
    out.layout = layout;
  }
  return out;
}

export function exportDatasetJson(loaded: LoadedDataset, filter?: GraphFilter): string {
  const json = canonicalDataset(datasetSubset(loaded, filter));
  const checked = validateDataset(json, {
    file: loaded.file,
    ontology: loaded.ontology,
    sourceTexts: loaded.sourceTexts,
  });
  if (!checked.ok) {
    const problems = checked.errors.map((e) => `${e.path}: ${e.message}`).join("; ");
    throw new Error(`the exported dataset does not validate: ${problems}`);
  }
  // JSON leaves DEL and C1 controls raw; escaped, the file reads the same and prints inertly.
  const text = JSON.stringify(json, null, 2).replace(
    /[\u007F-\u009F]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return `${text}\n`;
}

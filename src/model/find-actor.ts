import { closestMatches } from "./suggest";
import type { Actor, Dataset } from "./types";

/**
 * Naming actors the way people do: by id ("hts"), label ("Hayat Tahrir al-Sham") or alias ("HTS"),
 * ignoring case and extra spaces. An id wins over a label, a label over an alias, so a name that is
 * one actor's id and another's alias is never ambiguous.
 */

function normalizeName(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

export function findActor(dataset: Dataset, query: string): Actor | undefined {
  const q = normalizeName(query);
  if (q === "") return undefined;
  return (
    dataset.actors.find((a) => a.id.toLowerCase() === q) ??
    dataset.actors.find((a) => normalizeName(a.label) === q) ??
    dataset.actors.find((a) => (a.aliases ?? []).some((alias) => normalizeName(alias) === q))
  );
}

/** Actors whose id, label or alias is close to the query, best first: for "did you mean ...?". */
export function suggestActors(dataset: Dataset, query: string, limit = 3): Actor[] {
  const names: string[] = [];
  const owner = new Map<string, Actor>();
  for (const actor of dataset.actors) {
    for (const name of [actor.id, actor.label, ...(actor.aliases ?? [])]) {
      const key = normalizeName(name);
      if (!owner.has(key)) {
        owner.set(key, actor);
        names.push(key);
      }
    }
  }
  const result: Actor[] = [];
  for (const name of closestMatches(normalizeName(query), names, names.length)) {
    const actor = owner.get(name);
    if (actor !== undefined && !result.includes(actor)) result.push(actor);
    if (result.length === limit) break;
  }
  return result;
}

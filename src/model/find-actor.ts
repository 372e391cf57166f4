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
  return findActorMatches(dataset, query)[0];
}

/**
 * Every actor the name could mean, at the strongest level that matches (an id, else labels, else
 * aliases), in dataset order. More than one means the name is ambiguous (two groups can share an
 * acronym): a command can then say so instead of silently taking the first.
 */
export function findActorMatches(dataset: Dataset, query: string): Actor[] {
  const q = normalizeName(query);
  if (q === "") return [];
  const byId = dataset.actors.filter((a) => a.id.toLowerCase() === q);
  if (byId.length > 0) return byId;
  const byLabel = dataset.actors.filter((a) => normalizeName(a.label) === q);
  if (byLabel.length > 0) return byLabel;
  return dataset.actors.filter((a) => (a.aliases ?? []).some((alias) => normalizeName(alias) === q));
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

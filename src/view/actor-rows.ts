import type { CampResult } from "../analysis/camps";
import { compareIds } from "../analysis/claims";
import type { RankRow } from "../analysis/rank";

/**
 * The actor table's columns and sort, pure so they can be tested without a page. Rows come from
 * `rankActors` unchanged (the figures of `faultline rank --json`); only their order changes here.
 */

export type ActorColumn =
  | "label"
  | "kind"
  | "camp"
  | "backers"
  | "backed"
  | "enemies"
  | "betweenness"
  | "degree";
export type SortDirection = "ascending" | "descending";

export interface ActorSort {
  column: ActorColumn;
  direction: SortDirection;
}

export const ACTOR_COLUMNS: readonly { id: ActorColumn; label: string; numeric: boolean; title: string }[] = [
  { id: "label", label: "Actor", numeric: false, title: "Actor label" },
  { id: "kind", label: "Kind", numeric: false, title: "Actor kind" },
  { id: "camp", label: "Camp", numeric: false, title: "Camp of structural balance (unaligned last)" },
  { id: "backers", label: "Backers", numeric: true, title: "Actors supporting it directly" },
  { id: "backed", label: "Backs", numeric: true, title: "Actors it supports directly" },
  { id: "enemies", label: "Enemies", numeric: true, title: "Actors linked to it by a hostile claim" },
  {
    id: "betweenness",
    label: "Betweenness",
    numeric: true,
    title: "Normalised betweenness: who brokers between others",
  },
  { id: "degree", label: "Degree", numeric: true, title: "Friendly and hostile claims touching it" },
];

export const DEFAULT_ACTOR_SORT: ActorSort = { column: "backers", direction: "descending" };

/** Numbers start high-to-low (who matters most first), text A-to-Z; a second click reverses. */
export function nextSort(current: ActorSort, column: ActorColumn): ActorSort {
  if (current.column === column) {
    return { column, direction: current.direction === "ascending" ? "descending" : "ascending" };
  }
  const numeric = ACTOR_COLUMNS.find((c) => c.id === column)?.numeric ?? false;
  return { column, direction: numeric ? "descending" : "ascending" };
}

/** "camp-2" -> 2, so camps sort by size rank (camp-10 after camp-9); unaligned after every camp. */
function campOrder(camp: string | null): number {
  if (camp === null) return Number.POSITIVE_INFINITY;
  const n = Number(/(\d+)$/.exec(camp)?.[1]);
  return Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER;
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/**
 * A sorted copy. Ties keep the rank order they came in (sort is stable), and unaligned actors stay
 * last whichever way the camp column is sorted.
 */
export function sortActorRows(
  rows: readonly RankRow[],
  sort: ActorSort,
  kindLabel: (kind: string) => string,
): RankRow[] {
  const sign = sort.direction === "ascending" ? 1 : -1;
  const compare = (a: RankRow, b: RankRow): number => {
    switch (sort.column) {
      case "label":
        return sign * (collator.compare(a.label, b.label) || compareIds(a.actor, b.actor));
      case "kind":
        return sign * collator.compare(kindLabel(a.kind), kindLabel(b.kind));
      case "camp": {
        const [x, y] = [campOrder(a.camp), campOrder(b.camp)];
        if (x === y) return 0;
        if (x === Number.POSITIVE_INFINITY) return 1;
        if (y === Number.POSITIVE_INFINITY) return -1;
        return sign * (x - y);
      }
      default:
        return sign * (a[sort.column] - b[sort.column]);
    }
  };
  return [...rows].sort(compare);
}

export function campLabel(result: Pick<CampResult, "camps">, camp: string | null): string {
  if (camp === null) return "unaligned";
  return result.camps.find((c) => c.id === camp)?.label ?? camp;
}

import { firstDay, isPartialDate, lastDay } from "../model/dates";
import type { Dataset } from "../model/types";

/**
 * The months the time slider stops at: the months in which the graph changes, i.e. where a claim
 * starts, and the month after one ends (it holds through its last day). Between two stops the graph
 * is the same, so every step shows something new, and a dataset reaching back to the 1970s does not
 * squeeze the months of the reporting into a few pixels. Pure; months are "YYYY-MM", ascending.
 */

function monthIndex(day: string): number {
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}

function monthOf(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}

export function datasetMonths(dataset: Dataset): string[] {
  const stops = new Set<number>();
  for (const claim of dataset.claims) {
    if (claim.start !== undefined && isPartialDate(claim.start)) stops.add(monthIndex(firstDay(claim.start)));
    if (claim.end !== undefined && isPartialDate(claim.end)) stops.add(monthIndex(lastDay(claim.end)) + 1);
  }
  return [...stops].sort((a, b) => a - b).map(monthOf);
}

/** The slider position for a date: the last stop at or before its month (the first stop before all). */
export function monthPosition(months: readonly string[], date: string): number {
  const month = firstDay(date).slice(0, 7);
  let position = 0;
  for (let i = 0; i < months.length; i++) if ((months[i] ?? "") <= month) position = i;
  return position;
}

import { firstDay, isPartialDate, lastDay } from "../model/dates";
import type { Dataset } from "../model/types";

/**
 * The months the time slider runs over: from the earliest date a claim mentions to one month past
 * the latest, so "after the last change" is reachable. Pure; months are "YYYY-MM".
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
  let low: number | undefined;
  let high: number | undefined;
  for (const claim of dataset.claims) {
    for (const value of [claim.start, claim.end]) {
      if (value === undefined || !isPartialDate(value)) continue;
      const from = monthIndex(firstDay(value));
      const to = monthIndex(lastDay(value));
      low = low === undefined ? from : Math.min(low, from);
      high = high === undefined ? to : Math.max(high, to);
    }
  }
  if (low === undefined || high === undefined) return [];
  const months: string[] = [];
  for (let i = low; i <= high + 1; i++) months.push(monthOf(i));
  return months;
}

/** The slider position for a date: its month, clamped to the range. */
export function monthPosition(months: readonly string[], date: string): number {
  if (months.length === 0) return 0;
  const month = firstDay(date).slice(0, 7);
  const index = months.indexOf(month);
  if (index !== -1) return index;
  return month < (months[0] ?? "") ? 0 : months.length - 1;
}

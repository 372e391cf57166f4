import { firstDay, isPartialDate, lastDay } from "../model/dates";
import type { Dataset } from "../model/types";

/**
 * The months in which the graph changes: where a claim starts, and the month after one ends (it
 * holds through its last day). Pure; months are "YYYY-MM", ascending.
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

/**
 * The time axis: one step per month from the first dated month to the month after the last, so
 * equal distances on the slider are equal times. The months where the graph changes are marked
 * on it; year ticks are labelled every year, or every 2, 5 or 10 years on a long axis.
 */
export interface TimeAxis {
  /** Month indices (year * 12 + month - 1) of the first and last step. */
  first: number;
  last: number;
  /** Steps (0-based) where the graph changes. */
  changes: number[];
}

export function timeAxis(dataset: Dataset): TimeAxis | null {
  const all = datasetMonths(dataset).map((month) => monthIndex(`${month}-01`));
  const last = all.at(-1);
  if (last === undefined) return null;
  const first = denseStart(dataset, all[0]!, last);
  const months = all.filter((month) => month >= first);
  return { first, last, changes: months.map((month) => month - first) };
}

/** A tail holds at most this share of the claims' dates, and there must be this many dates. */
const TAIL_SHARE = 0.05;
const TAIL_MIN_DATES = 200;

/**
 * Where the slider starts. A few old claims among hundreds (a 1979 designation in a dataset of a
 * war from 2011) would squeeze the years that matter into a corner of an axis proportional to
 * time, so when at most 5% of the dates lie before the rest and cutting them halves the axis or
 * more, the axis starts where the rest begins; the date field still reaches the earlier ones.
 * Small datasets keep their whole span: there a few dates are a period of their own.
 */
function denseStart(dataset: Dataset, first: number, last: number): number {
  const dates: number[] = [];
  for (const claim of dataset.claims) {
    if (claim.start !== undefined && isPartialDate(claim.start))
      dates.push(monthIndex(firstDay(claim.start)));
    if (claim.end !== undefined && isPartialDate(claim.end)) dates.push(monthIndex(lastDay(claim.end)) + 1);
  }
  if (dates.length < TAIL_MIN_DATES) return first;
  dates.sort((a, b) => a - b);
  // The quantile itself falls inside the dense part: start at its earliest date within a year before.
  const quantile = dates[Math.floor(dates.length * TAIL_SHARE)]!;
  const start = dates.find((date) => date >= quantile - 12)!;
  return last - start <= (last - first) / 2 ? start : first;
}

export function axisSteps(axis: TimeAxis): number {
  return axis.last - axis.first;
}

/** The month ("YYYY-MM") at a step of the axis. */
export function axisMonth(axis: TimeAxis, step: number): string {
  return monthOf(axis.first + Math.max(0, Math.min(step, axisSteps(axis))));
}

/** The step of a date's month, clamped to the axis. */
export function axisStep(axis: TimeAxis, date: string): number {
  return Math.max(0, Math.min(monthIndex(firstDay(date)) - axis.first, axisSteps(axis)));
}

export interface YearTick {
  step: number;
  label: string;
}

/** Year ticks that fit about `room` labels: January of every 1st, 2nd, 5th or 10th year. */
export function yearTicks(axis: TimeAxis, room = 12): YearTick[] {
  const firstYear = Math.ceil(axis.first / 12);
  const lastYear = Math.floor(axis.last / 12);
  const years = lastYear - firstYear + 1;
  const every = [1, 2, 5, 10, 20, 50].find((n) => years / n <= room) ?? 100;
  const ticks: YearTick[] = [];
  for (let year = Math.ceil(firstYear / every) * every; year <= lastYear; year += every)
    ticks.push({ step: year * 12 - axis.first, label: String(year) });
  return ticks;
}

/**
 * Partial dates ("2024", "2024-12", "2024-12-05") as closed day intervals. A claim that starts in
 * "2024-12" holds from its first day; one that ends in "2024-12" holds until its last day.
 */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** Whether `value` is a real calendar date at year, month or day precision. */
export function isPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

/** First day covered by a partial date, as YYYY-MM-DD; throws on an invalid date. */
export function firstDay(value: string): string {
  const m = PARTIAL_DATE.exec(value);
  if (!m || !isPartialDate(value)) throw new Error(`not a date: ${JSON.stringify(value)}`);
  return `${m[1]}-${m[2] ?? "01"}-${m[3] ?? "01"}`;
}

/** Last day covered by a partial date, as YYYY-MM-DD; throws on an invalid date. */
export function lastDay(value: string): string {
  const m = PARTIAL_DATE.exec(value);
  if (!m || !isPartialDate(value)) throw new Error(`not a date: ${JSON.stringify(value)}`);
  const year = Number(m[1]);
  const month = m[2] === undefined ? 12 : Number(m[2]);
  const day = m[3] === undefined ? daysInMonth(year, month) : Number(m[3]);
  return `${m[1]}-${pad(month)}-${pad(day)}`;
}

/** Whether a span (either end optional, open meaning unbounded) contains the day `at` (YYYY-MM-DD or partial). */
export function spanContains(
  span: { start?: string | undefined; end?: string | undefined },
  at: string,
): boolean {
  const day = firstDay(at);
  if (span.start !== undefined && firstDay(span.start) > day) return false;
  if (span.end !== undefined && lastDay(span.end) < day) return false;
  return true;
}

/** Whether two spans share at least one day (open ends are unbounded). */
export function spansOverlap(
  a: { start?: string | undefined; end?: string | undefined },
  b: { start?: string | undefined; end?: string | undefined },
): boolean {
  const aStart = a.start === undefined ? "0000-01-01" : firstDay(a.start);
  const aEnd = a.end === undefined ? "9999-12-31" : lastDay(a.end);
  const bStart = b.start === undefined ? "0000-01-01" : firstDay(b.start);
  const bEnd = b.end === undefined ? "9999-12-31" : lastDay(b.end);
  return aStart <= bEnd && bStart <= aEnd;
}

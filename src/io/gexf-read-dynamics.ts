import { isPartialDate } from "../model/dates";
import { type ReadLog, shown } from "./gexf-read-log";
import { attributeValue, type XmlElement } from "./xml-tree";

/**
 * GEXF dynamics: a plain file's `start`/`end` on an edge (Gephi's and NetworkX's time bounds) as
 * the claim's dates. Only calendar days are kept; a time of day is dropped, and anything that is
 * not a date (a number on a time axis, say) is ignored with a warning.
 */
export function dynamicBound(edge: XmlElement, which: "start" | "end", log: ReadLog): string | undefined {
  const value = attributeValue(edge, which);
  if (value === undefined) return undefined;
  const day = value.slice(0, 10);
  if (/^\d{4}-\d{2}-\d{2}$/.test(day) && isPartialDate(day)) return day;
  log.warn(
    `edge ${shown(attributeValue(edge, "id") ?? "")}: ${which} ${shown(value)} is not a date and was ignored`,
  );
  return undefined;
}

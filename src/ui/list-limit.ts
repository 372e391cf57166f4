import { h } from "./dom";

/**
 * Long analysis lists (thousands of contradictions or frustrated claims on a big dataset) are cut
 * to their first entries so the panel stays quick; the totals shown are always the full counts.
 */
export const LISTED_ENTRIES = 200;
export const LISTED_ROWS = 500;

export function cutNote(shown: number, total: number, what: string): HTMLElement | null {
  return shown >= total
    ? null
    : h("p", { className: "hint cut-note", text: `Showing the first ${shown} of ${total} ${what}.` });
}

/**
 * A sparse k-gram index over one (normalized) source text, so that checking Q quotes against a text
 * of length n costs about n + the quotes' lengths instead of Q × n. Every STEP-th position of the
 * text is indexed by the hash of the GRAM characters starting there. An occurrence of a needle at
 * any position covers, for each residue class modulo STEP, indexed positions inside it; the rarest
 * of the needle's grams in the right class gives the candidates, and each candidate is confirmed
 * with `startsWith`, so a hash collision can never produce a false match.
 */

const GRAM = 8;
const STEP = 8;
/** Needles shorter than this may fit between indexed grams: they are searched for directly. */
export const MIN_INDEXED_NEEDLE = GRAM + STEP - 1;

function gramHash(text: string, at: number): number {
  let hash = 0x811c9dc5;
  for (let i = at; i < at + GRAM; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export class QuoteIndex {
  private readonly mask: number;
  /** CSR layout: the positions of bucket b are positions[starts[b] .. starts[b + 1]). */
  private readonly starts: Int32Array;
  private readonly positions: Int32Array;
  /** Answers for needles too short for the index, each searched for once. */
  private readonly shortAnswers = new Map<string, boolean>();

  constructor(private readonly haystack: string) {
    const indexed = haystack.length >= GRAM ? Math.floor((haystack.length - GRAM) / STEP) + 1 : 0;
    let buckets = 1024;
    while (buckets < indexed) buckets *= 2;
    this.mask = buckets - 1;
    // Two passes (count, then place) instead of keeping every hash: the index stays at about
    // half a byte per character of text.
    const counts = new Int32Array(buckets + 1);
    for (let k = 0; k < indexed; k++) {
      const slot = (gramHash(haystack, k * STEP) & this.mask) + 1;
      counts[slot] = (counts[slot] ?? 0) + 1;
    }
    for (let b = 0; b < buckets; b++) counts[b + 1] = (counts[b + 1] ?? 0) + (counts[b] ?? 0);
    this.starts = counts;
    const fill = counts.slice(0, buckets);
    this.positions = new Int32Array(indexed);
    for (let k = 0; k < indexed; k++) {
      const bucket = gramHash(haystack, k * STEP) & this.mask;
      const at = fill[bucket] ?? 0;
      this.positions[at] = k * STEP;
      fill[bucket] = at + 1;
    }
  }

  /** Whether `needle` (already normalized) occurs in the text. */
  has(needle: string): boolean {
    if (needle.length > this.haystack.length) return false;
    if (needle.length < MIN_INDEXED_NEEDLE) {
      let known = this.shortAnswers.get(needle);
      if (known === undefined) {
        known = this.haystack.includes(needle);
        this.shortAnswers.set(needle, known);
      }
      return known;
    }
    // An occurrence at p covers the indexed positions p + j with (p + j) % STEP == 0 for the
    // needle offsets j of one residue class: every class is tried, each through its rarest gram.
    const lastGram = needle.length - GRAM;
    for (let residue = 0; residue < STEP; residue++) {
      let bestOffset = -1;
      let bestFrom = 0;
      let bestTo = 0;
      for (let j = residue; j <= lastGram; j += STEP) {
        const bucket = gramHash(needle, j) & this.mask;
        const from = this.starts[bucket] ?? 0;
        const to = this.starts[bucket + 1] ?? 0;
        if (bestOffset === -1 || to - from < bestTo - bestFrom) {
          bestOffset = j;
          bestFrom = from;
          bestTo = to;
          if (from === to) break;
        }
      }
      for (let c = bestFrom; c < bestTo; c++) {
        const start = (this.positions[c] ?? 0) - bestOffset;
        if (start >= 0 && this.haystack.startsWith(needle, start)) return true;
      }
    }
    return false;
  }
}

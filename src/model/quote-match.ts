import { QuoteIndex } from "./quote-index";

/**
 * "Verbatim" quote matching. A quote must appear in its source word for word; the only differences
 * tolerated are the ones copy-and-paste and editors introduce without changing the text: runs of
 * whitespace (line breaks, non-breaking spaces) and typographic versus straight quotes/apostrophes.
 */

const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/g;
const WHITESPACE = /[\s\u00A0\u2007\u202F]+/g;

/**
 * Text the normalization would change: anything but printable ASCII and single inner spaces.
 * Most quotes are plain ASCII already; one test instead of three replacements and a trim.
 */
const NEEDS_NORMALIZING = /[^\x21-\x7E ]| {2}|^ | $/;

/** The form in which quote and source are compared. */
export function normalizeForQuoteMatch(text: string): string {
  if (!NEEDS_NORMALIZING.test(text)) return text;
  return text.replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'").replace(WHITESPACE, " ").trim();
}

/** Whether `quote` occurs verbatim in `sourceText`, up to whitespace and quote-mark variants. */
export function quoteIsVerbatim(quote: string, sourceText: string): boolean {
  const needle = normalizeForQuoteMatch(quote);
  return needle.length > 0 && normalizeForQuoteMatch(sourceText).includes(needle);
}

/** Quotes searched for by scanning the source before its index pays for itself. */
const SCANS_BEFORE_INDEX = 16;

/**
 * A matcher for many quotes against one source, normalizing the source only once. A few quotes
 * scan the text; from then on they are looked up in an index of it (quote-index.ts), so a source
 * cited by thousands of quotes costs about its length once, not once per quote.
 */
export function quoteMatcher(sourceText: string): (quote: string) => boolean {
  // Normalized on first use: a source whose quotes are all verbatim by construction never is.
  let haystack: string | undefined;
  let scans = 0;
  let index: QuoteIndex | undefined;
  return (quote) => {
    const needle = normalizeForQuoteMatch(quote);
    if (needle.length === 0) return false;
    haystack ??= normalizeForQuoteMatch(sourceText);
    if (index !== undefined) return index.has(needle);
    if (++scans >= SCANS_BEFORE_INDEX) index = new QuoteIndex(haystack);
    return haystack.includes(needle);
  };
}

/**
 * How much of a quote that is not verbatim does match: the number of its leading words found in the
 * source (as one run), and the word where it stops matching. Turns "not verbatim" into a pointer at
 * the typo or paraphrase.
 */
export function quoteDivergence(
  quote: string,
  sourceText: string,
): { matchedWords: number; totalWords: number; divergesAt: string | undefined } {
  const haystack = normalizeForQuoteMatch(sourceText);
  const words = normalizeForQuoteMatch(quote)
    .split(" ")
    .filter((w) => w !== "");
  // A prefix found implies every shorter prefix is found: binary search the longest one.
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (haystack.includes(words.slice(0, mid).join(" "))) low = mid;
    else high = mid - 1;
  }
  return { matchedWords: low, totalWords: words.length, divergesAt: words[low] };
}

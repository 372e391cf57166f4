/**
 * "Verbatim" quote matching. A quote must appear in its source word for word; the only differences
 * tolerated are the ones copy-and-paste and editors introduce without changing the text: runs of
 * whitespace (line breaks, non-breaking spaces) and typographic versus straight quotes/apostrophes.
 */

const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/g;
const WHITESPACE = /[\s\u00A0\u2007\u202F]+/g;

/** The form in which quote and source are compared. */
export function normalizeForQuoteMatch(text: string): string {
  return text.replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'").replace(WHITESPACE, " ").trim();
}

/** Whether `quote` occurs verbatim in `sourceText`, up to whitespace and quote-mark variants. */
export function quoteIsVerbatim(quote: string, sourceText: string): boolean {
  const needle = normalizeForQuoteMatch(quote);
  return needle.length > 0 && normalizeForQuoteMatch(sourceText).includes(needle);
}

/**
 * A matcher for many quotes against one source, normalizing the source only once (a dataset has
 * hundreds of quotes per article).
 */
export function quoteMatcher(sourceText: string): (quote: string) => boolean {
  const haystack = normalizeForQuoteMatch(sourceText);
  return (quote) => {
    const needle = normalizeForQuoteMatch(quote);
    return needle.length > 0 && haystack.includes(needle);
  };
}

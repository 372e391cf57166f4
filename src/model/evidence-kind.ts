import type { Evidence, QuoteEvidence, Source, TextSource } from "./types";

/**
 * The two kinds of source and of evidence. A text source is shipped with the dataset and quoted
 * verbatim; a reference is a public document cited by locator and a note in the author's words.
 * The kinds are told apart by their fields, as the schema does: only a text source has `text`,
 * only quote evidence has `quote`.
 */

export function isTextSource(source: Source): source is TextSource {
  return "text" in source && typeof source.text === "string";
}

export function isQuoteEvidence(evidence: Evidence): evidence is QuoteEvidence {
  return "quote" in evidence && typeof evidence.quote === "string";
}

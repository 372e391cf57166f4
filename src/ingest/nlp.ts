import model from "wink-eng-lite-web-model";
import winkNLP, { type WinkMethods } from "wink-nlp";
import type { Sentence, Token } from "./types";

/**
 * Sentence splitting, tokenising and part-of-speech tagging with wink-nlp and its small English
 * model (chosen over compromise: ~15x faster on our articles and it splits quoted speech correctly).
 * The model is loaded once, on first use, so importing this module costs nothing.
 */
let nlp: WinkMethods | undefined;

function engine(): WinkMethods {
  // Only the stages the extractor reads: sentence boundaries and POS tags (mentions test PROPN).
  // Negation, sentiment and entities are wink's own guesses; ours come from the patterns.
  nlp ??= winkNLP(model, ["sbd", "pos"]);
  return nlp;
}

const LOWER_A = 97;
const LOWER_Z = 122;

/** True when `value` starts with a lower-case ASCII letter (a stray full stop before it ends nothing). */
function startsLowerCase(value: string): boolean {
  const code = value.charCodeAt(0);
  return code >= LOWER_A && code <= LOWER_Z;
}

/** True when `line` has a character other than white space. */
function hasText(line: string): boolean {
  return /\S/.test(line);
}

/**
 * Tokens of one paragraph with their offsets in the full text. wink keeps token text verbatim
 * but does not report offsets: each token is found after the previous one.
 */
function paragraphTokens(values: string[], tags: string[], paragraphText: string, base: number): Token[] {
  const tokens = new Array<Token>(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? "";
    const at = paragraphText.indexOf(value, cursor);
    const start = at >= 0 ? at : cursor;
    const end = at >= 0 ? at + value.length : cursor;
    cursor = end;
    tokens[i] = { text: value, start: base + start, end: base + end, pos: tags[i] ?? "X" };
  }
  return tokens;
}

/**
 * Splits `text` into sentences with exact character offsets. Paragraphs (line breaks: \n, \r\n or \r) always end a
 * sentence, since headlines and captions carry no full stop; a "sentence" that starts with a
 * lower-case letter is glued back to the one before it (a stray full stop, not a new sentence).
 */
export function segmentText(text: string): Sentence[] {
  const nlpEngine = engine();
  const its = nlpEngine.its;
  const sentences: Sentence[] = [];
  // "\r" ends a line too: Windows line endings must not leave "\r" tokens in quotes.
  const paragraphPattern = /[^\r\n]+/g;
  let paragraph = 0;
  for (let match = paragraphPattern.exec(text); match !== null; match = paragraphPattern.exec(text)) {
    const paragraphText = match[0];
    if (!hasText(paragraphText)) continue;
    const doc = nlpEngine.readDoc(paragraphText);
    // One `out` per field over the whole paragraph: wink's per-item objects cost more than the work.
    const tokenList = doc.tokens();
    const tokens = paragraphTokens(
      tokenList.out() as string[],
      tokenList.out(its.pos) as string[],
      paragraphText,
      match.index,
    );
    const spans = doc.sentences().out(its.span) as unknown as [number, number][];
    let previous: Sentence | undefined;
    for (const [first, spanLast] of spans) {
      const last = Math.min(spanLast, tokens.length - 1);
      const head = tokens[first];
      const tail = tokens[last];
      if (!head || !tail || last < first) continue;
      if (previous && startsLowerCase(head.text)) {
        for (let i = first; i <= last; i++) previous.tokens.push(tokens[i] as Token);
        previous.end = tail.end;
        previous.text = text.slice(previous.start, previous.end);
        continue;
      }
      previous = {
        text: text.slice(head.start, tail.end),
        start: head.start,
        end: tail.end,
        paragraph,
        tokens: tokens.slice(first, last + 1),
      };
      sentences.push(previous);
    }
    paragraph++;
  }
  return sentences;
}

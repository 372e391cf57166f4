import model from "wink-eng-lite-web-model";
import winkNLP, { type ItemSentence, type WinkMethods } from "wink-nlp";
import type { Sentence, Token } from "./types";

/**
 * Sentence splitting, tokenising and part-of-speech tagging with wink-nlp and its small English
 * model (chosen over compromise: ~15x faster on our articles and it splits quoted speech correctly).
 * The model is loaded once, on first use, so importing this module costs nothing.
 */
let nlp: WinkMethods | undefined;

function engine(): WinkMethods {
  nlp ??= winkNLP(model, ["sbd", "pos"]);
  return nlp;
}

/**
 * Splits `text` into sentences with exact character offsets. Paragraphs (line breaks) always end a
 * sentence, since headlines and captions carry no full stop; a "sentence" that starts with a
 * lower-case letter is glued back to the one before it (a stray full stop, not a new sentence).
 */
export function segmentText(text: string): Sentence[] {
  const nlpEngine = engine();
  const its = nlpEngine.its;
  const sentences: Sentence[] = [];
  const paragraphPattern = /[^\n]+/g;
  let paragraph = 0;
  for (let match = paragraphPattern.exec(text); match !== null; match = paragraphPattern.exec(text)) {
    const paragraphText = match[0];
    if (paragraphText.trim() === "") continue;
    const base = match.index;
    const doc = nlpEngine.readDoc(paragraphText);
    const values = doc.tokens().out() as string[];
    const tags = doc.tokens().out(its.pos) as string[];
    const tokens: Token[] = [];
    let cursor = 0;
    values.forEach((value, i) => {
      // wink keeps token text verbatim; find it to recover offsets (it does not report them).
      const at = paragraphText.indexOf(value, cursor);
      const start = at >= 0 ? at : cursor;
      const end = at >= 0 ? at + value.length : cursor;
      cursor = end;
      tokens.push({ text: value, start: base + start, end: base + end, pos: tags[i] ?? "X" });
    });
    const spans: [number, number][] = [];
    doc.sentences().each((s: ItemSentence) => {
      spans.push(s.out(its.span) as unknown as [number, number]);
    });
    for (const [first, last] of spans) {
      const own = tokens.slice(first, last + 1);
      const head = own[0];
      const tail = own[own.length - 1];
      if (!head || !tail) continue;
      const previous = sentences[sentences.length - 1];
      if (previous && previous.paragraph === paragraph && /^[a-z]/.test(head.text)) {
        previous.tokens.push(...own);
        previous.end = tail.end;
        previous.text = text.slice(previous.start, previous.end);
        continue;
      }
      sentences.push({
        text: text.slice(head.start, tail.end),
        start: head.start,
        end: tail.end,
        paragraph,
        tokens: own,
      });
    }
    paragraph++;
  }
  return sentences;
}

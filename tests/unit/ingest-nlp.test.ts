import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { segmentText } from "../../src/ingest/nlp";
import type { Sentence } from "../../src/ingest/types";

const hama = readFileSync(new URL("../../data/sources/hama-2024-12.txt", import.meta.url), "utf8");

/** The invariants every caller relies on: offsets are exact, in order, and never cross a line break. */
function expectWellFormed(text: string, sentences: Sentence[]): void {
  let previousEnd = 0;
  let previousParagraph = -1;
  for (const sentence of sentences) {
    expect(sentence.text).toBe(text.slice(sentence.start, sentence.end));
    expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
    expect(sentence.text).not.toContain("\n");
    expect(sentence.paragraph).toBeGreaterThanOrEqual(previousParagraph);
    expect(sentence.tokens.length).toBeGreaterThan(0);
    expect(sentence.tokens[0]?.start).toBe(sentence.start);
    expect(sentence.tokens[sentence.tokens.length - 1]?.end).toBe(sentence.end);
    let tokenEnd = sentence.start;
    for (const token of sentence.tokens) {
      expect(token.text).toBe(text.slice(token.start, token.end));
      expect(token.start).toBeGreaterThanOrEqual(tokenEnd);
      expect(token.pos).toMatch(/^[A-Z]+$/);
      tokenEnd = token.end;
    }
    previousEnd = sentence.end;
    previousParagraph = sentence.paragraph;
  }
}

describe("segmentText", () => {
  it("splits sentences and gives each token its offsets and part of speech", () => {
    const text = "Russia backs the Assad government. Turkey supports the Syrian National Army.";
    const sentences = segmentText(text);
    expect(sentences.map((s) => s.text)).toEqual([
      "Russia backs the Assad government.",
      "Turkey supports the Syrian National Army.",
    ]);
    expect(sentences[1]?.start).toBe(text.indexOf("Turkey"));
    const russia = sentences[0]?.tokens[0];
    expect(russia).toEqual({ text: "Russia", start: 0, end: 6, pos: "PROPN" });
    expect(sentences[0]?.tokens.map((t) => t.text)).toEqual([
      "Russia",
      "backs",
      "the",
      "Assad",
      "government",
      ".",
    ]);
    expectWellFormed(text, sentences);
  });

  it("ends a sentence at every line break, skips blank lines and numbers paragraphs", () => {
    const text =
      "Rebels enter Hama\n\n   \nThe army withdrew from the city. Residents fled\nRussia denied it.";
    const sentences = segmentText(text);
    expect(sentences.map((s) => [s.paragraph, s.text])).toEqual([
      [0, "Rebels enter Hama"],
      [1, "The army withdrew from the city."],
      [1, "Residents fled"],
      [2, "Russia denied it."],
    ]);
    expectWellFormed(text, sentences);
  });

  it("reads Windows and old Mac line endings as line breaks: no \\r in sentences or tokens", () => {
    const unix = "Rebels enter Hama\n\nThe army withdrew. Residents fled\nRussia denied it.\n";
    for (const text of [unix.replace(/\n/g, "\r\n"), unix.replace(/\n/g, "\r")]) {
      const sentences = segmentText(text);
      expect(sentences.map((s) => [s.paragraph, s.text])).toEqual(
        segmentText(unix).map((s) => [s.paragraph, s.text]),
      );
      expect(sentences.flatMap((s) => s.tokens).some((t) => t.text.includes("\r"))).toBe(false);
      expectWellFormed(text, sentences);
    }
  });

  it("glues a lower-case continuation back to the sentence before it, in the same paragraph only", () => {
    const text = "Fighters reached the outskirts of Hama. then they entered the city.\nthe army left.";
    const sentences = segmentText(text);
    expect(sentences.map((s) => s.text)).toEqual([
      "Fighters reached the outskirts of Hama. then they entered the city.",
      "the army left.",
    ]);
    const glued = sentences[0];
    expect(glued?.tokens.map((t) => t.text)).toContain("then");
    expect(glued?.tokens[glued.tokens.length - 1]?.end).toBe(glued?.end);
    expectWellFormed(text, sentences);
  });

  it("keeps offsets exact with quotes, dashes, non-ASCII letters and emoji", () => {
    const text =
      "“We will not leave,” the commander said — reportedly in Ḥamā. The U.S.-backed SDF 🙂 (Syrian Democratic Forces) held Raqqa…";
    const sentences = segmentText(text);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expectWellFormed(text, sentences);
  });

  it("returns no sentences for empty or blank text", () => {
    expect(segmentText("")).toEqual([]);
    expect(segmentText(" \n\t\n ")).toEqual([]);
  });

  it("reads the Hama article into well-formed sentences covering every word", () => {
    const sentences = segmentText(hama);
    expect(sentences.length).toBeGreaterThan(15);
    expectWellFormed(hama, sentences);
    const words = hama.match(/[\p{L}\p{N}]+/gu) ?? [];
    const covered = sentences.flatMap((s) => s.tokens.map((t) => t.text)).join(" ");
    for (const word of words) expect(covered).toContain(word);
  });

  it("is well-formed on arbitrary text made of words, punctuation and line breaks", () => {
    const piece = fc.constantFrom(
      "Russia",
      "the",
      "army",
      "Hama",
      "U.S.",
      "al-Assad",
      "backed",
      "said",
      "“",
      "”",
      ".",
      ",",
      "!",
      "?",
      " ",
      " ",
      "  ",
      "\n",
      "\n\n",
      "\r\n",
      "—",
      "(",
      ")",
      "'s",
      "é",
      "2024",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join(pieces.length % 2 === 0 ? " " : "");
        expectWellFormed(text, segmentText(text));
      }),
      { numRuns: 300 },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MIN_INDEXED_NEEDLE, QuoteIndex } from "../../src/model/quote-index";
import { quoteMatcher } from "../../src/model/quote-match";

// A small alphabet makes repeated grams, hash-bucket sharing and near misses common.
const text = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom("a", "b", " ", "c", "<", '"'), minLength: min, maxLength: max });

describe("QuoteIndex", () => {
  it("answers exactly as a scan of the text, for substrings and for other needles", () => {
    fc.assert(
      fc.property(
        text(0, 400),
        fc.array(fc.tuple(fc.nat(), fc.nat(40)), { maxLength: 20 }),
        fc.array(text(1, 40), { maxLength: 20 }),
        (haystack, cuts, others) => {
          const index = new QuoteIndex(haystack);
          const cutNeedles = cuts.map(([at, length]) => {
            const from = haystack.length === 0 ? 0 : at % haystack.length;
            return haystack.slice(from, from + length);
          });
          for (const needle of [...cutNeedles, ...others].filter((n) => n.length > 0))
            expect(index.has(needle), JSON.stringify(needle)).toBe(haystack.includes(needle));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("finds a needle at every offset, including the text's very end", () => {
    const haystack = Array.from({ length: 300 }, (_, i) => String.fromCharCode(97 + ((i * 7) % 26))).join("");
    const index = new QuoteIndex(haystack);
    for (let from = 0; from + MIN_INDEXED_NEEDLE <= haystack.length; from++) {
      expect(index.has(haystack.slice(from, from + MIN_INDEXED_NEEDLE))).toBe(true);
      expect(index.has(haystack.slice(from))).toBe(true);
    }
    expect(index.has(`${haystack.slice(-20)}x`)).toBe(false);
    expect(index.has(`${haystack}a`)).toBe(false);
  });
});

describe("quoteMatcher with many quotes (past the point where it indexes the source)", () => {
  const source = Array.from(
    { length: 500 },
    (_, i) => `Report ${i}: the “${i % 7 === 0 ? "northern" : "southern"} front”  took hill ${i * 3}.`,
  ).join("\n");

  it("still accepts every verbatim quote, up to whitespace and quote marks", () => {
    const matches = quoteMatcher(source);
    for (let i = 0; i < 500; i += 3)
      expect(
        matches(`Report ${i}: the "${i % 7 === 0 ? "northern" : "southern"} front" took hill ${i * 3}.`),
      ).toBe(true);
  });

  it("still refuses a quote that is not in its source", () => {
    const matches = quoteMatcher(source);
    for (let i = 0; i < 40; i++) matches(`Report ${i}: the`);
    expect(matches('Report 12: the "southern front" took hill 37.')).toBe(false);
    expect(matches('Report 14: the "southern front" took hill 42.')).toBe(false);
    expect(matches('Report 14: the "northern front" took hill 42.')).toBe(true);
    expect(matches("Report 14: the northern front took hill 42.")).toBe(false);
    expect(matches("hill 1497.")).toBe(true);
    expect(matches("hill 1498.")).toBe(false);
  });
});

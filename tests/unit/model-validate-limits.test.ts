import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { MAX_FILE_CHARS, parseLoadedDataset } from "../../src/model/load";
import { boundedEditDistance, closestMatches, suggestionBudget } from "../../src/model/suggest";
import type { Ontology } from "../../src/model/types";
import { validateDataset } from "../../src/model/validate";

const ontology = JSON.parse(await readFile("tests/fixtures/datasets/ontology.json", "utf8")) as Ontology;
const SOURCE = { id: "s", title: "S", publisher: "P", date: "2024", text: "s.txt" };
const sourceTexts = { s: "A fights B." };

function claim(id: string, from: string, to: string) {
  return {
    id,
    from,
    relation: "fights",
    to,
    certainty: "stated",
    evidence: [{ source: "s", quote: "A fights B" }],
  };
}

describe("inputs that must not break validation", () => {
  it("a file over the size limit is refused before parsing", () => {
    // Doubling shares one 1 MB piece: a string of the limit's length without its memory, which
    // the length check must refuse without flattening it.
    let pad = "x".repeat(1024 * 1024);
    while (pad.length < MAX_FILE_CHARS) pad += pad;
    const text = `{"id":"x","pad":"${pad}"}`;
    const result = parseLoadedDataset("big.json", text, ontology, {});
    expect(result.ok ? [] : result.errors).toEqual([
      { file: "big.json", path: "$", message: "the dataset is too large: 256.0 MB (the limit is 256 MB)" },
    ]);
  });

  it("deep nesting is reported at its field, without running out of stack", () => {
    const depth = 100_000;
    const text = `{"id":"d","title":"D","sources":[],"actors":[{"id":"a","label":"A","kind":"state","description":${"[".repeat(depth)}${"]".repeat(depth)}}],"claims":[]}`;
    const result = parseLoadedDataset("deep.json", text, ontology, {});
    expect(result.ok ? [] : result.errors.map((e) => [e.path, e.message])).toEqual([
      ["$.actors[0].description", "Invalid input: expected string, received array"],
    ]);
  });

  it("very long ids are shown cut, keeping both ends, on one line", () => {
    const stem = "a".repeat(20_000);
    const input = {
      id: "long",
      title: "Long",
      sources: [SOURCE],
      actors: [{ id: `${stem}1`, label: "A", kind: "state" }],
      claims: [claim("c", `${stem}x\n`, `${stem}1`)],
    };
    const result = validateDataset(input, { file: "l.json", ontology, sourceTexts });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const unknown = result.errors.find(
      (e) => e.path === "$.claims[0].from" && e.message.startsWith("unknown"),
    );
    expect(unknown?.message).toMatch(/^unknown actor "a+\.\.\. \(20002 characters\) \.\.\.a+x\\n"$/);
    for (const error of result.errors) {
      expect(error.message.length).toBeLessThanOrEqual(1000);
      expect(error.message).not.toMatch(/[\r\n]/);
    }
  });

  it("thousands of unknown ids are all reported; suggestions stop when their budget is spent", () => {
    const n = 3000;
    const actors = Array.from({ length: n }, (_, i) => ({ id: `actor-${i}`, label: `A${i}`, kind: "state" }));
    const claims = Array.from({ length: n }, (_, i) => claim(`c${i}`, `actor-${i}x`, `actor-${(i + 1) % n}`));
    const result = validateDataset(
      { id: "many", title: "Many", sources: [SOURCE], actors, claims },
      { file: "m.json", ontology, sourceTexts },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(n);
    expect(result.errors[0]?.message).toMatch(/^unknown actor "actor-0x"; did you mean "actor-0"[,?]/);
    expect(result.errors.at(-1)?.message).toBe(`unknown actor "actor-${n - 1}x"`);
  });
});

describe("bounded suggestions", () => {
  it("bounded edit distance agrees with the full one up to the bound", () => {
    expect(boundedEditDistance("kitten", "sitting", 5)).toBe(3);
    expect(boundedEditDistance("kitten", "sitting", 2)).toBe(3);
    expect(boundedEditDistance("a".repeat(50_000), "b".repeat(50_000), 2)).toBe(3);
  });

  it("a shared budget is spent by comparisons, then suggestions stop", () => {
    const budget = suggestionBudget(5);
    expect(closestMatches("fights", ["fights", "supports", "controls"], 3, budget)).toEqual(["fights"]);
    expect(budget.remaining).toBe(2);
    expect(closestMatches("fights", ["fights", "supports", "controls"], 3, budget)).toEqual([]);
  });

  it("names too long to be typos get no suggestions", () => {
    expect(closestMatches("x".repeat(500), ["x".repeat(500)])).toEqual([]);
  });
});

import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/model/load";
import type { Ontology } from "../../src/model/types";
import { validateDataset, validateOntology } from "../../src/model/validate";

const DIR = "tests/fixtures/datasets";
const readText = (path: string) => readFile(path, "utf8");
const fixture = (name: string) => `${DIR}/${name}.json`;

/** [file (when not the dataset itself), JSON path or line/column, fragment of the message]. */
type Expected = [path: string, fragment: string, file?: string];

const CORPUS: Record<string, Expected[]> = {
  "unknown-ids": [
    ["$.actors[2].kind", 'unknown node kind "town"'],
    ["$.claims[0].to", 'unknown actor "northern-frnt"; did you mean "northern-front"?'],
    ["$.claims[1].relation", 'unknown relation kind "fight"; did you mean "fights"?'],
    ["$.claims[2].evidence[0].source", 'unknown source "reprot"; did you mean "report"?'],
    ["$.layout.ghost", 'position for unknown actor "ghost"'],
  ],
  "duplicate-ids": [
    ["$.sources[2].id", 'duplicate source id "second" (first used at $.sources[1].id)'],
    ["$.actors[3].id", 'duplicate actor id "aster" (first used at $.actors[0].id)'],
    ["$.claims[3].id", 'duplicate claim id "front-controls-karvel" (first used at $.claims[2].id)'],
  ],
  "disallowed-kinds": [
    ["$.claims[2].from", 'actor "karvel" of kind "city"; allowed from kinds: state, armed-group'],
    ["$.claims[2].to", 'actor "aster" of kind "state"; allowed to kinds: city'],
  ],
  "non-verbatim-quote": [
    ["$.claims[0].evidence[1].quote", 'not verbatim in source "second": "Aster denies supplying weapons."'],
    [
      "$.claims[2].evidence[0].quote",
      'the first 3 words match, then it departs from the source at word 4 of 11, "captured"',
    ],
  ],
  "invalid-dates": [
    ["$.sources[0].date", '"2024-13" is not a calendar date'],
    ["$.claims[1].start", '"2024-02-30" is not a calendar date'],
    ["$.claims[2].start", "must be a date as YYYY, YYYY-MM or YYYY-MM-DD"],
  ],
  "reversed-dates": [["$.claims[1].end", 'end "2024-03-31" is before start "2024-05"']],
  "self-loop": [["$.claims[1].to", 'claim connects actor "aster" to itself']],
  malformed: [["line 4, column 3", "invalid JSON"]],
  truncated: [["line 5, column 1", "invalid JSON"]],
  "missing-source": [["$.sources[1].text", 'cannot read source text "sources/missing.txt"']],
  "missing-ontology": [["$.ontology", 'cannot read the ontology "no-such-ontology.json"']],
  "wrong-types": [
    ["$.sources[0].publisher", "required field is missing (expected string)"],
    ["$.actors[1].label", "expected string, received number"],
    ["$.claims[0].certainty", 'expected one of "stated"|"implied"|"disputed"'],
    ["$.claims[1].evidence", "expected array, received string"],
    ["$.claims[2]", 'unknown field "weight"'],
  ],
  // In document order: structure and meaning errors interleaved.
  "many-errors": [
    ["$.actors[3].id", 'duplicate actor id "karvel"'],
    ["$.claims[0].from", 'unknown actor "nobody"'],
    ["$.claims[0].certainty", 'expected one of "stated"|"implied"|"disputed"'],
    ["$.claims[1].end", 'end "2021" is before start "2022-05"'],
    ["$.claims[2].evidence[0].quote", 'not verbatim in source "report": "Karvel was never seized"'],
    ["$.claims[3].evidence", "required field is missing (expected array)"],
    ["$.claims[3].certainty", "expected one of"],
    ["$.claims[3].to", 'relation "controls" cannot point to actor "northern-front" of kind "armed-group"'],
  ],
  "uses-broken-ontology": [
    [
      "$.nodeKinds[1].id",
      'duplicate node kind id "state" (first used at $.nodeKinds[0].id)',
      "broken-ontology",
    ],
    ["$.nodeKinds[2].shape", 'expected one of "disc"|"square"|"triangle"|"diamond"', "broken-ontology"],
    ["$.placeKinds[1]", 'unknown node kind "village"', "broken-ontology"],
    ["$.relationKinds[0].from[1]", 'unknown node kind "armed-grup"', "broken-ontology"],
  ],
};

describe("broken-dataset corpus", () => {
  for (const [name, expected] of Object.entries(CORPUS)) {
    it(`${name}: reports exactly the expected errors`, async () => {
      const result = await loadDataset(fixture(name), readText);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors.map((e) => [e.file, e.path])).toEqual(
        expected.map(([path, , file]) => [fixture(file ?? name), path]),
      );
      result.errors.forEach((error, i) => {
        expect(error.message).toContain(expected[i]?.[1]);
      });
    });
  }

  it("the valid fixture loads, with curly/straight quote and line-break differences tolerated", async () => {
    const result = await loadDataset(fixture("valid"), readText);
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.value.dataset.claims.map((c) => c.id)).toEqual([
      "aster-supports-front",
      "aster-fights-front",
      "front-controls-karvel",
    ]);
    expect(Object.keys(result.value.sourceTexts)).toEqual(["report", "second"]);
    expect(result.value.ontology.nodeKinds).toHaveLength(3);
  });
});

describe("validateDataset", () => {
  const ontologyPromise = readText(`${DIR}/ontology.json`).then((t) => JSON.parse(t) as Ontology);
  const minimal = () => ({
    id: "d",
    title: "D",
    sources: [{ id: "s", title: "S", publisher: "P", date: "2024", text: "s.txt" }],
    actors: [
      { id: "a", label: "A", kind: "state" },
      { id: "b", label: "B", kind: "armed-group" },
    ],
    claims: [
      {
        id: "c",
        from: "a",
        relation: "fights",
        to: "b",
        certainty: "stated",
        evidence: [{ source: "s", quote: "A fights B" }],
      },
    ],
  });

  it("accepts a minimal dataset and returns it typed", async () => {
    const ontology = await ontologyPromise;
    const result = validateDataset(minimal(), {
      file: "m.json",
      ontology,
      sourceTexts: { s: "A fights B." },
    });
    expect(result.ok).toBe(true);
  });

  it("words empty strings, empty lists and unknown fields plainly", async () => {
    const ontology = await ontologyPromise;
    const input = minimal();
    const actors = [
      { ...input.actors[0], label: "" },
      { ...input.actors[1], colour: "red", size: 3 },
    ];
    const claims = [{ ...input.claims[0], evidence: [] }];
    const result = validateDataset(
      { ...input, actors, claims },
      { file: "m", ontology, sourceTexts: { s: "" } },
    );
    expect(result.ok ? [] : result.errors.map((e) => [e.path, e.message])).toEqual([
      ["$.actors[0].label", "must not be empty"],
      ["$.actors[1]", 'unknown fields "colour", "size"'],
      ["$.claims[0].evidence", "must have at least one item"],
    ]);
  });

  it("rejects a non-object at the root", async () => {
    const ontology = await ontologyPromise;
    const result = validateDataset([], { file: "m.json", ontology, sourceTexts: {} });
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(["$"]);
  });

  it("still checks references of a claim that is structurally broken", async () => {
    const ontology = await ontologyPromise;
    const input = minimal();
    const broken = { ...input, claims: [{ id: "c", from: "zz", relation: 7, to: "b" }] };
    const result = validateDataset(broken, { file: "m.json", ontology, sourceTexts: { s: "A fights B." } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toContain("$.claims[0].from");
    expect(result.errors.find((e) => e.path === "$.claims[0].from")?.message).toContain('unknown actor "zz"');
  });

  it("reports a source whose text was not provided, and accepts texts keyed by path", async () => {
    const ontology = await ontologyPromise;
    const missing = validateDataset(minimal(), { file: "m.json", ontology, sourceTexts: {} });
    expect(missing.ok ? [] : missing.errors.map((e) => [e.path, e.message])).toEqual([
      ["$.sources[0].text", 'text of source "s" is not available'],
    ]);
    const byPath = validateDataset(minimal(), {
      file: "m.json",
      ontology,
      sourceTexts: { "s.txt": "A fights B" },
    });
    expect(byPath.ok).toBe(true);
  });

  it("accepts an end given as a month that contains a day-precise start", async () => {
    const ontology = await ontologyPromise;
    const input = minimal();
    const claim = { ...input.claims[0], start: "2024-05-03", end: "2024-05" };
    const result = validateDataset(
      { ...input, claims: [claim] },
      { file: "m", ontology, sourceTexts: { s: "A fights B" } },
    );
    expect(result.ok).toBe(true);
  });
});

describe("validateOntology", () => {
  it("accepts the project ontology", async () => {
    const result = validateOntology(JSON.parse(await readText("data/ontology.json")), "data/ontology.json");
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it("reports a relation kind id used twice", () => {
    const kind = { id: "x", label: "X", color: "#000000", shape: "disc", description: "" };
    const relation = {
      id: "r",
      label: "r",
      inverseLabel: "r",
      color: "#000000",
      sign: 0,
      directed: true,
      from: ["x"],
      to: ["x"],
      description: "",
    };
    const result = validateOntology(
      { version: 1, nodeKinds: [kind], placeKinds: [], relationKinds: [relation, relation] },
      "o.json",
    );
    expect(result.ok ? [] : result.errors).toEqual([
      {
        file: "o.json",
        path: "$.relationKinds[1].id",
        message: 'duplicate relation kind id "r" (first used at $.relationKinds[0].id)',
      },
    ]);
  });
});

import { readFile } from "node:fs/promises";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJson } from "../../src/model/parse-json";
import type { Ontology } from "../../src/model/types";
import { validateDataset, validateOntology } from "../../src/model/validate";

const DIR = "tests/fixtures/datasets";
const ontology = JSON.parse(await readFile(`${DIR}/ontology.json`, "utf8")) as Ontology;
const valid = JSON.parse(await readFile(`${DIR}/valid.json`, "utf8")) as unknown;
const sourceTexts = {
  report: await readFile(`${DIR}/sources/report.txt`, "utf8"),
  second: await readFile(`${DIR}/sources/second.txt`, "utf8"),
};

/** Every path to a value inside a JSON value, as key/index lists. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(value.flatMap((v, i) => pathsOf(v, [...prefix, i])));
  if (typeof value === "object" && value !== null) {
    return here.concat(Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k])));
  }
  return here;
}

function replaceAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head as string | number] = replaceAt(copy[head as string | number], rest, replacement);
  return copy;
}

const PATH_FORM = /^\$(\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])*$/;

describe("validation never throws and always says where", () => {
  it("on arbitrary JSON values", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const result = validateDataset(input, { file: "f.json", ontology, sourceTexts });
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.errors.length).toBeGreaterThan(0);
        for (const error of result.errors) {
          expect(error.file).toBe("f.json");
          expect(error.path).toMatch(PATH_FORM);
          expect(error.message.length).toBeGreaterThan(0);
        }
        expect(validateOntology(input, "o.json").ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("on the valid dataset with one value replaced anywhere", () => {
    const paths = pathsOf(valid).filter((p) => p.length > 0);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 2 }), (path, replacement) => {
        const input = replaceAt(valid, path, replacement);
        const result = validateDataset(input, { file: "f.json", ontology, sourceTexts });
        if (result.ok) return;
        for (const error of result.errors) expect(error.path).toMatch(PATH_FORM);
      }),
      { numRuns: 500 },
    );
  });

  it("JSON syntax errors always get a line and column within the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const result = parseJson("f.json", text);
        if (result.ok) return;
        const match = /^line (\d+), column (\d+)$/.exec(result.error.path);
        expect(match).not.toBeNull();
        const lines = text.split("\n");
        const line = Number(match?.[1]);
        expect(line).toBeGreaterThanOrEqual(1);
        expect(line).toBeLessThanOrEqual(lines.length);
        expect(Number(match?.[2])).toBeLessThanOrEqual((lines[line - 1]?.length ?? 0) + 1);
      }),
      { numRuns: 300 },
    );
  });
});

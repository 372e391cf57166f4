import { readFile } from "node:fs/promises";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastParseDataset } from "../../src/model/fast-structure";
import { datasetSchema } from "../../src/model/schema";
import { generateConflictDataset } from "../support/generate";

/**
 * fastParseDataset stands in for zod on well-formed datasets. It must never accept what zod
 * rejects, must return exactly zod's output (same values, same key order), and must actually
 * take the common case (valid files), or it saves nothing.
 */

const DIR = "tests/fixtures/datasets";
const valid = JSON.parse(await readFile(`${DIR}/valid.json`, "utf8")) as unknown;
const hama = JSON.parse(await readFile("data/hama-2024-12.json", "utf8")) as unknown;
/** Reference sources and evidence, actor spans: the other alternative of each union. */
const references = JSON.parse(await readFile(`${DIR}/references.json`, "utf8")) as unknown;

/** Every path to a value inside a JSON value. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(value.flatMap((v, i) => pathsOf(v, [...prefix, i])));
  if (typeof value === "object" && value !== null)
    return here.concat(Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k])));
  return here;
}

function replaceAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head] = replaceAt(copy[head], rest, replacement);
  return copy;
}

/** Same answer as zod: undefined only where zod may disagree, otherwise zod's very output. */
function expectAgreement(input: unknown): "fast" | "zod" {
  const fast = fastParseDataset(input);
  const zod = datasetSchema.safeParse(input);
  if (fast === undefined) return "zod";
  expect(zod.success).toBe(true);
  expect(fast).toEqual(zod.data);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
  return "fast";
}

describe("fastParseDataset", () => {
  it("takes valid datasets and returns zod's output", () => {
    expect(expectAgreement(valid)).toBe("fast");
    expect(expectAgreement(hama)).toBe("fast");
    expect(expectAgreement(references)).toBe("fast");
    expect(expectAgreement({ ...(valid as object), includes: ["other.json"] })).toBe("fast");
    const generated = generateConflictDataset({ nodes: 300, edges: 900, seed: 5, layout: true });
    expect(expectAgreement(JSON.parse(JSON.stringify(generated.dataset)))).toBe("fast");
  });

  it("returns fresh objects in schema key order, whatever the input order", () => {
    const shuffled = {
      claims: [],
      actors: [{ kind: "state", label: "A", id: "a", description: "x" }],
      sources: [],
      title: "T",
      id: "d",
    };
    const parsed = fastParseDataset(shuffled);
    expect(Object.keys(parsed ?? {})).toEqual(["id", "title", "sources", "actors", "claims"]);
    expect(Object.keys(parsed?.actors[0] ?? {})).toEqual(["id", "label", "kind", "description"]);
    expect(parsed?.actors[0]).not.toBe(shuffled.actors[0]);
  });

  it("leaves every structural problem to zod", () => {
    const broken: unknown[] = [
      { ...(valid as object), extra: 1 },
      replaceAt(valid, ["actors", 0, "id"], "Not An Id"),
      replaceAt(valid, ["claims", 0, "evidence"], []),
      replaceAt(valid, ["claims", 0, "certainty"], "sure"),
      replaceAt(valid, ["claims", 0, "start"], "12/2024"),
      replaceAt(valid, ["actors", 0, "coordinates"], { lat: 91, lon: 0 }),
      replaceAt(valid, ["actors", 0, "coordinates"], { lat: Number.NaN, lon: 0 }),
      replaceAt(valid, ["sources"], [undefined]),
      replaceAt(valid, ["actors"], new Array(2)),
    ];
    for (const input of broken) {
      expect(fastParseDataset(input)).toBeUndefined();
      expect(datasetSchema.safeParse(input).success).toBe(false);
    }
    // zod takes a layout entry named __proto__ in its own way; the fast path leaves it to zod.
    const protoKey = replaceAt(valid, ["layout"], JSON.parse('{"__proto__": {"x": 1, "y": 2}}'));
    expect(fastParseDataset(protoKey)).toBeUndefined();
  });

  it("agrees with zod on the valid dataset with one value replaced anywhere", () => {
    const paths = pathsOf(valid).filter((p) => p.length > 0);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)),
        (path, replacement) => {
          expectAgreement(replaceAt(valid, path, replacement));
        },
      ),
      { numRuns: 600 },
    );
  });

  it("agrees with zod on the reference dataset with one value replaced anywhere", () => {
    const paths = pathsOf(references).filter((p) => p.length > 0);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.oneof(
          fc.jsonValue({ maxDepth: 2 }),
          fc.constant(undefined),
          fc.constantFrom("against", "https://example.org/x", "javascript:x", "2019", ""),
        ),
        (path, replacement) => {
          expectAgreement(replaceAt(references, path, replacement));
        },
      ),
      { numRuns: 600 },
    );
  });

  it("agrees with zod on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        expectAgreement(input);
      }),
      { numRuns: 300 },
    );
  });
});

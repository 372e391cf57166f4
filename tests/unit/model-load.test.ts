import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { loadDataset, parseLoadedDataset } from "../../src/model/load";
import { lineAndColumn, parseJson, syntaxErrorPlace } from "../../src/model/parse-json";
import { normalizeForQuoteMatch, quoteDivergence, quoteIsVerbatim } from "../../src/model/quote-match";
import { resolveRelative } from "../../src/model/resolve-path";
import type { Ontology } from "../../src/model/types";

const DIR = "tests/fixtures/datasets";

describe("resolveRelative", () => {
  it("resolves POSIX paths against the dataset file's directory", () => {
    expect(resolveRelative("data/hama.json", "sources/a.txt")).toBe("data/sources/a.txt");
    expect(resolveRelative("data/hama.json", "ontology.json")).toBe("data/ontology.json");
    expect(resolveRelative("hama.json", "sources/a.txt")).toBe("sources/a.txt");
    expect(resolveRelative("./data/sub/x.json", "../shared/o.json")).toBe("data/shared/o.json");
    expect(resolveRelative("x.json", "../o.json")).toBe("../o.json");
    expect(resolveRelative("/srv/data/x.json", "./s/a.txt")).toBe("/srv/data/s/a.txt");
    expect(resolveRelative("/srv/data/x.json", "/etc/o.json")).toBe("/etc/o.json");
  });

  it("resolves against URLs for the browser", () => {
    expect(resolveRelative("https://example.org/app/data/x.json", "sources/a.txt")).toBe(
      "https://example.org/app/data/sources/a.txt",
    );
    expect(resolveRelative("https://example.org/app/data/x.json", "../o.json")).toBe(
      "https://example.org/app/o.json",
    );
    expect(resolveRelative("data/x.json", "https://example.org/o.json")).toBe("https://example.org/o.json");
  });
});

describe("parseJson", () => {
  it("computes 1-based line and column", () => {
    expect(lineAndColumn("ab\ncd\nef", 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn("ab\ncd\nef", 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn("ab\ncd\nef", 99)).toEqual({ line: 3, column: 3 });
  });

  it("reports where the JSON breaks", () => {
    const result = parseJson("f.json", '{\n  "a": 1,\n  "b": 2\n  "c": 3\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.file).toBe("f.json");
    expect(result.error.path).toBe("line 4, column 3");
    expect(result.error.message).toMatch(/^invalid JSON: /);
    expect(result.error.message).not.toMatch(/position/);
  });

  it("reads Firefox-style locations too, and ignores a byte order mark", () => {
    const firefox =
      "JSON.parse: expected ',' or '}' after property value in object at line 4 column 3 of the JSON data";
    expect(syntaxErrorPlace("irrelevant", firefox)).toEqual({ line: 4, column: 3 });
    expect(syntaxErrorPlace("ab\ncd", "Unexpected end of JSON input")).toEqual({ line: 2, column: 3 });
    const bom = parseJson("f.json", '\uFEFF{"a": 1}');
    expect(bom).toEqual({ ok: true, value: { a: 1 } });
  });
});

describe("verbatim quotes", () => {
  const source = "He said the city was taken \u201Cafter fierce\nfighting\u201D and the army\u2019s retreat.";
  it("tolerates whitespace, line breaks and quote-mark variants", () => {
    expect(quoteIsVerbatim('taken "after fierce fighting"', source)).toBe(true);
    expect(quoteIsVerbatim("the army's  retreat", source)).toBe(true);
    expect(quoteIsVerbatim("  He said\tthe city ", source)).toBe(true);
  });
  it("rejects any other difference", () => {
    expect(quoteIsVerbatim("the city was captured", source)).toBe(false);
    expect(quoteIsVerbatim("The city was taken", source)).toBe(false);
    expect(quoteIsVerbatim("armys retreat", source)).toBe(false);
    expect(quoteIsVerbatim("   ", source)).toBe(false);
  });
  it("says where a quote stops matching", () => {
    expect(quoteDivergence("the city was captured after fierce", source)).toEqual({
      matchedWords: 3,
      totalWords: 6,
      divergesAt: "captured",
    });
    expect(quoteDivergence("nothing here", source)).toEqual({
      matchedWords: 0,
      totalWords: 2,
      divergesAt: "nothing",
    });
    expect(quoteDivergence('taken "after fierce fighting"', source).divergesAt).toBeUndefined();
  });

  it("normalizes to single spaces and straight quotes", () => {
    expect(normalizeForQuoteMatch(" \u2018a\u2019\n\n\u201Cb\u201D\u00A0c ")).toBe("'a' \"b\" c");
  });
});

describe("loadDataset", () => {
  it("works with an injected reader over URLs, as in the browser", async () => {
    const files = new Map<string, string>();
    const base = "https://example.org/data/";
    for (const name of ["valid.json", "ontology.json", "sources/report.txt", "sources/second.txt"]) {
      files.set(base + name, await readFile(`${DIR}/${name}`, "utf8"));
    }
    const requested: string[] = [];
    const fetchText = async (url: string) => {
      requested.push(url);
      const text = files.get(url);
      if (text === undefined) throw new Error(`404 Not Found: ${url}`);
      return text;
    };
    const result = await loadDataset(`${base}valid.json`, fetchText);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(requested.sort()).toEqual([...files.keys()].sort());
  });

  it("reports an unreadable dataset at $", async () => {
    const result = await loadDataset("nope.json", async () => {
      throw new Error("nope.json: cannot read: no such file");
    });
    expect(result).toEqual({
      ok: false,
      errors: [{ file: "nope.json", path: "$", message: "cannot read the dataset: no such file" }],
    });
  });

  it("reports a missing default ontology as such", async () => {
    const result = await loadDataset("d.json", async (path) => {
      if (path === "d.json") return '{"id":"d","title":"D","sources":[],"actors":[],"claims":[]}';
      throw new Error("no such file");
    });
    expect(result.ok ? [] : result.errors).toEqual([
      {
        file: "d.json",
        path: "$.ontology",
        message:
          'cannot read the ontology "ontology.json" (the default, beside the dataset) from ontology.json: no such file',
      },
    ]);
  });
});

describe("parseLoadedDataset", () => {
  it("validates in-memory text and keys source texts by id", async () => {
    const ontology = JSON.parse(await readFile(`${DIR}/ontology.json`, "utf8")) as Ontology;
    const json = await readFile(`${DIR}/valid.json`, "utf8");
    const report = await readFile(`${DIR}/sources/report.txt`, "utf8");
    const second = await readFile(`${DIR}/sources/second.txt`, "utf8");
    const result = parseLoadedDataset("import.json", json, ontology, {
      "sources/report.txt": report,
      second,
    });
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.value.sourceTexts).toEqual({ report, second });
    expect(result.value.file).toBe("import.json");

    const bad = parseLoadedDataset("import.json", "{", ontology, {});
    expect(bad.ok ? [] : bad.errors.map((e) => e.path)).toEqual(["line 1, column 2"]);
  });
});

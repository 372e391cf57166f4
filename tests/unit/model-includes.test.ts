import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/model/load";
import { relativeTo, resolveRelative } from "../../src/model/resolve-path";

/**
 * Datasets that include others: merged on actor ids, sources and claims concatenated, conflicts
 * and cycles reported with the files they are in. Files are served from memory.
 */

const ontologyText = await readFile("tests/fixtures/datasets/ontology.json", "utf8");
const reportText = await readFile("tests/fixtures/datasets/sources/report.txt", "utf8");

type Json = Record<string, unknown>;

function dataset(id: string, parts: Partial<Json>): string {
  return JSON.stringify({ id, title: id, sources: [], actors: [], claims: [], ...parts });
}

const reference = (id: string) => ({
  id,
  title: `About ${id}`,
  publisher: "Example Research Service",
  date: "2024",
  url: `https://example.org/${id}`,
  licence: "Public domain",
});
const cite = (source: string) => [{ source, locator: "paragraph 1", note: "Says so." }];
const aster = { id: "aster", label: "Republic of Aster", kind: "state", aliases: ["Aster"] };
const front = { id: "northern-front", label: "Northern Front", kind: "armed-group" };
const karvel = { id: "karvel", label: "Karvel", kind: "city" };

/** The base picture: two actors, a reference and a claim. */
const BASE = dataset("base", {
  sources: [reference("brief")],
  actors: [aster, front],
  claims: [
    {
      id: "aster-fights-front",
      from: "aster",
      relation: "fights",
      to: "northern-front",
      certainty: "stated",
      evidence: cite("brief"),
    },
  ],
});

async function load(files: Record<string, string>, root = "data/main.json") {
  const all: Record<string, string> = {
    "data/ontology.json": ontologyText,
    "data/sources/report.txt": reportText,
    ...files,
  };
  return loadDataset(root, async (path) => {
    const text = all[path];
    if (text === undefined) throw new Error(`${path}: no such file`);
    return text;
  });
}

function errorsOf(result: Awaited<ReturnType<typeof load>>): string[] {
  return result.ok ? [] : result.errors.map((e) => `${e.file}: ${e.path}: ${e.message}`);
}

describe("includes", () => {
  it("merges actors on their ids and concatenates sources and claims", async () => {
    const result = await load({
      "data/base.json": BASE,
      "data/main.json": dataset("main", {
        includes: ["base.json"],
        sources: [reference("article")],
        actors: [
          { ...aster, label: "Aster", aliases: ["the Republic"], description: "Newer words." },
          karvel,
        ],
        claims: [
          {
            id: "front-controls-karvel",
            from: "northern-front",
            relation: "controls",
            to: "karvel",
            certainty: "stated",
            evidence: cite("article"),
          },
        ],
      }),
    });
    expect(errorsOf(result)).toEqual([]);
    if (!result.ok) return;
    const { dataset: merged } = result.value;
    expect(merged.id).toBe("main");
    expect(merged.includes).toBeUndefined();
    expect(merged.sources.map((s) => s.id)).toEqual(["brief", "article"]);
    expect(merged.actors.map((a) => a.id)).toEqual(["aster", "northern-front", "karvel"]);
    // The including file's label and description win; the label it replaced stays findable.
    expect(merged.actors[0]).toEqual({
      id: "aster",
      label: "Aster",
      kind: "state",
      aliases: ["the Republic", "Republic of Aster"],
      description: "Newer words.",
    });
    expect(merged.claims.map((c) => c.id)).toEqual(["aster-fights-front", "front-controls-karvel"]);
  });

  it("reads includes of includes, and a file two others include only once", async () => {
    const result = await load({
      "data/parts/base.json": dataset("base", {
        includes: ["../shared/texts.json"],
        actors: [aster, front],
        claims: [
          {
            id: "aster-fights-front",
            from: "aster",
            relation: "fights",
            to: "northern-front",
            certainty: "stated",
            evidence: [{ source: "report", quote: "The Republic's army has fought the Front" }],
          },
        ],
      }),
      "data/shared/texts.json": dataset("texts", {
        ontology: "../ontology.json",
        sources: [
          {
            id: "report",
            title: "Karvel falls",
            publisher: "Example Wire",
            date: "2024-05-04",
            text: "../sources/report.txt",
          },
        ],
      }),
      "data/main.json": dataset("main", {
        includes: ["parts/base.json", "shared/texts.json"],
        actors: [karvel],
      }),
    });
    expect(errorsOf(result)).toEqual([]);
    if (!result.ok) return;
    // The text path is rewritten to name the same file from the including dataset.
    expect(result.value.dataset.sources).toEqual([
      expect.objectContaining({ id: "report", text: "sources/report.txt" }),
    ]);
    expect(result.value.sourceTexts.report).toBe(reportText);
    expect(result.value.dataset.actors.map((a) => a.id)).toEqual(["aster", "northern-front", "karvel"]);
  });

  it("reports actors whose kinds disagree, and ids used in two files, naming both files", async () => {
    const result = await load({
      "data/base.json": BASE,
      "data/main.json": dataset("main", {
        includes: ["base.json"],
        sources: [reference("brief")],
        actors: [{ ...front, kind: "state" }],
        claims: [
          {
            id: "aster-fights-front",
            from: "aster",
            relation: "fights",
            to: "northern-front",
            certainty: "stated",
            evidence: cite("brief"),
          },
        ],
      }),
    });
    expect(errorsOf(result)).toEqual([
      'data/main.json: $.sources[0].id: source id "brief" is also used in data/base.json ($.sources[0].id); ids must be unique across included datasets',
      'data/main.json: $.actors[0].kind: actor "northern-front" is of kind "state" here but of kind "armed-group" in data/base.json ($.actors[1].kind); the same id must be the same actor',
      'data/main.json: $.claims[0].id: claim id "aster-fights-front" is also used in data/base.json ($.claims[0].id); ids must be unique across included datasets',
    ]);
  });

  it("reports errors of an included file in that file", async () => {
    const broken = JSON.parse(BASE) as Json;
    (broken.claims as Json[])[0] = { ...(broken.claims as Json[])[0], to: "nothern-front" };
    const result = await load({
      "data/base.json": JSON.stringify(broken),
      "data/main.json": dataset("main", { includes: ["base.json"], actors: [karvel] }),
    });
    expect(errorsOf(result)).toEqual([
      'data/base.json: $.claims[0].to: unknown actor "nothern-front"; did you mean "northern-front"?',
    ]);
  });

  it("reports include cycles, missing files and a different ontology", async () => {
    const cycle = await load({
      "data/a.json": dataset("a", { includes: ["b.json"] }),
      "data/b.json": dataset("b", { includes: ["a.json"] }),
      "data/main.json": dataset("main", { includes: ["a.json"] }),
    });
    expect(errorsOf(cycle)).toEqual([
      "data/b.json: $.includes[0]: include cycle: data/a.json includes data/b.json includes data/a.json",
    ]);
    const self = await load({ "data/main.json": dataset("main", { includes: ["./main.json"] }) });
    expect(errorsOf(self)).toEqual([
      "data/main.json: $.includes[0]: include cycle: data/main.json includes data/main.json",
    ]);
    const missing = await load({ "data/main.json": dataset("main", { includes: ["gone.json", 3] }) });
    expect(errorsOf(missing)).toEqual([
      expect.stringMatching(
        /^data\/main\.json: \$\.includes\[0\]: cannot include data\/gone\.json: \$: cannot read the dataset: .*no such file/,
      ),
      "data/main.json: $.includes[1]: must be a dataset file path",
    ]);
    const other = await load({
      "data/base.json": dataset("base", { ontology: "other-ontology.json" }),
      "data/main.json": dataset("main", { includes: ["base.json"] }),
    });
    expect(errorsOf(other)).toEqual([
      "data/base.json: $.ontology: an included dataset must use the ontology of the dataset that includes it (data/ontology.json), not data/other-ontology.json",
    ]);
  });
});

describe("relativeTo", () => {
  it("names a resolved file from another file, relative where it can", () => {
    const cases: [base: string, target: string, expected: string][] = [
      ["data/syria.json", "data/parts/sources/a.txt", "parts/sources/a.txt"],
      ["data/syria.json", "other/s/a.txt", "../other/s/a.txt"],
      ["/a/b/syria.json", "/a/d.txt", "../d.txt"],
      ["https://e.org/d/s.json", "https://e.org/d/p/t/a.txt", "p/t/a.txt"],
      ["https://e.org/d/s.json", "https://other.org/t/a.txt", "https://other.org/t/a.txt"],
      ["data/syria.json", "https://e.org/a.txt", "https://e.org/a.txt"],
    ];
    for (const [base, target, expected] of cases) {
      expect(relativeTo(base, target)).toBe(expected);
      expect(resolveRelative(base, relativeTo(base, target))).toBe(target);
    }
  });
});

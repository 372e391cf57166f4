import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importGexf } from "../../src/io/gexf-read";
import { exportGexf } from "../../src/io/gexf-write";
import { buildGraph } from "../../src/model/build-graph";
import { parseLoadedDataset } from "../../src/model/load";
import type { LoadedDataset } from "../../src/model/types";
import { projectOntology, smallLoadedDataset } from "../fixtures/gexf/small-dataset";

/**
 * The compact GEXF dialect (evidence citing sources by id, each edge carrying the records of the
 * sources it cites, quotes on the lines of `quotes`) and the files written before it: those whose
 * evidence carried whole records, and those that described each source on one edge only.
 */

const ontology = projectOntology();
const FIXTURE = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/gexf/${name}`, import.meta.url)), "utf8");
const DATA = (path: string) => fileURLToPath(new URL(`../../data/${path}`, import.meta.url));

function imported(name: string, xml: string): LoadedDataset {
  const result = importGexf(name, xml, ontology);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
  return result.value;
}

function errorsOf(xml: string): string[] {
  const result = importGexf("bad.gexf", xml, ontology);
  return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
}

function hamaDataset(): LoadedDataset {
  const dataset = JSON.parse(readFileSync(DATA("hama-2024-12.json"), "utf8"));
  const texts = Object.fromEntries(
    (dataset.sources as { id: string; text: string }[]).map((s) => [
      s.id,
      readFileSync(DATA(s.text), "utf8"),
    ]),
  );
  const result = parseLoadedDataset("hama.json", JSON.stringify(dataset), ontology, texts);
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result.value;
}

describe("files written before the compact format", () => {
  const cases = [
    { file: "faultline-v1-small-dynamic.gexf", loaded: smallLoadedDataset(), options: { dynamic: true } },
    { file: "faultline-v1-hama.gexf", loaded: hamaDataset(), options: {} },
  ];
  for (const { file, loaded, options } of cases) {
    it(`${file} imports as the same dataset as today's export of it`, () => {
      const old = FIXTURE(file);
      expect(old).toContain("&quot;source&quot;:{&quot;id&quot;");
      const current = exportGexf(loaded, buildGraph(loaded), options);
      const fromOld = imported(file, old);
      const fromCurrent = imported(file, current);
      expect(fromOld.dataset).toEqual(fromCurrent.dataset);
      expect(fromOld.sourceTexts).toEqual(fromCurrent.sourceTexts);
      // Re-exported, an old file is written in today's format.
      expect(exportGexf(fromOld, buildGraph(fromOld), options)).toBe(current);
    });
  }

  it("is larger than today's export of the same data (what the compact format saves)", () => {
    const loaded = hamaDataset();
    const current = exportGexf(loaded, buildGraph(loaded));
    expect(current.length).toBeLessThan(FIXTURE("faultline-v1-hama.gexf").length * 0.7);
  });
});

describe("compact evidence errors", () => {
  const loaded = smallLoadedDataset();
  const xml = exportGexf(loaded, buildGraph(loaded));

  it("refuses evidence citing a source no edge describes, at the edge", () => {
    const errors = errorsOf(xml.replace(`"source":"wire-1"}]'`, `"source":"wire-9"}]'`));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^line \d+, column \d+: edge "[a-z-]+": evidence cites source "wire-9", which no edge describes$/,
    );
  });

  it("refuses quote-less evidence whose quotes attribute has another number of lines", () => {
    const edgeLine = xml.split("\n").find((line) => line.includes('id="russia-attacks-hama"'))!;
    const broken = edgeLine.replace("near the city&#10;Russia", "near the city Russia");
    expect(broken).not.toBe(edgeLine);
    const errors = errorsOf(xml.replace(edgeLine, broken));
    expect(errors[0]).toMatch(
      /edge "russia-attacks-hama": evidence: \$\[0\]: no "quote", and the quotes attribute does not have one line per item/,
    );
  });

  it("refuses a sources attribute that is not an array of records", () => {
    const errors = errorsOf(xml.replace(`value='[{"id":"wire-1"`, `value='[{"id":7`));
    expect(errors[0]).toMatch(/sources: \$\[0\]\.id: expected a string/);
  });

  it("refuses two different descriptions of one source", () => {
    const lines = xml.split("\n");
    const edges = lines.filter((line) => line.includes("<edge ") && line.includes("Example Wire"));
    expect(edges.length).toBeGreaterThan(1);
    const other = edges[1]!;
    const twice = other.replace("Example Wire", "Other Wire");
    expect(errorsOf(xml.replace(other, twice))[0]).toMatch(
      /source "wire-1" is described differently by two edges/,
    );
  });
});

describe("dataset title and description in <description>", () => {
  const cases: [title: string, description: string | undefined][] = [
    ["One line", "Two\n\nparagraphs"],
    ["A title\nwith a line break", undefined],
    ["A title ending in a break\n", "The description"],
    ["A title\n\nwith a blank line", "The description\n\nin two paragraphs"],
    ['"Quoted" at the start', "x"],
    ['"Only a JSON string"', undefined],
    ["Tab\tand CR\r\nLF", ""],
  ];
  for (const [title, description] of cases) {
    it(`survives export -> import -> export: ${JSON.stringify(title)}`, () => {
      const loaded = smallLoadedDataset({ title, description });
      const first = exportGexf(loaded, buildGraph(loaded));
      const back = imported("titles.gexf", first);
      expect([back.dataset.title, back.dataset.description]).toEqual([title, description]);
      expect(exportGexf(back, buildGraph(back))).toBe(first);
    });
  }

  it("writes a one-line title as it is, and one with a line break as a JSON string on one line", () => {
    const plain = exportGexf(smallLoadedDataset(), buildGraph(smallLoadedDataset()));
    expect(plain).toContain("<description>A small test dataset\n\nHand-written");
    const broken = smallLoadedDataset({ title: "Line one\nline two" });
    expect(exportGexf(broken, buildGraph(broken))).toContain(
      '<description>"Line one\\nline two"\n\nHand-written',
    );
  });

  it("reads a plain file's description that merely opens with a quote as text", () => {
    const loaded = smallLoadedDataset();
    const xml = exportGexf(loaded, buildGraph(loaded)).replace(
      /<description>[^<]*<\/description>/,
      '<description>"Quoted" words, then more</description>',
    );
    expect(imported("quoted.gexf", xml).dataset.title).toBe('"Quoted" words, then more');
  });
});

describe("source records on every edge that cites them", () => {
  const loaded = hamaDataset();
  const xml = exportGexf(loaded, buildGraph(loaded));
  const edgeLines = xml.split("\n").filter((line) => line.includes("<edge "));

  it("are written on each edge, for each source it cites", () => {
    expect(edgeLines).toHaveLength(loaded.dataset.claims.length);
    for (const [i, claim] of loaded.dataset.claims.entries()) {
      const line = edgeLines[i]!;
      const records = /for="sources" value='(\[[^']*\])'/.exec(line)?.[1];
      expect(records, claim.id).toBeDefined();
      const ids = JSON.parse(records!.replaceAll("&amp;", "&").replaceAll("&lt;", "<")).map(
        (r: { id: string }) => r.id,
      );
      expect(ids).toEqual([...new Set(claim.evidence.map((e) => e.source))]);
    }
  });

  it("survive deleting any one edge elsewhere (as in Gephi): the rest still imports", () => {
    for (const [i, line] of edgeLines.entries()) {
      const result = importGexf("edited.gexf", xml.replace(`${line}\n`, ""), ontology);
      if (!result.ok) throw new Error(`without edge ${i}: ${result.errors[0]?.message}`);
      expect(result.value.dataset.claims).toHaveLength(edgeLines.length - 1);
      expect(result.value.dataset.sources).toEqual(loaded.dataset.sources);
    }
  });

  it("are read from files that described each source once, on its first edge", () => {
    const old = FIXTURE("faultline-v2-compact-hama.gexf");
    expect(old.split('for="sources"').length - 1).toBe(loaded.dataset.sources.length);
    const fromOld = imported("faultline-v2-compact-hama.gexf", old);
    const fromCurrent = imported("faultline-v2-compact-hama.gexf", xml);
    expect(fromOld.dataset).toEqual(fromCurrent.dataset);
    expect(fromOld.sourceTexts).toEqual(fromCurrent.sourceTexts);
    expect(exportGexf(fromOld, buildGraph(fromOld))).toBe(xml);
  });
});

import { describe, expect, it } from "vitest";
import { datasetSubset } from "../../src/io/dataset-subset";
import { importGexf } from "../../src/io/gexf-read";
import { exportGexf } from "../../src/io/gexf-write";
import { buildGraph } from "../../src/model/build-graph";
import type { LoadedDataset } from "../../src/model/types";
import { projectOntology, SMALL_SOURCE_TEXT, smallLoadedDataset } from "../fixtures/gexf/small-dataset";

const ontology = projectOntology();

function reimport(xml: string, options = {}): LoadedDataset {
  const result = importGexf("export.gexf", xml, ontology, options);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
  return result.value;
}

describe("importGexf of our own export", () => {
  const loaded = smallLoadedDataset();
  const graph = buildGraph(loaded);

  for (const [name, options] of [
    ["static", {}],
    ["dynamic", { dynamic: true }],
  ] as const) {
    it(`export -> import -> export is identical (${name})`, () => {
      const first = exportGexf(loaded, graph, options);
      const back = reimport(first);
      const second = exportGexf(back, buildGraph(back), options);
      expect(second).toBe(first);
    });
  }

  it("imports a filtered export as exactly the filtered subset", () => {
    const filter = { kinds: ["state", "person", "city", "armed-group"], at: "2024-12-06" };
    const back = reimport(exportGexf(loaded, graph, { filter })).dataset;
    const subset = datasetSubset(loaded, filter);
    expect(back.actors).toEqual(subset.actors);
    expect(back.claims).toEqual(subset.claims);
    expect(back.claims.map((c) => c.id)).toEqual([
      "hts-controls-hama",
      "russia-supports-assad",
      "russia-attacks-hama",
    ]);
  });

  it("restores the dataset's actors, claims and cited sources", () => {
    const back = reimport(exportGexf(loaded, graph)).dataset;
    const original = loaded.dataset;
    expect(back.id).toBe(original.id);
    expect(back.title).toBe(original.title);
    expect(back.description).toBe(original.description);
    expect(back.actors).toEqual(original.actors);
    expect(back.claims).toEqual(original.claims);
    // Only cited sources travel in a GEXF.
    expect(back.sources).toEqual(original.sources.filter((s) => s.id === "wire-1"));
    expect(back.layout?.hts).toEqual({ x: 1.5, y: -2.25 });
    expect(Object.keys(back.layout ?? {})).toEqual(original.actors.map((a) => a.id));
  });

  it("checks quotes against full source texts when given, else keeps the quoted excerpts", () => {
    const xml = exportGexf(loaded, graph);
    expect(reimport(xml, { sourceTexts: { "wire-1": SMALL_SOURCE_TEXT } }).sourceTexts["wire-1"]).toBe(
      SMALL_SOURCE_TEXT,
    );
    const excerpt = reimport(xml).sourceTexts["wire-1"]!;
    for (const claim of loaded.dataset.claims)
      for (const e of claim.evidence) expect(excerpt).toContain(e.quote);

    const wrongText = importGexf("export.gexf", xml, ontology, {
      sourceTexts: { "wire-1": "Something else entirely." },
    });
    expect(wrongText.ok).toBe(false);
    if (!wrongText.ok) {
      expect(wrongText.errors[0]?.message).toMatch(/not verbatim/);
      // Placed at the edge in the file, with the dataset path kept in the message.
      expect(wrongText.errors[0]?.path).toMatch(/^line \d+, column \d+$/);
      expect(wrongText.errors[0]?.message).toMatch(/\$\.claims\[0\]\.evidence\[0\]\.quote/);
    }
  });
});

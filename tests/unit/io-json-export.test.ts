import { describe, expect, it } from "vitest";
import { exportDatasetJson } from "../../src/io/json-export";
import { parseLoadedDataset } from "../../src/model/load";
import {
  projectOntology,
  SMALL_DATASET,
  SMALL_SOURCE_TEXT,
  smallLoadedDataset,
} from "../fixtures/gexf/small-dataset";

const texts = { "wire-1": SMALL_SOURCE_TEXT, unused: "Nothing here." };

describe("exportDatasetJson", () => {
  const loaded = smallLoadedDataset();

  it("writes the dataset as pretty JSON that loads back to the same dataset", () => {
    const json = exportDatasetJson(loaded);
    expect(json.endsWith("}\n")).toBe(true);
    expect(json).toContain('\n  "id": "small-test",\n');
    const back = parseLoadedDataset("back.json", json, projectOntology(), texts);
    expect(back.ok && back.value.dataset).toEqual(loaded.dataset);
  });

  it("is deterministic: the same dataset with its keys in another order gives the same bytes", () => {
    const reversed: Record<string, unknown> = Object.fromEntries(Object.entries(SMALL_DATASET).reverse());
    reversed.actors = SMALL_DATASET.actors.map((a) => Object.fromEntries(Object.entries(a).reverse()));
    reversed.layout = { hama: SMALL_DATASET.layout.hama, hts: SMALL_DATASET.layout.hts };
    const other = parseLoadedDataset("other.json", JSON.stringify(reversed), projectOntology(), texts);
    if (!other.ok) throw new Error("fixture invalid");
    expect(exportDatasetJson(other.value)).toBe(exportDatasetJson(loaded));
    expect(Object.keys(JSON.parse(exportDatasetJson(loaded)))).toEqual([
      "id",
      "title",
      "description",
      "sources",
      "actors",
      "claims",
      "layout",
    ]);
  });

  it("exports the filtered subset: hidden kinds, their claims, their positions and uncited sources dropped", () => {
    const subset = JSON.parse(
      exportDatasetJson(loaded, { kinds: ["state", "person", "militia", "armed-forces"] }),
    );
    expect(subset.actors.map((a: { id: string }) => a.id)).toEqual(["russia", "assad", "army", "militias"]);
    expect(subset.claims.map((c: { id: string }) => c.id)).toEqual([
      "russia-supports-assad",
      "militias-allied-army",
    ]);
    expect(subset.layout).toEqual({});
    expect(subset.sources.map((s: { id: string }) => s.id)).toEqual(["wire-1"]);
    // Unfiltered, the uncited source stays.
    expect(JSON.parse(exportDatasetJson(loaded)).sources).toHaveLength(2);
  });

  it("escapes DEL and C1 controls, which JSON.stringify leaves raw, and keeps them", () => {
    const odd = smallLoadedDataset({
      actors: SMALL_DATASET.actors.map((a, i) =>
        i === 0 ? { ...a, label: "bell\u0007 del\u007F nel\u0085" } : a,
      ),
    });
    const json = exportDatasetJson(odd);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
    expect(json).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    expect(json).toContain("bell\\u0007 del\\u007f nel\\u0085");
    expect(JSON.parse(json).actors[0].label).toBe("bell\u0007 del\u007F nel\u0085");
  });

  it("refuses to write a dataset that would not load", () => {
    const broken = { ...loaded, sourceTexts: { ...texts, "wire-1": "a different text" } };
    expect(() => exportDatasetJson(broken)).toThrow(
      /does not validate: \$\.claims\[0\]\.evidence\[0\]\.quote: quote is not verbatim/,
    );
  });
});

import { readFile } from "node:fs/promises";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportDatasetCsv } from "../../src/io/csv-export";
import { type CsvDatasetMeta, importDatasetCsv } from "../../src/io/csv-import";
import { canonicalDataset } from "../../src/io/json-export";
import { loadDataset } from "../../src/model/load";
import type { Dataset, LoadedDataset, Ontology } from "../../src/model/types";
import { validateDataset } from "../../src/model/validate";
import { generateConflictDataset } from "../support/generate";

/**
 * The spreadsheet round trip: any dataset to actors.csv, claims.csv and sources.csv and back, with
 * nothing lost but what the sheets do not hold (the dataset's own id, title, description and
 * ontology path, given again on import).
 */

const read = (path: string) => readFile(path, "utf8");
const ontology = JSON.parse(await read("data/ontology.json")) as Ontology;

async function loaded(path: string): Promise<LoadedDataset> {
  const result = await loadDataset(path, read);
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  return result.value;
}

function metaOf(dataset: Dataset): CsvDatasetMeta {
  return {
    id: dataset.id,
    title: dataset.title,
    ...(dataset.description === undefined ? {} : { description: dataset.description }),
    ...(dataset.ontology === undefined ? {} : { ontology: dataset.ontology }),
  };
}

function roundTrip(value: LoadedDataset): Dataset {
  const csv = exportDatasetCsv(value.dataset);
  const files = {
    actors: { name: "actors.csv", text: csv.actors },
    claims: { name: "claims.csv", text: csv.claims },
    sources: { name: "sources.csv", text: csv.sources },
  };
  const back = importDatasetCsv(files, metaOf(value.dataset), value.ontology, value.sourceTexts);
  if (!back.ok) throw new Error(back.errors.map((e) => `${e.file}: ${e.path}: ${e.message}`).join("\n"));
  return back.value.dataset;
}

function expectLossless(value: LoadedDataset): void {
  const { $schema: _schema, ...expected } = canonicalDataset(value.dataset);
  expect(canonicalDataset(roundTrip(value))).toEqual(expected);
}

describe("CSV round trip", () => {
  it("is lossless on the Hama dataset", async () => {
    expectLossless(await loaded("data/hama-2024-12.json"));
  });

  it("is lossless on a dataset of references, with actor spans and disputing evidence", async () => {
    expectLossless(await loaded("tests/fixtures/datasets/references.json"));
  });

  it("is lossless on a generated dataset with a stored layout", () => {
    const generated = generateConflictDataset({ nodes: 200, edges: 600, seed: 3, layout: true });
    expect(generated.dataset.layout).toBeDefined();
    expectLossless({ ...generated, file: "generated.json" });
  });

  it("keeps any text a cell can hold: separators, quotes, line breaks, formulas, pipes", () => {
    const text = fc.oneof(
      fc.constantFrom(
        "=SUM(A1)",
        "+1",
        "-2",
        "@x",
        "'quoted",
        "a|b\\c",
        'say "hi", then\r\nleave',
        "\uFEFFbom",
        " pad ",
      ),
      fc.string({ minLength: 1, maxLength: 12 }),
    );
    const visible = text.filter((s) => s.trim().length > 0);
    fc.assert(
      fc.property(
        fc.record({
          label: visible,
          aliases: fc.array(visible, { maxLength: 3 }).filter((a) => a.length > 0),
          description: text,
          locator: visible,
          note: visible,
          title: visible,
          licence: visible,
          claimNote: text,
        }),
        (s) => {
          const dataset = {
            id: "cells",
            title: "Cells",
            sources: [
              {
                id: "ref",
                title: s.title,
                publisher: "P",
                date: "2024",
                url: "https://e.org/x",
                licence: s.licence,
              },
            ],
            actors: [
              {
                id: "a",
                label: s.label,
                kind: "state",
                aliases: s.aliases,
                description: s.description,
                start: "2001",
              },
              { id: "b", label: "B", kind: "armed-group", end: "2020-02-29" },
            ],
            claims: [
              {
                id: "a-supports-b",
                from: "a",
                relation: "supports",
                to: "b",
                evidence: [{ source: "ref", locator: s.locator, note: s.note, stance: "against" as const }],
                certainty: "disputed" as const,
                note: s.claimNote,
              },
            ],
          };
          const checked = validateDataset(dataset, { file: "cells.json", ontology, sourceTexts: {} });
          if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
          const value = { file: "cells.json", dataset: checked.dataset, ontology, sourceTexts: {} };
          expect(canonicalDataset(roundTrip(value))).toEqual(canonicalDataset(checked.dataset));
        },
      ),
      { numRuns: 200 },
    );
  });
});

const references = await loaded("tests/fixtures/datasets/references.json");
const base = exportDatasetCsv(references.dataset);

describe("CSV import errors", () => {
  const meta = { id: "refs", title: "Refs" };
  const run = (edit: Partial<Record<"actors" | "claims" | "sources", string>>) => {
    const csv = { ...base, ...edit };
    const result = importDatasetCsv(
      {
        actors: { name: "actors.csv", text: csv.actors },
        claims: { name: "claims.csv", text: csv.claims },
        sources: { name: "sources.csv", text: csv.sources },
      },
      meta,
      references.ontology,
      references.sourceTexts,
    );
    return result.ok ? [] : result.errors.map((e) => `${e.file}: ${e.path}: ${e.message}`);
  };

  it("accepts the export as it is, and sheets saved with semicolons", () => {
    expect(run({})).toEqual([]);
    const semicolons =
      "id;label;kind;start\r\naster;Republic of Aster;state;\r\nnorthern-front;Northern Front;armed-group;2019-03\r\nold-front;Old Front;armed-group;2012\r\nkarvel;Karvel;city;\r\n";
    expect(run({ actors: semicolons })).toEqual([]);
  });

  it("names the row and column of what validation rejects", () => {
    const actors = base.actors.replace(
      "northern-front,Northern Front,armed-group",
      "northern-front,Northern Front,armed-gang",
    );
    const claims = base.claims.replace(
      "The profile lists no state backer.,against",
      "The profile lists no state backer.,for",
    );
    expect(run({ actors, claims })).toEqual([
      expect.stringMatching(/^actors\.csv: row 3, column "kind": unknown node kind "armed-gang"/),
      expect.stringMatching(/^claims\.csv: row 2, column "evidence 2 stance": /),
    ]);
    const lat = base.actors.replace("41.5", "north");
    expect(run({ actors: lat })).toEqual([
      expect.stringMatching(/^actors\.csv: row 5, column "lat": .*expected number/),
    ]);
  });

  it("reports unknown and missing columns, extra cells and broken quoting in the sheets", () => {
    const header = base.actors.split("\r\n")[0] ?? "";
    const actors = base.actors.replace(header, header.replace("label", "name"));
    expect(run({ actors })).toEqual([
      'actors.csv: row 1, column "name": unknown column "name"',
      'actors.csv: row 1: required column "label" is missing',
    ]);
    const extra = base.sources.replace("\r\n", "\r\n").replace(/\r\n$/, ",,,,,,,,,surplus\r\n");
    expect(run({ sources: extra })).toEqual([
      expect.stringMatching(/^sources\.csv: row 4: 17 cells, but the header names 8 columns/),
    ]);
    expect(run({ claims: `${base.claims}"unclosed,quote\r\n` })).toEqual([
      expect.stringMatching(/^claims\.csv: row \d+: .*\(CSV syntax\)/),
    ]);
  });
});

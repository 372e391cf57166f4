import { exportDatasetCsv } from "../io/csv-export";
import { type CsvFile, importDatasetCsv } from "../io/csv-import";
import { datasetSubset } from "../io/dataset-subset";
import { slugify } from "../model/ids";
import type { InputError, LoadedDataset } from "../model/types";
import type { AppContext } from "./context";
import { byId, downloadBlob } from "./dom";

/**
 * The spreadsheet form in the explorer: "CSV" downloads actors.csv, claims.csv and sources.csv
 * (three downloads, prefixed with the dataset id, of the whole graph or the current view); dropping
 * or picking those CSV files (with any .txt sources they quote) opens them as a dataset, checked as
 * any import is, errors naming file, row and column.
 */

type CsvImport = { ok: true; value: LoadedDataset; warnings: string[] } | { ok: false; errors: InputError[] };

export function mountCsvExport(
  ctx: AppContext,
  status: HTMLElement,
  filter: () => ReturnType<AppContext["derived"]>["visibility"]["filter"] | undefined,
): void {
  byId("export-csv").addEventListener("click", () => {
    const scoped = filter();
    const dataset = datasetSubset(ctx.loaded(), scoped);
    const csv = exportDatasetCsv(dataset);
    const prefix = `${dataset.id}${scoped === undefined ? "" : "-view"}`;
    const names: string[] = [];
    for (const key of ["actors", "claims", "sources"] as const) {
      const name = `${prefix}-${key}.csv`;
      downloadBlob(new Blob([csv[key]], { type: "text/csv" }), name);
      names.push(name);
    }
    status.textContent = `Saved ${names.join(", ")}.`;
  });
}

/** Which sheet a CSV file is, by its header: claims name `from`, sources `publisher`. */
function roleOf(text: string): "actors" | "claims" | "sources" {
  const header = (text.split(/\r?\n/, 1)[0] ?? "").split(/[,;\t]/).map((c) => c.trim().replace(/^"|"$/g, ""));
  if (header.includes("from")) return "claims";
  return header.includes("publisher") ? "sources" : "actors";
}

export async function importCsvFiles(
  csvFiles: readonly File[],
  sourceTexts: Record<string, string>,
  ctx: AppContext,
): Promise<CsvImport> {
  const sheets: Partial<Record<"actors" | "claims" | "sources", CsvFile>> = {};
  for (const file of csvFiles) {
    const text = await file.text();
    const role = roleOf(text);
    if (sheets[role] !== undefined) {
      const message = `${file.name} and ${sheets[role].name} are both ${role} sheets: drop one actors, one claims and at most one sources CSV`;
      return { ok: false, errors: [{ file: file.name, path: "row 1", message }] };
    }
    sheets[role] = { name: file.name, text };
  }
  if (sheets.actors === undefined || sheets.claims === undefined) {
    const names = csvFiles.map((f) => f.name).join(", ");
    const message = "a CSV import needs an actors sheet and a claims sheet (the one with a `from` column)";
    return { ok: false, errors: [{ file: names, path: "row 1", message }] };
  }
  const base = sheets.actors.name.replace(/(-actors)?\.csv$/i, "");
  const id = slugify(base, "imported");
  const ontology = ctx.loaded().mappedOnto ?? ctx.loaded().ontology;
  const result = importDatasetCsv(
    { actors: sheets.actors, claims: sheets.claims, ...(sheets.sources ? { sources: sheets.sources } : {}) },
    { id, title: base },
    ontology,
    sourceTexts,
  );
  if (!result.ok) return result;
  return {
    ok: true,
    value: result.value,
    warnings: result.warnings.map((w) => `${w.file}: ${w.path}: ${w.message}`),
  };
}

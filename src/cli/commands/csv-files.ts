import { mkdir } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { exportDatasetCsv } from "../../io/csv-export";
import { datasetSubset } from "../../io/dataset-subset";
import type { GraphFilter } from "../../model/filter";
import type { LoadedDataset } from "../../model/types";
import { writeFileAtomic } from "../files";

/**
 * `faultline export --format csv`: actors.csv, claims.csv and sources.csv written into a
 * directory. Source text paths are made relative to that directory, as the import reads them.
 */
export const CSV_FILE_NAMES = { actors: "actors.csv", claims: "claims.csv", sources: "sources.csv" } as const;

export async function writeCsvExport(
  loaded: LoadedDataset,
  filter: GraphFilter | undefined,
  datasetFile: string,
  directory: string,
): Promise<string[]> {
  const dataset = datasetSubset(loaded, filter);
  const from = dirname(resolve(datasetFile));
  const to = resolve(directory);
  const sources = dataset.sources.map((source) =>
    source.text === undefined
      ? source
      : { ...source, text: relative(to, resolve(from, source.text)).replaceAll("\\", "/") },
  );
  const csv = exportDatasetCsv({ ...dataset, sources });
  await mkdir(to, { recursive: true });
  const written: string[] = [];
  for (const key of ["actors", "claims", "sources"] as const) {
    const path = join(directory, CSV_FILE_NAMES[key]);
    await writeFileAtomic(path, csv[key]);
    written.push(path);
  }
  return written;
}

import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { GeneratedDataset } from "../support/generate";

/**
 * Writes a generated dataset as a user would keep it: `dataset.json`, `ontology.json` beside it and
 * the source texts under `sources/`, all in `dir`. Returns the dataset file's path.
 */
export async function writeGeneratedDataset(dir: string, generated: GeneratedDataset): Promise<string> {
  await mkdir(join(dir, "sources"), { recursive: true });
  const file = join(dir, "dataset.json");
  await writeFile(file, JSON.stringify(generated.dataset), "utf8");
  await writeFile(join(dir, "ontology.json"), JSON.stringify(generated.ontology, null, 2), "utf8");
  await Promise.all(
    Object.entries(generated.sourcePaths).map(async ([id, path]) => {
      const target = join(dir, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, generated.sourceTexts[id] ?? "", "utf8");
    }),
  );
  return file;
}

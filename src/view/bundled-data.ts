/**
 * The dataset files shipped with the app. `data/` stays the single copy in git: Vite bundles
 * its JSON and text files as lazily loaded chunks, so the app needs no copy under public/ and no
 * network access beyond its own origin. Anything else is fetched from the app's origin.
 */

const bundled = import.meta.glob<string>(["../../data/**/*.json", "../../data/**/*.txt"], {
  query: "?raw",
  import: "default",
});

/** The dataset the explorer opens by default, as a path relative to the repository root. */
export const DEFAULT_DATASET = "data/hama-2024-12.json";

function bundleKey(path: string): string {
  return `../../${path.replace(/^\.?\//, "")}`;
}

/** Reads a bundled file by its repository path ("data/ontology.json"), or fetches it. */
export async function readAppText(path: string): Promise<string> {
  const load = bundled[bundleKey(path)];
  if (load !== undefined) return load();
  const response = await fetch(path);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${path}`);
  return response.text();
}

/** Every bundled file under data/, keyed by its path relative to data/ ("sources/x.txt"). */
export async function bundledDataFiles(extension: ".txt" | ".json"): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  await Promise.all(
    Object.entries(bundled)
      .filter(([key]) => key.endsWith(extension))
      .map(async ([key, load]) => {
        files[key.replace("../../data/", "")] = await load();
      }),
  );
  return files;
}

/** The dataset files shipped at the top of data/ (not the ontology or the JSON schemas), by path. */
export function bundledDatasetPaths(): string[] {
  return Object.keys(bundled)
    .map((key) => key.replace("../../", ""))
    .filter((path) => /^data\/[^/]+\.json$/.test(path) && !/(^|\/)ontology\.json$|\.schema\.json$/.test(path))
    .sort();
}

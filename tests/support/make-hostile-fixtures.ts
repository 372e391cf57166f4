/**
 * The big hostile inputs, generated rather than committed (a 300 MB file has no place in git).
 * Tests call `writeBigHostileFixtures(dir)` with a directory under os.tmpdir(); by hand:
 *
 *   npx tsx tests/support/make-hostile-fixtures.ts <output-dir>
 *
 * Every dataset written here names "ontology.json" beside it, so the ontology and the source text of
 * the committed corpus (tests/fixtures/hostile) are copied into the same directory.
 */
import { copyFile, mkdir, open, writeFile } from "node:fs/promises";
import { join } from "node:path";

const REPO = join(import.meta.dirname, "../..");
const MB = 1024 * 1024;

export const HUGE_LABEL_BYTES = 5 * MB;
/**
 * Above the 256 MB limit for datasets and GEXF (src/model/size-limits.ts). The huge files are
 * sparse: a valid beginning, then a hole up to this size, so writing them costs no disk or time
 * and a reader that refuses them by size reads nothing (reading one would cost 300 MB of zeros).
 */
export const HUGE_FILE_BYTES = 300 * MB;

/** File names of the generated fixtures, relative to the output directory. */
export const BIG_FIXTURES = {
  hugeLabel: "huge-label.json",
  hugeFile: "huge-file.json",
  hugeGexf: "huge-file.gexf",
  hugeLabelGexf: "huge-label.gexf",
  editDistanceBomb: "edit-distance-bomb.json",
  deepNesting: "deep-nesting.json",
  manyErrors: "many-errors.json",
} as const;

const SOURCE = {
  id: "hostile-source",
  title: "A hostile source",
  publisher: "Nobody",
  date: "2024-12",
  text: "hostile-source.txt",
};
const QUOTE = "The rebels attacked the army near the river.";

function claim(id: string, from: string, to: string) {
  return {
    id,
    from,
    relation: "attacks",
    to,
    evidence: [{ source: SOURCE.id, quote: QUOTE }],
    certainty: "stated",
  };
}

/** A valid dataset whose first actor's label is `bytes` long (a pasted article, a hostile file). */
export function hugeLabelDataset(bytes = HUGE_LABEL_BYTES): string {
  const label = "<b>huge</b> label ".repeat(Math.ceil(bytes / 18)).slice(0, bytes);
  return JSON.stringify({
    id: "huge-label",
    title: "A 5 MB label",
    sources: [SOURCE],
    actors: [
      { id: "rebels", label, kind: "armed-group" },
      { id: "army", label: "Army", kind: "armed-forces" },
    ],
    claims: [claim("rebels-attack-army", "rebels", "army")],
  });
}

/**
 * Small file, huge work: ids far longer than any real id, each a few characters off the next, so a
 * "did you mean" that compares every unknown id with every known one by edit distance never ends.
 */
export function editDistanceBombDataset(idLength = 20_000, count = 8): string {
  const stem = "a".repeat(idLength);
  const actors = Array.from({ length: count }, (_, i) => ({
    id: `${stem}${i}`,
    label: `A${i}`,
    kind: "armed-group",
  }));
  const claims = Array.from({ length: count }, (_, i) => claim(`c${i}`, `${stem}x${i}`, `${stem}y${i}`));
  return JSON.stringify({ id: "bomb", title: "Edit distance bomb", sources: [SOURCE], actors, claims });
}

/** `depth` nested arrays inside a description: a parser that recurses per level runs out of stack. */
export function deepNestingDataset(depth = 200_000): string {
  return `{"id":"deep","title":"Deep","sources":[],"actors":[{"id":"a","label":"A","kind":"armed-group","description":${"[".repeat(depth)}${"]".repeat(depth)}}],"claims":[]}`;
}

/** Thousands of independent mistakes: the error list must stay usable (and the check fast). */
export function manyErrorsDataset(count = 5_000): string {
  const actors = Array.from({ length: count }, (_, i) => ({ id: `actor-${i}`, label: "", kind: "nowhere" }));
  const claims = Array.from({ length: count }, (_, i) => claim(`claim-${i}`, `ghost-${i}`, `actor-${i}`));
  return JSON.stringify({ id: "many", title: "Many errors", sources: [SOURCE], actors, claims });
}

/** A sparse file of `bytes` bytes that begins with `head` (the rest reads as zero bytes). */
export async function writeSparseFile(path: string, head: string, bytes: number): Promise<void> {
  const file = await open(path, "w");
  try {
    await file.write(head);
    await file.truncate(bytes);
  } finally {
    await file.close();
  }
}

/** A dataset of `bytes` bytes: a valid beginning (many small actors), then a sparse hole. */
export async function writeHugeDataset(path: string, bytes = HUGE_FILE_BYTES): Promise<void> {
  const actors = Array.from(
    { length: 1000 },
    (_, i) => `{"id":"actor-${i}","label":"Actor ${i}","kind":"armed-group"}`,
  );
  const head = `{"id":"huge","title":"A ${Math.round(bytes / MB)} MB dataset","sources":[${JSON.stringify(SOURCE)}],"actors":[${actors.join(",")},`;
  await writeSparseFile(path, head, bytes);
}

const GEXF_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n' +
  '<graph defaultedgetype="directed">\n';

/** A GEXF 1.3 file of `bytes` bytes: a valid beginning (many nodes), then a sparse hole. */
export async function writeHugeGexf(path: string, bytes = HUGE_FILE_BYTES): Promise<void> {
  const nodes = Array.from({ length: 1000 }, (_, i) => `<node id="n${i}" label="Node ${i}"/>\n`);
  await writeSparseFile(path, `${GEXF_HEAD}<nodes>\n${nodes.join("")}`, bytes);
}

/** A GEXF 1.3 file with one node whose label is `bytes` long. */
export function hugeLabelGexf(bytes = HUGE_LABEL_BYTES): string {
  const label = "&lt;b&gt;huge&lt;/b&gt; label ".repeat(Math.ceil(bytes / 30)).slice(0, bytes);
  return `${GEXF_HEAD}<nodes>\n<node id="a" label="${label.replace(/&[a-z]*$/, "")}"/>\n<node id="b" label="B"/>\n</nodes>\n<edges>\n<edge id="e" source="a" target="b" kind="attacks"/>\n</edges>\n</graph>\n</gexf>\n`;
}

/** Writes every generated fixture (and the ontology + source text they need) into `dir`. */
export async function writeBigHostileFixtures(
  dir: string,
  options: { hugeFiles?: boolean } = {},
): Promise<void> {
  await mkdir(dir, { recursive: true });
  await copyFile(join(REPO, "data", "ontology.json"), join(dir, "ontology.json"));
  await copyFile(
    join(REPO, "tests", "fixtures", "hostile", "hostile-source.txt"),
    join(dir, "hostile-source.txt"),
  );
  await writeFile(join(dir, BIG_FIXTURES.hugeLabel), hugeLabelDataset());
  await writeFile(join(dir, BIG_FIXTURES.hugeLabelGexf), hugeLabelGexf());
  await writeFile(join(dir, BIG_FIXTURES.editDistanceBomb), editDistanceBombDataset());
  await writeFile(join(dir, BIG_FIXTURES.deepNesting), deepNestingDataset());
  await writeFile(join(dir, BIG_FIXTURES.manyErrors), manyErrorsDataset());
  if (options.hugeFiles !== false) {
    await writeHugeDataset(join(dir, BIG_FIXTURES.hugeFile));
    await writeHugeGexf(join(dir, BIG_FIXTURES.hugeGexf));
  }
}

const invokedPath = process.argv[1] ?? "";
if (/make-hostile-fixtures\.ts$/.test(invokedPath)) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write("usage: tsx tests/support/make-hostile-fixtures.ts <output-dir>\n");
    process.exitCode = 2;
  } else {
    writeBigHostileFixtures(dir).then(
      () => process.stdout.write(`wrote the generated hostile fixtures to ${dir}\n`),
      (error: unknown) => {
        process.stderr.write(`make-hostile-fixtures: ${(error as Error).message}\n`);
        process.exitCode = 1;
      },
    );
  }
}

import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main";

/** `ingest --dataset` reads a dataset that includes others: the merged actors are its gazetteer. */

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "faultline-ingest-includes-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("ingest against a dataset with includes", () => {
  it("resolves names with the actors of the included dataset, and merges into a valid dataset", async () => {
    const notesDir = join(dir, "notes");
    await mkdir(notesDir, { recursive: true });
    const notes = join(notesDir, "notes.json");
    const dataDir = resolve("data");
    await writeFile(
      notes,
      JSON.stringify({
        id: "notes",
        title: "Notes on Hama",
        ontology: relative(notesDir, join(dataDir, "ontology.json")),
        includes: [relative(notesDir, join(dataDir, "hama-2024-12.json"))],
        sources: [],
        actors: [],
        claims: [],
      }),
    );
    const article = join(dir, "report.txt");
    await writeFile(article, "Hayat Tahrir al-Sham fighters seized the city of Hama from the Syrian army.\n");
    const listed = await run("ingest", article, "--dataset", notes, "--json");
    expect(listed.stderr).toBe("");
    const out = JSON.parse(listed.stdout) as { actors: { id: string; known: boolean }[] };
    expect(out.actors).toEqual(expect.arrayContaining([expect.objectContaining({ id: "hts", known: true })]));

    const merged = join(dir, "merged.json");
    const r = await run(
      "ingest",
      article,
      "--dataset",
      notes,
      "--date",
      "2024-12-05",
      "--merge",
      "-o",
      merged,
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect((await run("validate", merged)).code).toBe(0);
  });
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main";

const HAMA = fileURLToPath(new URL("../../data/hama-2024-12.json", import.meta.url));
const ONTOLOGY = fileURLToPath(new URL("../../data/ontology.json", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "faultline-csv-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

describe("faultline export --format csv and faultline import", () => {
  it("round-trips the Hama dataset through three CSV files, in any order on import", async () => {
    const sheets = join(dir, "sheets");
    const exported = await cli("export", HAMA, "--format", "csv", "-o", sheets);
    expect(exported.code).toBe(0);
    expect(readFileSync(join(sheets, "claims.csv"), "utf8").split("\r\n")[0]).toMatch(
      /^id,from,relation,to,certainty,start,end,note,evidence 1 source,evidence 1 quote,/,
    );
    const hama = JSON.parse(readFileSync(HAMA, "utf8"));
    const output = join(dir, "out", "hama.json");
    const imported = await cli(
      "import",
      join(sheets, "sources.csv"),
      join(sheets, "claims.csv"),
      join(sheets, "actors.csv"),
      "-o",
      output,
      "--id",
      hama.id,
      "--title",
      hama.title,
      "--description",
      hama.description,
      "--ontology",
      ONTOLOGY,
    );
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    const back = await cli("export", output, "--format", "json");
    const original = await cli("export", HAMA, "--format", "json");
    const { $schema: _, ontology: _o, ...expected } = JSON.parse(original.stdout);
    const { ontology: _p, ...actual } = JSON.parse(back.stdout);
    // Text paths now lead from the output's directory to the same files (validate reads them).
    const withoutText = (sources: { text?: string }[]) => sources.map(({ text: _t, ...rest }) => rest);
    expect({ ...actual, sources: withoutText(actual.sources) }).toEqual({
      ...expected,
      sources: withoutText(expected.sources),
    });
    expect(await cli("validate", output)).toMatchObject({ code: 0 });
  });

  it("names file, row and column of a problem", async () => {
    const sheets = join(dir, "broken");
    await cli("export", HAMA, "--format", "csv", "-o", sheets);
    const actors = readFileSync(join(sheets, "actors.csv"), "utf8").replace(",state,", ",nation,");
    writeFileSync(join(sheets, "actors.csv"), actors);
    const r = await cli(
      "import",
      join(sheets, "actors.csv"),
      join(sheets, "claims.csv"),
      join(sheets, "sources.csv"),
      "-o",
      join(dir, "broken.json"),
      "--ontology",
      ONTOLOGY,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/actors\.csv: row \d+, column "kind": unknown node kind "nation"/);
  });
});

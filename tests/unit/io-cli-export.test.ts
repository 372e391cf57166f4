import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main";
import { parseXml } from "../../src/io/xml-parse";

const HAMA = fileURLToPath(new URL("../../data/hama-2024-12.json", import.meta.url));
const ONTOLOGY = fileURLToPath(new URL("../../data/ontology.json", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "faultline-export-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  return { code, stdout, stderr };
}

describe("faultline export", () => {
  it("writes GEXF to standard output, the same bytes every time", async () => {
    const first = await cli("export", HAMA, "--now", "2026-01-01");
    expect(first.code).toBe(0);
    expect(first.stderr).toBe("");
    const parsed = parseXml(first.stdout);
    expect(parsed.ok).toBe(true);
    expect(first.stdout.match(/<node /g)).toHaveLength(29);
    expect(first.stdout).toContain('<meta lastmodifieddate="2026-01-01">');
    expect((await cli("export", HAMA, "--now", "2026-01-01")).stdout).toBe(first.stdout);
  });

  it("applies --kinds, --relations, --at and --dynamic", async () => {
    const { code, stdout } = await cli(
      "export",
      HAMA,
      "--kinds",
      "state,armed-group",
      "--relations",
      "supports",
      "--dynamic",
    );
    expect(code).toBe(0);
    expect(stdout).toContain('mode="dynamic" timeformat="date"');
    const kinds = [...stdout.matchAll(/<attvalue for="kind" value="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(kinds)).toEqual(new Set(["state", "armed-group"]));
    const relations = [...stdout.matchAll(/<attvalue for="relation" value="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(relations)).toEqual(new Set(["supports"]));
  });

  it("writes a file with -o, and a .gexf input round-trips to the same bytes", async () => {
    const a = join(dir, "a.gexf");
    const b = join(dir, "b.gexf");
    expect(await cli("export", HAMA, "-o", a)).toMatchObject({ code: 0, stdout: `wrote GEXF to ${a}` });
    const again = await cli("export", a, "--ontology", ONTOLOGY, "-o", b);
    expect(again.code).toBe(0);
    expect(readFileSync(b, "utf8")).toBe(readFileSync(a, "utf8"));
  });

  it("streams -o to the file: the same bytes as standard output, nothing left beside it", async () => {
    const out = join(dir, "streamed.gexf");
    const printed = await cli("export", HAMA, "--dynamic", "--now", "2026-01-01");
    expect(await cli("export", HAMA, "--dynamic", "--now", "2026-01-01", "-o", out)).toMatchObject({
      code: 0,
    });
    expect(readFileSync(out, "utf8")).toBe(printed.stdout);
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("writes JSON elsewhere with its paths rebased, so it loads from there", async () => {
    const out = join(dir, "subset.json");
    expect((await cli("export", HAMA, "--kinds", "state,armed-group,city", "-o", out)).code).toBe(0);
    const json = JSON.parse(readFileSync(out, "utf8"));
    expect(
      json.actors.every((a: { kind: string }) => ["state", "armed-group", "city"].includes(a.kind)),
    ).toBe(true);
    expect((await cli("validate", out)).code).toBe(0);
  });

  it("exits 2 on wrong usage, with the reason", async () => {
    for (const argv of [
      ["export"],
      ["export", HAMA, "--format", "xml"],
      ["export", HAMA, "--kinds", "planet"],
      ["export", HAMA, "--relations", "likes"],
      ["export", HAMA, "--at", "yesterday"],
      ["export", HAMA, "--format", "json", "--dynamic"],
      ["export", HAMA, "--now", "2026-02-30"],
    ]) {
      const result = await cli(...argv);
      expect(result.code, argv.join(" ")).toBe(2);
      expect(result.stderr).toMatch(/^faultline export: /);
    }
  });

  it("exits 1 on bad input, without a stack trace", async () => {
    const missing = await cli("export", join(dir, "nope.json"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no such file/);

    const hostile = join(dir, "xxe.gexf");
    writeFileSync(
      hostile,
      '<?xml version="1.0"?>\n<!DOCTYPE g [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<gexf/>',
    );
    const refused = await cli("export", hostile, "--ontology", ONTOLOGY);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /xxe\.gexf: line 2, column 1: invalid XML: DOCTYPE declarations are not accepted/,
    );
    expect(refused.stderr).not.toMatch(/\n\s+at /);
  });

  it("prints its help", async () => {
    const help = await cli("export", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: faultline export/);
  });
});

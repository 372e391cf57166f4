import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main";
import { loadDataset } from "../../src/model/load";

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

const HAMA = "data/hama-2024-12.json";
const ARTICLE = "data/sources/hama-2024-12.txt";
let dir = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "faultline-ingest-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("faultline ingest", () => {
  it("--json prints exactly the documented shape, with offsets of verbatim quotes", async () => {
    const r = await run("ingest", ARTICLE, "--dataset", HAMA, "--json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      actors: Record<string, unknown>[];
      claims: Record<string, unknown>[];
    };
    const text = await readFile(ARTICLE, "utf8");
    expect(out.actors.length).toBeGreaterThan(5);
    for (const a of out.actors) expect(Object.keys(a).sort()).toEqual(["id", "kind", "known", "label"]);
    const required = [
      "asserted",
      "certainty",
      "confidence",
      "end",
      "from",
      "quote",
      "relation",
      "start",
      "status",
      "to",
    ];
    for (const c of out.claims) {
      expect(
        Object.keys(c)
          .filter((k) => required.includes(k))
          .sort(),
      ).toEqual(required);
      const optional = ["attributedTo", "span", "ended", "antecedents", "kinds"];
      expect(Object.keys(c).every((k) => [...required, ...optional].includes(k))).toBe(true);
      expect(text.slice(c.start as number, c.end as number)).toBe(c.quote);
    }
    // Against the hand-made dataset of the same article most candidates are already known.
    const known = out.claims.filter((c) => c.status === "known").length;
    expect(known / out.claims.length).toBeGreaterThan(0.7);
  });

  it("--merge writes a dataset that validates, with the article as a new source beside it", async () => {
    const article = join(dir, "aleppo-report.txt");
    await writeFile(
      article,
      "Rebels seize Aleppo\nRebels captured Aleppo on Saturday. Iran denied arming Hezbollah. Turkey backs the Syrian National Army.\n",
    );
    const output = join(dir, "merged.json");
    const r = await run(
      "ingest",
      article,
      "--dataset",
      HAMA,
      "--date",
      "2024-11-30",
      "--merge",
      "-o",
      output,
    );
    expect(r.code, r.stderr).toBe(0);
    const result = await loadDataset(output, (p) => readFile(p, "utf8"));
    expect(result.ok, JSON.stringify(!result.ok && result.errors)).toBe(true);
    if (!result.ok) return;
    const { dataset, sourceTexts } = result.value;
    const source = dataset.sources.find((s) => s.id === "aleppo-report");
    expect(source).toMatchObject({
      title: "Rebels seize Aleppo",
      date: "2024-11-30",
      text: "aleppo-report.txt",
    });
    expect(sourceTexts["aleppo-report"]).toContain("Rebels captured Aleppo");
    const added = dataset.claims.filter((c) => c.evidence.some((e) => e.source === "aleppo-report"));
    const triples = added.map((c) => `${c.from} ${c.relation} ${c.to}`);
    expect(triples).toEqual(
      expect.arrayContaining(["rebel-forces controls aleppo", "turkey supports syrian-national-army"]),
    );
    // The denial is never merged as a claim.
    expect(triples).not.toContain("iran supports hezbollah");
    expect(dataset.actors.some((a) => a.id === "syrian-national-army")).toBe(true);
    // Old sources still resolve from the new location.
    expect(sourceTexts["hama-fall-report-2024-12"]).toBeDefined();
    expect(
      dataset.claims.find((c) => c.from === "rebel-forces" && c.to === "aleppo" && c.relation === "controls")
        ?.start,
    ).toBe("2024-11-30");
  });

  it("--min-confidence 1 merges nothing new", async () => {
    const output = join(dir, "strict.json");
    const r = await run(
      "ingest",
      ARTICLE,
      "--dataset",
      HAMA,
      "--date",
      "2024-12",
      "--merge",
      "--min-confidence",
      "1",
      "-o",
      output,
    );
    expect(r.code, r.stderr).toBe(0);
    const merged = JSON.parse(await readFile(output, "utf8"));
    const original = JSON.parse(await readFile(HAMA, "utf8"));
    expect(merged.claims.length).toBe(original.claims.length);
  });

  it("wrong usage exits 2 and bad input exits 1, without a stack trace", async () => {
    expect((await run("ingest", ARTICLE)).code).toBe(2);
    expect((await run("ingest", ARTICLE, "--dataset", HAMA, "--date", "2024-13-01")).code).toBe(2);
    expect((await run("ingest", ARTICLE, "--dataset", HAMA, "--merge")).code).toBe(2);
    expect((await run("ingest", ARTICLE, "--dataset", HAMA, "--min-confidence", "0.5")).code).toBe(2);
    const missing = await run("ingest", join(dir, "nope.txt"), "--dataset", HAMA);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("nope.txt: cannot read: no such file");
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const help = await run("ingest", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("character offsets");
  });
});

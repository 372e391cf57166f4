import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main";

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

const DIR = "tests/fixtures/datasets";

describe("faultline validate", () => {
  it("prints a summary and exits 0 for a valid dataset", async () => {
    const r = await run("validate", `${DIR}/valid.json`);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        `OK: 3 actors, 3 claims, 2 sources (${DIR}/valid.json)`,
        "  actors: 3 (0 with a founded/dissolved date)",
        "  claims: 3, dated 100% (3), disputed 1",
        "  sources cited: 0 distinct references, 2 shipped texts",
        "  claims citing 2 or more distinct sources: 33% (1)",
      ].join("\n"),
    );
    expect(r.stderr).toBe("");
  });

  it("prints the figures of a dataset citing references, and warnings on stderr without failing", async () => {
    const r = await run("validate", `${DIR}/references.json`);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("  sources cited: 2 distinct references, 1 shipped texts");
    expect(r.stdout).toContain("  claims citing 2 or more distinct sources: 67% (2)");
    expect(r.stderr).toBe("");
    const warned = await run("validate", `${DIR}/outside-span.json`);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toMatch(
      /^tests\/fixtures\/datasets\/outside-span\.json: \$\.claims\[2\]\.from: warning: claim holds from 2015 to 2018, outside the span of actor "northern-front"/,
    );
  });

  it("prints every error as file: path: message and exits 1", async () => {
    const r = await run("validate", `${DIR}/many-errors.json`);
    expect(r.code).toBe(1);
    const lines = r.stderr.split("\n");
    expect(lines).toHaveLength(9);
    expect(lines[0]).toMatch(
      new RegExp(`^${DIR}/many-errors\\.json: \\$\\.actors\\[3\\]\\.id: duplicate actor id`),
    );
    expect(lines.at(-1)).toBe(`${DIR}/many-errors.json: 8 errors`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("reports malformed JSON with line and column", async () => {
    const r = await run("validate", `${DIR}/malformed.json`);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${DIR}/malformed.json: line 4, column 3: invalid JSON`);
  });

  it("checks several files and fails if any fails; --json gives a machine-readable report", async () => {
    const r = await run("validate", "--json", `${DIR}/valid.json`, `${DIR}/self-loop.json`);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { file: string; ok: boolean; errors?: { path: string }[] }[];
    expect(report.map((x) => [x.file, x.ok])).toEqual([
      [`${DIR}/valid.json`, true],
      [`${DIR}/self-loop.json`, false],
    ]);
    expect(report[1]?.errors?.map((e) => e.path)).toEqual(["$.claims[1].to"]);
  });

  it("checks an ontology file as an ontology", async () => {
    const good = await run("validate", "data/ontology.json");
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(
      /^OK: ontology with \d+ node kinds, \d+ relation kinds \(data\/ontology\.json\)$/,
    );
    const bad = await run("validate", `${DIR}/broken-ontology.json`);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${DIR}/broken-ontology.json: $.placeKinds[1]: unknown node kind "village"`);
  });

  it("reports an unreadable file without a stack trace", async () => {
    const r = await run("validate", `${DIR}/no-such-file.json`);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${DIR}/no-such-file.json: $: cannot read the dataset: no such file`);
  });

  it("exits 2 on wrong usage", async () => {
    expect((await run("validate")).code).toBe(2);
    expect((await run("validate", "--bogus", `${DIR}/valid.json`)).code).toBe(2);
  });

  it("has --help", async () => {
    const r = await run("validate", "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: faultline validate");
  });
});

describe("faultline stats", () => {
  it("prints counts per kind, certainty, time range, sources and top actors", async () => {
    const r = await run("stats", `${DIR}/valid.json`);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("A small valid dataset (valid): 3 actors, 3 claims, 2 sources");
    expect(r.stdout).toMatch(/state\s+1\n/);
    expect(r.stdout).toMatch(/fights\s+1\n/);
    expect(r.stdout).toContain("Time range: 2022-05-01 .. 2024-12-31 (0 undated claims)");
  });

  it("--json gives the same numbers", async () => {
    const r = await run("stats", `${DIR}/valid.json`, "--json");
    expect(r.code).toBe(0);
    const stats = JSON.parse(r.stdout);
    expect(stats.nodeKinds).toEqual({ state: 1, "armed-group": 1, city: 1 });
    expect(stats.relationKinds).toEqual({ supports: 1, fights: 1, controls: 1 });
    expect(stats.certainty).toEqual({ stated: 2, implied: 0, disputed: 1 });
    expect(stats.timeRange).toEqual({ start: "2022-05-01", end: "2024-12-31" });
    expect(stats.sources).toEqual([
      {
        id: "report",
        title: "Karvel falls",
        publisher: "Example Wire",
        date: "2024-05-04",
        claims: 3,
        quotes: 3,
      },
      {
        id: "second",
        title: "Aster denies",
        publisher: "Example Post",
        date: "2024-05",
        claims: 1,
        quotes: 1,
      },
    ]);
    expect(stats.topDegree).toEqual([
      { id: "northern-front", label: "Northern Front", degree: 3 },
      { id: "aster", label: "Republic of Aster", degree: 2 },
      { id: "karvel", label: "Karvel", degree: 1 },
    ]);
  });

  it("exits 1 with all errors for an invalid dataset, 2 without a dataset", async () => {
    const bad = await run("stats", `${DIR}/unknown-ids.json`);
    expect(bad.code).toBe(1);
    expect(bad.stderr.split("\n").filter((l) => l.includes("unknown-ids.json: $."))).toHaveLength(5);
    expect((await run("stats")).code).toBe(2);
    expect((await run("stats", `${DIR}/no-such-file.json`)).code).toBe(1);
  });
});

describe("reference evidence in the CLI", () => {
  it("stats gives each reference's address and licence; actor shows note, locator, address and stance", async () => {
    const stats = await run("stats", `${DIR}/references.json`);
    expect(stats.code).toBe(0);
    expect(stats.stdout).toContain(
      "  front-profile  2024  Example Encyclopedia: Northern Front (2 claims, 2 citations)\n      https://example.org/wiki/Northern_Front (CC BY-SA 4.0)",
    );
    const actor = await run("actor", `${DIR}/references.json`, "Aster");
    expect(actor.code).toBe(0);
    expect(actor.stdout).toContain(
      '    against: The profile lists no state backer. (front-profile, infobox, "Allies", https://example.org/wiki/Northern_Front)',
    );
    const backers = await run("backers", `${DIR}/references.json`, "northern-front");
    expect(backers.stdout).toContain(
      'The brief says Aster has armed the Front since 2021. (aster-brief, section "Foreign backers", paragraph 2, https://example.org/briefs/aster)',
    );
  });
});

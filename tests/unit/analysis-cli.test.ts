import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main";

const HAMA = fileURLToPath(new URL("../../data/hama-2024-12.json", import.meta.url));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(argv, {
    stdout: (t) => {
      out += `${t}\n`;
    },
    stderr: (t) => {
      err += `${t}\n`;
    },
  });
  return { code, out, err };
}

describe("analysis commands", () => {
  it("backers prints each backer with the quotes behind its chain, by label or alias", async () => {
    const { code, out, err } = await run("backers", HAMA, "Assad government", "--hops", "1");
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toContain("Russia (russia): 1 hop");
    expect(out).toContain('"Over the past decade, Russia and Iran have played a key role');
  });

  it("backers --json gives both directions on request", async () => {
    const { code, out } = await run("backers", HAMA, "iran", "--direction", "both", "--json");
    expect(code).toBe(0);
    const report = JSON.parse(out) as { backers: { actor: string }[]; backed: { actor: string }[] };
    expect(report.backed.map((r) => r.actor)).toEqual(
      expect.arrayContaining(["assad-government", "hezbollah"]),
    );
    expect(Array.isArray(report.backers)).toBe(true);
  });

  it("an unknown actor is bad input (exit 1) with a suggestion; a bad option is wrong usage (exit 2)", async () => {
    const unknown = await run("backers", HAMA, "hezbolah");
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/no actor named "hezbolah"\. Did you mean "hezbollah"/);
    expect(unknown.err).not.toMatch(/\n\s+at /);
    expect((await run("backers", HAMA, "iran", "--hops", "zero")).code).toBe(2);
    expect((await run("backers", HAMA, "iran", "--at", "2024-13")).code).toBe(2);
    expect((await run("paths", HAMA, "iran")).code).toBe(2);
    expect((await run("paths", HAMA, "iran", "hts", "--relations", "befriends")).code).toBe(2);
    expect((await run("rank", HAMA, "--by", "fame")).code).toBe(2);
    expect((await run("camps", "no-such-file.json")).code).toBe(1);
  });

  it("paths, camps, contradictions and rank print text and JSON", async () => {
    const chains = await run("paths", HAMA, "iran", "hts", "--json");
    expect(chains.code).toBe(0);
    expect((JSON.parse(chains.out) as unknown[]).length).toBeGreaterThan(0);

    const campsText = await run("camps", HAMA);
    expect(campsText.code).toBe(0);
    expect(campsText.out).toContain("Assad government camp");
    const campsJson = JSON.parse((await run("camps", HAMA, "--json")).out) as {
      campOf: Record<string, string | null>;
    };
    expect(campsJson.campOf.russia).toBe(campsJson.campOf["assad-government"]);

    const contradictions = JSON.parse((await run("contradictions", HAMA, "--json")).out) as {
      kind: string;
    }[];
    expect(contradictions.map((c) => c.kind)).toContain("disputed");

    const rank = await run("rank", HAMA, "--by", "betweenness", "--top", "3");
    expect(rank.code).toBe(0);
    expect(rank.out.trim().split("\n")).toHaveLength(5);
    const rows = JSON.parse((await run("rank", HAMA, "--json", "--top", "2")).out) as { actor: string }[];
    expect(rows.map((r) => r.actor)[0]).toBe("assad-government");
  });

  it("actor prints the summary grouped from the actor's side, by alias", async () => {
    const { code, out } = await run("actor", HAMA, "HTS");
    expect(code).toBe(0);
    expect(out).toContain("designated terrorist by:");
    expect(out).toContain("Russia (russia) [russia-designates-hts; stated]");
    const summary = JSON.parse((await run("actor", HAMA, "hts", "--json")).out) as {
      groups: { label: string }[];
    };
    expect(summary.groups.map((g) => g.label)).toContain("successor of");
    expect((await run("actor", HAMA, "htss")).code).toBe(1);
  });

  it("every analysis command has --help", async () => {
    for (const name of ["actor", "backers", "paths", "camps", "contradictions", "rank"]) {
      const { code, out } = await run(name, "--help");
      expect(code).toBe(0);
      expect(out).toContain(`faultline ${name}`);
    }
  });
});

import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Command } from "../../src/cli/command";
import { commands } from "../../src/cli/commands/index";
import { runCli } from "../../src/cli/main";
import { BIG_FIXTURES, editDistanceBombDataset, writeHugeDataset } from "../support/make-hostile-fixtures";
import { type CliOutcome, runHostileChild } from "./hostile-child";

/**
 * Every registered command (new ones are covered as soon as they are in commands/index.ts) on every
 * hostile fixture: exit 1 (or 2 for usage) with a readable message on stderr, never a stack trace,
 * never raw control characters on the terminal, and with -o never a partial or stray output file.
 * Arguments are read off each command's usage line, so no command is special-cased here.
 */

const ROOT = join(import.meta.dirname, "..", "..");
const CORPUS = join(ROOT, "tests", "fixtures", "hostile");
/** Files the loaders accept: a command may succeed on them (exit 0) but must stay safe. */
const IMPORTABLE = new Set([
  "markup.json",
  "control-chars.json",
  "lone-surrogates.json",
  "version-1.2draft.gexf",
  "markup.gexf",
]);
const ACTORS = ["rebels", "army"];

let dir: string;
let fixtures: string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "faultline-cli-hostile-"));
  for (const name of await readdir(CORPUS)) await copyFile(join(CORPUS, name), join(dir, name));
  await copyFile(join(ROOT, "data", "ontology.json"), join(dir, "ontology.json"));
  fixtures = (await readdir(CORPUS)).filter((name) => /\.(json|gexf)$/.test(name)).sort();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * The ways a command's usage says to call it: "Usage: faultline paths <dataset.json> <a> <b> [--max N]",
 * then "       faultline ingest ... --merge" for another form, with continuation lines joined.
 */
function usageForms(command: Command): string[] {
  const forms: string[] = [];
  for (const line of command.usage.split("\n")) {
    if (line.trim() === "") break;
    const start = /^(?:Usage:)?\s*faultline\s+\S+(.*)$/.exec(line);
    if (start) forms.push(start[1] ?? "");
    else if (forms.length > 0 && /^\s+[[<-]/.test(line)) forms[forms.length - 1] += ` ${line.trim()}`;
  }
  return forms.length > 0 ? forms : [""];
}

/**
 * The required arguments of a usage form, optional [..] groups dropped and each placeholder filled
 * in: data files with `input`, articles with `article`, the -o file with `output`, actors with
 * known actor ids, DATE with a date.
 */
function fillForm(form: string, input: string, article: string, output?: string): string[] {
  const tokens = form
    .replace(/\[[^\]]*\]/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  const args: string[] = [];
  let actor = 0;
  for (const token of tokens) {
    const previous = args.at(-1);
    const placeholder = /^<([^>]+)>(\.\.\.)?$/.exec(token)?.[1];
    if (token.startsWith("-")) args.push(token);
    else if (previous === "-o" || previous === "--output") args.push(output ?? join(dir, "unused-output"));
    else if (placeholder === undefined) args.push(/DATE/.test(token) ? "2024-12" : "1");
    else if (/article|\.txt/i.test(placeholder)) args.push(article);
    else if (/dataset|\.json|\.gexf|file/i.test(placeholder)) args.push(input);
    else {
      args.push(ACTORS[actor % ACTORS.length] ?? "rebels");
      actor += 1;
    }
  }
  return args;
}

function argumentsFor(command: Command, input: string, article: string): string[] {
  return fillForm(usageForms(command)[0] ?? "", input, article);
}

/** Arguments that write `output`: the usage form with -o if there is one, else the first plus -o. */
function argumentsWithOutput(command: Command, input: string, article: string, output: string): string[] {
  const forms = usageForms(command);
  const withOutput = forms.find((form) =>
    /(^|\s)(-o|--output)\s+[<A-Z]/.test(form.replace(/\[[^\]]*\]/g, " ")),
  );
  if (withOutput !== undefined) return fillForm(withOutput, input, article, output);
  return [...fillForm(forms[0] ?? "", input, article), "-o", output];
}

function writesOutput(command: Command): boolean {
  return Object.entries(command.options).some(([name, option]) => name === "output" || option.short === "o");
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: (t) => {
      stdout += `${t}\n`;
    },
    stderr: (t) => {
      stderr += `${t}\n`;
    },
  });
  return { code, stdout, stderr };
}

const STACK_LINE = /^\s+at .+(\(|:\d+)/m;
// C0 controls (but tab and newline), DEL, C1 controls: a label must not drive the terminal.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function describeRun(argv: string[], result: Run): string {
  return `faultline ${argv.join(" ")} -> exit ${result.code}\nstderr: ${result.stderr.slice(0, 600)}\nstdout: ${result.stdout.slice(0, 300)}`;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** What every run must satisfy, whatever the input. */
function expectRobust(argv: string[], result: Run, fixture: string): void {
  const what = describeRun(argv, result);
  expect([0, 1, 2], what).toContain(result.code);
  expect(result.stderr + result.stdout, `stack trace printed:\n${what}`).not.toMatch(STACK_LINE);
  const json = argv.includes("--json");
  if (result.code !== 0 && !(json && isJson(result.stdout))) {
    expect(result.stderr.trim().length, `no message on stderr:\n${what}`).toBeGreaterThan(0);
  }
  // Exit 2 is wrong usage (found before the input is read); --json may report errors on stdout.
  if (!IMPORTABLE.has(fixture) && result.code !== 2 && !json) {
    expect(result.code, `accepted a broken file:\n${what}`).not.toBe(0);
    // The message names the file it is about.
    expect(result.stderr, what).toContain(fixture);
    // One line per error: no line longer than a screenful.
    for (const line of result.stderr.split("\n")) expect(line.length, what).toBeLessThanOrEqual(2000);
  }
}

describe("every command on every hostile fixture", () => {
  for (const command of commands) {
    describe(command.name, () => {
      it("exits 1 or 2 with a readable message and no stack trace", async () => {
        for (const fixture of fixtures) {
          const argv = [
            command.name,
            ...argumentsFor(command, join(dir, fixture), join(dir, "hostile-source.txt")),
          ];
          expectRobust(argv, await run(argv), fixture);
          if (command.options.json !== undefined)
            expectRobust([...argv, "--json"], await run([...argv, "--json"]), fixture);
        }
      });

      it("writes no raw control characters to the terminal", async () => {
        const offenders: string[] = [];
        for (const fixture of fixtures) {
          const argv = [
            command.name,
            ...argumentsFor(command, join(dir, fixture), join(dir, "hostile-source.txt")),
          ];
          const result = await run(argv);
          const found = TERMINAL_CONTROL.exec(result.stdout + result.stderr)?.[0];
          if (found !== undefined) {
            const code = found.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0");
            offenders.push(`${fixture}: U+${code} on ${result.stdout.includes(found) ? "stdout" : "stderr"}`);
          }
        }
        expect(offenders.join("; "), `faultline ${command.name} printed raw control characters`).toBe("");
      });

      if (Object.keys(command.options).length > 0 && /<article/i.test(command.usage)) {
        it("takes every hostile file as an article without crashing", async () => {
          for (const fixture of fixtures) {
            const argv = [
              command.name,
              ...argumentsFor(command, join(ROOT, "data", "hama-2024-12.json"), join(dir, fixture)),
            ];
            const result = await run(argv);
            expect([0, 1], describeRun(argv, result)).toContain(result.code);
            expect(result.stderr + result.stdout, describeRun(argv, result)).not.toMatch(STACK_LINE);
          }
        });
      }

      if (writesOutput(command)) {
        it("with -o, leaves no output file (and no temporary file) when it fails", async () => {
          const outDir = join(dir, `out-${command.name}`);
          await mkdir(outDir, { recursive: true });
          for (const fixture of fixtures) {
            const target = join(outDir, `${fixture}.out.json`);
            const argv = [
              command.name,
              ...argumentsWithOutput(command, join(dir, fixture), join(dir, "hostile-source.txt"), target),
            ];
            const result = await run(argv);
            expectRobust(argv, result, fixture);
            const left = await readdir(outDir);
            if (result.code !== 0) {
              expect(left, `output left behind: ${describeRun(argv, result)}`).toEqual([]);
            } else {
              expect(left.filter((name) => name.endsWith(".tmp"))).toEqual([]);
              // A success may write more than the target (ingest copies the article beside it).
              await rm(outDir, { recursive: true, force: true });
              await mkdir(outDir, { recursive: true });
            }
          }
        });
      }
    });
  }
});

/** Big inputs in a killable child (see hostile-child.ts): an answer, never a hang. */
describe("big hostile inputs through the CLI", () => {
  let big: string;
  beforeAll(async () => {
    big = await mkdtemp(join(tmpdir(), "faultline-cli-big-"));
    await copyFile(join(ROOT, "data", "ontology.json"), join(big, "ontology.json"));
    await copyFile(join(CORPUS, "hostile-source.txt"), join(big, "hostile-source.txt"));
    await writeHugeDataset(join(big, BIG_FIXTURES.hugeFile));
    await writeFile(join(big, BIG_FIXTURES.editDistanceBomb), editDistanceBombDataset());
  }, 120_000);
  afterAll(async () => {
    await rm(big, { recursive: true, force: true });
  });

  const CHILD_LIMIT_MS = 45_000;
  for (const name of [BIG_FIXTURES.hugeFile, BIG_FIXTURES.editDistanceBomb]) {
    it(
      `export -o on ${name}: exits 1 in time, no output file`,
      async () => {
        const target = join(big, `${name}.out.gexf`);
        const argv = ["cli", "export", join(big, name), "-o", target];
        const { outcome, timedOut, stderr } = await runHostileChild<CliOutcome>(argv, CHILD_LIMIT_MS);
        expect(timedOut, `no answer after ${CHILD_LIMIT_MS / 1000} s (a hang)`).toBe(false);
        expect(outcome, `crashed:\n${stderr}`).toBeDefined();
        expect(outcome?.code).toBe(1);
        expect(outcome?.stderr ?? "").not.toMatch(STACK_LINE);
        if (name === BIG_FIXTURES.hugeFile) {
          // Refused by the size check before reading (the loader's own check says "the dataset").
          expect(outcome?.stderr).toContain(
            `${join(big, name)}: $: cannot read the dataset: the file is too large: 300 MB (the limit is 256 MB)`,
          );
        }
        expect((await readdir(big)).filter((f) => f.includes(".out."))).toEqual([]);
      },
      CHILD_LIMIT_MS * 2,
    );
  }
});

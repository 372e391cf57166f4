/**
 * Runs one hostile input in a child process, so the test that starts it can kill it: a loader stuck
 * in synchronous work cannot be interrupted inside the test worker, and would stall the whole suite.
 *
 *   tsx tests/unit/hostile-child.ts load <dataset.json>     -> one JSON line: LoadOutcome
 *   tsx tests/unit/hostile-child.ts gexf <file.gexf>        -> one JSON line: LoadOutcome
 *   tsx tests/unit/hostile-child.ts cli <command> <args...> -> one JSON line: CliOutcome
 */
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { FileTooLargeError, readTextFile } from "../../src/cli/files";
import { datasetReader } from "../../src/cli/load";
import { runCli } from "../../src/cli/main";
import { importGexf } from "../../src/io/gexf-read";
import { loadDataset } from "../../src/model/load";
import { tooLargeMessage } from "../../src/model/size-limits";
import type { InputError, Ontology } from "../../src/model/types";

export interface LoadOutcome {
  ok: boolean;
  errors: InputError[];
  /** How many errors there were (only the first 50 are sent back). */
  errorCount: number;
  actors: number;
  ms: number;
}

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

function clip(errors: InputError[]): InputError[] {
  return errors.slice(0, 50).map((e) => ({ ...e, message: e.message.slice(0, 5000) }));
}

async function main(): Promise<void> {
  const [mode, ...args] = process.argv.slice(2);
  const started = performance.now();
  if (mode === "load" || mode === "gexf") {
    const file = args[0] ?? "";
    let result: { ok: true; actors: number } | { ok: false; errors: InputError[] };
    if (mode === "load") {
      // The CLI's reader: each file refused by its size before it is read.
      const loaded = await loadDataset(file, datasetReader(file));
      result = loaded.ok ? { ok: true, actors: loaded.value.dataset.actors.length } : loaded;
    } else {
      const ontology = JSON.parse(await readFile(join(dirname(file), "ontology.json"), "utf8")) as Ontology;
      // As the CLI reads it: refused by its size before anything is read.
      const xml = await readTextFile(file).catch((error: unknown) => {
        if (error instanceof FileTooLargeError) return error;
        throw error;
      });
      if (xml instanceof FileTooLargeError) {
        const message = tooLargeMessage("the file", xml.size, xml.limit);
        result = { ok: false, errors: [{ file, path: "line 1, column 1", message }] };
      } else {
        const imported = importGexf(file, xml, ontology, { today: "2026-01-01" });
        result = imported.ok ? { ok: true, actors: imported.value.dataset.actors.length } : imported;
      }
    }
    const outcome: LoadOutcome = {
      ok: result.ok,
      errors: result.ok ? [] : clip(result.errors),
      errorCount: result.ok ? 0 : result.errors.length,
      actors: result.ok ? result.actors : 0,
      ms: Math.round(performance.now() - started),
    };
    process.stdout.write(`${JSON.stringify(outcome)}\n`);
  } else if (mode === "cli") {
    let stdout = "";
    let stderr = "";
    const code = await runCli(args, {
      stdout: (t) => {
        stdout += `${t}\n`;
      },
      stderr: (t) => {
        stderr += `${t}\n`;
      },
    });
    const outcome: CliOutcome = {
      code,
      stdout: stdout.slice(0, 100_000),
      stderr: stderr.slice(0, 100_000),
      ms: Math.round(performance.now() - started),
    };
    process.stdout.write(`${JSON.stringify(outcome)}\n`);
  } else {
    process.stderr.write("usage: hostile-child.ts load|gexf|cli ...\n");
    process.exitCode = 2;
  }
}

export interface ChildResult<T> {
  /** The child's answer, or undefined when it was killed (timed out) or crashed. */
  outcome: T | undefined;
  timedOut: boolean;
  /** What the child wrote to stderr (a crash's stack trace, for the failure message). */
  stderr: string;
}

const ROOT = join(import.meta.dirname, "..", "..");

/** Runs this file in a child process, killing it (SIGKILL) after `timeoutMs`. */
export function runHostileChild<T>(args: string[], timeoutMs: number): Promise<ChildResult<T>> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(ROOT, "tests", "unit", "hostile-child.ts"), ...args],
      {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("close", () => {
      clearTimeout(timer);
      const line = stdout.trim().split("\n").at(-1);
      let outcome: T | undefined;
      try {
        outcome = line ? (JSON.parse(line) as T) : undefined;
      } catch {
        outcome = undefined;
      }
      resolve({ outcome, timedOut, stderr: stderr.slice(0, 4000) });
    });
  });
}

if (/hostile-child\.ts$/.test(process.argv[1] ?? "")) void main();

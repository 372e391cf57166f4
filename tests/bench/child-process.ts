import { type ChildProcess, spawn } from "node:child_process";

export interface ChildOutcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The last non-empty line of stdout: where a child prints its JSON result. */
  lastLine: string;
}

/**
 * Runs a TypeScript file of the bench in a fresh Node process, so its timings and heap are its own.
 * `process.execArgv` carries tsx's loader flags, so the child runs TypeScript too.
 */
export function runBenchChild(
  file: string,
  args: readonly string[],
  v8Flags: readonly string[] = [],
): { child: ChildProcess; outcome: Promise<ChildOutcome> } {
  const child = spawn(process.execPath, [...process.execArgv, ...v8Flags, file, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const outcome = new Promise<ChildOutcome>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => {
      resolve({ code, signal, stdout, stderr, lastLine: stdout.trim().split("\n").at(-1) ?? "" });
    });
  });
  return { child, outcome };
}

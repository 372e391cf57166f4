import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import type { TestProject } from "vitest/node";

/**
 * Builds the explorer with Vite and serves the build with scripts/serve.mjs (the same server and
 * CSP as `npm start`) on a free port; tests read the URL with `inject("explorerUrl")`. The build
 * goes to a private temporary directory, not dist/: two runs at once (or a run and `npm start`)
 * must not swap each other's hashed assets mid-test.
 */

declare module "vitest" {
  export interface ProvidedContext {
    explorerUrl: string;
    /** The directory of that build, for tests that serve it again with files of their own. */
    explorerDist: string;
  }
}

const root = fileURLToPath(new URL("../..", import.meta.url));

function startServer(dist: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["scripts/serve.mjs"], {
      cwd: root,
      env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DIST: dist },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const timer = setTimeout(() => reject(new Error(`serve.mjs did not start: ${output}`)), 20_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/\S+)/.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`serve.mjs exited with ${code}: ${output}`));
    });
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = await mkdtemp(join(tmpdir(), "faultline-e2e-dist-"));
  await build({
    root,
    logLevel: "warn",
    configFile: `${root}vite.config.ts`,
    build: { outDir: dist, emptyOutDir: true },
  });
  const { child, url } = await startServer(dist);
  project.provide("explorerUrl", url);
  project.provide("explorerDist", dist);
  return async () => {
    child.kill("SIGTERM");
    await rm(dist, { recursive: true, force: true });
  };
}

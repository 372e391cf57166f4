import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import type { TestProject } from "vitest/node";

/**
 * Builds the explorer with Vite and serves dist/ with scripts/serve.mjs (the same server and CSP
 * as `npm start`) on a free port; tests read the URL with `inject("explorerUrl")`.
 */

declare module "vitest" {
  export interface ProvidedContext {
    explorerUrl: string;
  }
}

const root = fileURLToPath(new URL("../..", import.meta.url));

function startServer(): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["scripts/serve.mjs"], {
      cwd: root,
      env: { ...process.env, PORT: "0", HOST: "127.0.0.1" },
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
  await build({ root, logLevel: "warn", configFile: `${root}vite.config.ts` });
  const { child, url } = await startServer();
  project.provide("explorerUrl", url);
  return async () => {
    child.kill("SIGTERM");
  };
}

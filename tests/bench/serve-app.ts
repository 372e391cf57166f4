import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { build } from "vite";

/**
 * The built explorer for the browser benchmark: a Vite build into its own directory (so it never
 * clobbers dist/ while the e2e suite uses it), served by src/cli/serve.mjs with the production CSP.
 */

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export async function buildApp(outDir: string): Promise<void> {
  await build({
    root: ROOT,
    configFile: `${ROOT}vite.config.ts`,
    logLevel: "error",
    build: { outDir, emptyOutDir: true },
  });
}

export interface RunningServer {
  url: string;
  stop(): void;
}

export function serveDirectory(dir: string): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ["src/cli/serve.mjs"], {
      cwd: ROOT,
      env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DIST: dir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const timer = setTimeout(() => reject(new Error(`serve.mjs did not start: ${output}`)), 20_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/\S+)/.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve({ url: match[1].replace(/\/?$/, "/"), stop: () => child.kill("SIGTERM") });
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

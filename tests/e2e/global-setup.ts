import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildApp, serveDirectory } from "../bench/serve-app";

/**
 * Builds the explorer with Vite and serves the build with src/cli/serve.mjs (the same server and
 * CSP as `npm start`) on a free port; tests read the URL with `inject("explorerUrl")`. The build
 * goes to a private temporary directory, not dist/: two runs at once (or a run and `npm start`)
 * must not swap each other's hashed assets mid-test. The benchmark builds and serves the same way.
 */

declare module "vitest" {
  export interface ProvidedContext {
    explorerUrl: string;
    /** The directory of that build, for tests that serve it again with files of their own. */
    explorerDist: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = await mkdtemp(join(tmpdir(), "faultline-e2e-dist-"));
  await buildApp(dist);
  const server = await serveDirectory(dist);
  project.provide("explorerUrl", server.url);
  project.provide("explorerDist", dist);
  return async () => {
    server.stop();
    await rm(dist, { recursive: true, force: true });
  };
}

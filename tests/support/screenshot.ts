/**
 * Screenshot of the built explorer for the README: builds with Vite (into a temporary directory;
 * `--no-build` serves the existing dist/ instead), serves it with
 * src/cli/serve.mjs, opens it in headless Chromium and writes a PNG.
 *
 *   npx tsx tests/support/screenshot.ts [--out docs/screenshot.png] [--width 1280] [--height 800]
 *                                 [--hash "actor=...&mode=backers"] [--dataset data/syria.json]
 *
 * `--dataset` picks a shipped dataset in the Export & import panel's picker first; the hash is
 * applied after it has opened.
 */
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { build } from "vite";
import { launchBrowser, openExplorer } from "../e2e/browser";

const root = fileURLToPath(new URL("../..", import.meta.url));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: "string", default: "docs/screenshot.png" },
      width: { type: "string", default: "1280" },
      height: { type: "string", default: "800" },
      hash: { type: "string", default: "" },
      dataset: { type: "string" },
      "no-build": { type: "boolean", default: false },
    },
  });
  // A private build directory: a concurrent `npm start` or test run keeps its own dist.
  const dist = values["no-build"]
    ? resolve(root, "dist")
    : await mkdtemp(join(tmpdir(), "faultline-shot-dist-"));
  if (!values["no-build"]) {
    await build({
      root,
      logLevel: "warn",
      configFile: resolve(root, "vite.config.ts"),
      build: { outDir: dist, emptyOutDir: true },
    });
  }
  const server = spawn(process.execPath, ["src/cli/serve.mjs"], {
    cwd: root,
    env: { ...process.env, PORT: "0", DIST: dist },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let output = "";
    server.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/\S+)/.exec(output);
      if (match?.[1] !== undefined) resolveUrl(match[1]);
    });
    server.on("exit", (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
  const browser = await launchBrowser({ width: Number(values.width), height: Number(values.height) });
  try {
    const page = await browser.newPage();
    const dataset = values.dataset;
    await openExplorer(page, values.hash === "" || dataset !== undefined ? url : `${url}#${values.hash}`);
    if (dataset !== undefined) {
      const before = await page.locator("#dataset-title").textContent();
      await page.locator("#dataset-picker").evaluate((el, value) => {
        const select = el as HTMLSelectElement;
        select.value = value;
        select.dispatchEvent(new Event("change"));
      }, dataset);
      await page.waitForFunction(
        (old) => document.querySelector("#dataset-title")?.textContent !== old,
        before,
        { timeout: 60_000 },
      );
      if (values.hash !== "") await page.evaluate((hash) => (window.location.hash = hash), values.hash);
    }
    // Let the camera animation and label layout settle.
    await page.waitForTimeout(1500);
    const out = resolve(root, values.out);
    await mkdir(dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    console.log(`wrote ${values.out}`);
  } finally {
    await browser.close();
    server.kill("SIGTERM");
    if (!values["no-build"]) await rm(dist, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type RunningServer, serveDirectory } from "../bench/serve-app";
import { writeSparseFile as sparseFile } from "../support/make-hostile-fixtures";
import { collectProblems, type LaunchedBrowser, launchBrowser } from "./browser";

/**
 * `?file=` on a file over the size limit: the load worker refuses it from its Content-Length,
 * before the body is read, and the page names the file, the place and both sizes. The files are
 * sparse (300 MB on paper, nothing on disk), served beside a copy of the built app.
 */

const dist = inject("explorerDist");
const MB = 1024 * 1024;
let served: string;
let server: RunningServer;
let browser: LaunchedBrowser;

beforeAll(async () => {
  served = await mkdtemp(join(tmpdir(), "faultline-size-e2e-"));
  await cp(dist, served, { recursive: true });
  await sparseFile(join(served, "huge.json"), '{"id":"huge","actors":[', 300 * MB);
  await sparseFile(join(served, "huge.gexf"), '<?xml version="1.0"?>\n<gexf version="1.3">', 300 * MB);
  server = await serveDirectory(served);
  browser = await launchBrowser({ width: 800, height: 600 });
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
  if (served !== undefined) await rm(served, { recursive: true, force: true });
});

describe("?file= over the size limit", () => {
  for (const { name, place, text } of [
    { name: "huge.json", place: "$", text: "cannot read the dataset: the file is too large" },
    { name: "huge.gexf", place: "line 1, column 1", text: "the file is too large" },
  ]) {
    it(`${name}: refused from its Content-Length, with the file, the place and both sizes`, async () => {
      const page = await browser.newPage();
      const problems = collectProblems(page);
      await page.goto(`${server.url}?file=${name}`);
      const alert = page.locator("#alert");
      await alert.waitFor({ state: "visible", timeout: 60_000 });
      const shown = (await alert.textContent()) ?? "";
      expect(shown).toContain(name);
      expect(shown).toContain(place);
      expect(shown).toContain(`${text}: 300 MB (the limit is 256 MB)`);
      // The page is still usable: the title says what happened instead of hanging on "Opening".
      expect(await page.locator("#dataset-title").textContent()).toBe("The file could not be opened");
      // The cancelled download shows as a failed request; nothing else may go wrong.
      expect(problems.filter((p) => !p.includes(name))).toEqual([]);
      await page.close();
    }, 120_000);
  }
});

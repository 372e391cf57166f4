import { type Browser, chromium, type Page } from "playwright-core";

/**
 * Headless Debian Chromium driven by playwright-core (no browser download): CHROMIUM_PATH or
 * /usr/bin/chromium, software WebGL through SwiftShader, a fresh profile per launch and a fresh
 * context (storage) per page.
 */

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
];

export interface LaunchedBrowser {
  browser: Browser;
  /** A page in a new browser context: its own storage (IndexedDB, downloads), so tests do not leak. */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export async function launchBrowser(viewport = { width: 1000, height: 700 }): Promise<LaunchedBrowser> {
  // Playwright gives every launch a fresh temporary --user-data-dir and removes it on close.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  return {
    browser,
    async newPage(size = viewport) {
      const context = await browser.newContext({ viewport: size, acceptDownloads: true });
      const page = await context.newPage();
      // The browser may be closing already (afterAll): then the context is gone with it, and the
      // rejection of this late close says nothing about the app.
      page.on("close", () => {
        context.close().catch(() => {});
      });
      return page;
    },
    async close() {
      await browser.close();
    },
  };
}

const SOFTWARE_COMPOSITING_NOTE =
  /GL Driver Message \(OpenGL, Performance, [A-Z_]+, High\): GPU stall due to ReadPixels/;

/** Console errors and warnings, page errors and failed requests seen by a page. */
export function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error" && message.type() !== "warning") return;
    // With --disable-gpu, Chromium's software compositor reads every WebGL canvas back to show it,
    // and SwiftShader reports that read as a driver performance note: the machine, not the app.
    if (SOFTWARE_COMPOSITING_NOTE.test(message.text())) return;
    problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`requestfailed: ${request.url()}`));
  return problems;
}

/** Opens the explorer and waits until sigma has drawn the dataset. */
export async function openExplorer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(
    () => window.__faultline !== undefined && window.__faultline.sigma.getGraph().order > 0,
    null,
    {
      timeout: 60_000,
    },
  );
}

export type { Browser, Page };

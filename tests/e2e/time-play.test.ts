import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { collectProblems, type LaunchedBrowser, launchBrowser, openExplorer, type Page } from "./browser";
import { displayedLabels, drawnPixels } from "./look";

/**
 * Play steps the graph through time: while it plays, the date advances and what the canvas shows
 * changes with it (the edges sigma draws, the labels it displays, the pixels of its edge layer);
 * Pause stops it where it is.
 */

const url = inject("explorerUrl");
let browser: LaunchedBrowser;

beforeAll(async () => {
  browser = await launchBrowser({ width: 1000, height: 700 });
});
afterAll(async () => {
  await browser?.close();
});

interface Frame {
  date: string | null;
  edges: string;
  labels: string;
  pixels: number;
}

/** What one frame shows: the date, the edges drawn, the labels displayed, the edge layer's inked pixels. */
async function frame(page: Page): Promise<Frame> {
  const { date, edges } = await page.evaluate(() => {
    const hook = window.__faultline!;
    const graph = hook.sigma.getGraph();
    return {
      date: hook.state.date,
      edges: graph
        .filterEdges((edge) => hook.sigma.getEdgeDisplayData(edge)?.hidden === false)
        .sort()
        .join(" "),
    };
  });
  return {
    date,
    edges,
    labels: (await displayedLabels(page)).join(" "),
    pixels: (await drawnPixels(page, "edges")).drawn,
  };
}

describe("the time control's Play", () => {
  it("advances the date and changes the drawn graph from frame to frame; Pause stops it", {
    timeout: 90_000,
  }, async () => {
    const page = await browser.newPage();
    const problems = collectProblems(page);
    // Hama changes hands in the last months of 2024; undated claims and actors left without a
    // claim are hidden, so what is drawn follows the date.
    await openExplorer(page, `${url}#at=2023-09&undated=hide&unconnected=hide`);
    const play = page.locator("#time-play");
    await play.click();
    await expect(play.textContent()).resolves.toBe("Pause");
    const frames: Frame[] = [await frame(page)];
    const started = Date.now();
    while (Date.now() - started < 30_000) {
      const shown = await frame(page);
      if (shown.date !== frames.at(-1)?.date) frames.push(shown);
      // At the end of the axis it stops by itself.
      if ((await play.textContent()) === "Play") break;
    }
    const described = JSON.stringify(frames.map(({ date, pixels }) => ({ date, pixels })));
    // The date advanced, month by month, never back.
    const dates = frames.map((f) => f.date ?? "");
    expect(new Set(dates).size, described).toBeGreaterThanOrEqual(4);
    expect([...dates].sort(), described).toEqual(dates);
    expect(dates.at(-1)! >= "2024-12", described).toBe(true);
    // The canvas changed with it: other edges drawn, other labels shown, other pixels inked.
    expect(new Set(frames.map((f) => f.edges)).size, described).toBeGreaterThanOrEqual(2);
    expect(new Set(frames.map((f) => f.labels)).size, described).toBeGreaterThanOrEqual(2);
    expect(new Set(frames.map((f) => f.pixels)).size, described).toBeGreaterThanOrEqual(2);
    // The date label follows.
    await expect(page.locator("#date-label").textContent()).resolves.toMatch(/^As of \d{4}-\d{2}/);

    await expect(play.textContent()).resolves.toBe("Play");
    // Played again (from the start), then paused: the date stays where it was.
    await play.click();
    await expect(play.textContent()).resolves.toBe("Pause");
    await page.waitForTimeout(600);
    await play.click();
    await expect(play.textContent()).resolves.toBe("Play");
    const paused = await page.evaluate(() => window.__faultline!.state.date);
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => window.__faultline!.state.date)).toBe(paused);
    expect(problems).toEqual([]);
    await page.close();
  });
});

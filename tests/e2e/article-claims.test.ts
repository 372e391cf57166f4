import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { SAMPLE_ARTICLE } from "../fixtures/sample-article";
import { collectProblems, type LaunchedBrowser, launchBrowser, openExplorer, type Page } from "./browser";
import { cameraAtRest, insideCanvas, viewportPosition } from "./look";

/**
 * What accepting an article's claims shows: a claim the dataset already has takes the quote and
 * says so (panel and details), a new actor is drawn apart from the others near the actor it is
 * linked to, and the camera frames it. Read from sigma's viewport geometry and drawn sizes.
 */

const url = inject("explorerUrl");
let browser: LaunchedBrowser;

const ARTICLE = [
  "Rebels take Hama",
  "Iran supports Hezbollah with weapons, officials said on Friday.",
  "The Free Homs Brigade attacked Hama on Thursday.",
].join("\n");

beforeAll(async () => {
  browser = await launchBrowser({ width: 1280, height: 800 });
});
afterAll(async () => {
  await browser?.close();
});

async function openArticlePanel(page: Page): Promise<void> {
  if ((await page.locator("#toggle-article").getAttribute("aria-expanded")) !== "true")
    await page.locator("#toggle-article").click();
  await page.locator("#article-panel").waitFor({ state: "visible" });
}

/** The candidate whose selects read from -> to. */
function candidate(page: Page, from: string, to: string) {
  return page
    .locator("#article-candidates li.candidate")
    .filter({
      has: page.locator(`select[aria-label="From"] option[value="${from}"]:checked`),
    })
    .filter({ has: page.locator(`select[aria-label="To"] option[value="${to}"]:checked`) });
}

/** Every drawn actor whose disc overlaps `node`'s disc on screen (centre distance < sum of radii). */
function overlapping(page: Page, node: string): Promise<string[]> {
  return page.evaluate((id) => {
    const sigma = window.__faultline!.sigma;
    const graph = sigma.getGraph();
    const at = (n: string) => sigma.graphToViewport(graph.getNodeAttributes(n));
    const radius = (n: string) => sigma.scaleSize(sigma.getNodeDisplayData(n)?.size ?? 0);
    const mine = at(id);
    return graph
      .nodes()
      .filter((other) => other !== id)
      .filter((other) => {
        const there = at(other);
        return Math.hypot(there.x - mine.x, there.y - mine.y) < radius(id) + radius(other);
      });
  }, node);
}

async function findClaims(page: Page, text: string): Promise<void> {
  await openArticlePanel(page);
  await page.locator("#article-text").fill(text);
  await page.locator("#article-date").fill("2024-12-06");
  await page.locator("#find-claims").click();
  await page
    .locator("#article-candidates li.candidate")
    .first()
    .waitFor({ state: "visible", timeout: 60_000 });
}

describe("accepting an article's claims", () => {
  it("says when a quote is merged into an existing claim; a new actor is placed apart, near its link, and framed", {
    timeout: 180_000,
  }, async () => {
    const page = await browser.newPage();
    const problems = collectProblems(page);
    await openExplorer(page, url);
    const edgesBefore = await page.evaluate(() => window.__faultline!.graph.size);
    await findClaims(page, ARTICLE);

    // Iran supports Hezbollah is in the dataset: accepting adds the quote to it, and says so.
    const known = candidate(page, "iran", "hezbollah");
    await known.locator("button.accept").click();
    await expect
      .poll(() => page.locator("#article-status").textContent())
      .toContain("Added this quote to the existing claim “Iran supports Hezbollah” (now 2 quotes)");
    await expect(known.locator(".decision").textContent()).resolves.toContain(
      "added this quote to the existing claim “Iran supports Hezbollah”",
    );
    expect(await page.evaluate(() => window.__faultline!.graph.size)).toBe(edgesBefore);
    await known.locator("button.show-claim").click();
    const details = page.locator("#details-view");
    await expect.poll(() => details.textContent()).toContain("Iran supports Hezbollah with weapons");
    await expect(details.locator(".merged-note").textContent()).resolves.toContain(
      "added this quote to the existing claim",
    );

    // The Free Homs Brigade is new: placed clear of every actor, near Hama, and the camera frames it.
    await openArticlePanel(page);
    const hamaBefore = await viewportPosition(page, "hama");
    await candidate(page, "free-homs-brigade", "hama").locator("button.accept").click();
    await expect
      .poll(() => page.evaluate(() => window.__faultline!.graph.hasNode("free-homs-brigade")))
      .toBe(true);
    await expect
      .poll(() => page.locator("#article-status").textContent())
      .toContain("A new claim: Free Homs Brigade attacks Hama");
    await cameraAtRest(page);
    expect(await overlapping(page, "free-homs-brigade")).toEqual([]);
    const brigade = await viewportPosition(page, "free-homs-brigade");
    const hama = await viewportPosition(page, "hama");
    expect(insideCanvas(brigade, 10), JSON.stringify(brigade)).toBe(true);
    expect(insideCanvas(hama, 10), JSON.stringify(hama)).toBe(true);
    // Framed where the drawer does not hide it (the drawer lies over the canvas's left part).
    const hidden = await page.evaluate(
      () =>
        document.getElementById("article-panel")!.getBoundingClientRect().right -
        document.getElementById("graph")!.getBoundingClientRect().left,
    );
    expect(hidden).toBeGreaterThan(0);
    expect(brigade.x, JSON.stringify({ brigade, hidden })).toBeGreaterThan(hidden);
    expect(hama.x, JSON.stringify({ hama, hidden })).toBeGreaterThan(hidden);
    // Near its link: closer to Hama than most actors are.
    const distances = await page.evaluate(() => {
      const sigma = window.__faultline!.sigma;
      const graph = sigma.getGraph();
      const at = (n: string) => sigma.graphToViewport(graph.getNodeAttributes(n));
      const hama = at("hama");
      return graph.nodes().map((n) => ({ n, d: Math.hypot(at(n).x - hama.x, at(n).y - hama.y) }));
    });
    const sorted = distances.filter((entry) => entry.n !== "hama").sort((a, b) => a.d - b.d);
    const rank = sorted.findIndex((entry) => entry.n === "free-homs-brigade");
    expect(rank, JSON.stringify(sorted.slice(0, 6))).toBeLessThan(5);
    // The camera moved to it (it was asked for), and the existing actors did not move in the graph.
    expect(hamaBefore.x !== hama.x || hamaBefore.y !== hama.y).toBe(true);
    expect(problems.filter((p) => p.startsWith("pageerror"))).toEqual([]);
    await page.close();
  });

  it("two new actors linked only to each other are placed apart from every actor, and framed", {
    timeout: 180_000,
  }, async () => {
    const page = await browser.newPage();
    await openExplorer(page, url);
    await findClaims(page, SAMPLE_ARTICLE);
    await candidate(page, "free-homs-brigade", "homs").locator("button.accept").click();
    await expect.poll(() => page.evaluate(() => window.__faultline!.graph.hasNode("homs"))).toBe(true);
    await cameraAtRest(page);
    for (const node of ["free-homs-brigade", "homs"]) {
      expect(await overlapping(page, node), node).toEqual([]);
      const at = await viewportPosition(page, node);
      expect(insideCanvas(at, 10), JSON.stringify(at)).toBe(true);
    }
    await page.close();
  });

  it("a claim the extractor missed is entered by hand: actors picked, relation by the kind rules, quote selected in the article", {
    timeout: 180_000,
  }, async () => {
    const page = await browser.newPage();
    const problems = collectProblems(page);
    await openExplorer(page, url);
    const before = await page.evaluate(() => window.__faultline!.graph.size);
    await findClaims(page, ARTICLE);
    await page.locator("#manual-claim summary").click();

    // The actors come from the explorer's searchable picker.
    for (const [end, typed, id] of [
      ["from", "Rebel", "rebel-forces"],
      ["to", "Hama", "hama"],
    ] as const) {
      await page.locator(`#manual-${end}`).fill(typed);
      await page.locator(`#manual-${end}-list [data-id="${id}"]`).dispatchEvent("mousedown");
    }
    // A relation the kinds do not allow is offered disabled, with the reason.
    const supports = page.locator('#manual-relation option[value="supports"]');
    expect(await supports.isDisabled()).toBe(true);
    expect(await supports.getAttribute("title")).toMatch(/cannot point to a City/);
    await page.locator("#manual-relation").selectOption("controls");

    // Bad input: every problem said, nothing added, nothing typed lost.
    await page.locator("#manual-quote").fill("Rebels took the whole of Syria");
    await page.locator("#manual-start").fill("December 2024");
    await page.locator("#manual-add").click();
    await expect(page.locator("#manual-problems").textContent()).resolves.toMatch(
      /not in the article word for word/,
    );
    await expect(page.locator("#manual-problems").textContent()).resolves.toMatch(
      /Start date: expected YYYY/,
    );
    expect(await page.locator("#manual-start").inputValue()).toBe("December 2024");

    // The quote, selected in the article text, is copied into the form.
    await page.evaluate(() => {
      const view = document.getElementById("article-textview")!;
      const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
      const first = walker.nextNode()!;
      const range = document.createRange();
      range.setStart(first, 0);
      range.setEnd(first, "Rebels take Hama".length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      view.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
    });
    expect(await page.locator("#manual-quote").inputValue()).toBe("Rebels take Hama");
    await page.locator("#manual-start").fill("2024-12");
    await page.locator("#manual-add").click();
    const added = page.locator('#article-candidates li.candidate[data-key="manual-1"]');
    await added.waitFor();
    await expect(page.locator("#article-status").textContent()).resolves.toContain(
      "Added to the review list: Rebel forces controls Hama",
    );
    // Its quote is highlighted in the article like the extracted ones.
    await expect(page.locator('#article-textview mark[data-claims~="manual-1"]').textContent()).resolves.toBe(
      "Rebels take Hama",
    );

    // Accepted the same way: the claim is in the graph and sigma draws it.
    await added.locator("button.accept").click();
    await expect
      .poll(() => page.evaluate(() => window.__faultline!.graph.size))
      .toBeGreaterThanOrEqual(before);
    const drawn = await page.evaluate(() => {
      const hook = window.__faultline!;
      const claim = hook.loaded.dataset.claims.find((c) =>
        c.evidence.some((e) => "quote" in e && e.quote === "Rebels take Hama"),
      );
      return claim === undefined
        ? null
        : { id: claim.id, start: claim.start, hidden: hook.sigma.getEdgeDisplayData(claim.id)?.hidden };
    });
    expect(drawn).toMatchObject({ start: "2024-12", hidden: false });
    expect(problems.filter((p) => p.startsWith("pageerror"))).toEqual([]);
    await page.close();
  });
});

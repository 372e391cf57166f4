import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { CampResult } from "../../src/analysis/camps";
import type { Contradiction } from "../../src/analysis/contradictions";
import type { RankRow } from "../../src/analysis/rank";
import { runCli } from "../../src/cli/main";
import { PLACE_COLOR } from "../../src/view/appearance";
import { collectProblems, type LaunchedBrowser, launchBrowser, openExplorer, type Page } from "./browser";

/**
 * Camps, contradictions and the actor table in the built explorer. Every figure the page shows is
 * compared with what `faultline camps|contradictions|rank` prints for the same dataset and date
 * (the CLI is run in this process); graph assertions read sigma's display data.
 */

const url = inject("explorerUrl");
const HAMA = fileURLToPath(new URL("../../data/hama-2024-12.json", import.meta.url));
const VALLEY = fileURLToPath(new URL("../fixtures/analysis/valley.json", import.meta.url));
const VALLEY_SOURCE = fileURLToPath(
  new URL("../fixtures/analysis/sources/valley-report.txt", import.meta.url),
);
const FADED_EDGE = "rgba(200, 204, 210, 0.35)";
let browser: LaunchedBrowser;

/** What the CLI prints for these arguments (exit code checked). */
async function cli(...argv: string[]): Promise<string> {
  let out = "";
  let err = "";
  const code = await runCli(argv, {
    stdout: (text) => {
      out += `${text}\n`;
    },
    stderr: (text) => {
      err += text;
    },
  });
  expect(err).toBe("");
  expect(code).toBe(0);
  return out;
}

const cliJson = async <T>(...argv: string[]): Promise<T> => JSON.parse(await cli(...argv, "--json")) as T;

beforeAll(async () => {
  browser = await launchBrowser({ width: 1280, height: 800 });
});

afterAll(async () => {
  await browser?.close();
});

async function freshPage(hash = "", viewport?: { width: number; height: number }) {
  const page = await browser.newPage(viewport);
  const problems = collectProblems(page);
  await openExplorer(page, hash === "" ? url : `${url}#${hash}`);
  return { page, problems };
}

/** The camps legend as the page shows it. */
function shownCamps(page: Page) {
  return page.locator("#camps-view .camp-legend > li").evaluateAll((items) =>
    items.map((li) => ({
      camp: li.getAttribute("data-camp"),
      name: li.querySelector(".camp-name")?.textContent ?? "",
      members: Number(li.querySelector(".camp-count")?.getAttribute("data-members") ?? "-1"),
      frustrated: li.querySelector(".camp-frustrated")?.getAttribute("data-frustrated") ?? null,
      memberIds: [...li.querySelectorAll("[data-actor]")].map((b) => b.getAttribute("data-actor")),
    })),
  );
}

function nodeColors(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const sigma = window.__faultline!.sigma;
    return Object.fromEntries(
      sigma.getGraph().mapNodes((node) => [node, sigma.getNodeDisplayData(node)?.color ?? ""]),
    );
  });
}

function edgeDisplay(page: Page): Promise<Record<string, { color: string; size: number; hidden: boolean }>> {
  return page.evaluate(() => {
    const sigma = window.__faultline!.sigma;
    return Object.fromEntries(
      sigma.getGraph().mapEdges((edge) => {
        const data = sigma.getEdgeDisplayData(edge);
        return [edge, { color: data?.color ?? "", size: data?.size ?? 0, hidden: data?.hidden ?? true }];
      }),
    );
  });
}

async function expectCampsMatchCli(page: Page, cliArgs: string[]): Promise<CampResult> {
  const expected = await cliJson<CampResult>("camps", ...cliArgs);
  const headline = (await cli("camps", ...cliArgs)).split("\n")[0] ?? "";
  // The CLI headline says "on DATE" where the panel title carries the date.
  expect(await page.locator("#camps-summary").textContent()).toBe(headline.replace(/ on [0-9-]+;/, ";"));
  const shown = await shownCamps(page);
  const camps = shown.filter((row) => row.camp?.startsWith("camp-"));
  expect(camps.map((row) => row.camp)).toEqual(expected.camps.map((camp) => camp.id));
  for (const camp of expected.camps) {
    const row = camps.find((r) => r.camp === camp.id)!;
    expect(row.name).toBe(camp.label);
    expect(row.members).toBe(camp.members.length);
    expect(row.memberIds).toEqual(camp.members);
    const touching = expected.frustrated.filter(
      (f) => expected.campOf[f.from] === camp.id || expected.campOf[f.to] === camp.id,
    );
    expect(row.frustrated).toBe(String(touching.length));
  }
  const unaligned = Object.keys(expected.campOf).filter(
    (actor) => expected.campOf[actor] === null && !expected.alone.includes(actor),
  );
  expect(shown.find((row) => row.camp === "unaligned")?.memberIds ?? []).toEqual(unaligned);
  expect(shown.find((row) => row.camp === "alone")?.memberIds ?? []).toEqual(expected.alone);
  expect(await page.locator("#camps-caveats > li").allTextContents()).toEqual(expected.caveats);
  expect(await page.locator("#camps-view .frustrated-list > li").count()).toBe(expected.frustrated.length);
  return expected;
}

describe("camps", () => {
  it("opening the tab colours the graph by camp; legend, balance and frustrated count equal `faultline camps`", async () => {
    const { page, problems } = await freshPage();
    const before = await nodeColors(page);
    await page.locator("#tab-camps").click();
    await expect.poll(() => page.evaluate(() => window.__faultline!.state.colorBy)).toBe("camp");
    expect(await page.evaluate(() => location.hash)).toContain("color=camp");
    const expected = await expectCampsMatchCli(page, [HAMA]);

    // The government's side and the rebels' side are two different camps.
    const government = ["assad-government", "russia", "iran", "hezbollah"].map((a) => expected.campOf[a]);
    const rebels = ["hts", "rebel-forces"].map((a) => expected.campOf[a]);
    expect(new Set(government).size).toBe(1);
    expect(new Set(rebels).size).toBe(1);
    expect(government[0]).not.toBeNull();
    expect(rebels[0]).not.toBeNull();
    expect(government[0]).not.toBe(rebels[0]);

    // On the graph: one colour per camp (the legend's swatch), places faded, kind colours gone.
    const colors = await nodeColors(page);
    const swatchOf = (camp: string) =>
      page
        .locator(`#camps-view .camp-legend > li[data-camp="${camp}"] .swatch`)
        .first()
        .evaluate((el) => (el as HTMLElement).style.getPropertyValue("--swatch"));
    for (const camp of expected.camps) {
      const swatch = await swatchOf(camp.id);
      for (const member of camp.members) expect(colors[member]).toBe(swatch);
    }
    expect(colors["assad-government"]).not.toBe(colors.hts);
    expect(colors["assad-government"]).not.toBe(before["assad-government"]);
    expect(colors.hama).toBe(PLACE_COLOR);

    // The checkbox switches back to colours by kind (and the URL drops the key).
    await page.locator("#camps-color").uncheck();
    await expect.poll(() => nodeColors(page)).toEqual(before);
    expect(await page.evaluate(() => location.hash)).not.toContain("color=");
    await page.waitForTimeout(300);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("follows the as-of date of the time control, as `faultline camps --at`", async () => {
    const { page } = await freshPage("mode=camps&color=camp&at=2024-11");
    expect(await page.locator("#camps-view h2").textContent()).toContain("as of 2024-11");
    await expectCampsMatchCli(page, [HAMA, "--at", "2024-11"]);
    await page.close();
  });

  it("marks frustrated claims on the graph and highlights the one chosen in the panel", async () => {
    const { page, problems } = await freshPage();
    await page.locator("#import-file").setInputFiles([
      { name: "valley.json", mimeType: "application/json", buffer: await readFile(VALLEY) },
      { name: "valley-report.txt", mimeType: "text/plain", buffer: await readFile(VALLEY_SOURCE) },
    ]);
    await expect.poll(() => page.evaluate(() => window.__faultline!.loaded.dataset.id)).toBe("valley");
    await page.locator("#tab-camps").click();
    const expected = await expectCampsMatchCli(page, [VALLEY]);
    expect(expected.frustrated.length).toBeGreaterThan(0);
    const frustrated = expected.frustrated.map((f) => f.claim);

    const edges = await edgeDisplay(page);
    const others = Object.keys(edges).filter((edge) => !frustrated.includes(edge));
    const thinnestFrustrated = Math.min(...frustrated.map((edge) => edges[edge]!.size));
    expect(thinnestFrustrated).toBeGreaterThan(Math.max(...others.map((edge) => edges[edge]!.size)));
    const warning = new Set(frustrated.map((edge) => edges[edge]!.color));
    expect(warning.size).toBe(1);
    for (const edge of others) expect(warning.has(edges[edge]!.color)).toBe(false);

    // Its quotes are listed; choosing it highlights that edge and fades the rest.
    const item = page.locator(`#camps-view .frustrated-list > li[data-claim="${frustrated[0]}"]`);
    expect(await item.locator("blockquote").first().textContent()).toBe(
      expected.frustrated[0]!.evidence[0]!.quote,
    );
    await item.locator(".show-claim").click();
    await expect.poll(() => page.evaluate(() => window.__faultline!.state.selectedClaim)).toBe(frustrated[0]);
    const after = await edgeDisplay(page);
    expect(after[frustrated[0]!]!.size).toBeGreaterThan(edges[frustrated[0]!]!.size);
    for (const edge of others) expect(after[edge]!.color).toBe(FADED_EDGE);
    expect(await item.locator(".show-claim").getAttribute("aria-pressed")).toBe("true");
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe("contradictions", () => {
  it("lists what `faultline contradictions` finds; the disputed Russian air support highlights its edges", async () => {
    const { page, problems } = await freshPage();
    const expected = await cliJson<Contradiction[]>("contradictions", HAMA);
    await page.locator("#tab-contradictions").click();
    expect(await page.locator("#contradictions-summary").getAttribute("data-count")).toBe(
      String(expected.length),
    );
    expect(await page.locator("#contradictions-summary").textContent()).toMatch(
      new RegExp(`^${expected.length} contradictions`),
    );
    const entries = page.locator("#contradictions-view .contradiction");
    expect(await entries.count()).toBe(expected.length);
    const shown = await entries.evaluateAll((items) =>
      items.map((li) => ({
        kind: li.getAttribute("data-kind"),
        claims: li.getAttribute("data-claims"),
        explanation: li.querySelector(".explanation")?.textContent,
        quotes: [...li.querySelectorAll("blockquote")].map((q) => q.textContent),
      })),
    );
    expect(shown).toEqual(
      expected.map((c) => ({
        kind: c.kind,
        claims: c.claims.map((claim) => claim.claim).join(","),
        explanation: c.explanation,
        quotes: c.claims.flatMap((claim) => claim.evidence.map((e) => e.quote)),
      })),
    );

    // The disputed claim of the first sentence (Russian planes supporting the government) stands
    // against the reports of Russian airstrikes on rebel-held areas.
    const index = expected.findIndex(
      (c) =>
        c.kind === "disputed" &&
        c.claims[0]?.from === "russia" &&
        c.claims[0]?.evidence.some((e) => e.quote?.includes("Russian planes")) &&
        c.claims.some((claim) =>
          claim.evidence.some((e) => e.quote?.includes("Russian airstrikes on rebel-held areas")),
        ),
    );
    expect(index).toBeGreaterThanOrEqual(0);
    const contradiction = expected[index]!;
    const claims = contradiction.claims.map((c) => c.claim);
    await entries.nth(index).locator(".show-claims").click();
    await expect.poll(() => page.evaluate(() => window.__faultline!.state.highlightedClaims)).toEqual(claims);
    const edges = await edgeDisplay(page);
    for (const [edge, data] of Object.entries(edges)) {
      if (claims.includes(edge)) expect(data.color).not.toBe(FADED_EDGE);
      else expect(data.color).toBe(FADED_EDGE);
    }
    expect(await page.evaluate(() => location.hash)).toContain(`claims=${claims.join(",")}`);
    expect(await entries.nth(index).locator(".show-claims").getAttribute("aria-pressed")).toBe("true");

    // Choosing it again clears the highlight.
    await entries.nth(index).locator(".show-claims").click();
    await expect.poll(() => page.evaluate(() => window.__faultline!.state.highlightedClaims)).toEqual([]);
    expect(Object.values(await edgeDisplay(page)).some((d) => d.color === FADED_EDGE)).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });
});

/** The table as shown: one record per row, the cells' text by column. */
function tableRows(page: Page) {
  return page.locator("#actors-view .actor-table tbody tr").evaluateAll((rows) =>
    rows.map((tr) => {
      const cells = [...tr.children].map((cell) => cell.textContent ?? "");
      return {
        actor: tr.getAttribute("data-actor") ?? "",
        camp: tr.querySelector(".camp-cell")?.getAttribute("data-camp") ?? "",
        cells,
      };
    }),
  );
}

describe("actor table", () => {
  it("shows the rows of `faultline rank`; headers sort, rows select (pointer and keyboard)", async () => {
    const { page, problems } = await freshPage();
    const expected = await cliJson<RankRow[]>("rank", HAMA);
    await page.locator("#tab-actors").click();
    let rows = await tableRows(page);
    expect(rows.map((r) => r.actor).sort()).toEqual(expected.map((r) => r.actor).sort());
    for (const row of rows) {
      const cli = expected.find((r) => r.actor === row.actor)!;
      expect(row.camp).toBe(cli.camp ?? "");
      // label, kind, camp, backers, backed, enemies, betweenness, degree
      expect(row.cells[0]).toBe(cli.label);
      expect(row.cells.slice(3)).toEqual([
        String(cli.backers),
        String(cli.backed),
        String(cli.enemies),
        cli.betweenness.toFixed(3),
        String(cli.degree),
      ]);
    }

    const header = (column: string) => page.locator(`#actors-view th[data-column="${column}"]`);
    await header("enemies").locator("button").click();
    expect(await header("enemies").getAttribute("aria-sort")).toBe("descending");
    expect(await header("backers").getAttribute("aria-sort")).toBe("none");
    rows = await tableRows(page);
    const enemies = rows.map((r) => Number(r.cells[5]));
    expect(enemies).toEqual([...enemies].sort((a, b) => b - a));
    expect(enemies[0]).toBe(Math.max(...expected.map((r) => r.enemies)));

    await header("enemies").locator("button").click();
    expect(await header("enemies").getAttribute("aria-sort")).toBe("ascending");
    const ascending = (await tableRows(page)).map((r) => Number(r.cells[5]));
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

    // The keyboard: the header buttons sort with Enter, and focus stays on the header.
    await header("label").locator("button").focus();
    await page.keyboard.press("Enter");
    expect(await header("label").getAttribute("aria-sort")).toBe("ascending");
    expect(
      await page.evaluate(() => document.activeElement?.closest("th")?.getAttribute("data-column")),
    ).toBe("label");
    const labels = (await tableRows(page)).map((r) => r.cells[0] ?? "");
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));

    // A click anywhere on a row selects its actor, as the search does.
    const target = expected.find((r) => r.actor === "russia") ?? expected[0]!;
    await page.locator(`#actors-view tr[data-actor="${target.actor}"] td`).first().click();
    await expect.poll(() => page.evaluate(() => window.__faultline!.state.selected)).toBe(target.actor);
    expect(
      await page.locator(`#actors-view tr[data-actor="${target.actor}"]`).getAttribute("aria-current"),
    ).toBe("true");
    expect(await page.evaluate(() => location.hash)).toContain(`actor=${target.actor}`);
    const highlighted = await page.evaluate(
      (id) => window.__faultline!.sigma.getNodeDisplayData(id)?.highlighted,
      target.actor,
    );
    expect(highlighted).toBe(true);

    // And from the keyboard: Enter on an actor's name.
    const other = expected.find((r) => r.actor !== target.actor)!;
    await page.locator(`#actors-view tr[data-actor="${other.actor}"] .row-select`).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => window.__faultline!.state.selected)).toBe(other.actor);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("scrolls sideways inside its panel on a phone (390x844), not the page", async () => {
    const { page, problems } = await freshPage("mode=actors", { width: 390, height: 844 });
    await page.locator("#toggle-side").click();
    const scroller = page.locator("#actors-view .table-scroll");
    await scroller.waitFor({ state: "visible" });
    const sizes = await scroller.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const box = await scroller.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    // Rows still select on a phone.
    await page.locator("#actors-view tbody tr .row-select").first().click();
    await expect.poll(() => page.evaluate(() => window.__faultline!.state.selected)).not.toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  });
});

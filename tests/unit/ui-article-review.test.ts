import { describe, expect, it } from "vitest";
import { loadDatasetFile } from "../../src/cli/load";
import { extractCandidates } from "../../src/ingest/extract";
import { buildGraph } from "../../src/model/build-graph";
import type { LoadedDataset } from "../../src/model/types";
import { freeSpot } from "../../src/view/article/free-spot";
import { growGraph } from "../../src/view/article/grow-graph";
import { addManualClaim, relationProblem } from "../../src/view/article/manual-claim";
import {
  acceptBlocker,
  acceptedPlace,
  applyDrafts,
  defaultTitle,
  newDraft,
  readArticleWork,
  textSegments,
  uniqueSourceId,
  updateActorKind,
  updateClaim,
} from "../../src/view/article/review";
import { SAMPLE_ARTICLE } from "../fixtures/sample-article";

const ARTICLE = SAMPLE_ARTICLE;

const base: LoadedDataset = await loadDatasetFile("data/hama-2024-12.json");
const source = {
  id: "article-homs",
  title: "Rebels advance towards Homs",
  publisher: "Test",
  date: "2024-12-06",
};

function draft() {
  return newDraft(ARTICLE, source, extractCandidates(ARTICLE, { ontology: base.ontology, datasets: [base] }));
}

function keyOf(d: ReturnType<typeof draft>, from: string, to: string): string {
  const claim = d.claims.find((c) => c.from === from && c.to === to);
  if (claim === undefined) throw new Error(`no candidate ${from} -> ${to}: ${JSON.stringify(d.claims)}`);
  return claim.key;
}

describe("textSegments", () => {
  it("cuts the text at quote boundaries; identical and overlapping quotes share pieces", () => {
    const segments = textSegments(20, [
      { key: "a", start: 2, end: 8 },
      { key: "b", start: 2, end: 8 },
      { key: "c", start: 6, end: 12 },
      { key: "d", start: 30, end: 40 },
      { key: "e", start: 15, end: 15 },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 2, claims: [] },
      { start: 2, end: 6, claims: ["a", "b"] },
      { start: 6, end: 8, claims: ["a", "b", "c"] },
      { start: 8, end: 12, claims: ["c"] },
      { start: 12, end: 20, claims: [] },
    ]);
  });

  it("covers the whole text exactly once", () => {
    const segments = textSegments(ARTICLE.length, draft().claims);
    expect(segments.map((s) => ARTICLE.slice(s.start, s.end)).join("")).toBe(ARTICLE);
    for (let i = 1; i < segments.length; i++) expect(segments[i]?.start).toBe(segments[i - 1]?.end);
  });
});

describe("review and apply", () => {
  it("does not let a denied statement be accepted as asserted", () => {
    const d = draft();
    const denied = d.claims.find((c) => !c.asserted);
    expect(denied).toBeDefined();
    expect(acceptBlocker(denied!)).toMatch(/denies or negates/);
    // Even if marked accepted (say, by tampered saved work), it is never merged.
    const forced = updateClaim(d, denied!.key, { decision: "accepted" }, base);
    const result = applyDrafts(base, [forced]);
    expect(result.ok && result.addedClaims).toEqual([]);
  });

  it("merges accepted claims with their new actor and source, validated", () => {
    let d = draft();
    d = updateClaim(d, keyOf(d, "iran", "syrian-army"), { decision: "accepted" }, base);
    d = updateClaim(d, keyOf(d, "free-homs-brigade", "homs"), { decision: "accepted" }, base);
    const result = applyDrafts(base, [d]);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.addedClaims).toHaveLength(2);
    expect(result.addedActors).toEqual(expect.arrayContaining(["free-homs-brigade", "homs"]));
    const { dataset, sourceTexts } = result.value;
    expect(dataset.claims).toHaveLength(base.dataset.claims.length + 2);
    expect(dataset.sources.at(-1)).toMatchObject({ id: "article-homs", date: "2024-12-06" });
    expect(sourceTexts["article-homs"]).toBe(ARTICLE);
    const added = dataset.claims.find((c) => c.from === "iran" && c.to === "syrian-army");
    expect(added?.evidence[0]?.quote).toContain("Iran supports the Syrian army");
    // Replaying the same drafts gives the same ids (what a reload relies on).
    const again = applyDrafts(base, [d]);
    expect(again.ok && again.addedClaims).toEqual(result.addedClaims);
  });

  it("applies nothing and says why when the merged dataset would not validate", () => {
    let d = draft();
    const key = keyOf(d, "free-homs-brigade", "homs");
    // A city cannot attack: make the new actor a city, then accept its attack.
    d = updateActorKind(d, "free-homs-brigade", "city");
    d = updateClaim(d, key, { decision: "accepted" }, base);
    const result = applyDrafts(base, [d]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => `${e.path}: ${e.message}`).join("\n")).toMatch(/claims/);
  });

  it("recomputes known/new/conflicting when a claim's ends are edited", () => {
    let d = draft();
    const key = keyOf(d, "iran", "syrian-army");
    expect(d.claims.find((c) => c.key === key)?.status).toBe("new");
    d = updateClaim(d, key, { to: "assad-government" }, base);
    expect(d.claims.find((c) => c.key === key)?.status).toBe("known");
  });
});

describe("naming and restoring", () => {
  it("titles an article by its first line and gives its source a free id", () => {
    expect(defaultTitle("\n  Headline here \nbody")).toBe("Headline here");
    expect(uniqueSourceId("Headline here", ["article-headline-here"])).toBe("article-headline-here-2");
    expect(uniqueSourceId("!!!", [])).toBe("article-untitled");
  });

  it("reads back saved work and refuses a malformed record with its place", () => {
    const d = draft();
    const ok = readArticleWork([{ version: 1, drafts: [d] }]);
    expect(ok.ok && ok.work.drafts[0]?.claims.length).toBe(d.claims.length);
    expect(readArticleWork([])).toEqual({ ok: true, work: { version: 1, drafts: [] } });
    const broken = readArticleWork([{ version: 1, drafts: [{ ...d, claims: [{ key: 1 }] }] }]);
    expect(broken).toEqual({ ok: false, problem: expect.stringContaining("drafts[0].claims[0]") });
    expect(readArticleWork([{ version: 2, drafts: [] }]).ok).toBe(false);
  });
});

describe("growGraph", () => {
  it("adds the accepted claims and actors in place and leaves every other node where it was", () => {
    const graph = buildGraph(base);
    const before = new Map(graph.mapNodes((node, a) => [node, { x: a.x, y: a.y }] as const));
    let d = draft();
    d = updateClaim(d, keyOf(d, "iran", "syrian-army"), { decision: "accepted" }, base);
    d = updateClaim(d, keyOf(d, "free-homs-brigade", "homs"), { decision: "accepted" }, base);
    const result = applyDrafts(base, [d]);
    if (!result.ok) throw new Error("invalid");
    const grown = growGraph(graph, result.value);
    expect(grown.edges.sort()).toEqual([...result.addedClaims].sort());
    expect(graph.size).toBe(base.dataset.claims.length + 2);
    expect(graph.order).toBe(base.dataset.actors.length + 2);
    for (const [node, position] of before) expect(graph.getNodeAttributes(node)).toMatchObject(position);
    const brigade = graph.getNodeAttributes("free-homs-brigade");
    expect(Number.isFinite(brigade.x) && Number.isFinite(brigade.y)).toBe(true);
    expect(graph.getNodeAttribute("iran", "size")).toBeGreaterThan(
      buildGraph(base).getNodeAttribute("iran", "size"),
    );
    // The same as building the merged dataset from scratch, positions aside.
    const fresh = buildGraph(result.value);
    expect(graph.edges().sort()).toEqual(fresh.edges().sort());
    for (const edge of fresh.edges())
      expect(graph.getEdgeAttributes(edge)).toEqual(fresh.getEdgeAttributes(edge));
  });
});

describe("placing new actors", () => {
  it("freeSpot: the middle of the anchors when free, else the nearest point clear of every disc", () => {
    expect(
      freeSpot(
        [
          { x: 0, y: 0 },
          { x: 10, y: 0 },
        ],
        [],
        1,
        0.5,
      ),
    ).toEqual({ x: 5, y: 0 });
    const taken = [
      { x: 5, y: 0, r: 2 },
      { x: 0, y: 0, r: 1 },
      { x: 10, y: 0, r: 1 },
    ];
    const spot = freeSpot(
      [
        { x: 0, y: 0 },
        { x: 10, y: 0 },
      ],
      taken,
      1,
      0.5,
    );
    for (const disc of taken)
      expect(Math.hypot(spot.x - disc.x, spot.y - disc.y)).toBeGreaterThanOrEqual(disc.r + 1.5);
    expect(Math.hypot(spot.x - 5, spot.y)).toBeLessThan(6);
    // A crowded square: still a free spot, outside the crowd.
    const crowd = Array.from({ length: 100 }, (_, i) => ({ x: i % 10, y: Math.floor(i / 10), r: 0.5 }));
    const out = freeSpot([{ x: 4.5, y: 4.5 }], crowd, 0.5, 0.1);
    for (const disc of crowd)
      expect(Math.hypot(out.x - disc.x, out.y - disc.y)).toBeGreaterThanOrEqual(1.1 - 1e-9);
  });

  it("growGraph with a footprint places each new actor clear of all others, near its link", () => {
    const graph = buildGraph(base);
    let d = draft();
    d = updateClaim(d, keyOf(d, "free-homs-brigade", "homs"), { decision: "accepted" }, base);
    d = updateClaim(d, keyOf(d, "iran", "syrian-army"), { decision: "accepted" }, base);
    const result = applyDrafts(base, [d]);
    if (!result.ok) throw new Error("invalid");
    const radius = 0.02;
    growGraph(graph, result.value, { radius: () => radius, gap: 0.01 });
    const at = (n: string) => graph.getNodeAttributes(n);
    for (const node of ["free-homs-brigade", "homs"])
      for (const other of graph.nodes())
        if (other !== node)
          expect(
            Math.hypot(at(node).x - at(other).x, at(node).y - at(other).y),
            `${node}/${other}`,
          ).toBeGreaterThanOrEqual(2 * radius + 0.01 - 1e-9);
  });
});

describe("acceptedPlace", () => {
  it("tells a claim the article created from an existing claim that took its quote", () => {
    const text =
      "Iran supports Hezbollah with weapons, officials said.\nIran supports the Syrian army with advisers.";
    let d = newDraft(text, source, extractCandidates(text, { ontology: base.ontology, datasets: [base] }));
    d = updateClaim(d, keyOf(d, "iran", "hezbollah"), { decision: "accepted" }, base);
    d = updateClaim(d, keyOf(d, "iran", "syrian-army"), { decision: "accepted" }, base);
    const result = applyDrafts(base, [d]);
    if (!result.ok) throw new Error("invalid");
    const known = d.claims.find((c) => c.to === "hezbollah")!;
    const fresh = d.claims.find((c) => c.to === "syrian-army")!;
    expect(acceptedPlace(result.value.dataset, d, known)).toMatchObject({
      merged: true,
      claim: { id: "iran-supports-hezbollah" },
    });
    expect(acceptedPlace(result.value.dataset, d, fresh)).toMatchObject({
      merged: false,
      claim: { to: "syrian-army" },
    });
    expect(acceptedPlace(base.dataset, d, fresh)).toBeUndefined();
  });
});

describe("addManualClaim", () => {
  const text = "Rebels take Hama\nThe Desert Hawks attacked Hama on Friday.";
  const empty = newDraft(text, source, { actors: [], claims: [] });
  const input = {
    from: { newLabel: "Desert Hawks", kind: "armed-group" },
    relation: "attacks",
    to: { id: "hama" },
    certainty: "stated" as const,
    start: "2024-12-06",
    end: "",
    quote: "The Desert Hawks attacked Hama on Friday.",
  };

  it("adds a pending claim with its new actor, the quote's place and the dates; it applies like the others", () => {
    const added = addManualClaim(empty, input, base);
    if (!added.ok) throw new Error(added.problems.join("; "));
    const claim = added.draft.claims[0]!;
    expect(claim).toMatchObject({
      key: "manual-1",
      from: "desert-hawks",
      to: "hama",
      decision: "pending",
      status: "new",
    });
    expect(text.slice(claim.start, claim.end)).toBe(input.quote);
    expect(added.draft.actors.map((a) => [a.id, a.known])).toEqual([
      ["desert-hawks", false],
      ["hama", true],
    ]);
    const accepted = updateClaim(added.draft, "manual-1", { decision: "accepted" }, base);
    const result = applyDrafts(base, [accepted]);
    if (!result.ok) throw new Error("invalid");
    expect(result.value.dataset.claims.at(-1)).toMatchObject({
      from: "desert-hawks",
      relation: "attacks",
      start: "2024-12-06",
    });
  });

  it("says every problem: kinds the relation does not allow, a quote not in the article, bad dates", () => {
    const bad = addManualClaim(
      empty,
      {
        ...input,
        relation: "controls",
        to: { id: "iran" },
        quote: "The Hawks attacked",
        start: "2024-13",
        end: "2023",
      },
      base,
    );
    expect(bad.ok).toBe(false);
    const text = bad.ok ? "" : bad.problems.join("\n");
    expect(text).toMatch(/“controls” cannot point to a State/);
    expect(text).toMatch(/not in the article word for word/);
    expect(text).toMatch(/Start date: expected YYYY/);
    expect(relationProblem(base.ontology, "attacks", "armed-group", "city")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { camps } from "../../src/analysis/camps";
import type { RankRow } from "../../src/analysis/rank";
import { rankActors } from "../../src/analysis/rank";
import { runCli } from "../../src/cli/main";
import { DEFAULT_ACTOR_SORT, nextSort, sortActorRows } from "../../src/view/actor-rows";
import { analysisViews, forgetAnalysisViews } from "../../src/view/analysis-cache";
import { CAMP_PALETTE, FRUSTRATED_COLOR, PLACE_COLOR, UNALIGNED_COLOR } from "../../src/view/appearance";
import { campGraphStyle } from "../../src/view/camp-style";
import { balanceSummary, frustratedPerCamp } from "../../src/view/camp-summary";
import { computeGraphStyle } from "../../src/view/graph-style";
import { claims, ontology, testGraph } from "../fixtures/analysis/graph";

/** Two camps, one frustrated claim (a friendly claim across them), a place and an unaligned actor. */
function frustratedGraph() {
  return testGraph(
    ["gov:government", "russia", "iran", "hts:armed-group", "rebels:coalition", "hama:city", "loner"],
    claims(
      "russia supports gov",
      "iran supports gov",
      "hts part-of rebels",
      "rebels fights gov",
      "hts fights gov",
      "russia attacks rebels",
      "iran attacks hts",
      "iran supports rebels",
      "rebels controls hama",
    ),
  );
}

describe("campGraphStyle", () => {
  const graph = frustratedGraph();
  const result = camps(graph, ontology);
  const base = computeGraphStyle(graph, ontology);
  const style = campGraphStyle(base, graph, ontology, result);

  it("colours members by camp, unaligned actors grey and places faded, keeping sizes and shapes", () => {
    expect(result.camps).toHaveLength(2);
    result.camps.forEach((camp, index) => {
      for (const member of camp.members) expect(style.nodes.get(member)?.color).toBe(CAMP_PALETTE[index]);
    });
    expect(style.nodes.get("gov")?.color).not.toBe(style.nodes.get("hts")?.color);
    expect(result.campOf.loner).toBeNull();
    expect(style.nodes.get("loner")?.color).toBe(UNALIGNED_COLOR);
    expect(style.nodes.get("hama")?.color).toBe(PLACE_COLOR);
    for (const [node, nodeStyle] of base.nodes) {
      expect(style.nodes.get(node)?.size).toBe(nodeStyle.size);
      expect(style.nodes.get(node)?.type).toBe(nodeStyle.type);
    }
  });

  it("draws the frustrated claims thicker than any other, in the warning colour", () => {
    const frustrated = new Set(result.frustrated.map((f) => f.claim));
    expect(frustrated.size).toBe(1);
    const others = [...style.edges].filter(([edge]) => !frustrated.has(edge));
    for (const claim of frustrated) {
      const edge = style.edges.get(claim)!;
      expect(edge.color).toBe(FRUSTRATED_COLOR);
      for (const [, other] of others) {
        expect(edge.size).toBeGreaterThan(other.size);
        expect(other.color).not.toBe(FRUSTRATED_COLOR);
      }
    }
  });

  it("uses camp colours none of the actor kinds use", () => {
    const kindColors = new Set(ontology.nodeKinds.map((k) => k.color.toLowerCase()));
    for (const color of [...CAMP_PALETTE, UNALIGNED_COLOR, PLACE_COLOR])
      expect(kindColors.has(color)).toBe(false);
    expect(new Set(CAMP_PALETTE).size).toBe(CAMP_PALETTE.length);
  });
});

describe("the camp legend's figures", () => {
  it("counts frustrated claims per camp (a claim across two camps counts for both)", () => {
    const result = camps(frustratedGraph(), ontology);
    const perCamp = frustratedPerCamp(result);
    const [claim] = result.frustrated;
    const touched = new Set([result.campOf[claim!.from], result.campOf[claim!.to]]);
    for (const camp of result.camps) expect(perCamp.get(camp.id)).toBe(touched.has(camp.id) ? 1 : 0);
  });

  it("prints the balance line exactly as `faultline camps` does", async () => {
    for (const at of [[], ["--at", "2024-11"]]) {
      let out = "";
      const code = await runCli(["camps", "data/hama-2024-12.json", ...at], {
        stdout: (text) => {
          out += text;
        },
        stderr: () => {},
      });
      expect(code).toBe(0);
      let json = "";
      await runCli(["camps", "data/hama-2024-12.json", ...at, "--json"], {
        stdout: (text) => {
          json += text;
        },
        stderr: () => {},
      });
      const headline = out.split("\n")[0]!.replace(/ on [0-9-]+;/, ";");
      expect(balanceSummary(JSON.parse(json))).toBe(headline);
    }
  });
});

describe("analysisViews", () => {
  it("computes each view once per graph and date, as the CLI functions do", () => {
    const graph = frustratedGraph();
    const views = analysisViews(graph, ontology, null);
    expect(analysisViews(graph, ontology, null)).toBe(views);
    expect(views.camps()).toBe(views.camps());
    expect(views.camps()).toEqual(camps(graph, ontology));
    expect(views.rank()).toEqual(rankActors(graph, ontology));
    const dated = analysisViews(graph, ontology, "2024-11");
    expect(dated).not.toBe(views);
    expect(dated.camps()).toEqual(camps(graph, ontology, { at: "2024-11" }));
    forgetAnalysisViews(graph);
    expect(analysisViews(graph, ontology, null)).not.toBe(views);
  });
});

function row(actor: string, fields: Partial<RankRow>): RankRow {
  return {
    actor,
    label: actor,
    kind: "state",
    camp: null,
    backers: 0,
    transitiveBackers: 0,
    backed: 0,
    enemies: 0,
    betweenness: 0,
    degree: 0,
    degreeByRelation: {},
    ...fields,
  };
}

describe("the actor table's sort", () => {
  const rows = [
    row("b", { label: "beta", backers: 2, camp: "camp-2", betweenness: 0.5 }),
    row("a", { label: "Alpha", backers: 5, camp: null, betweenness: 0.1 }),
    row("c", { label: "gamma", backers: 2, camp: "camp-10" }),
    row("d", { label: "delta", backers: 0, camp: "camp-1" }),
  ];
  const kind = (k: string) => k;
  const order = (sorted: RankRow[]) => sorted.map((r) => r.actor);

  it("starts numbers high-to-low and text A-to-Z; a second click reverses", () => {
    expect(DEFAULT_ACTOR_SORT).toEqual({ column: "backers", direction: "descending" });
    expect(nextSort(DEFAULT_ACTOR_SORT, "label")).toEqual({ column: "label", direction: "ascending" });
    expect(nextSort(DEFAULT_ACTOR_SORT, "enemies")).toEqual({ column: "enemies", direction: "descending" });
    expect(nextSort(DEFAULT_ACTOR_SORT, "backers")).toEqual({ column: "backers", direction: "ascending" });
  });

  it("sorts numbers with ties in the incoming order, and labels case-insensitively", () => {
    expect(order(sortActorRows(rows, DEFAULT_ACTOR_SORT, kind))).toEqual(["a", "b", "c", "d"]);
    expect(order(sortActorRows(rows, { column: "backers", direction: "ascending" }, kind))).toEqual([
      "d",
      "b",
      "c",
      "a",
    ]);
    expect(order(sortActorRows(rows, { column: "label", direction: "ascending" }, kind))).toEqual([
      "a",
      "b",
      "d",
      "c",
    ]);
    expect(order(sortActorRows(rows, { column: "betweenness", direction: "descending" }, kind))[0]).toBe("b");
  });

  it("sorts camps by number (camp-10 after camp-2) with unaligned actors last either way", () => {
    expect(order(sortActorRows(rows, { column: "camp", direction: "ascending" }, kind))).toEqual([
      "d",
      "b",
      "c",
      "a",
    ]);
    expect(order(sortActorRows(rows, { column: "camp", direction: "descending" }, kind))).toEqual([
      "c",
      "b",
      "d",
      "a",
    ]);
  });

  it("leaves the rows it was given untouched", () => {
    const before = order(rows);
    sortActorRows(rows, { column: "label", direction: "descending" }, kind);
    expect(order(rows)).toEqual(before);
  });
});

import { type CampResult, camps } from "../analysis/camps";
import { type Contradiction, findContradictions } from "../analysis/contradictions";
import { type RankRow, rankActors } from "../analysis/rank";
import type { FaultlineGraph, Ontology } from "../model/types";

/**
 * The explorer's camps, contradictions and actor table, computed with the same functions and
 * options as `faultline camps|contradictions|rank [--at DATE]` so every figure on screen can be
 * reproduced with the CLI. They depend on the dataset and the as-of date only (not on the legend
 * filters, as on the command line), so each is computed once per graph and date and then reused.
 */

export interface AnalysisViews {
  camps(): CampResult;
  contradictions(): Contradiction[];
  rank(): RankRow[];
}

const ALL_TIME = "";
const cache = new WeakMap<FaultlineGraph, Map<string, AnalysisViews>>();

export function analysisViews(graph: FaultlineGraph, ontology: Ontology, date: string | null): AnalysisViews {
  let byDate = cache.get(graph);
  if (byDate === undefined) {
    byDate = new Map();
    cache.set(graph, byDate);
  }
  const key = date ?? ALL_TIME;
  let views = byDate.get(key);
  if (views === undefined) {
    views = createViews(graph, ontology, date);
    byDate.set(key, views);
  }
  return views;
}

/** The graph changed in place (an article's claims were added): its cached figures are stale. */
export function forgetAnalysisViews(graph: FaultlineGraph): void {
  cache.delete(graph);
}

function createViews(graph: FaultlineGraph, ontology: Ontology, date: string | null): AnalysisViews {
  // Lazy: the table's betweenness is only paid for when the table is shown.
  let campResult: CampResult | undefined;
  let contradictionList: Contradiction[] | undefined;
  let rows: RankRow[] | undefined;
  const views: AnalysisViews = {
    camps() {
      campResult ??= camps(graph, ontology, date === null ? {} : { at: date });
      return campResult;
    },
    contradictions() {
      contradictionList ??= findContradictions(
        graph,
        ontology,
        date === null ? {} : { filter: { at: date } },
      );
      return contradictionList;
    },
    rank() {
      rows ??= rankActors(graph, ontology, {
        ...(date === null ? {} : { filter: { at: date } }),
        camps: views.camps(),
      });
      return rows;
    },
  };
  return views;
}

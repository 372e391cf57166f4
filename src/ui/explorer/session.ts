import { buildGraphInSteps, DEFAULT_YIELD_EVERY } from "../../model/build-graph-in-steps";
import type { FaultlineGraph, LoadedDataset } from "../../model/types";
import { analysisViews } from "../../view/analysis-cache";
import type { AppState } from "../../view/app-state";
import { cachedCampGraphStyle } from "../../view/camp-style";
import type { Derived } from "../../view/derive";
import type { GraphStyle } from "../../view/graph-style";
import { nextTask } from "../../view/next-task";
import type { RenderInputs } from "../../view/render-inputs";
import type { KnownIds } from "../../view/url-state";
import { byId } from "../dom";

/**
 * The dataset the explorer shows and what is computed from it once per graph (style, known ids)
 * or once per state change (derived). One mutable record, shared by the explorer's parts: an
 * import or an accepted article replaces its fields, never the record.
 */
export interface Session {
  loaded: LoadedDataset;
  graph: FaultlineGraph;
  style: GraphStyle;
  known: KnownIds;
  derived: Derived;
  /** Whether the dataset shown is the bundled one (rather than an import or saved work). */
  showingBundled: boolean;
}

/** What the renderer draws for a state: colour by camp uses the camps as of the chosen date. */
export function renderInputs(session: Session, state: AppState): RenderInputs {
  const { graph, loaded, style, derived } = session;
  return {
    style:
      state.colorBy === "camp"
        ? cachedCampGraphStyle(
            style,
            graph,
            loaded.ontology,
            analysisViews(graph, loaded.ontology, state.date).camps(),
          )
        : style,
    visibility: derived.visibility,
    focus: derived.focus,
    selected: state.selected,
    selectedClaim: state.selectedClaim,
    labels: state.labels,
  };
}

/** Above this many actors + claims the graph is built in several tasks, with progress in the header. */
export function buildsInSteps(loaded: LoadedDataset): boolean {
  return loaded.dataset.actors.length + loaded.dataset.claims.length > DEFAULT_YIELD_EVERY;
}

/** buildGraph in tasks of DEFAULT_YIELD_EVERY items, so a large graph never blocks the page for long. */
export function buildGraphForPage(loaded: LoadedDataset): Promise<FaultlineGraph> {
  const title = byId("dataset-title");
  const showProgress = buildsInSteps(loaded);
  return buildGraphInSteps(loaded, {
    yieldToPage: nextTask,
    onProgress: (done, total) => {
      if (showProgress) title.textContent = `Building the graph… ${Math.round((100 * done) / total)}%`;
    },
  });
}

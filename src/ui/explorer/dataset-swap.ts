import { buildGraph } from "../../model/build-graph";
import type { FaultlineGraph, LoadedDataset } from "../../model/types";
import { forgetAnalysisViews } from "../../view/analysis-cache";
import { defaultState, type Store } from "../../view/app-state";
import { growGraph } from "../../view/article/grow-graph";
import { screenFootprint } from "../../view/article/screen-footprint";
import { derive, knownIds } from "../../view/derive";
import { computeGraphStyle } from "../../view/graph-style";
import type { GraphView } from "../../view/renderer";
import { cleanState } from "../../view/url-state";
import { buildGraphForPage, buildsInSteps, renderInputs, type Session } from "./session";

/**
 * Showing another dataset in the same renderer: an import or "back to bundled" replaces the graph
 * (built in steps when large), accepted article claims grow it in place.
 */
export interface DatasetSwap {
  /** Resolves once the dataset is shown (a large one is built first; of two in flight the later wins). */
  replace(next: LoadedDataset): Promise<void>;
  /**
   * A dataset that only adds to the shown one: the graph grows in place, the view stays; new actors
   * are placed apart, near the actors they are linked to. Returns the actors added.
   */
  grow(next: LoadedDataset): string[];
  /** The dataset being built to replace the one shown (large ones are built in steps), or null. */
  replacing(): LoadedDataset | null;
  /** Resolves once no replacement is being built (whether it was shown or overtaken by a later one). */
  settled(): Promise<void>;
}

export function datasetSwap(
  session: Session,
  store: Store,
  view: GraphView,
  /** Redraws every panel for a new dataset, and what else shows it (title, camera). */
  afterSwap: (replaced: boolean) => void,
): DatasetSwap {
  const show = (next: LoadedDataset, built: FaultlineGraph) => {
    session.loaded = next;
    session.graph = built;
    session.style = computeGraphStyle(built, next.ontology, next.mappedOnto);
    session.known = knownIds(built, next.ontology);
    const current = store.get();
    const state = cleanState(
      { ...defaultState(), filters: current.filters, mode: current.mode, colorBy: current.colorBy },
      session.known,
    );
    session.derived = derive(built, next.ontology, state);
    // The cleaned state goes to the view before the store holds it: no selection from the
    // previous graph may reach the reducers.
    view.setGraph(built, renderInputs(session, state));
    store.set(state);
    afterSwap(true);
  };

  let replacement = 0;
  // While a large dataset is built, what Add article does would go into the graph being replaced:
  // it asks here and waits (see the article panel).
  let building: { next: LoadedDataset; done: Promise<void> } | null = null;
  return {
    replace(next) {
      view.stopLayout();
      const ticket = ++replacement;
      if (!buildsInSteps(next)) {
        building = null;
        show(next, buildGraph(next));
        return Promise.resolve();
      }
      const done = buildGraphForPage(next)
        .then((built) => {
          if (ticket === replacement) show(next, built);
        })
        .finally(() => {
          if (ticket === replacement) building = null;
        });
      building = { next, done };
      return done;
    },
    replacing: () => building?.next ?? null,
    async settled() {
      while (building !== null) await building.done.catch(() => undefined);
    },
    grow(next) {
      session.loaded = next;
      const { nodes } = growGraph(session.graph, next, screenFootprint(view.sigma, session.graph));
      forgetAnalysisViews(session.graph);
      session.style = computeGraphStyle(session.graph, next.ontology, next.mappedOnto);
      session.known = knownIds(session.graph, next.ontology);
      session.derived = derive(session.graph, next.ontology, store.get(), undefined, view.hoverFadesGraph);
      view.update(renderInputs(session, store.get()));
      afterSwap(false);
      return nodes;
    },
  };
}

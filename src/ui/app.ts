// Before any zod schema is created (see the module); entry points that load src/model first need it too.
import "../view/zod-csp";
import type { InputError, LoadedDataset } from "../model/types";
import { type AppState, createStore, type Store } from "../view/app-state";
import { affectsView, type Derived, derive, knownIds, onlyHoverChanged } from "../view/derive";
import { framingTarget } from "../view/framing";
import { computeGraphStyle } from "../view/graph-style";
import { nextTask } from "../view/next-task";
import { GraphView } from "../view/renderer";
import { cleanState, parseState } from "../view/url-state";
import type { SavedWork } from "../view/workspace";
import { mountActorTable } from "./actor-table";
import { showInputErrors } from "./alert";
import { mountArticlePanel } from "./article/panel";
import { mountBackers } from "./backers-panel";
import { mountCamps } from "./camps-panel";
import type { AppContext, Panel } from "./context";
import { mountContradictions } from "./contradictions-panel";
import { mountDataPanel } from "./data-panel";
import { mountDetails } from "./details-panel";
import { byId } from "./dom";
import { type DatasetSwap, datasetSwap } from "./explorer/dataset-swap";
import { applyCamera, syncHash, writeHash } from "./explorer/hash-sync";
import { buildGraphForPage, renderInputs, type Session } from "./explorer/session";
import { mountShell, type Shell } from "./explorer/shell";
import { bindSigmaEvents } from "./explorer/sigma-events";
import { mountGraphKeyboard } from "./graph-keyboard";
import { mountLabelControl } from "./label-control";
import { mountLegend } from "./legend";
import { mountPath } from "./path-panel";
import { mountRuleBreaks } from "./rule-breaks";
import { mountSearch } from "./search";
import { mountTimeControl } from "./time-control";

/**
 * Wires the explorer: one store, state derived into precomputed sets for sigma's reducers and the
 * panels, the URL hash kept in step with the state, and imports swapped into the same renderer.
 */

const PANEL_SLICE_MS = 40;

export interface FaultlineTestHook {
  readonly sigma: GraphView["sigma"];
  readonly state: AppState;
  readonly graph: Session["graph"];
  readonly loaded: LoadedDataset;
  readonly derived: Derived;
}

declare global {
  interface Window {
    __faultline?: FaultlineTestHook;
  }
}

export interface ExplorerOptions {
  /** The dataset the app ships with, to go back to from an import. */
  loadBundled(): Promise<{ ok: true; value: LoadedDataset } | { ok: false; errors: InputError[] }>;
  /** Whether `initial` is the bundled dataset (rather than saved work). */
  initialIsBundled: boolean;
  savedWork: SavedWork;
}

/** The dataset, its graph and the first state from the URL; steps in separate tasks. */
async function openSession(initial: LoadedDataset, initialIsBundled: boolean) {
  const graph = await buildGraphForPage(initial);
  await nextTask();
  const known = knownIds(graph, initial.ontology);
  const state = cleanState(parseState(location.hash), known);
  const session: Session = {
    loaded: initial,
    graph,
    style: computeGraphStyle(graph, initial.ontology, initial.mappedOnto),
    known,
    derived: derive(graph, initial.ontology, state),
    showingBundled: initialIsBundled,
  };
  return { session, store: createStore(state) };
}

/** The panels' first renders in tasks of about PANEL_SLICE_MS: never one long task on a large graph. */
async function firstRender(panels: readonly Panel[], state: AppState): Promise<void> {
  let sliceStart = performance.now();
  for (const panel of panels) {
    if (performance.now() - sliceStart > PANEL_SLICE_MS) {
      await nextTask();
      sliceStart = performance.now();
    }
    panel.render(state, null, true);
  }
}

/** The handle the panels get: the store, the session's dataset and graph, and shared actions. */
function explorerContext(session: Session, store: Store, view: GraphView, shell: Shell): AppContext {
  return {
    store,
    view,
    loaded: () => session.loaded,
    graph: () => session.graph,
    derived: () => session.derived,
    selectActor(actor, options = {}) {
      store.set((state) => ({
        ...state,
        selected: actor,
        selectedClaim: null,
        highlightedClaims: [],
        hovered: null,
      }));
      // Choosing an actor (search, a list) is asking about it: frame it with its neighbours.
      if (actor !== null && options.move !== false)
        view.frame([actor, ...(session.derived.focus?.nodes ?? [])]);
      if (actor !== null) shell.showDetails();
    },
    actorLabel: (actor) =>
      session.graph.hasNode(actor) ? session.graph.getNodeAttribute(actor, "label") : actor,
    relationLabel: (relation) =>
      session.loaded.ontology.relationKinds.find((r) => r.id === relation)?.label ?? relation,
  };
}

/** The panels that read the state: legend, search, details, the analysis tabs, the time control. */
function analysisPanels(ctx: AppContext): Panel[] {
  return [
    mountLegend(ctx),
    mountLabelControl(ctx),
    mountGraphKeyboard(ctx),
    mountSearch(ctx),
    mountDetails(ctx),
    mountBackers(ctx),
    mountPath(ctx),
    mountTimeControl(ctx),
    mountCamps(ctx),
    mountContradictions(ctx),
    mountActorTable(ctx),
    mountRuleBreaks(ctx),
  ];
}

/** Export and import, and "Add article"; both replace or grow the dataset shown. */
function mountDataPanels(ctx: AppContext, session: Session, swap: DatasetSwap, options: ExplorerOptions) {
  mountDataPanel(ctx, {
    replaceDataset(next) {
      void swap.replace(next);
      session.showingBundled = false;
    },
    save: (next) => options.savedWork.save(next),
    async resetToBundled() {
      const bundled = await options.loadBundled();
      if (!bundled.ok) {
        showInputErrors("Cannot open the bundled dataset", bundled.errors);
        return "the bundled dataset is invalid";
      }
      void swap.replace(bundled.value);
      session.showingBundled = true;
      return options.savedWork.discard();
    },
    showingBundled: () => session.showingBundled,
  });
  return mountArticlePanel(ctx, {
    grow: swap.grow,
    replace: swap.replace,
    replacing: swap.replacing,
    settled: swap.settled,
    showingBundled: () => session.showingBundled,
    save: (base, candidates) => options.savedWork.save(base, candidates),
    restored: options.savedWork.candidates,
  });
}

/**
 * Derives and redraws for a state change; true when the panels must follow. Large graphs: sigma
 * draws the hovered actor on its own hover layer; restyling every item for a hover would cost a
 * full reducer pass and frame.
 */
function redrawFor(session: Session, view: GraphView, state: AppState, previous: AppState): boolean {
  if (!view.hoverFadesGraph && onlyHoverChanged(state, previous)) return false;
  if (!affectsView(state, previous)) return false;
  const sameFilters = state.filters === previous.filters && state.date === previous.date;
  const reuse = sameFilters ? session.derived.visibility : undefined;
  session.derived = derive(session.graph, session.loaded.ontology, state, reuse, view.hoverFadesGraph);
  view.update(renderInputs(session, state));
  return true;
}

/**
 * Resolves once the explorer is up. The steps (graph, styling, renderer and first frame, panels)
 * run in separate tasks, so a large graph does not block the page for their sum.
 */
export async function startExplorer(initial: LoadedDataset, options: ExplorerOptions): Promise<void> {
  const { session, store } = await openSession(initial, options.initialIsBundled);
  await nextTask();
  const view = new GraphView(byId("graph"), session.graph, renderInputs(session, store.get()));
  const camera = view.sigma.getCamera();
  const shell = mountShell(store, view);

  const ctx = explorerContext(session, store, view, shell);
  const panels = analysisPanels(ctx);
  const renderTitle = () => {
    byId("dataset-title").textContent = session.loaded.dataset.title;
    document.title = `Faultline — ${session.loaded.dataset.title}`;
  };
  // Until the panels had their first render (in separate tasks at start-up), they are not updated.
  let panelsReady = false;
  const renderAll = (state: AppState, previous: AppState | null, datasetChanged: boolean) => {
    if (!panelsReady) return;
    for (const panel of panels) panel.render(state, previous, datasetChanged);
    shell.renderTabs(state.mode);
  };

  // Changes the user did not ask for here (a pasted URL, another dataset) keep their own camera.
  let quiet = false;
  const quietStore: Store = {
    ...store,
    set(update) {
      quiet = true;
      try {
        store.set(update);
      } finally {
        quiet = false;
      }
    },
  };
  store.subscribe((state, previous) => {
    if (redrawFor(session, view, state, previous)) {
      renderAll(state, previous, false);
      const target = quiet ? null : framingTarget(session.graph, state, previous, session.derived);
      if (target !== null) view.frame(target);
    }
    writeHash(state);
  });
  syncHash(quietStore, camera, () => session.known);
  bindSigmaEvents(ctx);
  // A shared link that names an actor opens on its details: on a phone that means the side panel.
  if (store.get().selected !== null) shell.showDetails();

  const swap = datasetSwap(session, quietStore, view, (replaced) => {
    renderAll(store.get(), null, true);
    if (!replaced) return;
    renderTitle();
    shell.renderLayoutButton();
    applyCamera(camera, store.get());
  });
  const articlePanel = mountDataPanels(ctx, session, swap, options);
  panels.push(articlePanel);

  renderTitle();
  shell.renderTabs(store.get().mode);
  const firstState = store.get();
  await firstRender(panels, firstState);
  panelsReady = true;
  // A change while the panels were being drawn (a hash change, a click): draw them as of now.
  if (store.get() !== firstState) renderAll(store.get(), null, true);
  applyCamera(camera, store.get());
  writeHash(store.get());
  articlePanel.restore();
  exposeForTests(view, store, session);
}

/** The e2e tests read sigma and the state through this hook. */
function exposeForTests(view: GraphView, store: Store, session: Session): void {
  window.__faultline = {
    sigma: view.sigma,
    get state() {
      return store.get();
    },
    get graph() {
      return session.graph;
    },
    get loaded() {
      return session.loaded;
    },
    get derived() {
      return session.derived;
    },
  };
}

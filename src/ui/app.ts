// Before any zod schema is created (see the module); entry points that load src/model first need it too.
import "../view/zod-csp";
import { backed, backers } from "../analysis/backers";
import { paths } from "../analysis/paths";
import type { Chain } from "../analysis/projection";
import { buildGraph } from "../model/build-graph";
import { buildGraphInSteps, DEFAULT_YIELD_EVERY } from "../model/build-graph-in-steps";
import type { FaultlineGraph, InputError, LoadedDataset, Ontology } from "../model/types";
import { analysisViews, forgetAnalysisViews } from "../view/analysis-cache";
import { cachedCampGraphStyle } from "../view/camp-style";
import { computeGraphStyle, type GraphStyle } from "../view/graph-style";
import { nextTask } from "../view/next-task";
import { GraphView, type RenderInputs } from "../view/renderer";
import {
  chainFocus,
  computeVisibility,
  type Focus,
  neighbourhood,
  type Visibility,
  withClaim,
} from "../view/view-model";
import { mountActorTable } from "./actor-table";
import { showInputErrors } from "./alert";
import { growGraph } from "./article-graph";
import { mountArticlePanel } from "./article-panel";
import { mountBackers } from "./backers-panel";
import { mountCamps } from "./camps-panel";
import type { AppContext, Derived, Panel } from "./context";
import { mountContradictions } from "./contradictions-panel";
import { mountDataPanel } from "./data-panel";
import { mountDetails } from "./details-panel";
import { byId } from "./dom";
import { mountLegend } from "./legend";
import { mountPath } from "./path-panel";
import { mountSearch } from "./search";
import { type AppState, createStore, defaultState, type Mode } from "./state";
import { mountTimeControl } from "./time-control";
import { cleanState, type KnownIds, parseState, serializeState } from "./url-state";
import type { SavedWork } from "./workspace";

/**
 * Wires the explorer: one store, state derived into precomputed sets for sigma's reducers and the
 * panels, the URL hash kept in step with the state, and imports swapped into the same renderer.
 */

const NARROW = "(max-width: 900px)";
const CAMERA_DEBOUNCE_MS = 250;
const PANEL_SLICE_MS = 40;

function knownIds(graph: FaultlineGraph, ontology: Ontology): KnownIds {
  return {
    relations: new Set(ontology.relationKinds.map((r) => r.id)),
    kinds: new Set(ontology.nodeKinds.map((k) => k.id)),
    actors: new Set(graph.nodes()),
    claims: new Set(graph.edges()),
  };
}

/**
 * `reuse` is the visibility computed for the same graph and the same filters and date (hovering or
 * selecting does not change it), so a hover costs no pass over every claim. `hoverFades` false
 * (large graphs): hovering leaves the focus alone, sigma's hover layer alone shows the actor.
 */
export function derive(
  graph: FaultlineGraph,
  ontology: Ontology,
  state: AppState,
  reuse?: Visibility,
  hoverFades = true,
): Derived {
  const visibility = reuse ?? computeVisibility(graph, ontology, state);
  let focus: Focus | null = null;
  let backing: Derived["backing"] = null;
  let found: Chain[] | null = null;
  const selected = state.selected !== null && graph.hasNode(state.selected) ? state.selected : null;
  if (state.mode === "backers" && selected !== null) {
    const options = { maxHops: state.backers.hops, filter: visibility.filter };
    backing = {
      in: state.backers.direction === "out" ? [] : backers(graph, selected, options),
      out: state.backers.direction === "in" ? [] : backed(graph, selected, options),
    };
    const chains = [...backing.in, ...backing.out].flatMap((result) => result.chains);
    focus = chainFocus(chains, selected);
  } else if (state.mode === "path") {
    const { from, to, relations } = state.path;
    if (from !== null && to !== null && graph.hasNode(from) && graph.hasNode(to)) {
      found = paths(graph, from, to, { relations: relations ?? undefined, filter: visibility.filter });
      focus = chainFocus(found, from);
      focus.nodes.add(to);
    }
  } else if (selected !== null) {
    focus = neighbourhood(graph, selected, visibility);
  }
  // Hovering previews a neighbourhood on top of whatever the mode shows.
  if (hoverFades && state.hovered !== null && graph.hasNode(state.hovered))
    focus = neighbourhood(graph, state.hovered, visibility);
  // A contradiction chosen in its panel: all its claims at once, through the claim highlight.
  if (state.mode === "contradictions") {
    for (const claim of state.highlightedClaims) focus = withClaim(graph, focus, claim);
  }
  focus = withClaim(graph, focus, state.selectedClaim);
  return { visibility, focus, backing, paths: found };
}

/** Whether a state change is the hovered actor and nothing else that is drawn. */
function onlyHoverChanged(a: AppState, b: AppState): boolean {
  return a.hovered !== b.hovered && !affectsView({ ...a, hovered: b.hovered }, b);
}

/** Whether a state change can change what is drawn (the camera and nothing else cannot). */
function affectsView(a: AppState, b: AppState): boolean {
  return (
    a.filters !== b.filters ||
    a.date !== b.date ||
    a.selected !== b.selected ||
    a.selectedClaim !== b.selectedClaim ||
    a.highlightedClaims !== b.highlightedClaims ||
    a.colorBy !== b.colorBy ||
    a.hovered !== b.hovered ||
    a.mode !== b.mode ||
    a.backers !== b.backers ||
    a.path !== b.path
  );
}

export interface FaultlineTestHook {
  readonly sigma: GraphView["sigma"];
  readonly state: AppState;
  readonly graph: FaultlineGraph;
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

/** Above this many actors + claims the graph is built in several tasks, with progress in the header. */
function buildsInSteps(loaded: LoadedDataset): boolean {
  return loaded.dataset.actors.length + loaded.dataset.claims.length > DEFAULT_YIELD_EVERY;
}

/** buildGraph in tasks of DEFAULT_YIELD_EVERY items, so a large graph never blocks the page for long. */
function buildGraphForPage(loaded: LoadedDataset): Promise<FaultlineGraph> {
  const title = byId("dataset-title");
  const showProgress = buildsInSteps(loaded);
  return buildGraphInSteps(loaded, {
    yieldToPage: nextTask,
    onProgress: (done, total) => {
      if (showProgress) title.textContent = `Building the graph… ${Math.round((100 * done) / total)}%`;
    },
  });
}

/**
 * Resolves once the explorer is up. The steps (graph, styling, renderer and first frame, panels)
 * run in separate tasks, so a large graph does not block the page for their sum.
 */
export async function startExplorer(initial: LoadedDataset, options: ExplorerOptions): Promise<void> {
  let loaded = initial;
  let showingBundled = options.initialIsBundled;
  let graph = await buildGraphForPage(loaded);
  await nextTask();
  let style: GraphStyle = computeGraphStyle(graph, loaded.ontology);
  let known = knownIds(graph, loaded.ontology);
  const store = createStore(cleanState(parseState(location.hash), known));
  let derived = derive(graph, loaded.ontology, store.get());

  // `state` defaults to the store's; replacing the dataset passes the cleaned state before the
  // store holds it, so no selection from the previous graph reaches the view.
  const inputs = (state: AppState = store.get()): RenderInputs => ({
    // Colour by camp: the camps as of the chosen date, computed once per graph and date.
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
  });
  await nextTask();
  const view = new GraphView(byId("graph"), graph, inputs());
  const sigma = view.sigma;
  const camera = sigma.getCamera();

  const narrow = window.matchMedia(NARROW);
  const legendPanel = byId("legend-panel");
  const sidePanel = byId("side-panel");
  const setPanelOpen = (panel: HTMLElement, toggle: HTMLElement, open: boolean) => {
    panel.classList.toggle("collapsed", !open);
    toggle.setAttribute("aria-expanded", String(open));
  };
  const legendToggle = byId("toggle-legend");
  const sideToggle = byId("toggle-side");

  const ctx: AppContext = {
    store,
    view,
    loaded: () => loaded,
    graph: () => graph,
    derived: () => derived,
    selectActor(actor, options = {}) {
      store.set((state) => ({
        ...state,
        selected: actor,
        selectedClaim: null,
        highlightedClaims: [],
        hovered: null,
      }));
      if (actor !== null && options.move !== false) view.moveTo(actor);
      if (actor !== null && narrow.matches) {
        setPanelOpen(sidePanel, sideToggle, true);
        setPanelOpen(legendPanel, legendToggle, false);
      }
    },
    actorLabel: (actor) => (graph.hasNode(actor) ? graph.getNodeAttribute(actor, "label") : actor),
    relationLabel: (relation) =>
      loaded.ontology.relationKinds.find((r) => r.id === relation)?.label ?? relation,
  };

  const panels: Panel[] = [
    mountLegend(ctx),
    mountSearch(ctx),
    mountDetails(ctx),
    mountBackers(ctx),
    mountPath(ctx),
    mountTimeControl(ctx),
    mountCamps(ctx),
    mountContradictions(ctx),
    mountActorTable(ctx),
  ];

  const tabs = [...document.querySelectorAll<HTMLButtonElement>(".tabs [role=tab]")];
  const renderTabs = (mode: Mode) => {
    for (const tab of tabs) {
      const active = tab.dataset.mode === mode;
      tab.setAttribute("aria-selected", String(active));
      tab.tabIndex = active ? 0 : -1;
      const panelId = tab.getAttribute("aria-controls");
      if (panelId !== null) byId(panelId).hidden = !active;
    }
  };
  tabs.forEach((tab, index) => {
    tab.addEventListener("click", () =>
      store.set({ mode: (tab.dataset.mode as Mode | undefined) ?? "explore" }),
    );
    tab.addEventListener("keydown", (event) => {
      const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
      if (step === 0) return;
      const next = tabs[(index + step + tabs.length) % tabs.length];
      next?.focus();
      next?.click();
    });
  });

  const renderTitle = () => {
    byId("dataset-title").textContent = loaded.dataset.title;
    document.title = `Faultline — ${loaded.dataset.title}`;
  };

  // Until the panels had their first render (in separate tasks at start-up), they are not updated.
  let panelsReady = false;
  const renderAll = (state: AppState, previous: AppState | null, datasetChanged: boolean) => {
    if (!panelsReady) return;
    for (const panel of panels) panel.render(state, previous, datasetChanged);
    renderTabs(state.mode);
  };

  // URL hash <-> state. replaceState does not fire hashchange, so there is no loop.
  const writeHash = (state: AppState) => {
    const hash = serializeState(state);
    const url = `${location.pathname}${location.search}${hash === "" ? "" : `#${hash}`}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, "", url);
  };
  const applyCamera = (state: AppState) => {
    if (state.camera === null) camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    else camera.setState({ ...state.camera, angle: 0 });
  };

  store.subscribe((state, previous) => {
    // Large graphs: sigma draws the hovered actor on its own hover layer; restyling every item
    // for a hover would cost a full reducer pass and frame.
    if (!view.hoverFadesGraph && onlyHoverChanged(state, previous)) {
      writeHash(state);
      return;
    }
    if (affectsView(state, previous)) {
      const sameFilters = state.filters === previous.filters && state.date === previous.date;
      derived = derive(
        graph,
        loaded.ontology,
        state,
        sameFilters ? derived.visibility : undefined,
        view.hoverFadesGraph,
      );
      view.update(inputs());
      renderAll(state, previous, false);
    }
    writeHash(state);
  });

  window.addEventListener("hashchange", () => {
    const next = cleanState(parseState(location.hash), known);
    if (serializeState(next) === serializeState(store.get())) return;
    store.set({ ...next, hovered: null });
    applyCamera(next);
  });

  // The camera is part of the shareable view; "fit" (the default camera) is stored as null.
  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  camera.on("updated", (cameraState) => {
    clearTimeout(cameraTimer);
    cameraTimer = setTimeout(() => {
      const isDefault =
        Math.abs(cameraState.x - 0.5) < 1e-4 &&
        Math.abs(cameraState.y - 0.5) < 1e-4 &&
        Math.abs(cameraState.ratio - 1) < 1e-4;
      const next = isDefault ? null : { x: cameraState.x, y: cameraState.y, ratio: cameraState.ratio };
      const current = store.get().camera;
      if (JSON.stringify(next) !== JSON.stringify(current)) store.set({ camera: next });
    }, CAMERA_DEBOUNCE_MS);
  });

  sigma.on("enterNode", ({ node }) => store.set({ hovered: node }));
  sigma.on("leaveNode", () => store.set({ hovered: null }));
  sigma.on("clickNode", ({ node }) => ctx.selectActor(node, { move: false }));
  sigma.on("clickEdge", ({ edge }) => {
    const state = store.get();
    const ends = [graph.source(edge), graph.target(edge)];
    const selected =
      state.selected !== null && ends.includes(state.selected) ? state.selected : (ends[0] ?? null);
    store.set({ ...state, selected, selectedClaim: edge });
  });
  sigma.on("clickStage", () => {
    const state = store.get();
    if (state.selected !== null || state.selectedClaim !== null || state.highlightedClaims.length > 0)
      store.set({ selected: null, selectedClaim: null, highlightedClaims: [] });
  });

  const layoutButton = byId<HTMLButtonElement>("layout-button");
  const renderLayoutButton = () => {
    const running = view.isLayoutRunning();
    layoutButton.textContent = running ? "Stop layout" : "Run layout";
    layoutButton.setAttribute("aria-pressed", String(running));
  };
  layoutButton.addEventListener("click", () => {
    if (view.isLayoutRunning()) view.stopLayout();
    else view.startLayout();
    renderLayoutButton();
  });
  byId("fit-button").addEventListener("click", () => void camera.animatedReset({ duration: 400 }));

  legendToggle.addEventListener("click", () => {
    const open = legendPanel.classList.contains("collapsed");
    setPanelOpen(legendPanel, legendToggle, open);
    if (open && narrow.matches) setPanelOpen(sidePanel, sideToggle, false);
  });
  sideToggle.addEventListener("click", () => {
    const open = sidePanel.classList.contains("collapsed");
    setPanelOpen(sidePanel, sideToggle, open);
    if (open && narrow.matches) setPanelOpen(legendPanel, legendToggle, false);
  });
  const fitPanelsToWidth = () => {
    setPanelOpen(legendPanel, legendToggle, !narrow.matches);
    setPanelOpen(sidePanel, sideToggle, !narrow.matches);
  };
  // On a phone the panels cover the graph: Escape closes them and returns focus to their toggle.
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !narrow.matches) return;
    for (const [panel, toggle] of [
      [legendPanel, legendToggle],
      [sidePanel, sideToggle],
    ] as const) {
      if (!panel.classList.contains("collapsed") && panel.contains(document.activeElement)) {
        setPanelOpen(panel, toggle, false);
        toggle.focus();
      }
    }
  });
  narrow.addEventListener("change", fitPanelsToWidth);
  fitPanelsToWidth();
  // A shared link that names an actor opens on its details: on a phone that means the side panel,
  // as if the actor had just been chosen, not the bare graph.
  if (narrow.matches && store.get().selected !== null) setPanelOpen(sidePanel, sideToggle, true);

  // A large dataset is built in steps before it replaces the shown one; of two replacements in
  // flight, the later wins. A small one is replaced at once, as before.
  let replacement = 0;
  const replaceDataset = (next: LoadedDataset): Promise<void> | undefined => {
    view.stopLayout();
    if (!buildsInSteps(next)) {
      replacement++;
      showDataset(next, buildGraph(next));
      return undefined;
    }
    const ticket = ++replacement;
    return buildGraphForPage(next).then((built) => {
      if (ticket === replacement) showDataset(next, built);
    });
  };
  const showDataset = (next: LoadedDataset, built: FaultlineGraph) => {
    loaded = next;
    graph = built;
    style = computeGraphStyle(graph, loaded.ontology);
    known = knownIds(graph, loaded.ontology);
    const state = cleanState(
      {
        ...defaultState(),
        filters: store.get().filters,
        mode: store.get().mode,
        colorBy: store.get().colorBy,
      },
      known,
    );
    derived = derive(graph, loaded.ontology, state);
    view.setGraph(graph, inputs(state));
    // Setting the state re-renders the panels; the dataset changed, so they rebuild fully.
    store.set(state);
    renderAll(store.get(), null, true);
    renderTitle();
    renderLayoutButton();
    applyCamera(state);
  };
  mountDataPanel(ctx, {
    replaceDataset(next) {
      void replaceDataset(next);
      showingBundled = false;
    },
    save: (next) => options.savedWork.save(next),
    async resetToBundled() {
      const bundled = await options.loadBundled();
      if (!bundled.ok) {
        showInputErrors("Cannot open the bundled dataset", bundled.errors);
        return "the bundled dataset is invalid";
      }
      void replaceDataset(bundled.value);
      showingBundled = true;
      return options.savedWork.discard();
    },
    showingBundled: () => showingBundled,
  });

  // Accepted article claims grow the live graph in place: adding data is not filtering.
  const growDataset = (next: LoadedDataset) => {
    loaded = next;
    growGraph(graph, next);
    forgetAnalysisViews(graph);
    style = computeGraphStyle(graph, loaded.ontology);
    known = knownIds(graph, loaded.ontology);
    derived = derive(graph, loaded.ontology, store.get(), undefined, view.hoverFadesGraph);
    view.update(inputs());
    renderAll(store.get(), null, true);
  };
  const articlePanel = mountArticlePanel(ctx, {
    grow: growDataset,
    replace: replaceDataset,
    showingBundled: () => showingBundled,
    save: (base, candidates) => options.savedWork.save(base, candidates),
    restored: options.savedWork.candidates,
  });
  panels.push(articlePanel);

  renderTitle();
  renderTabs(store.get().mode);
  // The panels' first renders (legend counts, month list, actor table…) in tasks of about
  // PANEL_SLICE_MS: not one long task on a large graph, and not a frame per panel on a small one.
  const firstState = store.get();
  let sliceStart = performance.now();
  for (const panel of panels) {
    if (performance.now() - sliceStart > PANEL_SLICE_MS) {
      await nextTask();
      sliceStart = performance.now();
    }
    panel.render(firstState, null, true);
  }
  panelsReady = true;
  // A change while the panels were being drawn (a hash change, a click): draw them as of now.
  if (store.get() !== firstState) renderAll(store.get(), null, true);
  applyCamera(store.get());
  writeHash(store.get());
  articlePanel.restore();

  window.__faultline = {
    sigma,
    get state() {
      return store.get();
    },
    get graph() {
      return graph;
    },
    get loaded() {
      return loaded;
    },
    get derived() {
      return derived;
    },
  };
}

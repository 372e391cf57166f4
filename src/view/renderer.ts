import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import Sigma from "sigma";
import {
  createEdgeArrowHeadProgram,
  createEdgeClampedProgram,
  createEdgeCompoundProgram,
  EdgeLineProgram,
  EdgeRectangleProgram,
} from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type {
  ActorAttributes,
  ClaimAttributes,
  FaultlineGraph,
  GraphAttributes,
  NodeShape,
} from "../model/types";
import { FADED_EDGE, FADED_NODE, focusedEdgeWidth, LABEL_COLOR, selectedEdgeWidth } from "./appearance";
import { frameFor } from "./camera-frame";
import { createDashedEdgeProgram } from "./dashed-edge-program";
import { LabelLayer } from "./label-layer";
import { type LargeGraphPlan, largeGraphPlan, largeGraphReducers, THIN_EDGE_TYPE } from "./large-graph";
import { NODE_SHAPE_TYPE, nodeShapePrograms } from "./node-shape-program";
import { nonInstanced } from "./non-instanced-program";
import { renderDiff } from "./render-diff";
import type { FaultlineSigma, RenderInputs } from "./render-inputs";

/**
 * The sigma renderer and its ForceAtlas2 worker. Filtering and highlighting never touch the graph:
 * the reducers read the precomputed sets in `RenderInputs`, and `update` only asks sigma to
 * re-run them.
 */

/** Phones and tablets (and narrow windows, where a finger is the likely pointer). */
const COARSE_POINTER = "(pointer: coarse), (max-width: 900px)";
const TOUCH_NODE_SCALE = 1.3;

/** How long the camera takes to frame an answer. */
const FRAME_MS = 450;
/** A frame never zooms closer than this (one actor alone must not fill the canvas). */
const MIN_FRAME_RATIO = 0.12;

/**
 * Labels are drawn to the right of their node: a margin keeps the outermost ones on the canvas. On a
 * phone a wide margin would shrink the whole graph, so it scales with the canvas width.
 */
function stagePaddingFor(container: HTMLElement): number {
  return Math.max(20, Math.min(60, Math.round(container.clientWidth / 12)));
}

export class GraphView {
  readonly sigma: FaultlineSigma;
  private inputs: RenderInputs;
  private touchScale = 1;
  /** Canvas pixels on the left hidden under a drawer (Add article): answers are framed in the rest. */
  private coveredLeft = 0;
  private readonly labels: LabelLayer = new LabelLayer(
    () => this.sigma,
    () => this.inputs,
  );
  private layout: FA2Layout | null = null;
  private plan: LargeGraphPlan;
  /** Restores the settings a large-graph plan changed (before the next graph gets its own plan). */
  private baseSettings: Partial<Settings<ActorAttributes, ClaimAttributes, GraphAttributes>> = {};

  constructor(container: HTMLElement, graph: FaultlineGraph, inputs: RenderInputs) {
    const Dashed = createDashedEdgeProgram<ActorAttributes, ClaimAttributes, GraphAttributes>();
    this.inputs = inputs;
    this.plan = largeGraphPlan({ nodes: graph.order, edges: graph.size });
    const settings: Partial<Settings<ActorAttributes, ClaimAttributes, GraphAttributes>> = {
      nodeProgramClasses: nodeShapePrograms<ActorAttributes, ClaimAttributes, GraphAttributes>(),
      edgeProgramClasses: {
        // Sigma's arrow and line programs, drawn as plain triangles (see non-instanced-program.ts).
        arrow: createEdgeCompoundProgram<ActorAttributes, ClaimAttributes, GraphAttributes>([
          nonInstanced(createEdgeClampedProgram<ActorAttributes, ClaimAttributes, GraphAttributes>()),
          nonInstanced(createEdgeArrowHeadProgram<ActorAttributes, ClaimAttributes, GraphAttributes>()),
        ]),
        line: nonInstanced(EdgeRectangleProgram<ActorAttributes, ClaimAttributes, GraphAttributes>),
        // Undated claims: the same, dashed.
        "dashed-line": nonInstanced(Dashed),
        "dashed-arrow": createEdgeCompoundProgram<ActorAttributes, ClaimAttributes, GraphAttributes>([
          nonInstanced(Dashed),
          nonInstanced(createEdgeArrowHeadProgram<ActorAttributes, ClaimAttributes, GraphAttributes>()),
        ]),
        // 1-pixel gl.LINES, already non-instanced: large graphs draw their unfocused edges with it.
        [THIN_EDGE_TYPE]: EdgeLineProgram<ActorAttributes, ClaimAttributes, GraphAttributes>,
      },
      defaultNodeType: NODE_SHAPE_TYPE,
      defaultEdgeType: "line",
      zIndex: true,
      enableEdgeEvents: true,
      labelFont: "system-ui, -apple-system, 'Segoe UI', sans-serif",
      labelSize: 13,
      labelWeight: "600",
      labelColor: { color: LABEL_COLOR },
      // Small and medium graphs: the label layer decides (every label that fits, on a free side), so
      // sigma's own grid adds none. Large graphs get sigma's grid back through their plan.
      labelRenderedSizeThreshold: Number.POSITIVE_INFINITY,
      labelDensity: 0.8,
      defaultDrawNodeLabel: this.labels.draw,
      stagePadding: stagePaddingFor(container),
      minEdgeThickness: 1,
    };
    const largeKeys = Object.keys(largeGraphPlan({ nodes: Number.POSITIVE_INFINITY, edges: 0 }).settings);
    for (const key of largeKeys as (keyof typeof settings)[])
      this.baseSettings = { ...this.baseSettings, [key]: settings[key] };
    // Large-graph settings and reducers from the start: sigma's constructor renders the first frame.
    this.sigma = new Sigma<ActorAttributes, ClaimAttributes, GraphAttributes>(graph, container, {
      ...settings,
      ...this.plan.settings,
      ...this.reducersFor(graph),
    });
    this.attachEdgeTooltip(container);
    // After each frame, labels are placed for that frame's camera and positions.
    this.sigma.on("afterRender", () => this.placeLabels());
    // The first frame was drawn by sigma's constructor, before the listener.
    this.placeLabels();
    this.sigma.on("resize", () => this.sigma.setSetting("stagePadding", stagePaddingFor(container)));
    // Sigma follows the window's size only; panels opening on a phone resize the graph's box too.
    new ResizeObserver(() => {
      this.sigma.resize();
      this.sigma.refresh({ schedule: true });
    }).observe(container);
    // On a touch screen nodes are drawn larger, so a finger can pick one.
    const coarse = window.matchMedia(COARSE_POINTER);
    this.touchScale = coarse.matches ? TOUCH_NODE_SCALE : 1;
    coarse.addEventListener("change", () => {
      this.touchScale = coarse.matches ? TOUCH_NODE_SCALE : 1;
      this.sigma.refresh({ schedule: true });
    });
  }

  private reducersFor(graph: FaultlineGraph) {
    return largeGraphReducers(
      graph,
      this.plan,
      (node, attributes) => this.reduceNode(node, attributes),
      (edge, attributes) => this.reduceEdge(edge, attributes),
    );
  }

  private placeLabels(): void {
    if (this.plan.large) return;
    const changed = this.labels.place(this.inputs.labels);
    if (changed.length === 0) return;
    this.sigma.refresh({ partialGraph: { nodes: changed }, skipIndexation: true, schedule: true });
  }

  /** Whether hovering may fade the rest of the graph (small graphs) or only highlights the actor. */
  get hoverFadesGraph(): boolean {
    return this.plan.hoverFadesGraph;
  }

  get isLarge(): boolean {
    return this.plan.large;
  }

  /** Hovering a claim's line says what it claims, next to the pointer (text only, never markup). */
  private attachEdgeTooltip(container: HTMLElement): void {
    const tooltip = document.createElement("div");
    tooltip.className = "edge-tooltip";
    tooltip.setAttribute("role", "tooltip");
    tooltip.hidden = true;
    container.append(tooltip);
    this.sigma.on("enterEdge", ({ edge, event }) => {
      const description = this.inputs.style.edges.get(edge)?.description;
      if (description === undefined) return;
      tooltip.textContent = description;
      tooltip.style.left = `${event.x + 12}px`;
      tooltip.style.top = `${event.y + 12}px`;
      tooltip.hidden = false;
    });
    this.sigma.on("leaveEdge", () => {
      tooltip.hidden = true;
    });
  }

  /** New styling or visibility: re-run the reducers over the same graph. */
  update(inputs: RenderInputs): void {
    const previous = this.inputs;
    this.inputs = inputs;
    // Only the items whose hidden/focus/selection state changed go through the reducers again.
    // Drawing waits for the next frame, so a burst of changes (pointer sweeping over nodes) costs
    // one render.
    const graph = this.graph;
    const diff = renderDiff(previous, inputs, (graph.order + graph.size) / 2);
    // A new label density changes no item's style: place the labels again now.
    if (previous.labels !== inputs.labels) this.placeLabels();
    if (diff.kind === "full") {
      this.sigma.refresh({ schedule: true });
      return;
    }
    // An item of the previous inputs may be gone (a selection from before an import).
    const nodes = diff.nodes.filter((node) => graph.hasNode(node));
    const edges = diff.edges.filter((edge) => graph.hasEdge(edge));
    if (nodes.length === 0 && edges.length === 0) return;
    this.sigma.refresh({
      partialGraph: { nodes, edges },
      // In place when only visibility changed; otherwise sigma re-sorts items into their programs.
      skipIndexation: diff.inPlace,
      schedule: true,
    });
  }

  /** Importing swaps the graph into the same renderer. */
  setGraph(graph: FaultlineGraph, inputs: RenderInputs): void {
    this.stopLayout();
    this.layout?.kill();
    this.layout = null;
    this.inputs = inputs;
    // A graph of another size gets its own plan before sigma indexes it.
    this.plan = largeGraphPlan({ nodes: graph.order, edges: graph.size });
    this.labels.reset();
    this.sigma.setSettings({ ...this.baseSettings, ...this.plan.settings, ...this.reducersFor(graph) });
    this.sigma.setGraph(graph);
  }

  get graph(): FaultlineGraph {
    return this.sigma.getGraph();
  }

  isLayoutRunning(): boolean {
    return this.layout?.isRunning() ?? false;
  }

  startLayout(): void {
    if (this.layout === null) {
      const graph = this.graph;
      this.layout = new FA2Layout(graph, {
        settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 },
      });
    }
    this.layout.start();
  }

  stopLayout(): void {
    this.layout?.stop();
  }

  /**
   * Animates the camera to fit these actors on the canvas, with room for their labels. Positions
   * are read from the graph and converted by sigma (graph -> screen -> framed graph): sigma's own
   * display data hold raw layout coordinates until its next frame, so they cannot be used right
   * after a state change.
   */
  frame(
    nodes: readonly string[],
    options: { duration?: number; minRatio?: number; maxRatio?: number } = {},
  ): void {
    const graph = this.graph;
    const points = nodes
      .filter((node) => graph.hasNode(node))
      .map((node) => this.sigma.graphToViewport(graph.getNodeAttributes(node)));
    const camera = this.sigma.getCamera();
    const { width, height } = this.sigma.getDimensions();
    const covered = Math.min(this.coveredLeft, width / 2);
    const target = frameFor(points, {
      width: width - covered,
      height,
      ratio: camera.ratio,
      padding: Math.max(24, Math.min(80, Math.round(width / 10))),
      minRatio: options.minRatio ?? MIN_FRAME_RATIO,
      maxRatio: options.maxRatio ?? 1.05,
    });
    if (target === null) return;
    const center = this.sigma.viewportToFramedGraph(target.center);
    if (covered > 0) {
      // The answer's centre goes covered/2 pixels right of the canvas centre, at the new zoom.
      const origin = this.sigma.viewportToFramedGraph({ x: 0, y: 0 });
      const half = this.sigma.viewportToFramedGraph({ x: covered / 2, y: 0 });
      center.x -= (half.x - origin.x) * (target.ratio / camera.ratio);
    }
    void camera.animate(
      { x: center.x, y: center.y, ratio: target.ratio },
      { duration: options.duration ?? FRAME_MS },
    );
  }

  /** How many canvas pixels on the left a drawer covers now (0 when none). */
  setCoveredLeft(pixels: number): void {
    this.coveredLeft = Math.max(0, pixels);
  }

  kill(): void {
    this.layout?.kill();
    this.sigma.kill();
  }

  private reduceNode(node: string, attributes: ActorAttributes): Partial<NodeDisplayData> {
    const { style, visibility, focus, selected } = this.inputs;
    const base = style.nodes.get(node);
    const data: Partial<NodeDisplayData> & { shape: NodeShape } = {
      x: attributes.x,
      y: attributes.y,
      label: attributes.label,
      color: base?.color ?? attributes.color,
      size: (base?.size ?? attributes.size) * this.touchScale,
      // One program draws every shape (node-shape-program.ts); `shape` tells it which.
      type: NODE_SHAPE_TYPE,
      shape: base?.type ?? "disc",
      zIndex: 1,
    };
    if (visibility.hiddenNodes.has(node)) {
      data.hidden = true;
    } else if (focus !== null && !focus.nodes.has(node)) {
      data.color = FADED_NODE;
      data.label = "";
      data.zIndex = 0;
    } else if (focus !== null) {
      data.forceLabel = this.plan.large || this.labels.has(node);
      data.zIndex = 2;
    } else if (!this.plan.large) {
      data.forceLabel = this.labels.has(node);
    }
    if (node === selected) {
      data.highlighted = true;
      data.forceLabel = true;
      data.zIndex = 3;
    }
    return data;
  }

  private reduceEdge(edge: string, attributes: ClaimAttributes): Partial<EdgeDisplayData> {
    const { style, visibility, focus, selectedClaim } = this.inputs;
    const base = style.edges.get(edge);
    const data: Partial<EdgeDisplayData> = {
      color: base?.color ?? attributes.color,
      size: base?.size ?? attributes.size,
      type: base?.type ?? "line",
      zIndex: 1,
    };
    if (visibility.hiddenEdges.has(edge)) {
      data.hidden = true;
    } else if (focus !== null && !focus.edges.has(edge)) {
      data.color = FADED_EDGE;
      data.zIndex = 0;
    } else if (focus !== null) {
      data.size = focusedEdgeWidth(data.size ?? 1);
      data.zIndex = 2;
    }
    if (edge === selectedClaim && !data.hidden) {
      data.size = selectedEdgeWidth(base?.size ?? 1);
      data.zIndex = 3;
    }
    return data;
  }
}

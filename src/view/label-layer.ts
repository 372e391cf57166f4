import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";
import type { ActorAttributes, ClaimAttributes, FaultlineGraph, GraphAttributes } from "../model/types";
import { LABEL_HALO } from "./appearance";
import {
  EVERY_LABEL_UP_TO,
  type LabelCandidate,
  type LabelDensity,
  type LabelObstacle,
  type LabelSide,
  labelBox,
  placeLabels,
} from "./label-placement";
import type { FaultlineSigma, RenderInputs } from "./render-inputs";

/**
 * The labels of a small or medium graph, placed by label-placement.ts instead of sigma's label grid:
 * after each frame the placement is recomputed for the camera and positions of that frame, and the
 * nodes whose label came or went are re-reduced (sigma draws the labels its reducers force). The
 * label is drawn on the side its placement chose, over a light halo so it reads across edges.
 */

/** Below this canvas width, small graphs too show only the labels that fit. */
const ROOMY_WIDTH = 420;

type LabelData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color"> & { key?: string };
type FaultlineSettings = Settings<ActorAttributes, ClaimAttributes, GraphAttributes>;

export class LabelLayer {
  private placed = new Map<string, LabelSide>();
  private readonly widths = new Map<string, number>();
  private measure: CanvasRenderingContext2D | null = null;
  private font = "";

  constructor(
    // Getters: the renderer creates the layer before sigma (sigma needs its draw function).
    private readonly sigmaOf: () => FaultlineSigma,
    private readonly inputs: () => RenderInputs,
  ) {}

  private get sigma(): FaultlineSigma {
    return this.sigmaOf();
  }

  /** Whether this node's label is drawn. */
  has(node: string): boolean {
    return this.placed.has(node);
  }

  /** Sigma's label drawer (settings.defaultDrawNodeLabel): the chosen side, with a halo. */
  readonly draw = (context: CanvasRenderingContext2D, data: LabelData, settings: FaultlineSettings): void => {
    if (!data.label) return;
    const side = (data.key === undefined ? undefined : this.placed.get(data.key)) ?? "right";
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    // The box the placement reserved for this side; the text sits on its middle line.
    const box = labelBox(
      {
        id: "",
        x: data.x,
        y: data.y,
        size: data.size,
        width: context.measureText(data.label).width,
        height: size * 1.2,
        priority: 0,
      },
      side,
    );
    const x = box.left;
    const y = (box.top + box.bottom) / 2 + size / 3;
    context.textAlign = "left";
    context.lineJoin = "round";
    context.lineWidth = 3;
    context.strokeStyle = LABEL_HALO;
    context.strokeText(data.label, x, y);
    context.fillStyle = settings.labelColor.color ?? "#000";
    context.fillText(data.label, x, y);
    context.textAlign = "left";
  };

  private textWidth(label: string, settings: FaultlineSettings): number {
    const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    if (font !== this.font) {
      this.widths.clear();
      this.font = font;
    }
    let width = this.widths.get(label);
    if (width === undefined) {
      this.measure ??= document.createElement("canvas").getContext("2d");
      if (this.measure === null) return label.length * settings.labelSize * 0.6;
      this.measure.font = font;
      width = this.measure.measureText(label).width;
      this.widths.set(label, width);
    }
    return width;
  }

  /** The labels to place, and every node drawn (faded ones too): no label may cover another's node. */
  private candidates(graph: FaultlineGraph): { candidates: LabelCandidate[]; obstacles: LabelObstacle[] } {
    const { style, visibility, focus, selected } = this.inputs();
    const settings = this.sigma.getSettings();
    const height = settings.labelSize * 1.2;
    const candidates: LabelCandidate[] = [];
    const obstacles: LabelObstacle[] = [];
    graph.forEachNode((node, attributes) => {
      if (visibility.hiddenNodes.has(node)) return;
      const point = this.sigma.graphToViewport(attributes);
      const size = this.sigma.scaleSize(
        this.sigma.getNodeDisplayData(node)?.size ?? style.nodes.get(node)?.size ?? 1,
      );
      obstacles.push({ id: node, x: point.x, y: point.y, size });
      const inFocus = focus === null || focus.nodes.has(node);
      if (!inFocus && node !== selected) return;
      if (attributes.label === "") return;
      candidates.push({
        id: node,
        x: point.x,
        y: point.y,
        size,
        width: this.textWidth(attributes.label, settings),
        height,
        priority: node === selected ? 2 : focus !== null ? 1 : 0,
      });
    });
    return { candidates, obstacles };
  }

  /** Places the labels for the current frame; returns the nodes whose label came, went or moved. */
  place(density: LabelDensity): string[] {
    const graph = this.sigma.getGraph() as FaultlineGraph;
    const { width, height } = this.sigma.getDimensions();
    const { candidates, obstacles } = this.candidates(graph);
    const next = placeLabels(candidates, {
      width,
      height,
      density,
      obstacles,
      // A phone-sized canvas has no room for every label of even a small graph: it avoids collisions.
      everyLabel:
        density !== "none" && density !== "few" && graph.order <= EVERY_LABEL_UP_TO && width >= ROOMY_WIDTH,
    });
    const changed: string[] = [];
    for (const [node, side] of next) if (this.placed.get(node) !== side) changed.push(node);
    for (const node of this.placed.keys()) if (!next.has(node) && graph.hasNode(node)) changed.push(node);
    this.placed = next;
    return changed;
  }

  /** After a graph is swapped in: nothing of the old placement applies. */
  reset(): void {
    this.placed = new Map();
  }
}

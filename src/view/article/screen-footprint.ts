import type { FaultlineGraph } from "../../model/types";
import type { Footprint } from "./grow-graph";

/** What is read from sigma: where graph points are on screen and how large it draws nodes. */
interface DrawnSizes {
  graphToViewport(point: { x: number; y: number }): { x: number; y: number };
  getNodeDisplayData(node: string): { size: number } | undefined;
  scaleSize(size?: number): number;
}

/** Clearance between a new actor's disc and the others, in screen pixels. */
const GAP_PX = 8;

/**
 * The actors' footprint as sigma draws them now (reducers, touch scaling and zoom included),
 * converted to graph units: a new actor placed with it is clear of the others on screen.
 */
export function screenFootprint(sigma: DrawnSizes, graph: FaultlineGraph): Footprint {
  const origin = sigma.graphToViewport({ x: 0, y: 0 });
  const unit = sigma.graphToViewport({ x: 1, y: 0 });
  const pixelsPerUnit = Math.hypot(unit.x - origin.x, unit.y - origin.y) || 1;
  // A node not drawn yet (a new actor) is sized like the drawn ones: display size / attribute size.
  let drawnScale = 0;
  graph.someNode((node, attributes) => {
    const shown = sigma.getNodeDisplayData(node)?.size;
    if (shown === undefined || attributes.size <= 0) return false;
    drawnScale = shown / attributes.size;
    return true;
  });
  return {
    radius(node) {
      const size = sigma.getNodeDisplayData(node)?.size ?? graph.getNodeAttribute(node, "size") * drawnScale;
      return sigma.scaleSize(size) / pixelsPerUnit;
    },
    gap: GAP_PX / pixelsPerUnit,
  };
}

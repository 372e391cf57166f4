/**
 * The camera that frames an answer: the centre and zoom that fit a set of points (in viewport
 * pixels at the current camera) into the canvas, with a margin. Pure arithmetic: sigma's camera
 * has no rotation here, so at ratio r every distance on screen is (current ratio / r) times what it
 * is now, and the centre in the framed graph's space does not depend on the camera.
 */

export interface ScreenPoint {
  x: number;
  y: number;
}

export interface FrameOptions {
  /** Canvas size in CSS pixels. */
  width: number;
  height: number;
  /** The camera's current ratio (1 = the whole graph fits). */
  ratio: number;
  /** Free space kept on every side, in pixels (labels are drawn to the right of nodes). */
  padding: number;
  /** The closest zoom a frame may ask for (a single actor must not fill the screen). */
  minRatio: number;
  /** The farthest zoom (1 fits the whole graph; a little more leaves room for labels). */
  maxRatio: number;
}

export interface Frame {
  /** The centre of the points on screen now, to convert to the framed graph's space. */
  center: ScreenPoint;
  ratio: number;
}

export function frameFor(points: readonly ScreenPoint[], options: FrameOptions): Frame | null {
  if (points.length === 0) return null;
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const { x, y } of points) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  const usableWidth = Math.max(options.width - 2 * options.padding, 1);
  const usableHeight = Math.max(options.height - 2 * options.padding, 1);
  const scale = Math.max((maxX - minX) / usableWidth, (maxY - minY) / usableHeight);
  const ratio = Math.min(Math.max(options.ratio * scale, options.minRatio), options.maxRatio);
  return { center: { x: (minX + maxX) / 2, y: (minY + maxY) / 2 }, ratio };
}

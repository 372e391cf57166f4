import type { Page } from "./browser";

/**
 * What the canvas shows, read back from sigma and from the WebGL buffers: where nodes are on
 * screen, how many pixels are drawn, which labels sigma displayed. Tests that look use these
 * rather than the DOM or the state alone.
 */

export interface ViewportBox {
  width: number;
  height: number;
}

/** A node's position on screen (CSS pixels from the canvas's top left), from its layout position. */
export function viewportPosition(page: Page, node: string): Promise<{ x: number; y: number } & ViewportBox> {
  return page.evaluate((id) => {
    const sigma = window.__faultline!.sigma;
    const { x, y } = sigma.getGraph().getNodeAttributes(id);
    const point = sigma.graphToViewport({ x, y });
    const { width, height } = sigma.getDimensions();
    return { x: point.x, y: point.y, width, height };
  }, node);
}

/** Whether a point lies on the canvas, `margin` pixels in from its edges. */
export function insideCanvas(point: { x: number; y: number } & ViewportBox, margin = 0): boolean {
  return (
    point.x >= margin &&
    point.y >= margin &&
    point.x <= point.width - margin &&
    point.y <= point.height - margin
  );
}

/** The screen box of a set of nodes (after the camera has settled). */
export function viewportBox(
  page: Page,
  nodes: readonly string[],
): Promise<{ minX: number; minY: number; maxX: number; maxY: number } & ViewportBox> {
  return page.evaluate((ids) => {
    const sigma = window.__faultline!.sigma;
    const graph = sigma.getGraph();
    const points = ids.map((id) => sigma.graphToViewport(graph.getNodeAttributes(id)));
    const { width, height } = sigma.getDimensions();
    return {
      minX: Math.min(...points.map((p) => p.x)),
      minY: Math.min(...points.map((p) => p.y)),
      maxX: Math.max(...points.map((p) => p.x)),
      maxY: Math.max(...points.map((p) => p.y)),
      width,
      height,
    };
  }, nodes);
}

/**
 * Pixels sigma drew on a WebGL layer ("nodes" or "edges"): the frame is drawn and read back in the
 * same task, before the browser may clear the buffer.
 */
export function drawnPixels(
  page: Page,
  layer: "nodes" | "edges" = "nodes",
): Promise<{ drawn: number; total: number }> {
  return page.evaluate((name) => {
    const sigma = window.__faultline!.sigma;
    sigma.refresh();
    const canvas = sigma.getCanvases()[name];
    if (canvas === undefined) throw new Error(`sigma has no ${name} canvas`);
    const gl = (canvas.getContext("webgl2") ?? canvas.getContext("webgl")) as WebGLRenderingContext | null;
    if (gl === null) throw new Error(`the ${name} canvas has no WebGL context`);
    const { drawingBufferWidth: width, drawingBufferHeight: height } = gl;
    const pixels = new Uint8Array(width * height * 4);
    gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
    let drawn = 0;
    for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] ?? 0) > 0) drawn++;
    return { drawn, total: width * height };
  }, layer);
}

/** The labels sigma drew in its last frame. */
export function displayedLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => [...window.__faultline!.sigma.getNodeDisplayedLabels()].sort());
}

/** Waits until the camera has stopped moving (animations done). */
export async function cameraAtRest(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.__faultline!.sigma.getCamera().isAnimated(), null, {
    timeout: 10_000,
  });
  // One more frame so sigma has drawn the final position.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
}

/**
 * Which actors get a label on screen, and on which side of their node: a greedy placement in
 * priority order (the selection, then the actors in focus, then the larger ones). Each label tries
 * the right of its node, then the left, above and below, and takes the first spot that overlaps no
 * label already placed and stays on the canvas. Pure: positions and text widths in, sides out.
 */

export type LabelSide = "right" | "left" | "above" | "below";

/** How many labels the user wants: every one, those that fit (default), the larger ones, none. */
export const LABEL_DENSITIES = ["all", "auto", "few", "none"] as const;
export type LabelDensity = (typeof LABEL_DENSITIES)[number];

/** A graph this small shows every label: one that finds no free spot is drawn on its right anyway. */
export const EVERY_LABEL_UP_TO = 80;

export interface LabelCandidate {
  id: string;
  /** Node centre on screen, and its radius, in pixels. */
  x: number;
  y: number;
  size: number;
  /** Text width and line height in pixels. */
  width: number;
  height: number;
  /** Higher is placed first: 2 = always shown (selection), 1 = in focus, 0 = the rest. */
  priority: number;
}

export interface PlacementOptions {
  width: number;
  height: number;
  density: LabelDensity;
  /** Every label is shown (small graphs); collisions only choose the side. */
  everyLabel: boolean;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Free space kept between two labels, in pixels. */
const GAP = 2;
const SIDES: readonly LabelSide[] = ["right", "left", "above", "below"];

/** The box a label takes on one side of its node (the text's extent, in screen pixels). */
export function labelBox(candidate: LabelCandidate, side: LabelSide): Box {
  const { x, y, size, width, height } = candidate;
  const offset = size + 3;
  switch (side) {
    case "right":
      return { left: x + offset, top: y - height / 2, right: x + offset + width, bottom: y + height / 2 };
    case "left":
      return { left: x - offset - width, top: y - height / 2, right: x - offset, bottom: y + height / 2 };
    case "above":
      return { left: x - width / 2, top: y - offset - height, right: x + width / 2, bottom: y - offset };
    case "below":
      return { left: x - width / 2, top: y + offset, right: x + width / 2, bottom: y + offset + height };
  }
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right + GAP && b.left < a.right + GAP && a.top < b.bottom + GAP && b.top < a.bottom + GAP;
}

function onCanvas(box: Box, width: number, height: number): boolean {
  return box.left >= 0 && box.top >= 0 && box.right <= width && box.bottom <= height;
}

/** Node centres near enough to the canvas for their label to show. */
function nearCanvas(candidate: LabelCandidate, width: number, height: number): boolean {
  const margin = candidate.width + candidate.size + 10;
  return (
    candidate.x > -margin &&
    candidate.x < width + margin &&
    candidate.y > -margin &&
    candidate.y < height + margin
  );
}

/** Placed boxes in a grid of cells, so a test looks only at the labels near it. */
class BoxIndex {
  private readonly cells = new Map<number, Box[]>();
  private static readonly CELL = 64;

  private keys(box: Box): number[] {
    const cell = BoxIndex.CELL;
    const keys: number[] = [];
    for (let cx = Math.floor(box.left / cell); cx <= Math.floor(box.right / cell); cx++)
      for (let cy = Math.floor(box.top / cell); cy <= Math.floor(box.bottom / cell); cy++)
        keys.push(cx * 100_003 + cy);
    return keys;
  }

  add(box: Box): void {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell === undefined) this.cells.set(key, [box]);
      else cell.push(box);
    }
  }

  collides(box: Box): boolean {
    return this.keys(box).some((key) => this.cells.get(key)?.some((other) => overlaps(box, other)) ?? false);
  }
}

function byPriority(a: LabelCandidate, b: LabelCandidate): number {
  return b.priority - a.priority || b.size - a.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function placeLabels(
  candidates: readonly LabelCandidate[],
  options: PlacementOptions,
): Map<string, LabelSide> {
  const { width, height, density } = options;
  const placed = new Map<string, LabelSide>();
  const taken = new BoxIndex();
  const ordered = candidates.filter((c) => nearCanvas(c, width, height)).sort(byPriority);
  // "few": the selection and focus, and the larger third of the rest.
  const rest = ordered.filter((c) => c.priority === 0).length;
  let restBudget = density === "few" ? Math.ceil(rest / 3) : density === "none" ? 0 : rest;
  for (const candidate of ordered) {
    if (candidate.priority === 0) {
      if (restBudget === 0) continue;
      restBudget--;
    }
    const fits = (side: LabelSide) => {
      const box = labelBox(candidate, side);
      return onCanvas(box, width, height) && !taken.collides(box);
    };
    let side = density === "all" ? undefined : SIDES.find(fits);
    if (side === undefined) {
      // No free spot: shown anyway when every label must be (or is asked for), else left out.
      const mustShow = density === "all" || options.everyLabel || candidate.priority === 2;
      if (!mustShow) continue;
      side = SIDES.find((s) => onCanvas(labelBox(candidate, s), width, height)) ?? "right";
    }
    placed.set(candidate.id, side);
    taken.add(labelBox(candidate, side));
  }
  return placed;
}

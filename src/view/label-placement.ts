/**
 * Which actors get a label on screen, and on which side of their node: a greedy placement in
 * priority order (the selection, then the actors in focus, then the larger ones). Each label tries
 * the right of its node, then the left, above, below, the four corners and one line farther above
 * or below, and takes the first spot that covers no node drawn, overlaps no label already placed
 * and stays on the canvas. When a label must show and no spot is free, it takes the spot covering
 * the fewest labels, then nodes; so does an actor in focus or selected (the answer is always
 * labelled). Pure: positions and text widths in, sides out.
 */

type NearSide =
  | "right"
  | "left"
  | "above"
  | "below"
  | "above-right"
  | "below-right"
  | "above-left"
  | "below-left";
/** A side, or one line farther above or below (a second try when the near spots are taken). */
export type LabelSide = NearSide | "far-above" | "far-below";

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

/** A node drawn on screen (centre and radius in pixels), which no other node's label may cover. */
export interface LabelObstacle {
  id: string;
  x: number;
  y: number;
  size: number;
}

export interface PlacementOptions {
  width: number;
  height: number;
  density: LabelDensity;
  /** Every label is shown (small graphs); collisions only choose the side. */
  everyLabel: boolean;
  /** Every node drawn, labelled or not (candidates are obstacles to the others' labels already). */
  obstacles?: readonly LabelObstacle[];
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A label over another label costs as much as over this many nodes (text on text is unreadable). */
const LABEL_OVER_LABEL = 1000;

/** Free space kept between two labels, in pixels. */
const GAP = 2;
const SIDES: readonly LabelSide[] = [
  "right",
  "left",
  "above",
  "below",
  "above-right",
  "below-right",
  "above-left",
  "below-left",
  "far-above",
  "far-below",
];

/** The box a label takes on one side of its node (the text's extent, in screen pixels). */
export function labelBox(candidate: LabelCandidate, side: LabelSide): Box {
  if (side.startsWith("far-")) {
    const near = nearBox(candidate, side.slice(4) as NearSide);
    const shift = side === "far-above" ? -candidate.height : candidate.height;
    return { ...near, top: near.top + shift, bottom: near.bottom + shift };
  }
  return nearBox(candidate, side as NearSide);
}

function nearBox(candidate: LabelCandidate, side: NearSide): Box {
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
    default: {
      // A corner: the text starts (or ends) off the node's diagonal, clear of its disc.
      const d = offset * 0.75;
      const left = side.endsWith("right") ? x + d : x - d - width;
      const top = side.startsWith("above") ? y - d - height : y + d;
      return { left, top, right: left + width, bottom: top + height };
    }
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

interface Owned extends Box {
  /** The node the box belongs to (its disc, or its label). */
  owner: string;
}

/** Placed boxes in a grid of cells, so a test looks only at the boxes near it. */
class BoxIndex {
  private readonly cells = new Map<number, Owned[]>();
  private static readonly CELL = 64;

  private keys(box: Box): number[] {
    const cell = BoxIndex.CELL;
    const keys: number[] = [];
    for (let cx = Math.floor(box.left / cell); cx <= Math.floor(box.right / cell); cx++)
      for (let cy = Math.floor(box.top / cell); cy <= Math.floor(box.bottom / cell); cy++)
        keys.push(cx * 100_003 + cy);
    return keys;
  }

  add(box: Owned): void {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell === undefined) this.cells.set(key, [box]);
      else cell.push(box);
    }
  }

  /** How many boxes of other owners `box` overlaps (each counted once). */
  count(box: Box, owner: string): number {
    const hit = new Set<Owned>();
    for (const key of this.keys(box))
      for (const other of this.cells.get(key) ?? [])
        if (other.owner !== owner && overlaps(box, other)) hit.add(other);
    return hit.size;
  }
}

function discBox(node: LabelObstacle): Owned {
  return {
    owner: node.id,
    left: node.x - node.size,
    top: node.y - node.size,
    right: node.x + node.size,
    bottom: node.y + node.size,
  };
}

function byPriority(a: LabelCandidate, b: LabelCandidate): number {
  return b.priority - a.priority || b.size - a.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The side with the lowest cost (the first of equals); "right" when every side is off the canvas. */
function leastCostly(sides: readonly LabelSide[], cost: (side: LabelSide) => number): LabelSide {
  let best: LabelSide = "right";
  let bestCost = Number.POSITIVE_INFINITY;
  for (const side of sides) {
    const value = cost(side);
    if (value < bestCost) [best, bestCost] = [side, value];
  }
  return best;
}

interface Placement {
  placed: Map<string, LabelSide>;
  /** The labels placed over a node or a label, and what that costs in all. */
  conflicted: string[];
  cost: number;
}

/** One greedy pass over the candidates in this order. */
function placeInOrder(
  ordered: readonly LabelCandidate[],
  discs: BoxIndex,
  options: PlacementOptions,
): Placement {
  const { width, height, density } = options;
  const placed = new Map<string, LabelSide>();
  const conflicted: string[] = [];
  let total = 0;
  const taken = new BoxIndex();
  // "few": the selection and focus, and the larger third of the rest.
  const rest = ordered.filter((c) => c.priority === 0).length;
  let restBudget = density === "few" ? Math.ceil(rest / 3) : density === "none" ? 0 : rest;
  for (const candidate of ordered) {
    if (candidate.priority === 0) {
      if (restBudget === 0) continue;
      restBudget--;
    }
    // What a spot costs: off the canvas is out; text over text is worse than text (on its halo)
    // over a node.
    const cost = (side: LabelSide) => {
      const box = labelBox(candidate, side);
      if (!onCanvas(box, width, height)) return Number.POSITIVE_INFINITY;
      const covered = discs.count(box, candidate.id);
      return covered + LABEL_OVER_LABEL * taken.count(box, candidate.id);
    };
    // A free spot (the first side free of both); else, for an actor in focus, one over nodes but
    // no label (rather than no label at all). Each side's cost is computed once.
    const costs: number[] = [];
    let side: LabelSide | undefined;
    if (density !== "all") {
      for (const s of SIDES) {
        const value = cost(s);
        costs.push(value);
        if (value === 0) {
          side = s;
          break;
        }
      }
      if (side === undefined && candidate.priority > 0) {
        const least = leastCostly(SIDES, (s) => costs[SIDES.indexOf(s)] ?? Number.POSITIVE_INFINITY);
        if ((costs[SIDES.indexOf(least)] ?? Number.POSITIVE_INFINITY) < LABEL_OVER_LABEL) side = least;
      }
    }
    if (side === undefined) {
      // No such spot: shown anyway when every label must be (or is asked for) or the actor is in
      // focus (the answer shown), else left out.
      const mustShow = density === "all" || options.everyLabel || candidate.priority > 0;
      if (!mustShow) continue;
      side = leastCostly(SIDES, (s) => costs[SIDES.indexOf(s)] ?? cost(s));
    }
    const paid = costs[SIDES.indexOf(side)] ?? cost(side);
    if (paid > 0) {
      conflicted.push(candidate.id);
      total += Number.isFinite(paid) ? paid : LABEL_OVER_LABEL;
    }
    placed.set(candidate.id, side);
    taken.add({ ...labelBox(candidate, side), owner: candidate.id });
  }
  return { placed, conflicted, cost: total };
}

/** Passes that let the labels left in conflict choose first, when every label must show. */
const REPAIR_PASSES = 4;

export function placeLabels(
  candidates: readonly LabelCandidate[],
  options: PlacementOptions,
): Map<string, LabelSide> {
  const { width, height } = options;
  const discs = new BoxIndex();
  for (const node of options.obstacles ?? candidates) discs.add(discBox(node));
  let ordered = candidates.filter((c) => nearCanvas(c, width, height)).sort(byPriority);
  let best = placeInOrder(ordered, discs, options);
  // Greedy order leaves a long label of a small actor in a crowd with no free side; placed first,
  // it often finds one and the larger actors' labels another. Kept only when it costs less.
  const repairs = options.everyLabel || options.density === "all" ? REPAIR_PASSES : 0;
  for (let pass = 0; pass < repairs && best.conflicted.length > 0; pass++) {
    const first = new Set(best.conflicted);
    const reordered = [...ordered.filter((c) => first.has(c.id)), ...ordered.filter((c) => !first.has(c.id))];
    const next = placeInOrder(reordered, discs, options);
    if (next.cost >= best.cost) break;
    [best, ordered] = [next, reordered];
  }
  return best.placed;
}

/**
 * Moving through the graph with the arrow keys: from the actor with the keyboard cursor to the
 * neighbour that lies most nearly in the arrow's direction on screen (or, with no neighbour that
 * way, the nearest shown actor that way). Pure: screen positions in, an actor out.
 */

export type ArrowKey = "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight";

const DIRECTIONS: Record<ArrowKey, { x: number; y: number }> = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
};

export function isArrowKey(key: string): key is ArrowKey {
  return key in DIRECTIONS;
}

export interface ScreenNode {
  id: string;
  x: number;
  y: number;
}

/**
 * The best candidate within 70° of the arrow: distance counts, and so does how far off the arrow's
 * line it lies (a node straight ahead beats a nearer one off to the side).
 */
function bestToward(from: ScreenNode, candidates: readonly ScreenNode[], key: ArrowKey): ScreenNode | null {
  const direction = DIRECTIONS[key];
  let best: ScreenNode | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    if (candidate.id === from.id) continue;
    const dx = candidate.x - from.x;
    const dy = candidate.y - from.y;
    const distance = Math.hypot(dx, dy);
    if (distance === 0) continue;
    const along = (dx * direction.x + dy * direction.y) / distance;
    if (along < Math.cos((70 * Math.PI) / 180)) continue;
    const score = distance * (2 - along);
    if (score < bestScore || (score === bestScore && best !== null && candidate.id < best.id)) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

export function nextByArrow(
  from: ScreenNode,
  neighbours: readonly ScreenNode[],
  others: readonly ScreenNode[],
  key: ArrowKey,
): string | null {
  return (bestToward(from, neighbours, key) ?? bestToward(from, others, key))?.id ?? null;
}

/**
 * Where a new actor goes: near the actors its claims link it to, on a spot where its disc touches
 * no other actor's disc. Pure geometry in graph coordinates; the caller converts the node sizes
 * drawn on screen into graph units, so "free" means free at the sizes the user sees now.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Disc extends Point {
  /** Radius in graph units. */
  r: number;
}

/** Rings tried around the ideal point, and points per ring (more on the outer rings). */
const RINGS = 60;
const POINTS_PER_RING = 12;

function centroid(points: readonly Point[]): Point {
  let x = 0;
  let y = 0;
  for (const point of points) {
    x += point.x;
    y += point.y;
  }
  return { x: x / points.length, y: y / points.length };
}

function clearOf(point: Point, radius: number, gap: number, taken: readonly Disc[]): boolean {
  return taken.every((disc) => Math.hypot(point.x - disc.x, point.y - disc.y) >= radius + disc.r + gap);
}

/**
 * The free spot closest to the ideal point (the centroid of `anchors`, else of every disc): the
 * ideal point itself when free, else the first free point on rings of growing radius around it,
 * each ring starting on the side away from the crowd. `gap` is the clearance kept between discs.
 */
export function freeSpot(
  anchors: readonly Point[],
  taken: readonly Disc[],
  radius: number,
  gap: number,
): Point {
  const ideal = anchors.length > 0 ? centroid(anchors) : taken.length > 0 ? centroid(taken) : { x: 0, y: 0 };
  if (clearOf(ideal, radius, gap, taken)) return ideal;
  const step = taken.reduce((largest, disc) => Math.max(largest, disc.r), radius + gap) || 1;
  // Start each ring at the direction pointing away from the nearest discs' mean, so the new actor
  // leans out of the cluster rather than into it.
  const near = taken.filter((disc) => Math.hypot(disc.x - ideal.x, disc.y - ideal.y) < 4 * step);
  const crowd = near.length > 0 ? centroid(near) : ideal;
  const away = Math.atan2(ideal.y - crowd.y, ideal.x - crowd.x) || 0;
  for (let ring = 1; ring <= RINGS; ring++) {
    const distance = ring * step * 0.5;
    const count = POINTS_PER_RING + 4 * ring;
    for (let i = 0; i < count; i++) {
      // Alternate sides of the preferred direction: 0, +1, -1, +2, -2, ...
      const k = i % 2 === 0 ? i / 2 : -(i + 1) / 2;
      const angle = away + (2 * Math.PI * k) / count;
      const point = { x: ideal.x + distance * Math.cos(angle), y: ideal.y + distance * Math.sin(angle) };
      if (clearOf(point, radius, gap, taken)) return point;
    }
  }
  // Everything near is full (a very dense graph): beyond the farthest disc, on the side away.
  const far = taken.reduce(
    (farthest, disc) => Math.max(farthest, Math.hypot(disc.x - ideal.x, disc.y - ideal.y) + disc.r),
    0,
  );
  const distance = far + radius + gap;
  return { x: ideal.x + distance * Math.cos(away), y: ideal.y + distance * Math.sin(away) };
}

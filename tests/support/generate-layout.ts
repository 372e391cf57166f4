import type { Actor } from "../../src/model/types";
import { round } from "./generate-actors";

/**
 * Positions that look like a finished force layout: sides in separate sectors, factions as blobs
 * inside them, actors scattered around their faction's centre.
 */
export function clusteredLayout(
  random: () => number,
  actors: readonly Actor[],
  factionOf: readonly number[],
  sideOfFaction: readonly number[],
  sideCount: number,
): Record<string, { x: number; y: number }> {
  const spread = Math.sqrt(actors.length) * 10;
  const centres = sideOfFaction.map((side) => {
    const angle = ((side + 0.15 + random() * 0.7) / sideCount) * 2 * Math.PI;
    const radius = spread * (0.2 + 0.8 * Math.sqrt(random()));
    return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
  });
  const layout: Record<string, { x: number; y: number }> = {};
  const blob = spread / Math.sqrt(Math.max(1, sideOfFaction.length)) / 1.5;
  actors.forEach((actor, i) => {
    const centre = centres[factionOf[i] as number] ?? { x: 0, y: 0 };
    // Box-Muller: gaussian scatter around the faction centre.
    const r = Math.sqrt(-2 * Math.log(1 - random())) * blob;
    const t = random() * 2 * Math.PI;
    layout[actor.id] = { x: round(centre.x + r * Math.cos(t), 2), y: round(centre.y + r * Math.sin(t), 2) };
  });
  return layout;
}

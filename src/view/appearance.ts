import { FALLBACK_COLOR } from "../model/build-graph";
import type { Certainty, NodeShape, Ontology } from "../model/types";

/**
 * How the graph looks, in one place: the colour and shape of each actor kind and relation (from the
 * ontology, with one fallback for what it does not know), node and edge sizes, the faded and
 * highlighted states, and the camp palette. The renderer, the legend and the panels read it.
 */

export { FALLBACK_COLOR };

/** Nodes and labels outside the focus. */
export const FADED_NODE = "#e4e6ea";
export const FADED_EDGE = "rgba(200, 204, 210, 0.35)";
export const LABEL_COLOR = "#15181d";
/** Drawn behind each label so it stays readable where it crosses a line. */
export const LABEL_HALO = "rgba(255, 255, 255, 0.9)";

/** Node sizes come from buildGraph (by degree, or an imported file's); on screen they are scaled up so shapes stay recognisable. */
export const NODE_SCALE = 1.4;

/** Edge width by certainty: what the text states plainly is drawn strongest. */
const EDGE_WIDTH: Record<Certainty, number> = { stated: 2.2, implied: 1.5, disputed: 1 };
/** Disputed claims are drawn faint as well as thin. */
export const DISPUTED_ALPHA = 0.45;

export function edgeWidth(certainty: Certainty): number {
  return EDGE_WIDTH[certainty];
}

/** A claim in the focus (a chain, a neighbourhood) is drawn a little wider than the rest. */
export function focusedEdgeWidth(width: number): number {
  return width + 1;
}

/** The claim chosen in a panel stands out from its focus. */
export function selectedEdgeWidth(width: number): number {
  return width * 2.5 + 1;
}

/** "#rrggbb" + opacity -> "rgba(r, g, b, a)". */
export function withAlpha(hex: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return hex;
  const [r, g, b] = [m[1], m[2], m[3]].map((part) => Number.parseInt(part ?? "0", 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

export interface KindAppearance {
  color: string;
  shape: NodeShape;
}

export function kindAppearance(ontology: Ontology, kind: string): KindAppearance {
  const found = ontology.nodeKinds.find((k) => k.id === kind);
  return { color: found?.color ?? FALLBACK_COLOR, shape: found?.shape ?? "disc" };
}

export function relationColor(ontology: Ontology, relation: string): string {
  return ontology.relationKinds.find((r) => r.id === relation)?.color ?? FALLBACK_COLOR;
}

/**
 * Paul Tol's "muted" scheme: distinguishable with the common colour-vision deficiencies (the first
 * camps are checked in the palette test).
 * The two largest camps get the pair farthest apart in lightness (indigo, rose).
 */
export const CAMP_PALETTE: readonly string[] = [
  "#332288",
  "#cc6677",
  "#117733",
  "#ddcc77",
  "#88ccee",
  "#882255",
  "#44aa99",
  "#999933",
  "#aa4499",
];
export const UNALIGNED_COLOR = "#a3a8b0";
export const PLACE_COLOR = "#e2e5ea";
export const FRUSTRATED_COLOR = "#e31a1c";
/** Colouring by camp dims the claims that do not break the split. */
export const DIMMED_EDGE_ALPHA = 0.55;

/** Camps beyond the palette reuse it in order (their legend rows still tell them apart). */
export function campColor(campIndex: number): string {
  return CAMP_PALETTE[campIndex % CAMP_PALETTE.length] ?? UNALIGNED_COLOR;
}

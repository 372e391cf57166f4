import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { ActorAttributes, ClaimAttributes, FaultlineGraph, GraphAttributes } from "../model/types";

/**
 * Large-graph mode: what the explorer changes once a graph is too big to draw and restyle item by
 * item at interactive speed (software WebGL on two cores). Pure decisions from the graph's size,
 * plus one function that applies them to a running sigma instance without copying any item.
 */

/** Above either threshold the explorer switches to large-graph mode. */
export const LARGE_GRAPH_NODES = 2_000;
export const LARGE_GRAPH_EDGES = 8_000;

/** How many of the best-connected actors keep a permanent label in large-graph mode. */
export const LABELLED_HUBS = 200;

export interface LargeGraphPlan {
  large: boolean;
  /** Sigma settings to merge in (empty for small graphs: the app's defaults stand). */
  settings: Partial<Settings<ActorAttributes, ClaimAttributes, GraphAttributes>>;
  /** Run ForceAtlas2 in its web worker with the Barnes-Hut approximation (O(n log n) repulsion). */
  barnesHut: boolean;
  /** Skip the load-time layout when the file carries positions for every actor. */
  useStoredPositions: boolean;
  /** ForceAtlas2 iterations at load time when positions are missing (run in the load worker). */
  loadLayoutIterations: number;
  /** Permanent labels only for this many hubs (plus hovered/selected/focused); null = sigma decides. */
  labelledHubs: number | null;
  /**
   * Whether hovering may fade the whole graph: that restyles every item (a full reducer pass), so
   * large graphs only highlight the hovered actor and its ties.
   */
  hoverFadesGraph: boolean;
  /**
   * Draw edges as plain lines, arrows only on edges the app brings forward (focus, selection):
   * with software WebGL the frame cost is the rasterised primitives, and arrow heads add one per edge.
   */
  plainEdges: boolean;
  /**
   * Factor on every node's size. Sizes are screen pixels; at 10k actors the usual sizes cover the
   * canvas several times over, which hides the structure and costs fill time under software WebGL.
   */
  nodeSizeScale: number;
}

/** Sigma edge program name of the 1-pixel lines (gl.LINES) that large graphs draw unfocused edges with. */
export const THIN_EDGE_TYPE = "thin";

export interface GraphSize {
  nodes: number;
  edges: number;
  /** Actors with a stored position (from the dataset's layout or GEXF viz:position). */
  positioned?: number;
}

export function isLargeGraph(size: GraphSize): boolean {
  return size.nodes > LARGE_GRAPH_NODES || size.edges > LARGE_GRAPH_EDGES;
}

/**
 * ForceAtlas2 iterations the load worker runs when positions are missing. Each Barnes-Hut iteration
 * costs about (n log n + m); the budget keeps the load-time layout to a few seconds at 50k/200k,
 * after which the user can run the live layout.
 */
export function loadLayoutIterations(size: GraphSize): number {
  const work = size.nodes * Math.log2(Math.max(2, size.nodes)) + size.edges;
  return Math.max(20, Math.min(300, Math.round(3e8 / Math.max(1, work) / 10)));
}

/** Shrinks nodes as the graph grows (about 1/sqrt(n) past the threshold), never below a quarter. */
export function largeNodeSizeScale(nodes: number): number {
  if (nodes <= LARGE_GRAPH_NODES) return 1;
  return Math.max(0.25, Math.sqrt(LARGE_GRAPH_NODES / nodes));
}

export function largeGraphPlan(size: GraphSize): LargeGraphPlan {
  const allPositioned = size.positioned !== undefined && size.positioned >= size.nodes;
  if (!isLargeGraph(size)) {
    return {
      large: false,
      settings: {},
      barnesHut: size.nodes > 500,
      useStoredPositions: allPositioned,
      loadLayoutIterations: loadLayoutIterations(size),
      labelledHubs: null,
      hoverFadesGraph: true,
      plainEdges: false,
      nodeSizeScale: 1,
    };
  }
  return {
    large: true,
    settings: {
      // Redrawing 100k+ edges per frame while panning is what makes a big graph stutter.
      hideEdgesOnMove: true,
      hideLabelsOnMove: true,
      // Edge picking renders every edge a second time into a picking buffer on each frame.
      enableEdgeEvents: false,
      // Few, readable labels: the label grid keeps at most one per cell, big nodes first.
      labelDensity: 0.35,
      labelGridCellSize: 150,
      // Only hubs keep labels (labelledHubs) and nodes are scaled down, so a low threshold is safe.
      labelRenderedSizeThreshold: 6,
      // Arrow heads and z-ordering cost a sort and extra vertices per edge.
      zIndex: false,
    },
    barnesHut: true,
    useStoredPositions: allPositioned,
    loadLayoutIterations: loadLayoutIterations(size),
    labelledHubs: LABELLED_HUBS,
    hoverFadesGraph: false,
    plainEdges: true,
    nodeSizeScale: largeNodeSizeScale(size.nodes),
  };
}

/** The `count` best-connected nodes (ties by key, so the choice is stable). */
export function topNodesByDegree(graph: FaultlineGraph, count: number): Set<string> {
  if (count <= 0) return new Set();
  // A bounded selection instead of sorting every node: O(n log count).
  const best: { node: string; degree: number }[] = [];
  const worse = (a: { node: string; degree: number }, b: { node: string; degree: number }) =>
    a.degree < b.degree || (a.degree === b.degree && a.node > b.node);
  graph.forEachNode((node) => {
    const entry = { node, degree: graph.degree(node) };
    if (best.length < count) {
      best.push(entry);
      if (best.length === count) best.sort((a, b) => (worse(a, b) ? -1 : 1));
      return;
    }
    const weakest = best[0];
    if (weakest === undefined || !worse(weakest, entry)) return;
    // Replace the weakest and restore ascending order by one insertion pass.
    best[0] = entry;
    for (let i = 0; i + 1 < best.length && worse(best[i + 1] as typeof entry, best[i] as typeof entry); i++) {
      [best[i], best[i + 1]] = [best[i + 1] as typeof entry, best[i] as typeof entry];
    }
  });
  return new Set(best.map((entry) => entry.node));
}

type FaultlineSigma = Sigma<ActorAttributes, ClaimAttributes, GraphAttributes>;

type NodeReducer = (node: string, attributes: ActorAttributes) => Partial<NodeDisplayData>;
type EdgeReducer = (edge: string, attributes: ClaimAttributes) => Partial<EdgeDisplayData>;

/**
 * The app's reducers wrapped for a plan: only hubs (or nodes the app highlights or forces) keep a
 * label, nodes shrink by the plan's scale and unfocused edges become thin lines. The wrappers only
 * read a precomputed set and edit the object the app's reducer already returned.
 */
export function largeGraphReducers(
  graph: FaultlineGraph,
  plan: LargeGraphPlan,
  nodeReducer: NodeReducer | null,
  edgeReducer: EdgeReducer | null,
): { nodeReducer: NodeReducer | null; edgeReducer: EdgeReducer | null } {
  if (!plan.large) return { nodeReducer, edgeReducer };
  const hubs = topNodesByDegree(graph, plan.labelledHubs ?? 0);
  const scale = plan.nodeSizeScale;
  const restrictLabels = plan.labelledHubs !== null;
  const wrappedNodes =
    !restrictLabels && scale === 1
      ? nodeReducer
      : (node: string, attributes: ActorAttributes): Partial<NodeDisplayData> => {
          const data: Partial<NodeDisplayData> = nodeReducer
            ? nodeReducer(node, attributes)
            : { ...attributes };
          const brought = data.forceLabel === true || data.highlighted === true;
          if (restrictLabels && !brought && !hubs.has(node)) data.label = null;
          // Focused and selected actors keep their full size, so a neighbourhood stands out.
          if (data.size !== undefined && !brought) data.size *= scale;
          return data;
        };
  const wrappedEdges = !plan.plainEdges
    ? edgeReducer
    : (edge: string, attributes: ClaimAttributes): Partial<EdgeDisplayData> => {
        const data: Partial<EdgeDisplayData> = edgeReducer
          ? edgeReducer(edge, attributes)
          : { ...attributes };
        // The app raises focused and selected edges above z-index 1: those keep their width and
        // arrows; the rest are 1-pixel lines (a quarter of the fill of a 2-pixel quad, no blending maths).
        if ((data.zIndex ?? 0) < 2) data.type = THIN_EDGE_TYPE;
        return data;
      };
  return { nodeReducer: wrappedNodes, edgeReducer: wrappedEdges };
}

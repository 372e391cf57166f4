import type { RenderInputs } from "./render-inputs";

/**
 * Which items a change of the renderer's inputs can restyle, so sigma re-runs its reducers on those
 * alone instead of every node and claim. Pure: compares the precomputed sets of two inputs.
 */

export type RenderDiff =
  | { kind: "full" }
  | {
      kind: "partial";
      nodes: string[];
      edges: string[];
      /**
       * Whether only claims were shown or hidden: they keep their program (type) and draw order, so
       * sigma can write them in place. Focus and selection change types (arrows) and z-order, and
       * an actor shown or hidden changes sigma's label grid: those need its full (reducer-free) pass.
       */
      inPlace: boolean;
    };

/** Adds to `out` what is in exactly one of the two sets; the same set object costs nothing. */
function addSymmetricDifference(a: ReadonlySet<string>, b: ReadonlySet<string>, out: Set<string>): void {
  if (a === b) return;
  for (const key of a) if (!b.has(key)) out.add(key);
  for (const key of b) if (!a.has(key)) out.add(key);
}

const EMPTY: ReadonlySet<string> = new Set();

/**
 * `limit`: above this many changed items a full refresh is as cheap (and simpler for sigma) as
 * updating them one by one.
 */
export function renderDiff(previous: RenderInputs, next: RenderInputs, limit: number): RenderDiff {
  if (previous.style !== next.style) return { kind: "full" };
  // Fading starts or stops: every item outside the focus changes colour.
  if ((previous.focus === null) !== (next.focus === null)) return { kind: "full" };
  const nodes = new Set<string>();
  const edges = new Set<string>();
  addSymmetricDifference(previous.visibility.hiddenNodes, next.visibility.hiddenNodes, nodes);
  addSymmetricDifference(previous.visibility.hiddenEdges, next.visibility.hiddenEdges, edges);
  const visibilityOnly =
    previous.focus === next.focus &&
    previous.selected === next.selected &&
    previous.selectedClaim === next.selectedClaim;
  addSymmetricDifference(previous.focus?.nodes ?? EMPTY, next.focus?.nodes ?? EMPTY, nodes);
  addSymmetricDifference(previous.focus?.edges ?? EMPTY, next.focus?.edges ?? EMPTY, edges);
  for (const node of [previous.selected, next.selected]) if (node !== null) nodes.add(node);
  for (const edge of [previous.selectedClaim, next.selectedClaim]) if (edge !== null) edges.add(edge);
  if (nodes.size + edges.size > limit) return { kind: "full" };
  return {
    kind: "partial",
    nodes: [...nodes],
    edges: [...edges],
    inPlace: visibilityOnly && nodes.size === 0,
  };
}

import { type ArrowKey, isArrowKey, nextByArrow, type ScreenNode } from "../view/keyboard-nav";
import type { AppContext, Panel } from "./context";
import { byId } from "./dom";

/**
 * The graph by keyboard: the canvas takes focus; the keyboard cursor starts on the selected actor
 * (or the best connected one), arrow keys move it to the neighbour in that direction, Enter or
 * Space selects it, Escape lets go. The cursor is shown as a hover (its neighbourhood lit) and
 * announced in words.
 */
export function mountGraphKeyboard(ctx: AppContext): Panel {
  const container = byId("graph");
  const announcer = byId("graph-status");
  container.tabIndex = 0;
  container.setAttribute("role", "application");
  container.setAttribute("aria-roledescription", "graph");
  container.setAttribute(
    "aria-label",
    "Actor graph. Arrow keys move between neighbours, Enter selects, Escape lets go.",
  );
  let cursor: string | null = null;

  const shown = (node: string) => !ctx.derived().visibility.hiddenNodes.has(node);
  const onScreen = (node: string): ScreenNode => {
    const point = ctx.view.sigma.graphToViewport(ctx.graph().getNodeAttributes(node));
    return { id: node, x: point.x, y: point.y };
  };
  const describe = (node: string) => {
    const graph = ctx.graph();
    const attributes = graph.getNodeAttributes(node);
    const kind =
      ctx.loaded().ontology.nodeKinds.find((k) => k.id === attributes.kind)?.label ?? attributes.kind;
    const { hiddenEdges } = ctx.derived().visibility;
    const claims = graph.edges(node).filter((edge) => !hiddenEdges.has(edge)).length;
    const neighbours = graph.neighbors(node).filter(shown).length;
    return `${attributes.label}, ${kind}: ${claims} claim${claims === 1 ? "" : "s"}, ${neighbours} neighbour${neighbours === 1 ? "" : "s"}.`;
  };
  const keepInView = (node: string) => {
    const { x, y } = onScreen(node);
    const { width, height } = ctx.view.sigma.getDimensions();
    if (x < 20 || y < 20 || x > width - 20 || y > height - 20) {
      const ratio = ctx.view.sigma.getCamera().ratio;
      ctx.view.frame([node], { minRatio: ratio, maxRatio: ratio });
    }
  };
  const moveCursor = (node: string | null) => {
    cursor = node;
    ctx.store.set({ hovered: node });
    if (node === null) return;
    keepInView(node);
    announcer.textContent = describe(node);
  };
  const startingPoint = (): string | null => {
    const selected = ctx.store.get().selected;
    if (selected !== null && ctx.graph().hasNode(selected) && shown(selected)) return selected;
    let best: string | null = null;
    let bestDegree = -1;
    ctx.graph().forEachNode((node) => {
      const degree = ctx.graph().degree(node);
      if (shown(node) && degree > bestDegree) {
        best = node;
        bestDegree = degree;
      }
    });
    return best;
  };
  const step = (key: ArrowKey) => {
    if (cursor === null || !ctx.graph().hasNode(cursor)) return moveCursor(startingPoint());
    const graph = ctx.graph();
    const from = onScreen(cursor);
    const neighbours = graph.neighbors(cursor).filter(shown).map(onScreen);
    const others = graph.filterNodes(shown).map(onScreen);
    const next = nextByArrow(from, neighbours, others, key);
    if (next !== null) moveCursor(next);
  };

  container.addEventListener("focus", () => {
    if (cursor === null || !ctx.graph().hasNode(cursor)) moveCursor(startingPoint());
    else moveCursor(cursor);
  });
  container.addEventListener("blur", () => {
    if (ctx.store.get().hovered === cursor) ctx.store.set({ hovered: null });
  });
  container.addEventListener("keydown", (event) => {
    if (isArrowKey(event.key)) {
      event.preventDefault();
      step(event.key);
    } else if ((event.key === "Enter" || event.key === " ") && cursor !== null) {
      event.preventDefault();
      ctx.selectActor(cursor, { move: false });
      announcer.textContent = `Selected ${describe(cursor)}`;
    } else if (event.key === "Escape" && cursor !== null) {
      moveCursor(null);
      announcer.textContent = "";
    }
  });

  return {
    render(_state, _previous, datasetChanged) {
      if (datasetChanged) cursor = null;
    },
  };
}

import { describe, expect, it } from "vitest";
import type { GraphStyle } from "../../src/view/graph-style";
import { renderDiff } from "../../src/view/render-diff";
import type { RenderInputs } from "../../src/view/render-inputs";

const style: GraphStyle = { nodes: new Map(), edges: new Map() };

function inputs(overrides: Partial<RenderInputs> = {}): RenderInputs {
  return {
    style,
    visibility: { filter: {}, hiddenNodes: new Set(), hiddenEdges: new Set() },
    focus: null,
    selected: null,
    selectedClaim: null,
    labels: "auto",
    ...overrides,
  };
}

describe("renderDiff", () => {
  it("restyles in place only the claims a relation toggle shows or hides", () => {
    const before = inputs({
      visibility: { filter: {}, hiddenNodes: new Set(), hiddenEdges: new Set(["e1", "e2"]) },
    });
    const after = inputs({
      visibility: { filter: {}, hiddenNodes: new Set(), hiddenEdges: new Set(["e2", "e3"]) },
    });
    const diff = renderDiff(before, after, 100);
    expect(diff).toMatchObject({ kind: "partial", nodes: [], inPlace: true });
    expect(diff.kind === "partial" && new Set(diff.edges)).toEqual(new Set(["e1", "e3"]));
  });

  it("asks for sigma's own pass when actors are shown or hidden (its label grid) or the focus moves", () => {
    const hiddenActor = renderDiff(
      inputs(),
      inputs({ visibility: { filter: {}, hiddenNodes: new Set(["a"]), hiddenEdges: new Set() } }),
      100,
    );
    expect(hiddenActor).toEqual({ kind: "partial", nodes: ["a"], edges: [], inPlace: false });
    const focusA = { nodes: new Set(["a", "b"]), edges: new Set(["ab"]) };
    const focusC = { nodes: new Set(["c", "b"]), edges: new Set(["cb"]) };
    const moved = renderDiff(
      inputs({ focus: focusA, selected: "a" }),
      inputs({ focus: focusC, selected: "c" }),
      100,
    );
    expect(moved.kind).toBe("partial");
    if (moved.kind === "partial") {
      expect(new Set(moved.nodes)).toEqual(new Set(["a", "c"]));
      expect(new Set(moved.edges)).toEqual(new Set(["ab", "cb"]));
      expect(moved.inPlace).toBe(false);
    }
  });

  it("refreshes everything when fading starts or stops, the style changes or too much changed", () => {
    const focus = { nodes: new Set(["a"]), edges: new Set<string>() };
    expect(renderDiff(inputs(), inputs({ focus }), 100).kind).toBe("full");
    expect(renderDiff(inputs({ focus }), inputs(), 100).kind).toBe("full");
    expect(renderDiff(inputs(), inputs({ style: { nodes: new Map(), edges: new Map() } }), 100).kind).toBe(
      "full",
    );
    const many = inputs({
      visibility: { filter: {}, hiddenNodes: new Set(), hiddenEdges: new Set(["1", "2", "3"]) },
    });
    expect(renderDiff(inputs(), many, 2).kind).toBe("full");
    expect(renderDiff(inputs(), inputs(), 2)).toEqual({
      kind: "partial",
      nodes: [],
      edges: [],
      inPlace: true,
    });
  });
});

import { describe, expect, it } from "vitest";
import { type LabelCandidate, labelBox, placeLabels } from "../../src/view/label-placement";

function candidate(id: string, x: number, y: number, priority = 0, size = 5): LabelCandidate {
  return { id, x, y, size, width: 80, height: 14, priority };
}

const canvas = { width: 400, height: 300 };

function overlap(a: ReturnType<typeof labelBox>, b: ReturnType<typeof labelBox>): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe("placeLabels", () => {
  it("puts a label on the right when it is free, else on another free side", () => {
    const placed = placeLabels([candidate("a", 100, 100, 0, 8), candidate("b", 230, 100)], {
      ...canvas,
      density: "auto",
      everyLabel: false,
    });
    expect(placed.get("a")).toBe("right");
    // b's right is free too; a, bigger, went first.
    expect(placed.get("b")).toBe("right");
    const crowded = placeLabels([candidate("a", 100, 100, 0, 8), candidate("b", 110, 100)], {
      ...canvas,
      density: "auto",
      everyLabel: false,
    });
    // Neither label covers the other's node: a's right would cover b, so a goes left and b right.
    expect(crowded.get("a")).toBe("left");
    expect(crowded.get("b")).toBe("right");
  });

  it("keeps labels off every node drawn, labelled or not", () => {
    const labelled = [candidate("a", 100, 100, 0, 8)];
    // An unlabelled node (faded, say) just right of a: the label goes to a free side instead.
    const obstacles = [
      { id: "a", x: 100, y: 100, size: 8 },
      { id: "o", x: 150, y: 100, size: 6 },
    ];
    const placed = placeLabels(labelled, { ...canvas, density: "auto", everyLabel: false, obstacles });
    const box = labelBox(labelled[0]!, placed.get("a")!);
    expect(placed.get("a")).not.toBe("right");
    expect(box.right < 144 || box.left > 156 || box.bottom < 94 || box.top > 106).toBe(true);
  });

  it("never lets two placed labels overlap on a crowded canvas, and keeps them on it", () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      candidate(`n${i}`, (i * 37) % 400, (i * 53) % 300, 0, 3),
    );
    const placed = placeLabels(many, { ...canvas, density: "auto", everyLabel: false });
    expect(placed.size).toBeGreaterThan(5);
    expect(placed.size).toBeLessThan(60);
    const boxes = [...placed].map(([id, side]) => labelBox(many.find((c) => c.id === id)!, side));
    for (const box of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(canvas.width);
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
  });

  it("shows every label on a small graph, and the selection always", () => {
    const pile = [
      ...Array.from({ length: 20 }, (_, i) => candidate(`n${i}`, 200 + (i % 3), 150 + (i % 2))),
      candidate("s", 203, 150, 2),
    ];
    expect(placeLabels(pile, { ...canvas, density: "auto", everyLabel: true }).size).toBe(21);
    const big = placeLabels(pile, { ...canvas, density: "auto", everyLabel: false });
    expect(big.has("s")).toBe(true);
    expect(big.size).toBeLessThan(21);
  });

  it("density: all, the larger third, or only the selection and focus", () => {
    const row = Array.from({ length: 9 }, (_, i) => candidate(`n${i}`, 20, 20 + i * 30, 0, 9 - i));
    const options = { ...canvas, everyLabel: false };
    expect(placeLabels(row, { ...options, density: "all" }).size).toBe(9);
    expect([...placeLabels(row, { ...options, density: "few" }).keys()]).toEqual(["n0", "n1", "n2"]);
    const focused = [...row, candidate("f", 300, 200, 1)];
    expect([...placeLabels(focused, { ...options, density: "none" }).keys()]).toEqual(["f"]);
    // Off the canvas: no label.
    expect(placeLabels([candidate("far", -500, 100)], { ...options, density: "all" }).size).toBe(0);
  });
});

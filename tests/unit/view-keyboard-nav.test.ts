import { describe, expect, it } from "vitest";
import { isArrowKey, nextByArrow } from "../../src/view/keyboard-nav";

const at = (id: string, x: number, y: number) => ({ id, x, y });

describe("nextByArrow", () => {
  const from = at("a", 100, 100);
  const neighbours = [at("east", 200, 110), at("north", 95, 20), at("south-west", 40, 170)];
  const others = [...neighbours, at("far-east", 400, 100), at("west", 10, 100)];

  it("goes to the neighbour in the arrow's direction", () => {
    expect(nextByArrow(from, neighbours, others, "ArrowRight")).toBe("east");
    expect(nextByArrow(from, neighbours, others, "ArrowUp")).toBe("north");
    expect(nextByArrow(from, neighbours, others, "ArrowDown")).toBe("south-west");
  });

  it("with no neighbour that way, the nearest other actor that way; else nothing", () => {
    expect(nextByArrow(from, neighbours, others, "ArrowLeft")).toBe("south-west");
    expect(nextByArrow(from, [at("east", 200, 100)], others, "ArrowLeft")).toBe("west");
    expect(nextByArrow(from, [], [], "ArrowLeft")).toBeNull();
  });

  it("prefers a node straight ahead over a nearer one far off the line", () => {
    const ahead = [at("ahead", 180, 100), at("aside", 130, 150)];
    expect(nextByArrow(from, ahead, ahead, "ArrowRight")).toBe("ahead");
  });

  it("knows the arrow keys", () => {
    expect(isArrowKey("ArrowUp")).toBe(true);
    expect(isArrowKey("Enter")).toBe(false);
  });
});

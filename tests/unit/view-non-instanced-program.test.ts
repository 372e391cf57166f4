import { describe, expect, it } from "vitest";
import { nonInstanced } from "../../src/view/non-instanced-program";

const FLOAT = 0x1406;

/** Stands in for a sigma instanced program: two floats of item data, one constant float per vertex. */
class FakeInstancedProgram {
  array = new Float32Array(0);
  constructor(_gl?: unknown, _picking?: unknown, _renderer?: unknown) {}
  getDefinition() {
    return {
      VERTICES: 3,
      ATTRIBUTES: [
        { name: "a_position", size: 1, type: FLOAT },
        { name: "a_size", size: 1, type: FLOAT },
      ],
      CONSTANT_ATTRIBUTES: [{ name: "a_corner", size: 1, type: FLOAT }],
      CONSTANT_DATA: [[-1], [0], [1]],
    };
  }
  processVisibleItem(index: number, start: number, data: { x: number; size: number }) {
    this.array[start] = data.x + index;
    this.array[start + 1] = data.size;
  }
}

describe("nonInstanced", () => {
  it("declares the constant attributes as per-vertex ones and drops the instancing keys", () => {
    const Program = nonInstanced(FakeInstancedProgram);
    const definition = new Program().getDefinition() as Record<string, unknown>;
    expect(definition.CONSTANT_ATTRIBUTES).toBeUndefined();
    expect(definition.CONSTANT_DATA).toBeUndefined();
    expect((definition.ATTRIBUTES as { name: string }[]).map((a) => a.name)).toEqual([
      "a_position",
      "a_size",
      "a_corner",
    ]);
  });

  it("writes the item's data once per vertex, each followed by that vertex's constant data", () => {
    const Program = nonInstanced(FakeInstancedProgram);
    const program = new Program();
    // Two items of 3 vertices x 3 floats; the second starts at float 9.
    program.array = new Float32Array(18).fill(99);
    program.processVisibleItem(10, 9, { x: 5, size: 2 });
    expect([...program.array.slice(0, 9)]).toEqual(new Array(9).fill(99));
    expect([...program.array.slice(9)]).toEqual([15, 2, -1, 15, 2, 0, 15, 2, 1]);
  });
});

/**
 * Sigma's programs draw each node or edge as one instance of a small constant shape
 * (drawArraysInstanced). Under SwiftShader, the software WebGL of headless and GPU-less machines,
 * an instanced draw of 40 000 quads took ~1 s where the same quads as plain vertices took ~70 ms:
 * it sets up every instance as its own draw. This wraps an instanced program class into one that
 * writes the constant per-vertex data next to each item's data and draws plain triangles; the
 * shaders, attributes and per-item code stay the program's own.
 */

// Sigma's program classes are generic over uniforms and graph attributes; only these members matter.
interface InstancedDefinition {
  VERTICES: number;
  ATTRIBUTES: readonly { name: string; size: number; type: number; normalized?: boolean }[];
  CONSTANT_ATTRIBUTES?: readonly { name: string; size: number; type: number; normalized?: boolean }[];
  CONSTANT_DATA?: readonly (readonly number[])[];
  [key: string]: unknown;
}

interface ProgramInstance {
  array: Float32Array;
  getDefinition(): InstancedDefinition;
  processVisibleItem(index: never, start: never, a: never, b: never, c: never): void;
}

/** Floats per item, as sigma counts them: a normalized attribute (packed colour, id) is one float. */
function itemsCount(attributes: InstancedDefinition["ATTRIBUTES"]): number {
  let count = 0;
  for (const attribute of attributes) count += attribute.normalized ? 1 : attribute.size;
  return count;
}

// biome-ignore lint/suspicious/noExplicitAny: sigma's Program constructors take (gl, pickingBuffer, renderer).
type Constructor<T> = new (...args: any[]) => T;

/** `Base`: an instanced sigma node or edge program class (one with CONSTANT_ATTRIBUTES). */
export function nonInstanced<C extends abstract new (...args: never[]) => object>(Base: C): C {
  const Program = Base as unknown as Constructor<ProgramInstance>;
  class NonInstancedProgram extends Program {
    /** One item's instanced data, written by the base program before it is copied per vertex. */
    private itemScratch?: Float32Array;
    private constantRows?: Float32Array[];
    private vertices = 0;

    override getDefinition(): InstancedDefinition {
      const { CONSTANT_ATTRIBUTES, CONSTANT_DATA, ...definition } = super.getDefinition();
      // Without CONSTANT_ATTRIBUTES sigma draws plain vertices; the constant ones become per-vertex.
      return { ...definition, ATTRIBUTES: [...definition.ATTRIBUTES, ...(CONSTANT_ATTRIBUTES ?? [])] };
    }

    // Fixed parameters rather than rest/spread: this runs once per drawn item. Nodes pass
    // (index, start, data); edges (index, start, sourceData, targetData, data).
    override processVisibleItem(index: never, start: never, a: never, b: never, c: never): void {
      if (this.itemScratch === undefined || this.constantRows === undefined) {
        const base = super.getDefinition();
        this.itemScratch = new Float32Array(itemsCount(base.ATTRIBUTES));
        this.constantRows = (base.CONSTANT_DATA ?? []).map((row) => Float32Array.from(row));
        this.vertices = base.VERTICES;
      }
      const item = this.itemScratch;
      const constantRows = this.constantRows;
      const target = this.array;
      // The base program writes into `this.array` at the index it is given: point it at the scratch row.
      this.array = item;
      try {
        super.processVisibleItem(index, 0 as never, a, b, c);
      } finally {
        this.array = target;
      }
      let i = start as number;
      for (let vertex = 0; vertex < this.vertices; vertex++) {
        for (let k = 0; k < item.length; k++) target[i++] = item[k] as number;
        const row = constantRows[vertex];
        if (row !== undefined) for (let k = 0; k < row.length; k++) target[i++] = row[k] as number;
      }
    }
  }
  return NonInstancedProgram as unknown as C;
}

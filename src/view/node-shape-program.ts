import type { Attributes } from "graphology-types";
import { NodeProgram } from "sigma/rendering";
import type { NodeDisplayData, RenderParams } from "sigma/types";
import { floatColor } from "sigma/utils";
import type { NodeShape } from "../model/types";
import { nonInstanced } from "./non-instanced-program";

/**
 * The sigma node program drawing a node as a disc, square, triangle or diamond with a dark outline,
 * so a node's kind reads from its shape as well as its colour (the shape survives greyscale and
 * colour blindness). One program for every shape, the shape an attribute (`shape` in the node's
 * display data): under software WebGL each distinct program costs ~60-200 ms to compile at its
 * first draw, twice (normal and picking), so four programs cost the first frame about a second.
 *
 * Each node is a screen-aligned quad; the fragment shader keeps the pixels inside the shape's
 * signed distance and darkens a thin band at its edge.
 */

/** The sigma node type of the one shape program. */
export const NODE_SHAPE_TYPE = "shape";

/** The shape's number in the a_shape attribute (the fragment shader's branch). */
const SHAPE_INDEX: Record<NodeShape, number> = { disc: 0, square: 1, triangle: 2, diamond: 3 };

const { UNSIGNED_BYTE, FLOAT } = WebGLRenderingContext;

/** The quad extends a bit past the disc so the triangle and diamond tips fit. */
const QUAD_EXTENT = 1.35;

const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_position;
attribute float a_size;
attribute vec2 a_corner;
attribute float a_shape;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;

varying vec4 v_color;
varying vec2 v_uv;
varying float v_pixel;
varying float v_shape;

const float bias = 255.0 / 254.0;

void main() {
  float radius = a_size * u_correctionRatio / u_sizeRatio * 2.0;
  vec2 position = a_position + a_corner * radius * ${QUAD_EXTENT.toFixed(2)};
  gl_Position = vec4((u_matrix * vec3(position, 1)).xy, 0, 1);
  v_uv = a_corner * ${QUAD_EXTENT.toFixed(2)};
  // One screen pixel, in units of the node's radius.
  v_pixel = u_correctionRatio / radius;
  v_shape = a_shape;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

// Signed distances, by a_shape: disc, square, diamond, and an equilateral triangle pointing up
// (the intersection of three half-planes, inradius 0.62).
const FRAGMENT_SHADER = /* glsl */ `
precision highp float;

varying vec4 v_color;
varying vec2 v_uv;
varying float v_pixel;
varying float v_shape;

float shapeDistance(vec2 p) {
  if (v_shape < 0.5) return length(p) - 1.0;
  if (v_shape < 1.5) {
    vec2 q = abs(p);
    return max(q.x, q.y) - 0.88;
  }
  if (v_shape < 2.5) {
    p.y += 0.2;
    return max(-p.y, max(dot(p, vec2(0.8660254, 0.5)), dot(p, vec2(-0.8660254, 0.5)))) - 0.62;
  }
  vec2 q = abs(p);
  return (q.x + q.y - 1.25) * 0.70710678;
}

void main(void) {
  float d = shapeDistance(v_uv);
  #ifdef PICKING_MODE
  if (d > 0.0) discard;
  gl_FragColor = v_color;
  #else
  float aa = v_pixel * 1.2;
  float outline = v_pixel * 1.6;
  float alpha = 1.0 - smoothstep(-aa, 0.0, d);
  if (alpha <= 0.0) discard;
  vec3 edge = v_color.rgb * 0.35;
  float inside = smoothstep(-outline - aa, -outline, d);
  vec3 rgb = mix(v_color.rgb, edge, inside);
  gl_FragColor = vec4(rgb, v_color.a) * alpha;
  #endif
}
`;

const UNIFORMS = ["u_sizeRatio", "u_correctionRatio", "u_matrix"] as const;
type Uniform = (typeof UNIFORMS)[number];

/** Node display data as the app's reducer returns it: sigma keeps extra fields such as `shape`. */
type ShapedNodeData = NodeDisplayData & { shape?: NodeShape };

export function createNodeShapeProgram<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
>() {
  return class NodeShapeProgram extends NodeProgram<Uniform, N, E, G> {
    getDefinition() {
      return {
        VERTICES: 6,
        VERTEX_SHADER_SOURCE: VERTEX_SHADER,
        FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
        METHOD: WebGLRenderingContext.TRIANGLES,
        UNIFORMS,
        ATTRIBUTES: [
          { name: "a_position", size: 2, type: FLOAT },
          { name: "a_size", size: 1, type: FLOAT },
          { name: "a_color", size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: "a_id", size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: "a_shape", size: 1, type: FLOAT },
        ],
        CONSTANT_ATTRIBUTES: [{ name: "a_corner", size: 2, type: FLOAT }],
        CONSTANT_DATA: [
          [-1, -1],
          [1, -1],
          [1, 1],
          [-1, -1],
          [1, 1],
          [-1, 1],
        ],
      };
    }

    processVisibleItem(nodeIndex: number, startIndex: number, data: ShapedNodeData) {
      const array = this.array;
      let i = startIndex;
      array[i++] = data.x;
      array[i++] = data.y;
      array[i++] = data.size;
      array[i++] = floatColor(data.color);
      array[i++] = nodeIndex;
      array[i++] = SHAPE_INDEX[data.shape ?? "disc"] ?? 0;
    }

    setUniforms(
      params: RenderParams,
      {
        gl,
        uniformLocations,
      }: { gl: WebGLRenderingContext; uniformLocations: Record<Uniform, WebGLUniformLocation> },
    ) {
      gl.uniform1f(uniformLocations.u_correctionRatio, params.correctionRatio);
      gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
      gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
    }
  };
}

export function nodeShapePrograms<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
>() {
  // Plain triangles, not instances: see non-instanced-program.ts (software WebGL).
  return { [NODE_SHAPE_TYPE]: nonInstanced(createNodeShapeProgram<N, E, G>()) };
}

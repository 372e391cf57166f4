import type { Attributes } from "graphology-types";
import { EdgeRectangleProgram } from "sigma/rendering";
import type { RenderParams } from "sigma/types";

/**
 * Sigma's rectangle edge with a dash: the vertex shader passes each fragment's distance along the
 * edge in device pixels, and the fragment shader leaves out the gaps. The explorer draws undated
 * claims with it, so a claim with no date never looks like one the reporting dates.
 */

/** Dash and gap in CSS pixels. */
const DASH = 5;
const GAP = 4;

const VERTEX = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_normal;
attribute float a_normalCoef;
attribute vec2 a_positionStart;
attribute vec2 a_positionEnd;
attribute float a_positionCoef;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_zoomRatio;
uniform float u_pixelRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform float u_feather;
uniform vec2 u_resolution;

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_along;
varying float v_pixelRatio;

const float opaque = 255.0 / 254.0;

void main() {
  vec2 side = a_normal * a_normalCoef;
  // At least the minimum thickness on screen, whatever the zoom.
  float halfWidth = max(length(side), u_minEdgeThickness * u_sizeRatio);
  vec2 unitSide = side / max(length(side), 1e-9);
  float clipWidth = halfWidth * u_correctionRatio / u_sizeRatio;
  vec2 position = mix(a_positionStart, a_positionEnd, a_positionCoef);
  gl_Position = vec4((u_matrix * vec3(position + unitSide * clipWidth, 1.0)).xy, 0.0, 1.0);

  vec2 startPixels = (u_matrix * vec3(a_positionStart, 1.0)).xy * u_resolution * 0.5;
  vec2 endPixels = (u_matrix * vec3(a_positionEnd, 1.0)).xy * u_resolution * 0.5;
  v_along = a_positionCoef * length(endPixels - startPixels);
  v_pixelRatio = u_pixelRatio;

  v_thickness = clipWidth / u_zoomRatio;
  v_normal = unitSide;
  v_feather = u_feather * u_correctionRatio / u_zoomRatio / u_pixelRatio * 2.0;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= opaque;
}
`;

const FRAGMENT = /* glsl */ `
precision mediump float;

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_along;
varying float v_pixelRatio;

void main(void) {
  // The pixel ratio comes as a varying: a uniform shared by both shaders must have one precision.
  if (mod(v_along, ${(DASH + GAP).toFixed(1)} * v_pixelRatio) > ${DASH.toFixed(1)} * v_pixelRatio) discard;
  #ifdef PICKING_MODE
  gl_FragColor = v_color;
  #else
  float edge = smoothstep(v_thickness - v_feather, v_thickness, length(v_normal) * v_thickness);
  gl_FragColor = mix(v_color, vec4(0.0), edge);
  #endif
}
`;

type Locations = { gl: WebGLRenderingContext; uniformLocations: Record<string, WebGLUniformLocation> };

export function createDashedEdgeProgram<N extends Attributes, E extends Attributes, G extends Attributes>() {
  return class DashedEdgeProgram extends EdgeRectangleProgram<N, E, G> {
    override getDefinition() {
      const base = super.getDefinition();
      return {
        ...base,
        VERTEX_SHADER_SOURCE: VERTEX,
        FRAGMENT_SHADER_SOURCE: FRAGMENT,
        // Sigma types the rectangle's uniform list as exactly its own; this program has one more.
        UNIFORMS: [...base.UNIFORMS, "u_resolution"] as unknown as typeof base.UNIFORMS,
      };
    }

    override setUniforms(params: RenderParams, context: Locations): void {
      super.setUniforms(params, context as Parameters<EdgeRectangleProgram<N, E, G>["setUniforms"]>[1]);
      const location = context.uniformLocations.u_resolution;
      if (location !== undefined)
        context.gl.uniform2f(location, params.width * params.pixelRatio, params.height * params.pixelRatio);
    }
  };
}

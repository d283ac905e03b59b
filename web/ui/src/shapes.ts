// A sigma node program that draws each node as a shape (circle, square,
// diamond, triangle, hexagon) with an outline, so that kind is shown by
// shape and role by colour: colour is never the only carrier of meaning.
import { NodeProgram } from "sigma/rendering";
import type { NodeDisplayData, RenderParams } from "sigma/types";
import { floatColor } from "sigma/utils";

export const SHAPES = { circle: 0, square: 1, diamond: 2, triangle: 3, hexagon: 4 } as const;
export type Shape = keyof typeof SHAPES;

const VERTEX = /*glsl*/ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_position;
attribute float a_size;
attribute float a_shape;
attribute float a_angle;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;

varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;
varying float v_shape;

const float bias = 255.0 / 254.0;

void main() {
  float size = a_size * u_correctionRatio / u_sizeRatio * 4.0;
  vec2 diffVector = size * vec2(cos(a_angle), sin(a_angle));
  vec2 position = a_position + diffVector;
  gl_Position = vec4((u_matrix * vec3(position, 1)).xy, 0, 1);
  v_diffVector = diffVector;
  v_radius = size / 2.0;
  v_shape = a_shape;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

const FRAGMENT = /*glsl*/ `
precision highp float;

varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;
varying float v_shape;

uniform float u_correctionRatio;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

// 1.0 on the shape's boundary, < 1 inside, in units of the node's radius.
float shapeDistance(vec2 p) {
  if (v_shape < 0.5) return length(p);
  if (v_shape < 1.5) return max(abs(p.x), abs(p.y)) / 0.78;
  if (v_shape < 2.5) return (abs(p.x) + abs(p.y)) / 1.05;
  if (v_shape < 3.5) {
    float d = max(-p.y, max(0.866 * p.x + 0.5 * p.y, -0.866 * p.x + 0.5 * p.y));
    return (d + 0.12) / 0.6;
  }
  vec2 q = abs(p);
  return max(q.x * 0.866 + q.y * 0.5, q.y) / 0.92;
}

void main(void) {
  float border = u_correctionRatio * 2.0;
  vec2 p = v_diffVector / v_radius;
  float dist = (shapeDistance(p) - 1.0) * v_radius + border;

  #ifdef PICKING_MODE
  if (dist > border) gl_FragColor = transparent;
  else gl_FragColor = v_color;
  #else
  float t = 0.0;
  if (dist > border) t = 1.0;
  else if (dist > 0.0) t = dist / border;
  // A darker outline makes each shape legible on any background.
  float outline = u_correctionRatio * 3.0;
  vec4 c = v_color;
  if (dist > -outline) c = vec4(v_color.rgb * 0.45, v_color.a);
  gl_FragColor = mix(c, transparent, t);
  #endif
}
`;

const { UNSIGNED_BYTE, FLOAT } = WebGLRenderingContext;
const UNIFORMS = ["u_sizeRatio", "u_correctionRatio", "u_matrix"] as const;

export class NodeShapeProgram extends NodeProgram<(typeof UNIFORMS)[number]> {
  getDefinition() {
    return {
      VERTICES: 3,
      VERTEX_SHADER_SOURCE: VERTEX,
      FRAGMENT_SHADER_SOURCE: FRAGMENT,
      METHOD: WebGLRenderingContext.TRIANGLES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: "a_position", size: 2, type: FLOAT },
        { name: "a_size", size: 1, type: FLOAT },
        { name: "a_shape", size: 1, type: FLOAT },
        { name: "a_color", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_id", size: 4, type: UNSIGNED_BYTE, normalized: true },
      ],
      CONSTANT_ATTRIBUTES: [{ name: "a_angle", size: 1, type: FLOAT }],
      CONSTANT_DATA: [[0], [(2 * Math.PI) / 3], [(4 * Math.PI) / 3]],
    };
  }

  processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData & { shape?: Shape }) {
    const array = this.array;
    array[startIndex++] = data.x;
    array[startIndex++] = data.y;
    array[startIndex++] = data.size;
    array[startIndex++] = SHAPES[data.shape ?? "circle"] ?? 0;
    array[startIndex++] = floatColor(data.color);
    array[startIndex++] = nodeIndex;
  }

  setUniforms(params: RenderParams, { gl, uniformLocations }: { gl: WebGLRenderingContext; uniformLocations: Record<string, WebGLUniformLocation> }) {
    gl.uniform1f(uniformLocations.u_correctionRatio, params.correctionRatio);
    gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
    gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
  }
}

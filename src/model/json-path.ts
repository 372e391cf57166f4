/**
 * JSON paths for error messages: `$`, then `.key` for identifier-like keys, `["odd-key"]` for others
 * and `[i]` for array indices, e.g. `$.claims[3].evidence[0].quote` or `$.layout["assad-government"]`.
 */

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export type PathSegment = string | number;

/** The path of a child of the value at `path`. */
export function childPath(path: string, segment: PropertyKey): string {
  if (typeof segment === "number") return `${path}[${segment}]`;
  if (typeof segment === "string" && IDENTIFIER.test(segment)) return `${path}.${segment}`;
  return `${path}[${JSON.stringify(String(segment))}]`;
}

export function jsonPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>(childPath, "$");
}

/**
 * JSON paths for error messages: `$`, then `.key` for identifier-like keys, `["odd-key"]` for others
 * and `[i]` for array indices, e.g. `$.claims[3].evidence[0].quote` or `$.layout["assad-government"]`.
 */

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export type PathSegment = string | number;

export function jsonPath(segments: readonly PropertyKey[]): string {
  let path = "$";
  for (const segment of segments) {
    if (typeof segment === "number") path += `[${segment}]`;
    else if (typeof segment === "string" && IDENTIFIER.test(segment)) path += `.${segment}`;
    else path += `[${JSON.stringify(String(segment))}]`;
  }
  return path;
}

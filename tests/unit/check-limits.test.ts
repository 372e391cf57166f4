import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOversize, limitProblems, MAX_FILE_LINES, MAX_FUNCTION_LINES } from "../support/check-limits";

const body = (lines: number) => Array.from({ length: lines }, (_, i) => `  const v${i} = ${i};`).join("\n");

describe("the limits check", () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "faultline-limits-"));
    await mkdir(join(root, "src"));
    await writeFile(join(root, "tsconfig.json"), JSON.stringify({ include: ["src"] }));
    // 102 lines from `function` to `}`: over the limit. The long doc comment does not count.
    const long = `/**\n${" * doc\n".repeat(50)} */\nexport function long(): void {\n${body(100)}\n}\n`;
    // 100 lines in all: at the limit, allowed.
    const fits = `export const fits = (): void => {\n${body(98)}\n};\n`;
    // A method in an object literal, named by its class and method.
    const method = `export class Room {\n  big(): void {\n${body(101)}\n  }\n}\n`;
    const callback = `export function outer(): void {\n  [1].forEach(() => {\n${body(101)}\n  });\n}\n`;
    await writeFile(join(root, "src", "a.ts"), long + fits + method + callback);
    await writeFile(join(root, "src", "big.ts"), `${"export const x = 1;\n".repeat(MAX_FILE_LINES + 1)}`);
    await writeFile(join(root, "src", "small.ts"), `${"export const y = 1;\n".repeat(MAX_FILE_LINES)}`);
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("finds each file and function over its limit, with its place and size", () => {
    const found = findOversize(root).sort((a, b) => a.key.localeCompare(b.key));
    expect(found.map((o) => [o.key, o.lines, o.limit])).toEqual([
      ["src/a.ts", 464, MAX_FILE_LINES],
      ["src/a.ts#long", 102, MAX_FUNCTION_LINES],
      ["src/a.ts#outer", 105, MAX_FUNCTION_LINES],
      ["src/a.ts#outer/<anonymous>", 103, MAX_FUNCTION_LINES],
      ["src/a.ts#Room/big", 103, MAX_FUNCTION_LINES],
      ["src/big.ts", MAX_FILE_LINES + 1, MAX_FILE_LINES],
    ]);
    expect(found.find((o) => o.key === "src/a.ts#long")?.line).toBe(53);
  });

  it("reports rooms not allowed and allowances no longer needed", () => {
    const oversize = [{ key: "src/a.ts#long", line: 53, lines: 102, limit: MAX_FUNCTION_LINES }];
    expect(limitProblems(oversize, {})).toEqual([
      "src/a.ts:53: function long is 102 lines (the limit is 100); split it",
    ]);
    expect(limitProblems(oversize, { "src/a.ts#long": "being split" })).toEqual([]);
    expect(limitProblems([], { "src/a.ts#long": "being split" })).toEqual([
      'tests/support/check-limits.ts: "src/a.ts#long" is within the limits now; remove it from ALLOWED',
    ]);
  });
});

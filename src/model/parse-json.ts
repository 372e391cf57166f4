import type { InputError } from "./types";

/**
 * JSON.parse with errors that say where: `line 4, column 2`. Engines put the place in the message
 * differently (V8: "at position 42", Firefox: "at line 4 column 2"), so both are read; when the
 * message has neither ("Unexpected end of JSON input") the place is the end of the text.
 */

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; error: InputError };

/** 1-based line and column of a 0-based character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split("\n");
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** Where a JSON.parse error message says the text breaks. */
export function syntaxErrorPlace(text: string, message: string): { line: number; column: number } {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  return lineAndColumn(text, position ? Number(position[1]) : text.length);
}

export function parseJson(file: string, text: string): JsonParseResult {
  // A UTF-8 byte order mark is invisible in editors; do not fail on it.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const { line, column } = syntaxErrorPlace(source, raw);
    // Drop the engine's own location suffix; ours is in `path`.
    const message = raw
      .replace(/^JSON\.parse:\s*/, "")
      .replace(/\s*(?:in JSON )?at position \d+(?: \(line \d+ column \d+\))?/, "")
      .replace(/\s*at line \d+ column \d+ of the JSON data/, "");
    return {
      ok: false,
      error: { file, path: `line ${line}, column ${column}`, message: `invalid JSON: ${message}` },
    };
  }
}

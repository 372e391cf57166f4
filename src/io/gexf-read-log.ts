import type { InputError } from "../model/types";

/**
 * What the GEXF reader tells the user: errors placed at a line and column of the file, and
 * warnings. Every value from the file is quoted and escaped before it reaches a message.
 */

/** Where an element starts in the file (kept instead of the element, which can then be let go). */
export interface Place {
  line: number;
  column: number;
}

export function placeOf(element: Place): Place {
  return { line: element.line, column: element.column };
}

export class ReadLog {
  readonly errors: InputError[] = [];
  readonly warnings: string[] = [];

  constructor(private readonly file: string) {}

  error(place: Place | undefined, message: string): void {
    const path = place ? `line ${place.line}, column ${place.column}` : "$";
    this.errors.push({ file: this.file, path, message: inert(message) });
  }

  warn(message: string): void {
    this.warnings.push(message);
  }
}

/**
 * A value from the file, as it appears in a message: quoted, escaped (no control character reaches
 * the terminal) and cut short (a megabyte id must not make a megabyte message).
 */
export function shown(value: string): string {
  const short = value.length > 80 ? `${value.slice(0, 77)}...` : value;
  return JSON.stringify(short).replace(
    /[\u007F-\u009F]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** A message with any control character that slipped in (from a parser or validator) escaped. */
export function inert(message: string): string {
  return message.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: escaping control characters is the point.
    /[\u0000-\u001F\u007F-\u009F]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** How messages name an edge, built only when there is something to say about it. */
export function edgeName(rawId: string): string {
  return `edge ${shown(rawId)}`;
}

export function basename(file: string): string {
  return file.replace(/\\/g, "/").split("/").pop() || file;
}

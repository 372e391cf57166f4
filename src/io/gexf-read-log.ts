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

/** Thrown to stop reading at the first node or edge the ontology cannot name (see ReadLog). */
export class OntologyMiss extends Error {}

export class ReadLog {
  readonly errors: InputError[] = [];
  readonly warnings: string[] = [];

  /**
   * @param stopAtOntologyMiss the caller will open a file that does not follow the ontology
   *   through a mapping anyway: reading it to the end first would only list what the mapping fixes.
   */
  constructor(
    private readonly file: string,
    private readonly stopAtOntologyMiss = false,
  ) {}

  error(place: Place | undefined, message: string): void {
    const path = place ? `line ${place.line}, column ${place.column}` : "$";
    this.errors.push({ file: this.file, path, message: inert(message) });
  }

  /** A kind or relation the ontology does not have: an error, or the end of the reading (above). */
  ontologyMiss(place: Place | undefined, message: string): void {
    this.error(place, message);
    if (this.stopAtOntologyMiss) throw new OntologyMiss(message);
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

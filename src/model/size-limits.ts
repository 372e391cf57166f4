import type { InputError } from "./types";

/**
 * How large an input file may be, shared by every reader: the CLI (checked with fs.stat before
 * reading), the browser import (File.size), `?file=` (Content-Length, or bytes counted while
 * downloading) and the pure loaders (text length, the last line of defence).
 *
 * Why 256 MB for datasets and GEXF: a generated graph of 50 000 actors and 200 000 ties is 48 MB as
 * dataset JSON and 116 MB as compact GEXF, and one with real ~150-character quotes about 150-170 MB
 * as GEXF; 256 MB leaves headroom and stays far below V8's string cap (about 512 M characters).
 * Cost, measured in Node on that generated graph (load, validate, build the graph): peak RSS about
 * 10 times the file for JSON (48 MB -> 0.5 GB), 5.6 times for GEXF (116 MB -> 0.65 GB). So a 256 MB
 * file needs about 1.5 GB (GEXF) to 2.6 GB (JSON): inside Node's default heap limit on a 64-bit
 * machine with enough memory (else `--max-old-space-size`), and in the browser the same again in
 * the load worker, near what one tab gets: above this, a tab would crash instead of saying why.
 *
 * Ontologies and source texts are hand-written (an ontology is a few KB, an article tens of KB, a
 * book a few MB), so they keep a smaller limit.
 */

const MIB = 1024 * 1024;

/** Largest dataset JSON, in bytes (or characters for text already read). */
export const MAX_DATASET_BYTES = 256 * MIB;
/** Largest GEXF file, in bytes (or characters for text already read). */
export const MAX_GEXF_BYTES = 256 * MIB;
/** Largest ontology or source text (of a dataset). */
export const MAX_TEXT_BYTES = 50 * MIB;
/** Largest file any reader accepts at all. */
export const MAX_INPUT_BYTES = Math.max(MAX_DATASET_BYTES, MAX_GEXF_BYTES, MAX_TEXT_BYTES);

/** Megabytes (MiB) with one decimal, or none when whole ("50", "100.5"). */
export function megabytes(bytes: number): string {
  return (bytes / MIB).toFixed(bytes % MIB === 0 ? 0 : 1);
}

/** "the dataset is too large: 300.0 MB (the limit is 256 MB)". */
export function tooLargeMessage(what: string, size: number, limit: number): string {
  return `${what} is too large: ${megabytes(size)} MB (the limit is ${megabytes(limit)} MB)`;
}

/** The error for an input of `size` bytes or characters over `limit`, or undefined. */
export function sizeLimitError(
  file: string,
  path: string,
  what: string,
  size: number,
  limit: number,
): InputError | undefined {
  return size <= limit ? undefined : { file, path, message: tooLargeMessage(what, size, limit) };
}

/** Whether a file name or URL names a GEXF (or XML) file rather than a dataset JSON. */
export function namesGexf(name: string): boolean {
  return /\.(gexf|xml)(\?|#|$)/i.test(name);
}

/** The limit, the place and the words for a dataset or GEXF file, chosen by its name. */
export function inputLimit(name: string): { limit: number; path: string; what: string } {
  return namesGexf(name)
    ? { limit: MAX_GEXF_BYTES, path: "line 1, column 1", what: "the GEXF file" }
    : { limit: MAX_DATASET_BYTES, path: "$", what: "the dataset" };
}

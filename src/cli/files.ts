import { randomBytes } from "node:crypto";
import { closeSync, openSync, writeSync } from "node:fs";
import { readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { MAX_INPUT_BYTES, tooLargeMessage } from "../model/size-limits";
import { InputError } from "./command";

/**
 * Reads a text file, turning "no such file" and friends into a readable InputError. A file over
 * `maxBytes` is refused from its size alone, before anything is read: reading a 300 MB file only
 * to refuse it would cost its memory and seconds of time. The default is the largest input any
 * command accepts (a dataset or GEXF); the pure loaders check the text again against their own.
 */
export async function readTextFile(path: string, maxBytes: number = MAX_INPUT_BYTES): Promise<string> {
  try {
    const { size } = await stat(path);
    if (size > maxBytes) throw new FileTooLargeError(path, size, maxBytes);
    return await readFile(path, "utf8");
  } catch (error) {
    if (error instanceof FileTooLargeError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : (error as Error).message;
    throw new InputError(`${path}: cannot read: ${why}`);
  }
}

/** A file refused for its size; says how large it is and what the limit is. */
export class FileTooLargeError extends InputError {
  constructor(
    readonly path: string,
    readonly size: number,
    readonly limit: number,
  ) {
    super(`${path}: cannot read: ${tooLargeMessage("the file", size, limit)}`);
  }
}

function temporaryBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
}

/**
 * Writes a whole file or nothing: the content goes to a temporary file beside the target, which is
 * then renamed over it, so a crash or a failed export never leaves a partial file behind.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const tmp = temporaryBeside(path);
  try {
    await writeFile(tmp, content, "utf8");
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw new InputError(`${path}: cannot write: ${(error as Error).message}`);
  }
}

/**
 * writeFileAtomic for text made block by block (a large export): `produce` hands each block to the
 * sink, which writes it out at once, so the whole text is never held as one string. An error thrown
 * by `produce` removes the temporary file and reaches the caller unchanged.
 */
export async function writeBlocksAtomic(
  path: string,
  produce: (sink: (block: string) => void) => void,
): Promise<void> {
  const tmp = temporaryBeside(path);
  const cannotWrite = (error: unknown) =>
    new InputError(`${path}: cannot write: ${(error as Error).message}`);
  let fd: number | undefined;
  try {
    try {
      fd = openSync(tmp, "w");
    } catch (error) {
      throw cannotWrite(error);
    }
    const opened = fd;
    produce((block) => {
      try {
        const bytes = Buffer.from(block, "utf8");
        for (let written = 0; written < bytes.length; )
          written += writeSync(opened, bytes, written, bytes.length - written);
      } catch (error) {
        throw cannotWrite(error);
      }
    });
    fd = undefined;
    try {
      closeSync(opened);
      await rename(tmp, path);
    } catch (error) {
      throw cannotWrite(error);
    }
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    await rm(tmp, { force: true });
    throw error;
  }
}

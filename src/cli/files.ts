import { randomBytes } from "node:crypto";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { InputError } from "./command";

/** Reads a text file, turning "no such file" and friends into a readable InputError. */
export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : (error as Error).message;
    throw new InputError(`${path}: cannot read: ${why}`);
  }
}

/**
 * Writes a whole file or nothing: the content goes to a temporary file beside the target, which is
 * then renamed over it, so a crash or a failed export never leaves a partial file behind.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(tmp, content, "utf8");
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw new InputError(`${path}: cannot write: ${(error as Error).message}`);
  }
}

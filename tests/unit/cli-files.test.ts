import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InputError } from "../../src/cli/command";
import { writeBlocksAtomic } from "../../src/cli/files";

const dir = mkdtempSync(join(tmpdir(), "faultline-files-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("writeBlocksAtomic", () => {
  it("writes the blocks in order, as UTF-8", async () => {
    const path = join(dir, "out.txt");
    const blocks = ["<a>", "é€😀".repeat(50_000), "</a>\n"];
    await writeBlocksAtomic(path, (sink) => {
      for (const block of blocks) sink(block);
    });
    expect(readFileSync(path, "utf8")).toBe(blocks.join(""));
    expect(readdirSync(dir)).toEqual(["out.txt"]);
  });

  it("leaves the old file as it was, and no temporary file, when the producer fails midway", async () => {
    const path = join(dir, "kept.txt");
    writeFileSync(path, "before");
    const failure = new Error("unknown kind");
    await expect(
      writeBlocksAtomic(path, (sink) => {
        sink("half a file");
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(readFileSync(path, "utf8")).toBe("before");
    expect(readdirSync(dir).filter((name) => name.startsWith(".kept"))).toEqual([]);
  });

  it("names the file it cannot write", async () => {
    const path = join(dir, "missing-dir", "x.txt");
    const attempt = writeBlocksAtomic(path, (sink) => sink("x"));
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toThrow(/missing-dir\/x\.txt: cannot write/);
  });
});

import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FileTooLargeError, readTextFile } from "../../src/cli/files";
import { datasetReader, loadDatasetFile } from "../../src/cli/load";
import { runCli } from "../../src/cli/main";
import { loadDataset } from "../../src/model/load";
import {
  inputLimit,
  MAX_DATASET_BYTES,
  MAX_GEXF_BYTES,
  MAX_INPUT_BYTES,
  MAX_TEXT_BYTES,
  megabytes,
  sizeLimitError,
  tooLargeMessage,
} from "../../src/model/size-limits";
import { writeSparseFile as sparseFile } from "../support/make-hostile-fixtures";

const MB = 1024 * 1024;

/** A string `length` long made of one shared piece: its length without its memory. */
function longText(length: number, piece = "x".repeat(MB)): string {
  let text = piece;
  while (text.length < length) text += text;
  return text;
}

describe("size limits", () => {
  it("fit real large graphs: datasets and GEXF up to 256 MB, texts up to 50 MB", () => {
    expect(MAX_DATASET_BYTES).toBe(256 * MB);
    expect(MAX_GEXF_BYTES).toBe(256 * MB);
    expect(MAX_TEXT_BYTES).toBe(50 * MB);
    expect(MAX_INPUT_BYTES).toBe(256 * MB);
  });

  it("say the size and the limit in megabytes", () => {
    expect(megabytes(300 * MB)).toBe("300");
    expect(megabytes(256 * MB + 1)).toBe("256.0");
    expect(megabytes(100.5 * MB)).toBe("100.5");
    expect(tooLargeMessage("the dataset", 300 * MB, 256 * MB)).toBe(
      "the dataset is too large: 300 MB (the limit is 256 MB)",
    );
  });

  it("refuse only above the limit", () => {
    expect(sizeLimitError("a.json", "$", "the dataset", 10, 10)).toBeUndefined();
    expect(sizeLimitError("a.json", "$", "the dataset", 11, 10)).toEqual({
      file: "a.json",
      path: "$",
      message: "the dataset is too large: 0.0 MB (the limit is 0.0 MB)",
    });
  });

  it("choose the GEXF or the dataset limit by the file's name", () => {
    expect(inputLimit("x.gexf")).toEqual({
      limit: MAX_GEXF_BYTES,
      path: "line 1, column 1",
      what: "the GEXF file",
    });
    expect(inputLimit("https://example.org/x.GEXF?v=2")).toMatchObject({ what: "the GEXF file" });
    expect(inputLimit("x.json")).toEqual({ limit: MAX_DATASET_BYTES, path: "$", what: "the dataset" });
  });
});

describe("the CLI refuses a file by its size before reading it", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "faultline-size-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("a file over the default limit (the largest input) is refused without being read", async () => {
    const path = join(dir, "huge.json");
    await sparseFile(path, "{", MAX_INPUT_BYTES + MB);
    const refusal = await readTextFile(path).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(FileTooLargeError);
    expect((refusal as FileTooLargeError).message).toBe(
      `${path}: cannot read: the file is too large: 257 MB (the limit is 256 MB)`,
    );
    expect(refusal).toMatchObject({ size: MAX_INPUT_BYTES + MB, limit: MAX_INPUT_BYTES });
  });

  it("a given limit: at the limit the file is read, one byte over it is refused", async () => {
    const path = join(dir, "small.txt");
    await writeFile(path, "0123456789");
    expect(await readTextFile(path, 10)).toBe("0123456789");
    await expect(readTextFile(path, 9)).rejects.toBeInstanceOf(FileTooLargeError);
  });

  it("other failures keep their messages", async () => {
    await expect(readTextFile(join(dir, "missing.json"))).rejects.toThrow(
      /missing\.json: cannot read: no such file$/,
    );
    await expect(readTextFile(dir)).rejects.not.toBeInstanceOf(FileTooLargeError);
  });

  it("a dataset's ontology and source texts get the smaller text limit", async () => {
    const sub = await mkdtemp(join(dir, "texts-"));
    const dataset = join(sub, "d.json");
    const source = { id: "s", title: "S", publisher: "P", date: "2024", text: "s.txt" };
    await writeFile(
      dataset,
      JSON.stringify({ id: "d", title: "D", sources: [source], actors: [], claims: [] }),
    );
    await sparseFile(join(sub, "ontology.json"), "{", MAX_TEXT_BYTES + 1);
    await sparseFile(join(sub, "s.txt"), "A", 60 * MB);
    const result = await loadDataset(dataset, datasetReader(dataset));
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toContainEqual({
      file: dataset,
      path: "$.ontology",
      message: `cannot read the ontology "ontology.json" (the default, beside the dataset) from ${join(sub, "ontology.json")}: the file is too large: 50.0 MB (the limit is 50 MB)`,
    });
    expect(errors).toContainEqual({
      file: dataset,
      path: "$.sources[0].text",
      message: `cannot read source text "s.txt" from ${join(sub, "s.txt")}: the file is too large: 60 MB (the limit is 50 MB)`,
    });
  });

  it("a dataset over its limit: the CLI's error names the file, the place and both sizes", async () => {
    const path = join(dir, "big-dataset.json");
    await sparseFile(path, '{"id":"big"', 300 * MB);
    await expect(loadDatasetFile(path)).rejects.toThrow(
      `${path}: $: cannot read the dataset: the file is too large: 300 MB (the limit is 256 MB)`,
    );
  });
});

describe("the pure loader checks the text again (the last line of defence)", () => {
  it("a source text over the text limit, read by a reader that does not check sizes", async () => {
    const files: Record<string, string> = {
      "d.json": JSON.stringify({
        id: "d",
        title: "D",
        sources: [{ id: "s", title: "S", publisher: "P", date: "2024", text: "s.txt" }],
        actors: [],
        claims: [],
      }),
      "ontology.json": JSON.stringify({ nodeKinds: [], placeKinds: [], relationKinds: [] }),
      "s.txt": longText(MAX_TEXT_BYTES + 1),
    };
    const result = await loadDataset("d.json", async (path) => files[path] ?? "");
    const errors = result.ok ? [] : result.errors;
    expect(errors).toContainEqual({
      file: "d.json",
      path: "$.sources[0].text",
      message: 'source text "s.txt" is too large: 64 MB (the limit is 50 MB)',
    });
  });
});

describe("every CLI command reads by the same limits", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "faultline-cli-limits-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function cli(argv: string[]): Promise<{ code: number; stderr: string }> {
    let stderr = "";
    const code = await runCli(argv, {
      stdout: () => {},
      stderr: (text) => {
        stderr += `${text}\n`;
      },
    });
    return { code, stderr };
  }

  it("ingest refuses an article over the text limit without reading it", async () => {
    const article = join(dir, "article.txt");
    await sparseFile(article, "Rebels", 60 * MB);
    const { code, stderr } = await cli(["ingest", article, "--dataset", "data/hama-2024-12.json"]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${article}: cannot read: the file is too large: 60 MB (the limit is 50 MB)`);
  });

  it("validate gives a dataset's source text the text limit", async () => {
    const dataset = join(dir, "d.json");
    const source = { id: "s", title: "S", publisher: "P", date: "2024", text: "s.txt" };
    await writeFile(
      dataset,
      JSON.stringify({ id: "d", title: "D", sources: [source], actors: [], claims: [] }),
    );
    await copyFile("data/ontology.json", join(dir, "ontology.json"));
    await sparseFile(join(dir, "s.txt"), "A", 60 * MB);
    const { code, stderr } = await cli(["validate", dataset]);
    expect(code).toBe(1);
    expect(stderr).toContain("$.sources[0].text");
    expect(stderr).toContain("the file is too large: 60 MB (the limit is 50 MB)");
  });
});

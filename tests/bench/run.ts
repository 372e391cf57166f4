import { mkdir, readFile, writeFile } from "node:fs/promises";
import { cpus, loadavg, totalmem } from "node:os";
import type { Ontology } from "../../src/model/types";
import { benchBrowser } from "./browser-bench";
import { benchCompare } from "./compare";
import { benchIngest } from "./ingest";
import { benchArticlePanel } from "./ingest-browser";
import { benchNode } from "./node-bench";
import { ResultLog, table } from "./results";
import { scalingCheck } from "./scaling";
import { parseSizes, sizeLabel } from "./sizes";
import { benchUserFilesNode, USER_INPUTS, type UserInput } from "./user-files";

/**
 * `npm run bench [-- --sizes 1k,10k] [--skip-browser] [--skip-node]`: the performance benchmark.
 * Prints each number as it is measured, then a table with the targets, and writes all results
 * (with every run) as JSON to bench-results/. The files users bring (own export, typed and untyped
 * foreign GEXF) are measured in Node and in the browser; `--compare <dir>` opens them in another
 * viewer's production build too, interleaved, and reports the ratios.
 */

const USAGE = [
  "usage: npm run bench -- [--sizes 1k,10k,50k] [--skip-node] [--skip-browser] [--timeout <seconds>]",
  "                        [--compare <other viewer's build dir>] [--runs <side-by-side runs>]",
  "                        [--inputs own-export,typed-foreign,untyped-foreign] [--users-only]",
].join("\n");

interface Args {
  sizes: string | undefined;
  node: boolean;
  browser: boolean;
  timeoutMs: number;
  compareDir: string | undefined;
  runs: number;
  inputs: UserInput[];
  /** Only the files users bring (skips the generated-dataset, analysis and ingest benches). */
  usersOnly: boolean;
}

function parseInputs(spec: string | undefined): UserInput[] {
  const wanted = (spec ?? "").split(",").map((s) => s.trim());
  const unknown = wanted.filter((name) => !(USER_INPUTS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`unknown input "${unknown[0]}"; known: ${USER_INPUTS.join(", ")}`);
  return wanted as UserInput[];
}

function parseArgs(argv: readonly string[]): Args {
  let sizes: string | undefined;
  let timeoutMs = 60_000;
  let node = true;
  let browser = true;
  let compareDir: string | undefined;
  let runs = 3;
  let inputs: UserInput[] = [...USER_INPUTS];
  let usersOnly = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--sizes") sizes = argv[++i];
    else if (arg === "--compare") compareDir = argv[++i];
    else if (arg === "--inputs") inputs = parseInputs(argv[++i]);
    else if (arg === "--users-only") usersOnly = true;
    else if (arg === "--runs") {
      runs = Number(argv[++i]);
      if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs needs a positive integer\n${USAGE}`);
    } else if (arg?.startsWith("--sizes=")) sizes = arg.slice("--sizes=".length);
    else if (arg === "--skip-browser") browser = false;
    else if (arg === "--skip-node") node = false;
    else if (arg === "--timeout") {
      const seconds = Number(argv[++i]);
      if (!(seconds > 0)) throw new Error(`--timeout needs a number of seconds\n${USAGE}`);
      timeoutMs = seconds * 1000;
    } else if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option "${arg}"\n${USAGE}`);
  }
  if (compareDir?.startsWith("--")) throw new Error(`--compare needs a directory\n${USAGE}`);
  return { sizes, node, browser, timeoutMs, compareDir, runs, inputs, usersOnly };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const sizes = parseSizes(args.sizes);
  const log = new ResultLog();
  const started = new Date();
  console.log(`Faultline benchmark: ${sizes.map(sizeLabel).join(", ")} nodes/edges; ${cpus().length} cores`);
  const loadBefore = loadavg()[0] ?? 0;
  // Timings on a busy machine measure the other processes too: say so next to the numbers.
  if (loadBefore > cpus().length) {
    console.log(
      `Warning: load average ${loadBefore.toFixed(1)} on ${cpus().length} cores; other processes skew the timings.`,
    );
  }

  const ontology = JSON.parse(await readFile("data/ontology.json", "utf8")) as Ontology;
  const loadAverages: Record<string, number> = { start: loadBefore };
  if (args.node) {
    for (const size of sizes) {
      console.log(
        `\nNode, files users bring, ${sizeLabel(size)} (load average ${loadavg()[0]?.toFixed(1)}):`,
      );
      await benchUserFilesNode(size, ontology, log, args.timeoutMs, args.inputs);
    }
    loadAverages["after node, files users bring"] = loadavg()[0] ?? 0;
  }

  if (args.browser) {
    await benchCompare(sizes, ontology, log, {
      compareDir: args.compareDir,
      runs: args.runs,
      timeoutMs: Math.max(args.timeoutMs, 300_000),
      inputs: args.inputs,
    });
    loadAverages["after browser, files users bring"] = loadavg()[0] ?? 0;
  }

  if (args.node && !args.usersOnly) {
    for (const size of sizes) {
      console.log(`\nNode, ${sizeLabel(size)} (${size.runs} runs, median):`);
      // One size failing (a file over a limit, a crash) must not lose the others' numbers.
      await benchNode(size, log, { timeoutMs: args.timeoutMs }).catch((error: unknown) => {
        console.log(`  ${size.name}: failed: ${error instanceof Error ? error.message : String(error)}`);
      });
    }
  }

  if (args.node && !args.usersOnly) {
    console.log("\nIngest (articles, one core):");
    try {
      for (const row of await benchIngest()) log.add(row);
    } catch (error) {
      console.log(`  ingest: failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  if (args.browser && !args.usersOnly)
    await benchBrowser(sizes, log, { timeoutMs: Math.max(args.timeoutMs, 180_000) });

  if (args.browser && !args.usersOnly) {
    console.log("\nIngest in the explorer (Add article panel):");
    try {
      for (const row of await benchArticlePanel()) log.add(row);
    } catch (error) {
      console.log(`  article panel: failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  for (const check of scalingCheck(log.results, sizes)) log.add(check);
  loadAverages.end = loadavg()[0] ?? 0;
  console.log(`\n${table(log.results, sizes)}\n`);
  console.log(
    `Load average (1 min) on ${cpus().length} cores: ${Object.entries(loadAverages)
      .map(([when, value]) => `${when} ${value.toFixed(1)}`)
      .join(", ")}`,
  );
  const report = {
    started: started.toISOString(),
    finished: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      loadAverages,
    },
    compare: args.compareDir ?? null,
    sizes,
    results: log.results,
  };
  await mkdir("bench-results", { recursive: true });
  const stamp = started.toISOString().replace(/[:.]/g, "-");
  const json = `${JSON.stringify(report, null, 2)}\n`;
  await writeFile(`bench-results/bench-${stamp}.json`, json);
  await writeFile("bench-results/latest.json", json);
  console.log(`Results written to bench-results/bench-${stamp}.json (and latest.json)`);
}

// The e2e harness closes a page's context when the page closes; after the browser itself has
// closed, that late close rejects. It must not kill the run before the results are written.
process.on("unhandledRejection", (reason: unknown) => {
  if (reason instanceof Error && reason.name.startsWith("TargetClosedError")) return;
  console.error(reason instanceof Error ? reason.message : String(reason));
  process.exit(1);
});

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

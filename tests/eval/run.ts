/**
 * Ingest quality: runs the extractor over the evaluation articles and compares its asserted claims
 * with hand-written gold annotations. Prints precision, recall and F1 per relation kind and overall,
 * separately for the development set (rules were tuned on it) and the held-out set (never tuned on),
 * plus how many negated statements were wrongly asserted.
 *
 *   npm run eval [-- --min-confidence 0.5] [--details]
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extractCandidates } from "../../src/ingest/extract";
import { buildGazetteer } from "../../src/ingest/gazetteer";
import { datasetSchema, ontologySchema } from "../../src/model/schema";
import type { LoadedDataset } from "../../src/model/types";
import { formatTable, type GoldClaim, type Score, scoreArticle, sumScores } from "./score";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const args = process.argv.slice(2);
const minConfidence = Number(args[args.indexOf("--min-confidence") + 1] ?? 0.5) || 0.5;
const details = args.includes("--details");

const ontology = ontologySchema.parse(JSON.parse(readFileSync(join(root, "data/ontology.json"), "utf8")));
const backgroundFile = join(here, "background.json");
const background: LoadedDataset = {
  file: backgroundFile,
  dataset: datasetSchema.parse(JSON.parse(readFileSync(backgroundFile, "utf8"))),
  ontology,
  sourceTexts: {},
};
const gazetteer = buildGazetteer(ontology, [background]);
const symmetric = new Set(ontology.relationKinds.filter((r) => !r.directed).map((r) => r.id));

interface GoldFile {
  set: "dev" | "heldout";
  date?: string;
  text?: string;
  claims: GoldClaim[];
}

const articlesDir = join(here, "articles");
const bySet = new Map<string, Score[]>();
for (const name of readdirSync(articlesDir)
  .filter((f) => f.endsWith(".gold.json"))
  .sort()) {
  const gold = JSON.parse(readFileSync(join(articlesDir, name), "utf8")) as GoldFile;
  const textFile = gold.text
    ? resolve(articlesDir, gold.text)
    : join(articlesDir, name.replace(/\.gold\.json$/, ".txt"));
  const text = readFileSync(textFile, "utf8");
  const { claims } = extractCandidates(text, {
    ontology,
    gazetteer,
    ...(gold.date ? { date: gold.date } : {}),
  });
  const score = scoreArticle(
    name.replace(/\.gold\.json$/, ""),
    gold.claims,
    claims,
    symmetric,
    minConfidence,
  );
  bySet.set(gold.set, [...(bySet.get(gold.set) ?? []), score]);
  if (details && gold.set === "dev") {
    console.log(`\n## ${score.article}`);
    for (const line of score.falsePositives) console.log(`  FP ${line}`);
    for (const line of score.falseNegatives) console.log(`  FN ${line}`);
    for (const line of score.wronglyAsserted) console.log(`  NEGATED-BUT-ASSERTED ${line}`);
  }
}

console.log(`Ingest evaluation (asserted claims with confidence >= ${minConfidence})`);
for (const set of ["dev", "heldout"]) {
  const scores = bySet.get(set) ?? [];
  if (scores.length === 0) continue;
  const total = sumScores(scores);
  console.log(
    `\n### ${set === "dev" ? "Development set (tuned on)" : "Held-out set (never tuned on)"}: ${scores.map((s) => s.article).join(", ")}`,
  );
  console.log(formatTable(total));
  console.log(
    `negated statements: ${total.negatedGold} in gold, ${total.negatedCaught} extracted as not asserted, ${total.negatedAsserted} wrongly asserted`,
  );
}

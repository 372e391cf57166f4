/**
 * Ingest quality: runs the extractor over the evaluation articles and compares its asserted claims
 * with hand-written gold annotations. Prints precision, recall and F1 per relation kind and overall,
 * separately for the development set (rules were tuned on it) and the held-out set (never tuned on),
 * plus how many negated statements were wrongly asserted.
 *
 *   npm run eval [-- --min-confidence 0.5] [--details] [--set dev|heldout]
 *
 * `--set dev` reads only the development articles, so rules can be tuned without ever reading (or
 * scoring) the held-out ones.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extractCandidates } from "../../src/ingest/extract";
import { buildGazetteer } from "../../src/ingest/gazetteer";
import { loadDataset } from "../../src/model/load";
import { loadEvalBackground } from "./background";
import { formatTable, type GoldClaim, type Score, scoreArticle, sumScores } from "./score";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const args = process.argv.slice(2);
const minConfidence = Number(args[args.indexOf("--min-confidence") + 1] ?? 0.5) || 0.5;
const details = args.includes("--details");
const onlySet = args.includes("--set") ? args[args.indexOf("--set") + 1] : undefined;

const { ontology, background } = loadEvalBackground();
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
  if (onlySet !== undefined && gold.set !== onlySet) continue;
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

// How much of the hand-made Hama dataset the extractor reproduces from its own article: every
// dataset claim citing the Hama source counts as reproduced when a candidate with the same ends and
// relation (either way round for symmetric relations) is found, asserted, at the same threshold.
const hamaFile = join(root, "data/hama-2024-12.json");
if (existsSync(hamaFile)) {
  const loaded = await loadDataset(hamaFile, (p) => readFile(p, "utf8"));
  if (!loaded.ok) {
    console.log(`\n${hamaFile} does not validate; skipping the reproduction figure`);
  } else {
    const { dataset, sourceTexts } = loaded.value;
    const directed = new Set(loaded.value.ontology.relationKinds.filter((r) => r.directed).map((r) => r.id));
    for (const source of dataset.sources) {
      const text = sourceTexts[source.id];
      if (text === undefined) continue;
      const { claims } = extractCandidates(text, {
        ontology: loaded.value.ontology,
        datasets: [loaded.value],
      });
      const found = new Set(
        claims
          .filter((c) => c.asserted && c.confidence >= minConfidence)
          .flatMap((c) => [
            `${c.from} ${c.relation} ${c.to}`,
            ...(directed.has(c.relation) ? [] : [`${c.to} ${c.relation} ${c.from}`]),
          ]),
      );
      const citing = dataset.claims.filter((c) => c.evidence.some((e) => e.source === source.id));
      const reproduced = citing.filter((c) => found.has(`${c.from} ${c.relation} ${c.to}`));
      const known = claims.filter(
        (c) => c.asserted && c.confidence >= minConfidence && c.status === "known",
      ).length;
      const asserted = claims.filter((c) => c.asserted && c.confidence >= minConfidence).length;
      console.log(
        `\n### Hand-made dataset ${dataset.id}, source ${source.id}\n` +
          `reproduced ${reproduced.length} of its ${citing.length} claims (${((100 * reproduced.length) / Math.max(1, citing.length)).toFixed(0)}%); ` +
          `${known} of ${asserted} asserted candidates are already in the dataset`,
      );
      if (details) {
        const missing = citing.filter((c) => !found.has(`${c.from} ${c.relation} ${c.to}`));
        for (const c of missing)
          console.log(`  not reproduced: ${c.from} ${c.relation} ${c.to} (${c.certainty})`);
      }
    }
  }
}

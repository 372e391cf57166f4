/**
 * Ingest quality: runs the extractor over the evaluation articles and compares its asserted claims
 * with hand-written gold annotations. For each set (the development set, which rules were tuned
 * on, and each held-out set, named by its files' prefix `heldout2-`, `heldout3-`..., never tuned
 * on) it prints precision, recall and F1 per relation and per construction kind, how many
 * negated statements were wrongly asserted, and how many relations the text says are over were
 * extracted as current (time-aspect errors). Optional gold claims count neither way.
 *
 *   npm run eval [-- --min-confidence 0.5] [--details] [--set dev|heldout|heldout2|heldout3]
 *
 * `--set dev` reads only the development articles (`dev`, and `dev2`... whose files carry that
 * prefix: later development sets, written blind and scored once before any rule saw them), so rules
 * can be tuned without ever reading (or scoring) the held-out ones; `--details` lists a development
 * article's misses and false positives (never a held-out one's).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extractCandidates } from "../../src/ingest/extract";
import { buildGazetteer } from "../../src/ingest/gazetteer";
import { loadDataset } from "../../src/model/load";
import { loadEvalBackground } from "./background";
import { formatKindTable, formatTable, type GoldClaim, type Score, scoreArticle, sumScores } from "./score";

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
  const set = setOf(name, gold);
  if (onlySet !== undefined && set !== onlySet && !(onlySet !== "" && set.startsWith(onlySet))) continue;
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
  bySet.set(set, [...(bySet.get(set) ?? []), score]);
  if (details && set.startsWith("dev")) {
    console.log(`\n## ${score.article}`);
    for (const line of score.falsePositives) console.log(`  FP ${line}`);
    for (const line of score.falseNegatives) console.log(`  FN ${line}`);
    for (const line of score.wronglyAsserted) console.log(`  NEGATED-BUT-ASSERTED ${line}`);
    for (const line of score.presentedAsCurrent) console.log(`  ENDED-BUT-CURRENT ${line}`);
  }
}

console.log(`Ingest evaluation (asserted claims with confidence >= ${minConfidence})`);
const setOrder = [...bySet.keys()].sort((a, b) => (a === "dev" ? -1 : b === "dev" ? 1 : a.localeCompare(b)));
for (const set of setOrder) {
  const scores = bySet.get(set) ?? [];
  const total = sumScores(scores);
  console.log(`\n### ${setTitle(set, scores.length)}: ${scores.map((s) => s.article).join(", ")}`);
  console.log(formatTable(total));
  console.log(`\n${formatKindTable(total)}`);
  console.log(
    `optional claims: ${total.optionalGold} in gold, ${total.optionalFound} found (neither hits nor false positives)`,
  );
  console.log(
    `negated statements: ${total.negatedGold} in gold, ${total.negatedCaught} extracted as not asserted, ${total.negatedAsserted} wrongly asserted`,
  );
  console.log(
    `time and aspect: ${total.endedFound} ended relations found, ${total.timeAspectErrors} of them extracted as current (time-aspect errors)`,
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

/**
 * The set an article belongs to: held-out sets are told apart by their files' prefix
 * ("heldout2-wire-manbij" is in heldout2), other files by the `set` their gold file names.
 */
function setOf(fileName: string, gold: GoldFile): string {
  return /^(heldout\d*|dev\d+)-/.exec(fileName)?.[1] ?? gold.set;
}

function setTitle(set: string, articles: number): string {
  if (set === "dev") return `Development set (tuned on, ${articles} articles)`;
  if (set.startsWith("dev"))
    return `Development set ${set.replace(/^dev/, "")} (written blind, tuned on after its first score, ${articles} articles)`;
  return `Held-out set ${set.replace(/^heldout/, "") || "1"} (never tuned on, ${articles} articles)`;
}

import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { extractCandidates } from "../../ingest/extract";
import { slugify } from "../../ingest/gazetteer";
import { mergeCandidates } from "../../ingest/merge";
import type { Candidates } from "../../ingest/types";
import { isPartialDate } from "../../model/dates";
import { isTextSource } from "../../model/evidence-kind";
import { MAX_TEXT_BYTES } from "../../model/size-limits";
import { validateDataset } from "../../model/validate";
import type { Command } from "../command";
import { InputError, UsageError } from "../command";
import { readTextFile, writeFileAtomic } from "../files";
import { formatInputErrors, loadDatasetFile } from "../load";

const DEFAULT_MIN_CONFIDENCE = 0.5;

/** The `--json` shape: the candidate fields, plus attributedTo, span, ended, antecedents and kinds when known. */
function toJson(candidates: Candidates) {
  return {
    actors: candidates.actors.map((a) => ({ id: a.id, label: a.label, kind: a.kind, known: a.known })),
    claims: candidates.claims.map((c) => ({
      from: c.from,
      relation: c.relation,
      to: c.to,
      quote: c.quote,
      start: c.start,
      end: c.end,
      certainty: c.certainty,
      asserted: c.asserted,
      confidence: c.confidence,
      status: c.status,
      ...(c.attributedTo ? { attributedTo: c.attributedTo } : {}),
      ...(c.span ? { span: c.span } : {}),
      ...(c.ended ? { ended: true } : {}),
      ...(c.antecedents ? { antecedents: c.antecedents } : {}),
      ...(c.kinds ? { kinds: c.kinds } : {}),
    })),
  };
}

function toText(candidates: Candidates, file: string): string {
  const lines = [
    `${file}: ${candidates.actors.length} actors, ${candidates.claims.length} candidate claims`,
    "",
  ];
  lines.push("Actors:");
  for (const a of candidates.actors)
    lines.push(`  ${a.known ? "   " : "new"} ${a.id} (${a.kind}) "${a.label}"`);
  lines.push("", "Claims:");
  for (const c of candidates.claims) {
    const negation = (c.asserted ? "" : " [NOT ASSERTED]") + (c.ended ? " [ENDED]" : "");
    const who =
      (c.attributedTo ? ` according to ${c.attributedTo}` : "") +
      (c.antecedents ? `; ${c.antecedents.join(", ")}` : "");
    lines.push(
      `  ${c.status.padEnd(11)} ${c.confidence.toFixed(2)} ${c.from} ${c.relation} ${c.to}${negation} (${c.certainty}${who})`,
    );
    lines.push(
      `      @${c.start}-${c.end} "${c.quote.length > 140 ? `${c.quote.slice(0, 137)}...` : c.quote}"`,
    );
  }
  return lines.join("\n");
}

/** A path relative to `fromDir`, with forward slashes, as datasets store them. */
function relativePath(fromDir: string, target: string): string {
  return relative(fromDir, target).split("\\").join("/");
}

export const ingestCommand: Command = {
  name: "ingest",
  summary: "Extract candidate actors and claims from an article; optionally merge them",
  usage: [
    "Usage: faultline ingest <article.txt> --dataset <dataset.json> [--date YYYY-MM-DD] [--json]",
    "       faultline ingest <article.txt> --dataset <dataset.json> --date DATE --merge",
    "                        [--min-confidence X] -o <new-dataset.json> [--title T] [--publisher P]",
    "",
    "Reads a news article (plain text) and proposes the actors and relations it states, each tied",
    "to its sentence, compared with the dataset: known (already there), new, or conflicting (the",
    "opposite sign between the same pair, another controller of the same place, or a denial of a",
    "claim the dataset has). Actors the dataset lacks get new ids and known: false.",
    "",
    "Options:",
    "  --dataset FILE        The dataset to read the article against (required)",
    "  --date DATE           Publication date (YYYY, YYYY-MM or YYYY-MM-DD): dates captures",
    "  --json                Print {actors:[{id,label,kind,known}], claims:[{from,relation,to,",
    "                        quote,start,end,certainty,asserted,confidence,status, and when",
    "                        known attributedTo,span,ended,antecedents,kinds}]}",
    "  --merge               Write the accepted candidates into a new dataset (needs -o, --date)",
    "  --min-confidence X    Merge only asserted claims with confidence >= X (default 0.5)",
    "  -o, --output FILE     The merged dataset; the article is copied beside it as a source",
    "  --title T, --publisher P   The new source's title (default: the first line) and publisher",
    "",
    "In the JSON, `start`/`end` are the character offsets (UTF-16, end exclusive) of `quote` in the",
    "article: article.slice(start, end) === quote. A claim's time span, when the text dates it, is",
    "under `span` ({start?, end?}); `attributedTo` names who the text says made the statement.",
    "`asserted` is false for negated or denied statements (never merged); `confidence` is 0..1.",
  ].join("\n"),
  options: {
    dataset: { type: "string" },
    date: { type: "string" },
    json: { type: "boolean" },
    merge: { type: "boolean" },
    "min-confidence": { type: "string" },
    output: { type: "string", short: "o" },
    title: { type: "string" },
    publisher: { type: "string" },
  },
  async run({ positionals, values, stdout }) {
    const [article, ...extra] = positionals;
    if (!article) throw new UsageError("missing the article file");
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const datasetFile = values.dataset;
    if (typeof datasetFile !== "string") throw new UsageError("--dataset is required");
    const date = values.date;
    if (date !== undefined && (typeof date !== "string" || !isPartialDate(date))) {
      throw new UsageError(`--date must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not "${String(date)}"`);
    }
    const minText = values["min-confidence"];
    const minConfidence = minText === undefined ? DEFAULT_MIN_CONFIDENCE : Number(minText);
    if (!Number.isFinite(minConfidence) || minConfidence < 0 || minConfidence > 1) {
      throw new UsageError(`--min-confidence must be a number from 0 to 1, not "${String(minText)}"`);
    }
    const output = values.output;
    if (values.merge) {
      if (typeof output !== "string") throw new UsageError("--merge needs -o <new-dataset.json>");
      if (typeof date !== "string")
        throw new UsageError("--merge needs --date (the article's publication date)");
    } else if (output !== undefined || minText !== undefined) {
      throw new UsageError("-o and --min-confidence only apply with --merge");
    }

    const loaded = await loadDatasetFile(datasetFile);
    const text = await readTextFile(article, MAX_TEXT_BYTES);
    if (text.trim() === "") throw new InputError(`${article}: the article is empty`);
    const candidates = extractCandidates(text, {
      ontology: loaded.ontology,
      datasets: [loaded],
      ...(typeof date === "string" ? { date } : {}),
    });

    if (!values.merge || typeof output !== "string" || typeof date !== "string") {
      stdout(values.json ? JSON.stringify(toJson(candidates), null, 2) : toText(candidates, article));
      return 0;
    }

    // The article is stored beside the new dataset; paths of the old one are rebased onto it.
    const inDir = dirname(resolve(datasetFile));
    const outDir = dirname(resolve(output));
    const sourceId = slugify(basename(article).replace(/\.[^.]+$/, ""));
    const textFile = join(outDir, `${sourceId}.txt`);
    const firstLine = text.trim().split("\n")[0]?.trim() ?? "";
    const title =
      typeof values.title === "string"
        ? values.title
        : firstLine.length > 0 && firstLine.length <= 200
          ? firstLine
          : sourceId;
    const dataset = structuredClone(loaded.dataset);
    const rebase = (path: string) => (isAbsolute(path) ? path : relativePath(outDir, resolve(inDir, path)));
    for (const source of dataset.sources) if (isTextSource(source)) source.text = rebase(source.text);
    if (inDir !== outDir) dataset.ontology = rebase(dataset.ontology ?? "ontology.json");
    const merged = mergeCandidates(dataset, candidates, {
      source: {
        id: sourceId,
        title,
        publisher: typeof values.publisher === "string" ? values.publisher : "unknown",
        date,
        text: relativePath(outDir, textFile),
      },
      minConfidence,
    });
    const newSource = merged.dataset.sources[merged.dataset.sources.length - 1];
    const sourceTexts: Record<string, string> = { ...loaded.sourceTexts };
    if (newSource) sourceTexts[newSource.id] = text;
    const checked = validateDataset(merged.dataset, { file: output, ontology: loaded.ontology, sourceTexts });
    if (!checked.ok)
      throw new InputError(`the merged dataset would not validate:\n${formatInputErrors(checked.errors)}`);
    if (resolve(textFile) !== resolve(article)) await writeFileAtomic(textFile, text);
    await writeFileAtomic(output, `${JSON.stringify(merged.dataset, null, 2)}\n`);
    const summary = {
      output,
      source: newSource?.id,
      addedActors: merged.addedActors,
      addedClaims: merged.addedClaims,
      corroborated: merged.corroborated,
    };
    if (values.json) stdout(JSON.stringify(summary, null, 2));
    else {
      stdout(
        `${output}: added ${merged.addedClaims.length} claims and ${merged.addedActors.length} actors, ` +
          `${merged.corroborated.length} existing claims gained evidence (source "${newSource?.id}", text ${relativePath(outDir, textFile)})`,
      );
    }
    return 0;
  },
};

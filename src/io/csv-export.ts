import Papa from "papaparse";
import { isQuoteEvidence } from "../model/evidence-kind";
import type { Dataset, Evidence } from "../model/types";
import {
  ACTOR_COLUMNS,
  aliasesCell,
  CLAIM_COLUMNS,
  EVIDENCE_FIELDS,
  type EvidenceField,
  evidenceColumn,
  SOURCE_COLUMNS,
  textCell,
} from "./csv-columns";

/**
 * A dataset as three CSV files for a spreadsheet (columns in csv-columns.ts). Lossless for
 * everything but the dataset's own id, title, description and ontology path (given again on
 * import) and empty strings or empty alias lists (an empty cell reads back as absent).
 */

export interface DatasetCsv {
  actors: string;
  claims: string;
  sources: string;
}

function number(value: number | undefined): string {
  return value === undefined ? "" : String(value);
}

function table(columns: readonly string[], rows: string[][]): string {
  // CRLF as RFC 4180 says and spreadsheets expect; every field quoted only when it must be.
  return `${Papa.unparse({ fields: [...columns], data: rows }, { newline: "\r\n" })}\r\n`;
}

function evidenceValue(evidence: Evidence, field: EvidenceField): string | undefined {
  if (isQuoteEvidence(evidence)) {
    if (field === "quote") return evidence.quote;
    return field === "attributedTo"
      ? evidence.attributedTo
      : field === "source"
        ? evidence.source
        : undefined;
  }
  if (field === "locator" || field === "note" || field === "stance" || field === "source")
    return evidence[field];
  return undefined;
}

function claimsTable(dataset: Dataset): string {
  const groups = Math.max(0, ...dataset.claims.map((c) => c.evidence.length));
  // Only the evidence fields some item uses: a dataset of references gets no quote columns.
  const used = EVIDENCE_FIELDS.map(([field]) => field).filter((field) =>
    dataset.claims.some((c) => c.evidence.some((e) => evidenceValue(e, field) !== undefined)),
  );
  const columns: string[] = [...CLAIM_COLUMNS];
  for (let g = 1; g <= groups; g++) for (const field of used) columns.push(evidenceColumn(g, field));
  const rows = dataset.claims.map((claim) => {
    const row = [
      claim.id,
      claim.from,
      claim.relation,
      claim.to,
      claim.certainty,
      claim.start,
      claim.end,
      claim.note,
    ].map(textCell);
    for (let g = 0; g < groups; g++) {
      const evidence = claim.evidence[g];
      for (const field of used) row.push(textCell(evidence && evidenceValue(evidence, field)));
    }
    return row;
  });
  return table(columns, rows);
}

export function exportDatasetCsv(dataset: Dataset): DatasetCsv {
  const layout = dataset.layout ?? {};
  const actors = dataset.actors.map((actor) => {
    const position = Object.hasOwn(layout, actor.id) ? layout[actor.id] : undefined;
    return [
      ...[
        actor.id,
        actor.label,
        actor.kind,
        aliasesCell(actor.aliases),
        actor.description,
        actor.start,
        actor.end,
      ].map(textCell),
      number(actor.coordinates?.lat),
      number(actor.coordinates?.lon),
      number(position?.x),
      number(position?.y),
    ];
  });
  const sources = dataset.sources.map((source) =>
    [
      source.id,
      source.title,
      source.publisher,
      source.date,
      source.url,
      source.licence,
      source.language,
      source.text,
    ].map(textCell),
  );
  return {
    actors: table(ACTOR_COLUMNS, actors),
    claims: claimsTable(dataset),
    sources: table(SOURCE_COLUMNS, sources),
  };
}

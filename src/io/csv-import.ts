import Papa from "papaparse";
import type { Locate, Raw } from "../model/error-list";
import type { LoadResult } from "../model/load";
import type { InputError, Ontology } from "../model/types";
import { validateDataset } from "../model/validate";
import {
  ACTOR_COLUMNS,
  ACTOR_NUMBER_COLUMNS,
  CLAIM_COLUMNS,
  cellAliases,
  cellText,
  type EvidenceField,
  evidenceColumn,
  parseEvidenceColumn,
  REQUIRED_ACTOR_COLUMNS,
  REQUIRED_CLAIM_COLUMNS,
  REQUIRED_SOURCE_COLUMNS,
  SOURCE_COLUMNS,
} from "./csv-columns";

/**
 * CSV files (csv-columns.ts) read back into a dataset, before validation: the rows become the
 * dataset's actors, claims and sources, and `locate` names the row and column each place of the
 * dataset came from, so validation's errors read `actors.csv: row 4, column "kind": ...`. Problems
 * of the sheets themselves (unknown or missing columns, broken quoting, extra cells) are errors here.
 */

export interface CsvFile {
  /** File name, for messages. */
  name: string;
  text: string;
}

export interface CsvFiles {
  actors: CsvFile;
  claims: CsvFile;
  /** Optional: a dataset whose claims cite nothing cannot be valid, but the sheet may be missing. */
  sources?: CsvFile;
}

/** What the sheets do not hold: the dataset's own fields. */
export interface CsvDatasetMeta {
  id: string;
  title: string;
  description?: string;
  ontology?: string;
}

export type CsvConversion = { ok: true; input: Raw; locate: Locate } | { ok: false; errors: InputError[] };

interface Sheet {
  file: string;
  columns: string[];
  /** Data rows with their 1-based row number in the file (the header is row 1). */
  rows: { row: number; cells: string[] }[];
}

function place(row: number, column: string | undefined): string {
  return column === undefined ? `row ${row}` : `row ${row}, column ${JSON.stringify(column)}`;
}

/**
 * The delimiter, read off the header line alone: a comma, or a semicolon or tab where a
 * spreadsheet saved the file so (several locales do). Guessing from the whole file, as the
 * library can, would take the `|` between aliases for one.
 */
function delimiterOf(text: string): string {
  const end = text.search(/\r?\n/);
  const header = end === -1 ? text : text.slice(0, end);
  if (header.includes(",")) return ",";
  if (header.includes(";")) return ";";
  return header.includes("\t") ? "\t" : ",";
}

/** Parses one file and checks its header; errors name file, row and column. */
function readSheet(
  file: CsvFile,
  known: (column: string) => boolean,
  required: readonly string[],
  errors: InputError[],
): Sheet | undefined {
  const text = file.text.startsWith("\uFEFF") ? file.text.slice(1) : file.text;
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    delimiter: delimiterOf(text),
  });
  const fail = (row: number, column: string | undefined, message: string) =>
    errors.push({ file: file.name, path: place(row, column), message });
  for (const error of parsed.errors) fail((error.row ?? 0) + 1, undefined, `${error.message} (CSV syntax)`);
  if (parsed.errors.length > 0) return undefined;
  const [header, ...rest] = parsed.data;
  if (header === undefined || header.every((cell) => cell === "")) {
    fail(1, undefined, "the file is empty: expected a header row naming the columns");
    return undefined;
  }
  const columns = header.map((cell) => cell.trim());
  const before = errors.length;
  columns.forEach((column, i) => {
    if (!known(column)) fail(1, column, `unknown column ${JSON.stringify(column)}`);
    else if (columns.indexOf(column) !== i) fail(1, column, `column ${JSON.stringify(column)} appears twice`);
  });
  for (const column of required)
    if (!columns.includes(column)) fail(1, undefined, `required column ${JSON.stringify(column)} is missing`);
  const rows: Sheet["rows"] = [];
  rest.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((cell) => cell === "")) return; // blank lines, a spreadsheet's trailing rows
    if (cells.length > columns.length)
      fail(row, undefined, `${cells.length} cells, but the header names ${columns.length} columns`);
    rows.push({ row, cells });
  });
  return errors.length > before ? undefined : { file: file.name, columns, rows };
}

/** The row's cells by column name, empty cells left out. */
function cellsOf(sheet: Sheet, cells: string[]): Map<string, string> {
  const out = new Map<string, string>();
  sheet.columns.forEach((column, i) => {
    const cell = cells[i] ?? "";
    if (cell !== "") out.set(column, cell);
  });
  return out;
}

/** A number cell: a number when it reads as one, else the text (validation says what is wrong). */
function numberCell(cell: string): number | string {
  const value = Number(cell);
  return cell.trim() !== "" && Number.isFinite(value) ? value : cell;
}

function readActors(sheet: Sheet): { actors: Raw[]; layout: Raw } {
  const layout: Raw = {};
  const actors = sheet.rows.map(({ cells }) => {
    const row = cellsOf(sheet, cells);
    const actor: Raw = {};
    for (const [column, cell] of row) {
      if (ACTOR_NUMBER_COLUMNS.has(column)) continue;
      actor[column] = column === "aliases" ? cellAliases(cellText(cell)) : cellText(cell);
    }
    if (row.has("lat") || row.has("lon")) {
      const coordinates: Raw = {};
      for (const axis of ["lat", "lon"])
        if (row.has(axis)) coordinates[axis] = numberCell(row.get(axis) ?? "");
      actor.coordinates = coordinates;
    }
    const id = actor.id;
    if ((row.has("x") || row.has("y")) && typeof id === "string") {
      const position: Raw = {};
      for (const axis of ["x", "y"]) if (row.has(axis)) position[axis] = numberCell(row.get(axis) ?? "");
      layout[id] = position;
    }
    return actor;
  });
  return { actors, layout };
}

/** Claims, and for each claim the column group each of its evidence items came from. */
function readClaims(sheet: Sheet): { claims: Raw[]; groups: number[][] } {
  const groups: number[][] = [];
  const claims = sheet.rows.map(({ cells }) => {
    const claim: Raw = {};
    const items = new Map<number, Raw>();
    for (const [column, cell] of cellsOf(sheet, cells)) {
      const evidence = parseEvidenceColumn(column);
      if (evidence === undefined) claim[column] = cellText(cell);
      else {
        const item = items.get(evidence.group) ?? {};
        item[evidence.field] = cellText(cell);
        items.set(evidence.group, item);
      }
    }
    const order = [...items.keys()].sort((a, b) => a - b);
    claim.evidence = order.map((group) => items.get(group));
    groups.push(order);
    return claim;
  });
  return { claims, groups };
}

function readSources(sheet: Sheet | undefined): Raw[] {
  if (sheet === undefined) return [];
  return sheet.rows.map(({ cells }) => {
    const source: Raw = {};
    for (const [column, cell] of cellsOf(sheet, cells)) source[column] = cellText(cell);
    return source;
  });
}

/** Column of an actor field in actors.csv. */
function actorColumn(rest: readonly PropertyKey[]): string | undefined {
  const [field, sub] = rest;
  if (field === "coordinates") return sub === "lon" ? "lon" : "lat";
  return typeof field === "string" ? field : undefined;
}

function claimColumn(rest: readonly PropertyKey[], groups: number[] | undefined): string | undefined {
  const [field, index, sub] = rest;
  if (field !== "evidence") return typeof field === "string" ? field : undefined;
  const group = typeof index === "number" ? (groups?.[index] ?? index + 1) : 1;
  const evidenceField = (typeof sub === "string" ? sub : "source") as EvidenceField;
  return evidenceColumn(group, evidenceField);
}

export function csvToDatasetInput(files: CsvFiles, meta: CsvDatasetMeta): CsvConversion {
  const errors: InputError[] = [];
  const actorSheet = readSheet(
    files.actors,
    (c) => (ACTOR_COLUMNS as readonly string[]).includes(c),
    REQUIRED_ACTOR_COLUMNS,
    errors,
  );
  const claimSheet = readSheet(
    files.claims,
    (c) => (CLAIM_COLUMNS as readonly string[]).includes(c) || parseEvidenceColumn(c) !== undefined,
    REQUIRED_CLAIM_COLUMNS,
    errors,
  );
  const sourceSheet =
    files.sources === undefined
      ? undefined
      : readSheet(
          files.sources,
          (c) => (SOURCE_COLUMNS as readonly string[]).includes(c),
          REQUIRED_SOURCE_COLUMNS,
          errors,
        );
  if (actorSheet === undefined || claimSheet === undefined || errors.length > 0) return { ok: false, errors };

  const { actors, layout } = readActors(actorSheet);
  const { claims, groups } = readClaims(claimSheet);
  const input: Raw = { id: meta.id, title: meta.title };
  if (meta.description !== undefined) input.description = meta.description;
  if (meta.ontology !== undefined) input.ontology = meta.ontology;
  input.sources = readSources(sourceSheet);
  input.actors = actors;
  input.claims = claims;
  if (Object.keys(layout).length > 0) input.layout = layout;

  const actorRows = new Map<unknown, number>();
  actors.forEach((actor, i) => {
    if (!actorRows.has(actor.id)) actorRows.set(actor.id, i);
  });
  const locate: Locate = (path) => {
    const [list, index, ...rest] = path;
    const at = (sheet: Sheet | undefined, i: number, column: string | undefined) => {
      const row = sheet?.rows[i]?.row;
      return row === undefined
        ? { file: files.actors.name, path }
        : { file: sheet?.file ?? "", path: place(row, column) };
    };
    if (typeof index === "number") {
      if (list === "actors") return at(actorSheet, index, actorColumn(rest));
      if (list === "claims") return at(claimSheet, index, claimColumn(rest, groups[index]));
      if (list === "sources")
        return at(sourceSheet, index, typeof rest[0] === "string" ? rest[0] : undefined);
    }
    if (list === "layout" && typeof index === "string") {
      const axis = rest[0] === "y" ? "y" : "x";
      return at(actorSheet, actorRows.get(index) ?? -1, axis);
    }
    return { file: files.actors.name, path: `the dataset's ${String(list)} (given on import)` };
  };
  return { ok: true, input, locate };
}

/**
 * CSV files read, converted and validated as a dataset with `ontology`; `sourceTexts` (by source
 * id or `text` path) are the shipped texts its quotes are checked against.
 */
export function importDatasetCsv(
  files: CsvFiles,
  meta: CsvDatasetMeta,
  ontology: Ontology,
  sourceTexts: Record<string, string>,
): LoadResult {
  const converted = csvToDatasetInput(files, meta);
  if (!converted.ok) return converted;
  const file = `${meta.id}.json`;
  const checked = validateDataset(converted.input, { file, ontology, sourceTexts, locate: converted.locate });
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const texts: Record<string, string> = {};
  for (const source of checked.dataset.sources) {
    const text = Object.hasOwn(sourceTexts, source.id)
      ? sourceTexts[source.id]
      : source.text !== undefined && Object.hasOwn(sourceTexts, source.text)
        ? sourceTexts[source.text]
        : undefined;
    if (text !== undefined) texts[source.id] = text;
  }
  return {
    ok: true,
    value: { file, dataset: checked.dataset, ontology, sourceTexts: texts },
    warnings: checked.warnings,
  };
}

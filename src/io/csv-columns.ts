/**
 * The spreadsheet form of a dataset (Kumu-like: a sheet of elements and a sheet of connections),
 * shared by the CSV export and import so the two cannot drift apart.
 *
 * - actors.csv: one row per actor; `aliases` holds every alias separated by `|`; `x`/`y` are the
 *   stored layout position.
 * - claims.csv: one row per claim; its evidence in numbered column groups, `evidence 1 source`,
 *   `evidence 1 quote`, ..., `evidence 2 source`, ... (a group for each item of the claim with the
 *   most evidence; only the fields some item uses get a column).
 * - sources.csv: one row per source, shipped texts and references alike.
 *
 * An empty cell is an absent field. A text cell starting with = + - @ (or a tab or carriage return)
 * could run as a formula when the sheet is opened, so it is written with a leading apostrophe,
 * as is a cell that starts with an apostrophe; the import drops one leading apostrophe.
 */

export const ACTOR_COLUMNS = [
  "id",
  "label",
  "kind",
  "aliases",
  "description",
  "start",
  "end",
  "lat",
  "lon",
  "x",
  "y",
] as const;
export const REQUIRED_ACTOR_COLUMNS = ["id", "label", "kind"] as const;
export const ACTOR_NUMBER_COLUMNS: ReadonlySet<string> = new Set(["lat", "lon", "x", "y"]);

export const CLAIM_COLUMNS = ["id", "from", "relation", "to", "certainty", "start", "end", "note"] as const;
export const REQUIRED_CLAIM_COLUMNS = ["id", "from", "relation", "to", "certainty"] as const;

/** Evidence fields in column order, with their column names (after "evidence N "). */
export const EVIDENCE_FIELDS = [
  ["source", "source"],
  ["quote", "quote"],
  ["attributedTo", "attributed to"],
  ["locator", "locator"],
  ["note", "note"],
  ["stance", "stance"],
] as const;

export type EvidenceField = (typeof EVIDENCE_FIELDS)[number][0];

export const SOURCE_COLUMNS = [
  "id",
  "title",
  "publisher",
  "date",
  "url",
  "licence",
  "language",
  "text",
] as const;
export const REQUIRED_SOURCE_COLUMNS = ["id", "title", "publisher", "date"] as const;

export function evidenceColumn(group: number, field: EvidenceField): string {
  const name = EVIDENCE_FIELDS.find(([key]) => key === field)?.[1] ?? field;
  return `evidence ${group} ${name}`;
}

const EVIDENCE_COLUMN = /^evidence (\d+) (.+)$/;

/** The group (1-based) and field of an evidence column name, or undefined. */
export function parseEvidenceColumn(column: string): { group: number; field: EvidenceField } | undefined {
  const m = EVIDENCE_COLUMN.exec(column);
  if (m === null) return undefined;
  const group = Number(m[1]);
  const field = EVIDENCE_FIELDS.find(([, name]) => name === m[2])?.[0];
  return field === undefined || group < 1 ? undefined : { group, field };
}

const FORMULA_START = /^[=+\-@\t\r']/;

/** A text value as written in a cell (see the formula rule above). */
export function textCell(value: string | undefined): string {
  if (value === undefined) return "";
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A text cell read back: one leading apostrophe dropped. */
export function cellText(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/** Aliases in one cell: separated by `|`; a `|` or `\` inside an alias is escaped with `\`. */
export function aliasesCell(aliases: readonly string[] | undefined): string {
  if (aliases === undefined) return "";
  return aliases.map((alias) => alias.replace(/[\\|]/g, (c) => `\\${c}`)).join("|");
}

/** Inverse of aliasesCell; an empty cell is no aliases. */
export function cellAliases(cell: string): string[] {
  const out: string[] = [];
  let current = "";
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    if (c === "\\" && i + 1 < cell.length) current += cell[++i];
    else if (c === "|") {
      out.push(current);
      current = "";
    } else current += c;
  }
  out.push(current);
  return out;
}

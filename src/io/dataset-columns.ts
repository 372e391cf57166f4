import type { Actor, Claim, Dataset, Evidence } from "../model/types";

/**
 * A dataset's actors, claims and layout as columns: every string field of a kind of record joined
 * into one string with the end offset of each value, ids of a small set (kinds, relations, sources)
 * as small-int codes, numbers and claim endpoints (actor indices) in typed arrays. The load worker
 * sends this to the page in one message whose buffers are transferred rather than copied; the
 * page rebuilds the records in steps (`DatasetDecoder`), so no task deserializes hundreds of
 * thousands of objects at once, and the records equal the ones encoded.
 */

/** Strings joined into one; value i is `joined.slice(ends[i - 1] ?? 0, ends[i])`. */
export interface StringColumn {
  joined: string;
  ends: Uint32Array;
  /** 1 where the value is absent (optional fields only; null when every value is present). */
  absent: Uint8Array | null;
}

/** Values from a small set: code 0 is absent, code i + 1 is `values[i]`. */
export interface CodeColumn {
  values: string[];
  codes: Uint8Array | Uint16Array | Uint32Array;
}

/** Numbers with a presence flag per row (1 = present). */
export interface NumberColumns {
  present: Uint8Array;
  a: Float64Array;
  b: Float64Array;
}

export interface ActorColumns {
  id: StringColumn;
  label: StringColumn;
  kind: CodeColumn;
  /** Aliases of all actors in order; actor i has those up to `aliasEnds[i]`. */
  aliases: StringColumn;
  aliasEnds: Uint32Array;
  /** 1 where the actor has no `aliases` field (rather than an empty list). */
  aliasAbsent: Uint8Array;
  description: StringColumn;
  start: StringColumn;
  end: StringColumn;
  /** `coordinates` (lat in a, lon in b). */
  coordinates: NumberColumns;
  /** The dataset's stored position of the actor (x in a, y in b). */
  position: NumberColumns;
}

export interface EvidenceColumns {
  source: CodeColumn;
  quote: StringColumn;
  attributedTo: StringColumn;
  locator: StringColumn;
  note: StringColumn;
  stance: CodeColumn;
}

export interface ClaimColumns {
  id: StringColumn;
  /** Actor index, or actors + i for `strayEndpoints[i]` (an id no actor has). */
  from: Uint32Array;
  to: Uint32Array;
  relation: CodeColumn;
  certainty: CodeColumn;
  start: StringColumn;
  end: StringColumn;
  note: StringColumn;
  /** Evidence of all claims in order; claim i has the items up to `evidenceEnds[i]`. */
  evidenceEnds: Uint32Array;
  evidence: EvidenceColumns;
}

export interface DatasetColumns {
  actorCount: number;
  claimCount: number;
  actors: ActorColumns;
  claims: ClaimColumns;
  strayEndpoints: string[];
  /** Layout entries for ids that are not actors (kept so the layout comes back whole). */
  strayPositions: [string, { x: number; y: number }][];
  /** Whether the dataset has a `layout` field at all. */
  hasLayout: boolean;
}

function stringColumn(count: number, value: (i: number) => string | undefined): StringColumn {
  const parts: string[] = new Array(count);
  const ends = new Uint32Array(count);
  let absent: Uint8Array | null = null;
  let length = 0;
  for (let i = 0; i < count; i++) {
    const text = value(i);
    if (text === undefined) {
      absent ??= new Uint8Array(count);
      absent[i] = 1;
      parts[i] = "";
    } else {
      parts[i] = text;
      length += text.length;
    }
    ends[i] = length;
  }
  return { joined: parts.join(""), ends, absent };
}

function codeArray(size: number, count: number): Uint8Array | Uint16Array | Uint32Array {
  if (size < 0xff) return new Uint8Array(count);
  if (size < 0xffff) return new Uint16Array(count);
  return new Uint32Array(count);
}

function codeColumn(count: number, value: (i: number) => string | undefined): CodeColumn {
  const index = new Map<string, number>();
  const values: string[] = [];
  const raw = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const text = value(i);
    if (text === undefined) continue;
    let code = index.get(text);
    if (code === undefined) {
      values.push(text);
      code = values.length;
      index.set(text, code);
    }
    raw[i] = code;
  }
  const codes = codeArray(values.length + 1, count);
  codes.set(raw);
  return { values, codes };
}

function numberColumns(
  count: number,
  value: (i: number) => { a: number; b: number } | undefined,
): NumberColumns {
  const present = new Uint8Array(count);
  const a = new Float64Array(count);
  const b = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const pair = value(i);
    if (pair === undefined) continue;
    present[i] = 1;
    a[i] = pair.a;
    b[i] = pair.b;
  }
  return { present, a, b };
}

function encodeActors(actors: readonly Actor[], layout: Dataset["layout"]): ActorColumns {
  const n = actors.length;
  const at = (i: number) => actors[i] as Actor;
  const aliasList: string[] = [];
  const aliasEnds = new Uint32Array(n);
  const aliasAbsent = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const aliases = at(i).aliases;
    if (aliases === undefined) aliasAbsent[i] = 1;
    else for (const alias of aliases) aliasList.push(alias);
    aliasEnds[i] = aliasList.length;
  }
  return {
    id: stringColumn(n, (i) => at(i).id),
    label: stringColumn(n, (i) => at(i).label),
    kind: codeColumn(n, (i) => at(i).kind),
    aliases: stringColumn(aliasList.length, (i) => aliasList[i]),
    aliasEnds,
    aliasAbsent,
    description: stringColumn(n, (i) => at(i).description),
    start: stringColumn(n, (i) => at(i).start),
    end: stringColumn(n, (i) => at(i).end),
    coordinates: numberColumns(n, (i) => {
      const c = at(i).coordinates;
      return c && { a: c.lat, b: c.lon };
    }),
    position: numberColumns(n, (i) => {
      const id = at(i).id;
      const p = layout !== undefined && Object.hasOwn(layout, id) ? layout[id] : undefined;
      return p && { a: p.x, b: p.y };
    }),
  };
}

function encodeEvidence(claims: readonly Claim[]): { ends: Uint32Array; columns: EvidenceColumns } {
  const items: Evidence[] = [];
  const ends = new Uint32Array(claims.length);
  for (let i = 0; i < claims.length; i++) {
    for (const item of (claims[i] as Claim).evidence) items.push(item);
    ends[i] = items.length;
  }
  const at = (i: number) => items[i] as Evidence;
  const n = items.length;
  return {
    ends,
    columns: {
      source: codeColumn(n, (i) => at(i).source),
      quote: stringColumn(n, (i) => at(i).quote),
      attributedTo: stringColumn(n, (i) => at(i).attributedTo),
      locator: stringColumn(n, (i) => at(i).locator),
      note: stringColumn(n, (i) => at(i).note),
      stance: codeColumn(n, (i) => at(i).stance),
    },
  };
}

function encodeClaims(
  claims: readonly Claim[],
  actorIndex: ReadonlyMap<string, number>,
  strayEndpoints: string[],
): ClaimColumns {
  const n = claims.length;
  const at = (i: number) => claims[i] as Claim;
  const strays = new Map<string, number>();
  const endpoint = (id: string): number => {
    const index = actorIndex.get(id);
    if (index !== undefined) return index;
    let stray = strays.get(id);
    if (stray === undefined) {
      stray = actorIndex.size + strayEndpoints.length;
      strays.set(id, stray);
      strayEndpoints.push(id);
    }
    return stray;
  };
  const from = new Uint32Array(n);
  const to = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    from[i] = endpoint(at(i).from);
    to[i] = endpoint(at(i).to);
  }
  const evidence = encodeEvidence(claims);
  return {
    id: stringColumn(n, (i) => at(i).id),
    from,
    to,
    relation: codeColumn(n, (i) => at(i).relation),
    certainty: codeColumn(n, (i) => at(i).certainty),
    start: stringColumn(n, (i) => at(i).start),
    end: stringColumn(n, (i) => at(i).end),
    note: stringColumn(n, (i) => at(i).note),
    evidenceEnds: evidence.ends,
    evidence: evidence.columns,
  };
}

/** The columns of a dataset's actors, claims and layout (the rest of the dataset travels as it is). */
export function encodeDatasetColumns(dataset: Pick<Dataset, "actors" | "claims" | "layout">): DatasetColumns {
  const { actors, claims, layout } = dataset;
  // A duplicated id (never in a validated dataset) keeps its first index, as graph lookups would.
  const actorIndex = new Map<string, number>();
  for (let i = actors.length - 1; i >= 0; i--) actorIndex.set((actors[i] as Actor).id, i);
  const strayEndpoints: string[] = [];
  const strayPositions: [string, { x: number; y: number }][] = [];
  if (layout !== undefined) {
    for (const [id, position] of Object.entries(layout))
      if (!actorIndex.has(id)) strayPositions.push([id, position]);
  }
  return {
    actorCount: actors.length,
    claimCount: claims.length,
    actors: encodeActors(actors, layout),
    claims: encodeClaims(claims, actorIndex, strayEndpoints),
    strayEndpoints,
    strayPositions,
    hasLayout: layout !== undefined,
  };
}

/** The buffers to transfer with the columns (each typed array owns its whole buffer). */
export function columnBuffers(columns: DatasetColumns): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  const visit = (value: unknown): void => {
    if (ArrayBuffer.isView(value)) buffers.push(value.buffer as ArrayBuffer);
    else if (value !== null && typeof value === "object" && !Array.isArray(value))
      for (const field of Object.values(value)) visit(field);
  };
  visit(columns.actors);
  visit(columns.claims);
  return buffers;
}

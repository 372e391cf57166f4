import type { Actor, Certainty, Claim, Dataset, Evidence } from "../model/types";
import type { CodeColumn, DatasetColumns, NumberColumns, StringColumn } from "./dataset-columns";

/**
 * The records back from their columns (dataset-columns.ts), one at a time, so a caller on the page
 * can rebuild a large dataset in several short tasks. Actors come first: claims name their
 * endpoints by actor index.
 */

function stringAt(column: StringColumn, i: number): string | undefined {
  if (column.absent !== null && column.absent[i] === 1) return undefined;
  return column.joined.slice(i === 0 ? 0 : column.ends[i - 1], column.ends[i]);
}

/** A required string (present in every row by construction). */
function requiredAt(column: StringColumn, i: number): string {
  return column.joined.slice(i === 0 ? 0 : column.ends[i - 1], column.ends[i]);
}

function codeAt(column: CodeColumn, i: number): string | undefined {
  const code = column.codes[i] ?? 0;
  return code === 0 ? undefined : column.values[code - 1];
}

function pairAt(column: NumberColumns, i: number): [number, number] | undefined {
  return column.present[i] === 1 ? [column.a[i] as number, column.b[i] as number] : undefined;
}

export class DatasetDecoder {
  readonly actors: Actor[] = [];
  readonly claims: Claim[] = [];
  readonly layout: NonNullable<Dataset["layout"]> = {};
  private readonly actorIds: string[];

  constructor(private readonly columns: DatasetColumns) {
    const ids = columns.actors.id;
    this.actorIds = Array.from({ length: columns.actorCount }, (_, i) => requiredAt(ids, i));
  }

  get total(): number {
    return this.columns.actorCount + this.columns.claimCount;
  }

  get decoded(): number {
    return this.actors.length + this.claims.length;
  }

  /** Decodes up to `count` more records (actors, then claims); false once every one is decoded. */
  step(count: number): boolean {
    const { actorCount, claimCount } = this.columns;
    let left = count;
    while (left > 0 && this.actors.length < actorCount) {
      this.actors.push(this.actor(this.actors.length));
      left--;
    }
    while (left > 0 && this.claims.length < claimCount) {
      this.claims.push(this.claim(this.claims.length));
      left--;
    }
    return this.decoded < this.total;
  }

  /** The dataset's layout field (undefined when it had none); complete once every actor is decoded. */
  finishLayout(): Dataset["layout"] {
    if (!this.columns.hasLayout) return undefined;
    for (const [id, position] of this.columns.strayPositions) this.layout[id] = position;
    return this.layout;
  }

  private actor(i: number): Actor {
    const c = this.columns.actors;
    const id = this.actorIds[i] as string;
    const actor: Actor = { id, label: requiredAt(c.label, i), kind: codeAt(c.kind, i) as string };
    if (c.aliasAbsent[i] !== 1) {
      const aliases: string[] = [];
      for (let a = i === 0 ? 0 : (c.aliasEnds[i - 1] as number); a < (c.aliasEnds[i] as number); a++)
        aliases.push(requiredAt(c.aliases, a));
      actor.aliases = aliases;
    }
    const description = stringAt(c.description, i);
    if (description !== undefined) actor.description = description;
    const coordinates = pairAt(c.coordinates, i);
    if (coordinates !== undefined) actor.coordinates = { lat: coordinates[0], lon: coordinates[1] };
    const start = stringAt(c.start, i);
    if (start !== undefined) actor.start = start;
    const end = stringAt(c.end, i);
    if (end !== undefined) actor.end = end;
    const position = pairAt(c.position, i);
    if (position !== undefined) this.layout[id] = { x: position[0], y: position[1] };
    return actor;
  }

  private endpoint(index: number): string {
    const { actorCount, strayEndpoints } = this.columns;
    return (index < actorCount ? this.actorIds[index] : strayEndpoints[index - actorCount]) as string;
  }

  private evidence(i: number): Evidence {
    const c = this.columns.claims.evidence;
    const item: Record<string, string> = { source: codeAt(c.source, i) as string };
    const quote = stringAt(c.quote, i);
    if (quote !== undefined) item.quote = quote;
    const attributedTo = stringAt(c.attributedTo, i);
    if (attributedTo !== undefined) item.attributedTo = attributedTo;
    const locator = stringAt(c.locator, i);
    if (locator !== undefined) item.locator = locator;
    const note = stringAt(c.note, i);
    if (note !== undefined) item.note = note;
    const stance = codeAt(c.stance, i);
    if (stance !== undefined) item.stance = stance;
    return item as unknown as Evidence;
  }

  private claim(i: number): Claim {
    const c = this.columns.claims;
    const evidence: Evidence[] = [];
    for (let e = i === 0 ? 0 : (c.evidenceEnds[i - 1] as number); e < (c.evidenceEnds[i] as number); e++)
      evidence.push(this.evidence(e));
    const claim: Claim = {
      id: requiredAt(c.id, i),
      from: this.endpoint(c.from[i] as number),
      relation: codeAt(c.relation, i) as string,
      to: this.endpoint(c.to[i] as number),
      evidence,
      certainty: codeAt(c.certainty, i) as Certainty,
    };
    const start = stringAt(c.start, i);
    if (start !== undefined) claim.start = start;
    const end = stringAt(c.end, i);
    if (end !== undefined) claim.end = end;
    const note = stringAt(c.note, i);
    if (note !== undefined) claim.note = note;
    return claim;
  }
}

import { z } from "zod";
import { CERTAINTIES } from "./certainty";
import { ID_PATTERN, ID_RULE } from "./ids";

/**
 * The on-disk shapes of the ontology and of a dataset, as zod schemas. The TypeScript types in
 * `types.ts` are inferred from these, so the schema editors use (data/*.schema.json, generated
 * from here) and the types the code uses cannot drift apart. These schemas check structure only;
 * meaning (ids that exist, kinds a relation may connect, verbatim quotes, date order) is checked
 * in `validate.ts`.
 */

const id = z.string().regex(ID_PATTERN, ID_RULE);

const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like "#1b9e77"');

/** A calendar date at year, month or day precision: "2024", "2024-12", "2024-12-05". */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be a date as YYYY, YYYY-MM or YYYY-MM-DD");

export const nodeShape = z.enum(["disc", "square", "triangle", "diamond"]);

export const nodeKindSchema = z.strictObject({
  id,
  label: z.string().min(1),
  color,
  shape: nodeShape,
  description: z.string(),
});

export const relationKindSchema = z.strictObject({
  id,
  label: z.string().min(1),
  /** How the relation reads from the target's side ("supported by"). */
  inverseLabel: z.string().min(1),
  color,
  /** +1 friendly, -1 hostile, 0 neutral: what structural-balance analysis reads. */
  sign: z.union([z.literal(1), z.literal(0), z.literal(-1)]),
  /** false: symmetric ("fights", "allied with"); the claim's from/to order carries no meaning. */
  directed: z.boolean(),
  /** Node kinds allowed at each end. */
  from: z.array(id).min(1),
  to: z.array(id).min(1),
  description: z.string(),
});

export const ontologySchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1),
  nodeKinds: z.array(nodeKindSchema).min(1),
  /** Node kinds that are places (cities, regions, countries) rather than actors. */
  placeKinds: z.array(id),
  relationKinds: z.array(relationKindSchema).min(1),
});

/** An absolute http(s) address: the only kind a reference may point at (and the explorer links). */
const webAddress = z
  .string()
  .regex(/^https?:\/\/[^\s]+$/, 'must be an http or https address ("https://...")');

/** A shipped text: quotes citing it must be verbatim in it. */
export const textSourceSchema = z.strictObject({
  id,
  title: z.string().min(1),
  publisher: z.string().min(1),
  date: partialDate,
  url: z.string().optional(),
  language: z.string().optional(),
  /** The source text, as a path relative to the dataset file. Every quote must be verbatim in it. */
  text: z.string().min(1),
});

/** A public document the dataset does not ship: evidence cites a place in it and says in its own words what it states. */
export const referenceSourceSchema = z.strictObject({
  id,
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** Publication or last-revision date of the document. */
  date: partialDate,
  url: webAddress,
  /** Under what terms the document may be cited ("CC BY-SA 4.0", "Public domain (U.S. government work)"). */
  licence: z.string().min(1),
  language: z.string().optional(),
});

/** Either kind; they cannot be confused: only a text source has `text`, only a reference has `licence`. */
export const sourceSchema = z.union([textSourceSchema, referenceSourceSchema]);

export const actorSchema = z.strictObject({
  id,
  label: z.string().min(1),
  kind: id,
  aliases: z.array(z.string().min(1)).optional(),
  description: z.string().optional(),
  coordinates: z
    .strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) })
    .optional(),
  /** When the actor was founded (or formed, or took that name). */
  start: partialDate.optional(),
  /** When it was dissolved, merged into another or renamed; not before `start`. */
  end: partialDate.optional(),
});

/** Evidence citing a text source. */
export const quoteEvidenceSchema = z.strictObject({
  source: id,
  /** Verbatim text from the source; whitespace differences are tolerated, nothing else. */
  quote: z.string().min(1),
  /** Who the source says made the statement ("the army", "Reuters"), when it is not the source itself. */
  attributedTo: z.string().min(1).optional(),
});

/** Evidence citing a reference source: where in it, and what it says there, in the dataset's own words. */
export const referenceEvidenceSchema = z.strictObject({
  source: id,
  /** Where in the document: section, paragraph, page, table row. */
  locator: z.string().min(1),
  /** What the document states there (the fact and its date), in the author's own words. */
  note: z.string().min(1),
  /** "against": the cited place disputes the claim; absent, it supports it. */
  stance: z.literal("against").optional(),
});

export const evidenceSchema = z.union([quoteEvidenceSchema, referenceEvidenceSchema]);

export const certaintySchema = z.enum(CERTAINTIES);

export const claimSchema = z.strictObject({
  id,
  from: id,
  relation: id,
  to: id,
  evidence: z.array(evidenceSchema).min(1),
  start: partialDate.optional(),
  end: partialDate.optional(),
  certainty: certaintySchema,
  note: z.string().optional(),
});

export const positionSchema = z.strictObject({ x: z.number(), y: z.number() });

export const datasetSchema = z.strictObject({
  $schema: z.string().optional(),
  id,
  title: z.string().min(1),
  description: z.string().optional(),
  /** Path of the ontology relative to the dataset file; defaults to "ontology.json" beside it. */
  ontology: z.string().optional(),
  /**
   * Other dataset files (paths relative to this one) merged into this one on actor ids: same id,
   * same actor. See load.ts for the rules.
   */
  includes: z.array(z.string().min(1)).optional(),
  sources: z.array(sourceSchema),
  actors: z.array(actorSchema),
  claims: z.array(claimSchema),
  /** Optional stored layout; actors missing from it are placed by the seeded layout. */
  layout: z.record(z.string(), positionSchema).optional(),
});

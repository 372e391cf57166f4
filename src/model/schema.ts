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

export const sourceSchema = z.strictObject({
  id,
  title: z.string().min(1),
  publisher: z.string().min(1),
  date: partialDate,
  url: z.string().optional(),
  language: z.string().optional(),
  /** The source text, as a path relative to the dataset file. Every quote must be verbatim in it. */
  text: z.string().min(1),
});

export const actorSchema = z.strictObject({
  id,
  label: z.string().min(1),
  kind: id,
  aliases: z.array(z.string().min(1)).optional(),
  description: z.string().optional(),
  coordinates: z
    .strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) })
    .optional(),
});

export const evidenceSchema = z.strictObject({
  source: id,
  /** Verbatim text from the source; whitespace differences are tolerated, nothing else. */
  quote: z.string().min(1),
  /** Who the source says made the statement ("the army", "Reuters"), when it is not the source itself. */
  attributedTo: z.string().min(1).optional(),
});

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
  sources: z.array(sourceSchema),
  actors: z.array(actorSchema),
  claims: z.array(claimSchema),
  /** Optional stored layout; actors missing from it are placed by the seeded layout. */
  layout: z.record(z.string(), positionSchema).optional(),
});

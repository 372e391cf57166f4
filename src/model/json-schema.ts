import { z } from "zod";
import { datasetSchema, ontologySchema } from "./schema";
import type { Ontology } from "./types";

/**
 * JSON Schemas of the dataset and ontology files, generated from the zod schemas so that editors
 * (completion and checking of data/*.json) and the code can never disagree. draft-07 is what most
 * editors understand. `npx tsx tests/support/gen-schemas.ts` writes them to data/; a unit test fails when
 * the committed copies are stale.
 *
 * Node and relation kinds come from an ontology, which is data: they are offered as `examples`
 * (editors complete them) rather than `enum`, so a dataset with its own ontology is not flagged.
 */

type JsonObject = Record<string, unknown>;

/** Field descriptions shown by editors on hover, by property path inside the dataset schema. */
const DATASET_DESCRIPTIONS: [path: string[], description: string][] = [
  [["ontology"], 'Path of the ontology relative to this file; "ontology.json" beside it when omitted.'],
  [
    ["includes"],
    "Other dataset files (paths relative to this one) merged into this one: the same actor id is the same actor.",
  ],
  [
    ["sources"],
    'What the claims cite: shipped texts ("text", quoted verbatim) or references to public documents ("url" and "licence").',
  ],
  [
    ["sources", "*", "text"],
    "Path of the source text relative to this file. Every quote must be verbatim in it.",
  ],
  [["sources", "*", "date"], "Publication (or last revision) date: YYYY, YYYY-MM or YYYY-MM-DD."],
  [["sources", "*", "licence"], 'Terms under which the document is cited ("CC BY-SA 4.0", "Public domain").'],
  [["actors"], "The nodes: states, groups, people, places."],
  [["actors", "*", "id"], "Stable id (lower-case letters, digits, hyphens); claims refer to it."],
  [["actors", "*", "kind"], "A node kind id of the ontology."],
  [["actors", "*", "aliases"], "Other names the actor can be found by (search, CLI)."],
  [
    ["actors", "*", "start"],
    "When the actor was founded (or took this identity): YYYY, YYYY-MM or YYYY-MM-DD.",
  ],
  [["actors", "*", "end"], "When it was dissolved, merged or renamed; not before start."],
  [["claims"], "The edges: each one a relation between two actors, backed by verbatim quotes."],
  [
    ["claims", "*", "relation"],
    "A relation kind id of the ontology; it decides which actor kinds may be at each end.",
  ],
  [["claims", "*", "evidence"], "Quotes or reference citations backing the claim, at least one."],
  [
    ["claims", "*", "evidence", "*", "quote"],
    "Verbatim text of the source; only whitespace and quote-mark variants are tolerated.",
  ],
  [["claims", "*", "evidence", "*", "attributedTo"], 'Who the source says made the statement ("the army").'],
  [
    ["claims", "*", "evidence", "*", "locator"],
    "Where in the referenced document: section, paragraph, page, table row.",
  ],
  [
    ["claims", "*", "evidence", "*", "note"],
    "What the document states there, in your own words (the fact and its date); never a copied sentence.",
  ],
  [["claims", "*", "evidence", "*", "stance"], '"against": this citation disputes the claim.'],
  [["claims", "*", "start"], "First day the claim holds: YYYY, YYYY-MM or YYYY-MM-DD."],
  [["claims", "*", "end"], "Last day the claim holds: YYYY, YYYY-MM or YYYY-MM-DD; not before start."],
  [
    ["claims", "*", "certainty"],
    "stated: the source says it; implied: it follows from the text; disputed: contested.",
  ],
  [["layout"], "Stored positions by actor id; actors missing here are placed by the seeded layout."],
];

/** The schema nodes of a property path; "*" steps into array items, and a union into each alternative. */
function nodesAt(schema: JsonObject, path: string[]): JsonObject[] {
  let nodes: JsonObject[] = [schema];
  for (const step of path) {
    const alternatives = nodes.flatMap((node) =>
      Array.isArray(node.anyOf) ? (node.anyOf as JsonObject[]) : [node],
    );
    nodes = alternatives.flatMap((node) => {
      const next: unknown = step === "*" ? node.items : (node.properties as JsonObject | undefined)?.[step];
      return typeof next === "object" && next !== null ? [next as JsonObject] : [];
    });
  }
  return nodes;
}

function annotate(schema: JsonObject, path: string[], extra: JsonObject): void {
  const nodes = nodesAt(schema, path);
  if (nodes.length === 0) throw new Error(`no property ${path.join(".")} in the generated schema`);
  for (const node of nodes) Object.assign(node, extra);
}

function toJson(schema: z.ZodType): JsonObject {
  return z.toJSONSchema(schema, { target: "draft-07", io: "input" }) as JsonObject;
}

function render(json: JsonObject): string {
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** File name (in data/) -> content. With an ontology, its kind ids are offered for completion. */
export function renderJsonSchemas(ontology?: Ontology): Record<string, string> {
  const dataset: JsonObject = {
    ...toJson(datasetSchema),
    title: "Faultline dataset",
    description:
      "Actors, sources and sourced claims of a Faultline knowledge graph. Meaning (known ids, allowed relation kinds, verbatim quotes, date order) is checked by `faultline validate`.",
  };
  for (const [path, description] of DATASET_DESCRIPTIONS) annotate(dataset, path, { description });
  if (ontology !== undefined) {
    annotate(dataset, ["actors", "*", "kind"], { examples: ontology.nodeKinds.map((k) => k.id) });
    annotate(dataset, ["claims", "*", "relation"], { examples: ontology.relationKinds.map((r) => r.id) });
  }

  const ontologyJson: JsonObject = {
    ...toJson(ontologySchema),
    title: "Faultline ontology",
    description:
      "Node kinds and relation kinds (with the node kinds each relation may connect) of Faultline datasets.",
  };
  annotate(ontologyJson, ["placeKinds"], { description: "Node kinds that are places rather than actors." });
  annotate(ontologyJson, ["relationKinds", "*", "sign"], {
    description: "+1 friendly, -1 hostile, 0 neutral (read by structural-balance analysis).",
  });
  annotate(ontologyJson, ["relationKinds", "*", "directed"], {
    description:
      "false for symmetric relations (fights, allied with): the claim's from/to order carries no meaning.",
  });

  return { "dataset.schema.json": render(dataset), "ontology.schema.json": render(ontologyJson) };
}

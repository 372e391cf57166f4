import { z } from "zod";
import { datasetSchema, ontologySchema } from "./schema";

/**
 * JSON Schemas of the dataset and ontology files, generated from the zod schemas so that editors
 * (completion and checking of data/*.json) and the code can never disagree. draft-07 is what most
 * editors understand. `npm exec tsx scripts/gen-schemas.ts` writes them to data/; a unit test fails
 * when the committed copies are stale.
 */

function render(schema: z.ZodType, title: string, description: string): string {
  const json = z.toJSONSchema(schema, { target: "draft-07", io: "input" });
  return `${JSON.stringify({ ...json, title, description }, null, 2)}\n`;
}

/** File name (in data/) -> content. */
export function renderJsonSchemas(): Record<string, string> {
  return {
    "dataset.schema.json": render(
      datasetSchema,
      "Faultline dataset",
      "Actors, sources and sourced claims of a Faultline knowledge graph. Meaning (known ids, allowed relation kinds, verbatim quotes, date order) is checked by `faultline validate`.",
    ),
    "ontology.schema.json": render(
      ontologySchema,
      "Faultline ontology",
      "Node kinds and relation kinds (with the node kinds each relation may connect) of Faultline datasets.",
    ),
  };
}

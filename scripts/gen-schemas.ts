/** Writes data/dataset.schema.json and data/ontology.schema.json from the zod schemas. */
import { writeFile } from "node:fs/promises";
import { renderJsonSchemas } from "../src/model/json-schema";

const dataDirectory = new URL("../data/", import.meta.url);
for (const [name, content] of Object.entries(renderJsonSchemas())) {
  await writeFile(new URL(name, dataDirectory), content, "utf8");
  console.log(`wrote data/${name}`);
}

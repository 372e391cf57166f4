/**
 * Writes data/dataset.schema.json and data/ontology.schema.json from the zod schemas, offering the
 * kinds of data/ontology.json for completion. Run after changing src/model/schema.ts or the ontology.
 */
import { readFile, writeFile } from "node:fs/promises";
import { renderJsonSchemas } from "../../src/model/json-schema";
import { validateOntology } from "../../src/model/validate";

const dataDirectory = new URL("../../data/", import.meta.url);
const ontologyFile = new URL("ontology.json", dataDirectory);
const checked = validateOntology(JSON.parse(await readFile(ontologyFile, "utf8")), "data/ontology.json");
if (!checked.ok) {
  for (const e of checked.errors) console.error(`${e.file}: ${e.path}: ${e.message}`);
  process.exit(1);
}
for (const [name, content] of Object.entries(renderJsonSchemas(checked.ontology))) {
  await writeFile(new URL(name, dataDirectory), content, "utf8");
  console.log(`wrote data/${name}`);
}

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { datasetSchema, ontologySchema } from "../../src/model/schema";
import type { LoadedDataset, Ontology } from "../../src/model/types";

/**
 * The ontology and the background dataset (actors only, no claims) that the eval and the ingest
 * benchmark read articles against, so both measure the same extractor set-up.
 */
export function loadEvalBackground(): { ontology: Ontology; background: LoadedDataset } {
  const ontologyFile = fileURLToPath(new URL("../../data/ontology.json", import.meta.url));
  const backgroundFile = fileURLToPath(new URL("./background.json", import.meta.url));
  const ontology = ontologySchema.parse(JSON.parse(readFileSync(ontologyFile, "utf8")));
  const background: LoadedDataset = {
    file: backgroundFile,
    dataset: datasetSchema.parse(JSON.parse(readFileSync(backgroundFile, "utf8"))),
    ontology,
    sourceTexts: {},
  };
  return { ontology, background };
}

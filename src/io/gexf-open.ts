import type { Ontology } from "../model/types";
import { suggestMapping, surveyGexf } from "./gexf-mapping";
import { type GexfImportResult, importGexf } from "./gexf-read";

/**
 * A GEXF opened with no one to ask for a mapping (a file opened by URL): as it is when it follows
 * the ontology, else with the suggested mapping (the import dialog's starting point), saying so.
 *
 * The strict reading stops at the first kind or relation the ontology does not have, so a file
 * from another tool costs that short prefix, a survey and one mapped import, not a full failed
 * import first. Only a file the mapping cannot open either is read strictly to the end, for the
 * full list of its errors.
 */
export function openGexf(file: string, xml: string, ontology: Ontology): GexfImportResult {
  const strict = importGexf(file, xml, ontology, { stopAtOntologyMiss: true });
  if (strict.ok) return strict;
  const refused = () => (strict.stoppedAtOntologyMiss ? importGexf(file, xml, ontology) : strict);
  const surveyed = surveyGexf(file, xml);
  if (!surveyed.ok) return refused();
  const mapped = importGexf(file, xml, ontology, { mapping: suggestMapping(surveyed.survey, ontology) });
  if (!mapped.ok) return refused();
  mapped.warnings.unshift("the file does not follow the ontology: opened with the suggested mapping");
  return mapped;
}

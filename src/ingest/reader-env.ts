import type { Ontology } from "../model/types";
import type { Gazetteer } from "./gazetteer";
import type { MentionFinder } from "./mentions/index";
import type { CandidateClaim } from "./types";

/** A claim before it is compared with the datasets. */
export interface RawClaim extends Omit<CandidateClaim, "status" | "conflict"> {}

/** What every sentence of one text is read with; `raw` collects the claims. */
export interface ReaderEnv {
  ontology: Ontology;
  gazetteer: Gazetteer;
  finder: MentionFinder;
  date?: string;
  raw: RawClaim[];
}

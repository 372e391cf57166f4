/**
 * A relation read from the sentence's structure: the mentions at each end (several for a
 * coordination), the frame that read it, and the units it spans (for modality and aspect).
 */
export interface StructureClaim {
  relation: string;
  from: number[];
  to: number[];
  /** The frame, reported as the claim's pattern ("structure-verb-supports"). */
  name: string;
  kinds: string[];
  confidence: number;
  /** A capture: the relation starts on the article's date. */
  event?: boolean;
  /** The target is ground its actor holds ("bombed rebel-held areas"): it must be able to hold ground. */
  holder?: boolean;
  /** The form only implies the relation ("X-backed"). */
  implied?: boolean;
  /** First and last unit of the words that state the relation. */
  first: number;
  last: number;
}

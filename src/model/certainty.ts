/**
 * How sure a source is of a claim, from surest to least: the one list the schema, the readers, the
 * statistics and the panels share.
 */
export const CERTAINTIES = ["stated", "implied", "disputed"] as const;

export function isCertainty(value: string): value is (typeof CERTAINTIES)[number] {
  return (CERTAINTIES as readonly string[]).includes(value);
}

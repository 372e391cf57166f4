import { asRecord, type Raw, type UnionChoice } from "./error-list";

/**
 * Sources and evidence each come in two kinds (schema.ts), which zod checks as a union and, when
 * neither fits, reports as a bare "invalid input" with the issues of both. The kinds are told apart
 * by their fields, so the value itself says which one was meant; its issues are the ones to show.
 */

export type SourceKind = "text" | "reference";

const REFERENCE_SOURCE_FIELDS = ["url", "licence"] as const;
const REFERENCE_EVIDENCE_FIELDS = ["locator", "note", "stance"] as const;

/** The kind a raw source is meant to be: `text` makes it a text source, `licence` a reference. */
export function sourceKindOf(source: Raw | undefined): SourceKind | undefined {
  if (source === undefined) return undefined;
  if ("text" in source) return "text";
  if ("licence" in source || "url" in source) return "reference";
  return undefined;
}

type Choice = ReturnType<UnionChoice>;

function sourceChoice(value: unknown): Choice {
  const source = asRecord(value);
  if (source === undefined) return 0;
  if ("text" in source && "licence" in source)
    return {
      message: 'a source is either a shipped text ("text") or a reference ("url" and "licence"), not both',
    };
  const kind = sourceKindOf(source);
  if (kind === "text") return 0;
  if (kind === "reference") return 1;
  return {
    field: "text",
    message: `required field is missing: a source needs either "text" (path of a shipped text, quoted verbatim) or ${REFERENCE_SOURCE_FIELDS.map((f) => `"${f}"`).join(" and ")} (a public document, cited by locator and note)`,
  };
}

function evidenceChoice(value: unknown): Choice {
  const evidence = asRecord(value);
  if (evidence === undefined) return 0;
  const asReference = REFERENCE_EVIDENCE_FIELDS.some((field) => field in evidence);
  if ("quote" in evidence && asReference)
    return {
      message:
        'evidence is either a "quote" (of a shipped text) or a "locator" and "note" (citing a reference), not both',
    };
  if ("quote" in evidence) return 0;
  if (asReference) return 1;
  return {
    field: "quote",
    message:
      'required field is missing: evidence needs either "quote" (verbatim, citing a shipped text) or "locator" and "note" (citing a reference)',
  };
}

/** The UnionChoice of the dataset schema: sources and evidence items are its only unions. */
export function chooseDatasetUnion(path: readonly PropertyKey[], value: unknown): Choice {
  if (path.length === 2 && path[0] === "sources") return sourceChoice(value);
  if (path.length === 4 && path[0] === "claims" && path[2] === "evidence") return evidenceChoice(value);
  return 0;
}

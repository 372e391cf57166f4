/**
 * What a Faultline id is, and how one is made from a name. Every id in a dataset (actors, claims,
 * sources, kinds, relations) follows this one rule, and every module that checks or makes ids
 * imports it from here.
 */

/** Lower-case letters, digits and hyphens, not starting with a hyphen: "assad-government". */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** What a bad id is told (the schema's message). */
export const ID_RULE = 'must be lower-case letters, digits and hyphens (e.g. "assad-government")';

export function isId(value: string): boolean {
  return ID_PATTERN.test(value);
}

/**
 * An id from any name: accents folded ("Hamā" -> "hama"), apostrophes dropped ("Assad's" ->
 * "assads", not "assad-s"), every other run of non-alphanumerics one hyphen. A name with no letter
 * or digit gets `fallback`.
 */
export function slugify(name: string, fallback: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug === "" ? fallback : slug;
}

/** `base`, or `base-2`, `base-3`, … : the first that `taken` does not hold. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/**
 * Hands out unique ids for things read from elsewhere (a GEXF file's nodes and edges): a valid id
 * is kept, any other is slugified, and a taken one gets a number. Counts what it rewrote, for a
 * warning.
 */
export class IdAllocator {
  private readonly used = new Set<string>();
  rewritten = 0;

  /** `fallback` is the id for a name with no letter or digit. */
  constructor(private readonly fallback: string) {}

  allocate(wanted: string): string {
    const id = uniqueId(isId(wanted) ? wanted : slugify(wanted, this.fallback), this.used);
    if (id !== wanted) this.rewritten++;
    this.used.add(id);
    return id;
  }
}

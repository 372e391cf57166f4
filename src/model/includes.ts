import { asArray, asRecord, type Locate, type Raw, show, stringField } from "./error-list";
import { jsonPath } from "./json-path";
import { relativeTo, resolveRelative } from "./resolve-path";
import type { InputError } from "./types";

/**
 * Merging a dataset with the datasets it includes (`"includes": ["hama-2024-12.json"]`, paths
 * relative to the including file), so an analyst can add an article's claims to a larger picture.
 *
 * - Actors are merged on their ids: the same id is the same actor. Kinds must agree; aliases are
 *   unioned; the including file's label, description, coordinates and span win, and a label it
 *   replaces stays searchable as an alias.
 * - Sources and claims are concatenated; an id used in two files is an error naming both.
 * - Included files may include others. A file reached twice (two files include the same third)
 *   is merged once; a file that includes itself, directly or not, is an error.
 * - Every file is checked against the root file's ontology; an included file that names another
 *   ontology is an error (one that names none is fine: it need not sit beside an ontology.json).
 *
 * Included files are merged first, in the order listed, then the including file; among files at the
 * same depth the later one wins. The merge reads its input loosely (as validation does): anything
 * malformed is passed on for validation to report, and `locate` maps every place of the merged input
 * back to the file and place it came from.
 */

export interface DatasetFile {
  /** The file as resolved from the including one (a path or URL). */
  file: string;
  json: unknown;
}

export interface MergedInput {
  /** The merged dataset, without `includes`, source text paths relative to the root file. */
  input: Raw;
  locate: Locate;
  errors: InputError[];
}

interface Origin {
  file: string;
  index: number;
}

interface Merged<T> {
  items: T[];
  origins: Origin[];
  /** id -> position in items */
  byId: Map<string, number>;
}

function emptyList<T>(): Merged<T> {
  return { items: [], origins: [], byId: new Map() };
}

/** The includes of a file, each resolved against it, or the error of a malformed entry. */
export function includesOf(file: string, json: unknown): ({ target: string } | { error: InputError })[] {
  const root = asRecord(json);
  if (root === undefined || !("includes" in root)) return [];
  if (!Array.isArray(root.includes))
    return [{ error: { file, path: "$.includes", message: "must be a list of dataset file paths" } }];
  return root.includes.map((ref, k) =>
    typeof ref === "string" && ref !== ""
      ? { target: resolveRelative(file, ref) }
      : { error: { file, path: jsonPath(["includes", k]), message: "must be a dataset file path" } },
  );
}

function unionAliases(earlier: Raw, later: Raw): unknown {
  if (!Array.isArray(earlier.aliases) && !Array.isArray(later.aliases)) return undefined;
  if (earlier.aliases !== undefined && !Array.isArray(earlier.aliases))
    return later.aliases ?? earlier.aliases;
  if (later.aliases !== undefined && !Array.isArray(later.aliases)) return later.aliases;
  const names = [...asArray(earlier.aliases), ...asArray(later.aliases)];
  const label = stringField(later, "label");
  const replaced = stringField(earlier, "label");
  if (replaced !== undefined && replaced !== label) names.push(replaced);
  const seen = new Set<unknown>(label === undefined ? [] : [label]);
  return names.filter((name) => !seen.has(name) && seen.add(name) !== undefined);
}

const ACTOR_OVERRIDES = ["label", "description", "coordinates", "start", "end"] as const;

class Merger {
  readonly errors: InputError[] = [];
  private readonly sources = emptyList<unknown>();
  private readonly actors = emptyList<unknown>();
  private readonly claims = emptyList<unknown>();
  private readonly layout: Raw = {};
  private readonly layoutOrigins = new Map<string, string>();

  constructor(private readonly rootFile: string) {}

  add({ file, json }: DatasetFile): void {
    const root = asRecord(json);
    asArray(root?.sources).forEach((raw, i) => {
      this.concat("sources", "source", this.sources, this.rebaseText(file, raw), { file, index: i });
    });
    asArray(root?.actors).forEach((raw, i) => {
      this.mergeActor(raw, { file, index: i });
    });
    asArray(root?.claims).forEach((raw, i) => {
      this.concat("claims", "claim", this.claims, raw, { file, index: i });
    });
    const layout = asRecord(root?.layout);
    if (layout === undefined) return;
    for (const key of Object.keys(layout)) {
      this.layout[key] = layout[key];
      this.layoutOrigins.set(key, file);
    }
  }

  /** A source text path written in `file`, rewritten to name the same file from the root file. */
  private rebaseText(file: string, raw: unknown): unknown {
    const source = asRecord(raw);
    const text = stringField(source, "text");
    if (file === this.rootFile || source === undefined || text === undefined || text === "") return raw;
    return { ...source, text: relativeTo(this.rootFile, resolveRelative(file, text)) };
  }

  private concat(list: string, what: string, into: Merged<unknown>, raw: unknown, origin: Origin): void {
    const id = stringField(asRecord(raw), "id");
    const at = id === undefined ? undefined : into.byId.get(id);
    const first = at === undefined ? undefined : into.origins[at];
    if (id !== undefined && first !== undefined && first.file !== origin.file) {
      this.errors.push({
        file: origin.file,
        path: jsonPath([list, origin.index, "id"]),
        message: `${what} id ${show(id)} is also used in ${first.file} (${jsonPath([list, first.index, "id"])}); ids must be unique across included datasets`,
      });
      return;
    }
    if (id !== undefined && at === undefined) into.byId.set(id, into.items.length);
    into.items.push(raw);
    into.origins.push(origin);
  }

  private mergeActor(raw: unknown, origin: Origin): void {
    const later = asRecord(raw);
    const id = stringField(later, "id");
    const at = id === undefined ? undefined : this.actors.byId.get(id);
    const earlierOrigin = at === undefined ? undefined : this.actors.origins[at];
    const earlier = at === undefined ? undefined : asRecord(this.actors.items[at]);
    // Same file twice is a plain duplicate, which validation reports.
    if (
      at === undefined ||
      earlier === undefined ||
      later === undefined ||
      earlierOrigin?.file === origin.file
    ) {
      this.concat("actors", "actor", this.actors, raw, origin);
      return;
    }
    const kind = stringField(later, "kind");
    const earlierKind = stringField(earlier, "kind");
    if (kind !== undefined && earlierKind !== undefined && kind !== earlierKind) {
      this.errors.push({
        file: origin.file,
        path: jsonPath(["actors", origin.index, "kind"]),
        message: `actor ${show(id ?? "")} is of kind ${show(kind)} here but of kind ${show(earlierKind)} in ${earlierOrigin?.file} (${jsonPath(["actors", earlierOrigin?.index ?? 0, "kind"])}); the same id must be the same actor`,
      });
    }
    const merged: Raw = { ...earlier };
    for (const key of ACTOR_OVERRIDES) if (key in later) merged[key] = later[key];
    const aliases = unionAliases(earlier, later);
    if (aliases !== undefined) merged.aliases = aliases;
    this.actors.items[at] = merged;
    this.actors.origins[at] = origin;
  }

  result(rootJson: Raw): MergedInput {
    const input: Raw = {};
    for (const [key, value] of Object.entries(rootJson)) if (key !== "includes") input[key] = value;
    input.sources = this.sources.items;
    input.actors = this.actors.items;
    input.claims = this.claims.items;
    if (this.layoutOrigins.size > 0) input.layout = this.layout;
    const lists: Record<string, Merged<unknown>> = {
      sources: this.sources,
      actors: this.actors,
      claims: this.claims,
    };
    const locate: Locate = (path) => {
      const [head, index, ...rest] = path;
      const list = typeof head === "string" && Object.hasOwn(lists, head) ? lists[head] : undefined;
      const origin = typeof index === "number" ? list?.origins[index] : undefined;
      if (origin !== undefined) return { file: origin.file, path: [head as string, origin.index, ...rest] };
      if (head === "layout" && typeof index === "string") {
        return { file: this.layoutOrigins.get(index) ?? this.rootFile, path };
      }
      return { file: this.rootFile, path };
    };
    return { input, locate, errors: this.errors };
  }
}

/**
 * Merges `files` (included files first, in merge order, the root file last). An `ontology` named
 * by an included file must resolve to `ontologyFile`, the root's.
 */
export function mergeDatasets(files: readonly DatasetFile[], ontologyFile: string): MergedInput {
  const root = files[files.length - 1];
  const rootJson = asRecord(root?.json);
  if (root === undefined || rootJson === undefined)
    throw new Error("mergeDatasets needs the root dataset last");
  const merger = new Merger(root.file);
  for (const file of files) {
    const named = stringField(asRecord(file.json), "ontology");
    const resolved = named === undefined ? ontologyFile : resolveRelative(file.file, named);
    if (file !== root && resolved !== ontologyFile) {
      merger.errors.push({
        file: file.file,
        path: "$.ontology",
        message: `an included dataset must use the ontology of the dataset that includes it (${ontologyFile}), not ${resolved}`,
      });
    }
    merger.add(file);
  }
  return merger.result(rootJson);
}

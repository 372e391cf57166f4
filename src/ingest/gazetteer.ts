import { slugify as slugifyName } from "../model/ids";
import type { Claim, LoadedDataset, Ontology } from "../model/types";
import { COMMUNITY_ADJECTIVES, COUNTRIES } from "./lexicon";

/** An actor the gazetteer can name: from a dataset (`known`) or from the country lexicon. */
export interface GazetteerActor {
  id: string;
  label: string;
  kind: string;
  known: boolean;
}

/** How a surface form names its actor; metonyms and demonyms are weaker evidence than names. */
export type SurfaceVia = "name" | "demonym" | "capital" | "community-adjective";

export interface SurfaceEntry {
  actorId: string;
  via: SurfaceVia;
}

/**
 * Everything the extractor knows before reading: the ontology, the actors (with every surface form
 * that names them) and the claims already in the datasets, to tell new from known.
 */
export interface Gazetteer {
  ontology: Ontology;
  actors: Map<string, GazetteerActor>;
  /** Lower-cased surface form -> the actors it may name. */
  surfaces: Map<string, SurfaceEntry[]>;
  /** Surfaces written in capitals ("US", "HTS"), which only match in capitals. */
  acronyms: Set<string>;
  /**
   * Short names in mixed case ("HaD", "AQ-S"), which only match as written: "HaD" is a group,
   * "had" a verb.
   */
  exactForms: Map<string, Set<string>>;
  /** Surfaces by their first two characters, longest first: a dictionary scan, not a giant regex. */
  byPrefix: Map<string, string[]>;
  claims: Claim[];
}

/** A lower-case, hyphenated id from a name: "Free Syrian Army" -> "free-syrian-army". */
export function slugify(name: string): string {
  return slugifyName(name, "actor");
}

export function normalizeSurface(surface: string): string {
  return surface.replace(/[’]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Spelling variants of a dataset name worth matching: no leading "the", plural/singular, acronyms. */
function nameVariants(name: string): string[] {
  const out = new Set<string>([name]);
  const bare = name.replace(/^the\s+/i, "");
  out.add(bare);
  // "Hayat Tahrir al-Sham (HTS)": the long form and the acronym each name the actor.
  const paren = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(bare);
  if (paren?.[1] && paren[2]) {
    out.add(paren[1]);
    out.add(paren[2]);
  }
  // Common-noun names ("rebels", "rebel forces") also appear as adjectives or singulars.
  if (bare === bare.toLowerCase() && !bare.includes(" ")) {
    if (/[^s]s$/.test(bare) && bare.length > 4) out.add(bare.slice(0, -1));
    else if (!bare.endsWith("s")) out.add(`${bare}s`);
  }
  // "pro-Iran militias" <-> "Iran-backed militias", "pro-Iranian militias", "Iranian-backed militias".
  const pro = /^pro-(\S+)\s+(.+)$/i.exec(bare);
  if (pro?.[1] && pro[2]) {
    const patron = pro[1];
    const country = COUNTRIES.find(
      (c) =>
        c.names.some((n) => n.toLowerCase() === patron.toLowerCase()) ||
        c.demonyms.some((d) => d.toLowerCase() === patron.toLowerCase()),
    );
    const patrons = country ? [...country.names.slice(0, 1), ...country.demonyms] : [patron];
    for (const p of patrons) {
      out.add(`pro-${p} ${pro[2]}`);
      out.add(`${p}-backed ${pro[2]}`);
      out.add(`${p}-aligned ${pro[2]}`);
    }
  }
  return [...out].filter((v) => v.trim() !== "");
}

const AGENT_KINDS = new Set(["state", "government"]);

/**
 * Builds the gazetteer from the ontology and the datasets: every actor's label and aliases, plus,
 * for each country of the lexicon, its demonym ("Russian") for the state and its capital ("Moscow")
 * for the state or government acting in its name. Countries no dataset knows become proposals.
 */
export function buildGazetteer(ontology: Ontology, datasets: LoadedDataset[]): Gazetteer {
  const actors = new Map<string, GazetteerActor>();
  const surfaces = new Map<string, SurfaceEntry[]>();
  const acronyms = new Set<string>();
  const exactForms = new Map<string, Set<string>>();
  const claims: Claim[] = [];
  const namesOf = new Map<string, string[]>();

  const add = (surface: string, actorId: string, via: SurfaceVia) => {
    const key = normalizeSurface(surface);
    if (key.length < 2) return;
    const trimmed = surface.trim();
    if (/^[A-Z.]{2,6}$/.test(trimmed)) acronyms.add(key);
    else if (/^[\p{L}.'’-]{2,6}$/u.test(trimmed) && (trimmed.match(/\p{Lu}/gu)?.length ?? 0) >= 2)
      exactForms.set(key, new Set([...(exactForms.get(key) ?? []), trimmed]));
    const list = surfaces.get(key) ?? [];
    if (!list.some((e) => e.actorId === actorId)) list.push({ actorId, via });
    surfaces.set(key, list);
  };

  for (const loaded of datasets) {
    for (const actor of loaded.dataset.actors) {
      if (actors.has(actor.id)) continue;
      actors.set(actor.id, { id: actor.id, label: actor.label, kind: actor.kind, known: true });
      const names = [actor.label, ...(actor.aliases ?? [])];
      namesOf.set(actor.id, names.map(normalizeSurface));
      for (const name of names) for (const variant of nameVariants(name)) add(variant, actor.id, "name");
      if (actor.kind === "community") {
        for (const [adjective, plurals] of Object.entries(COMMUNITY_ADJECTIVES)) {
          if (names.some((n) => plurals.some((p) => normalizeSurface(n) === p.toLowerCase()))) {
            add(adjective, actor.id, "community-adjective");
          }
        }
      }
    }
    claims.push(...loaded.dataset.claims);
  }
  // "Christian" for "Christians of Mahrada" when that is the only community of Christians known.
  for (const [adjective, plurals] of Object.entries(COMMUNITY_ADJECTIVES)) {
    if (surfaces.has(normalizeSurface(adjective))) continue;
    const starts = [...actors.values()].filter(
      (a) =>
        a.kind === "community" &&
        namesOf.get(a.id)?.some((n) => plurals.some((p) => n.startsWith(`${p.toLowerCase()} `))),
    );
    if (starts.length === 1 && starts[0]) add(adjective, starts[0].id, "community-adjective");
  }

  for (const country of COUNTRIES) {
    const names = country.names.map(normalizeSurface);
    const named = [...actors.values()].filter((a) => namesOf.get(a.id)?.some((n) => names.includes(n)));
    let agent = named.find((a) => AGENT_KINDS.has(a.kind));
    if (!agent) {
      // A government named after its country ("Syrian government", "Government of Syria") or its capital.
      const hints = [
        ...country.demonyms,
        ...country.names,
        ...(country.capital ? [country.capital] : []),
      ].map(normalizeSurface);
      agent = [...actors.values()].find(
        (a) =>
          a.kind === "government" &&
          namesOf
            .get(a.id)
            ?.some((n) => hints.some((h) => new RegExp(`(?:^|\\s)${escapeRegExp(h)}(?:\\s|$)`).test(n))),
      );
    }
    const hasPlace = named.some((a) => a.kind === "country");
    if (!agent && named.length === 0) {
      // Not in any dataset: the lexicon still knows it is a state, so it can be proposed.
      const label = country.names[0] ?? "";
      const id = slugify(label);
      if (!actors.has(id)) actors.set(id, { id, label, kind: "state", known: false });
      agent = actors.get(id);
      for (const name of country.names) add(name, id, "name");
    }
    if (agent) {
      // "Russian planes" is Russia, but "the Syrian branch" is not the Syrian government.
      if (agent.kind === "state") for (const demonym of country.demonyms) add(demonym, agent.id, "demonym");
      if (country.capital) add(country.capital, agent.id, "capital");
      // A state actor also stands for the country's name when the dataset has no separate place.
      if (agent.kind === "state" && !hasPlace) for (const name of country.names) add(name, agent.id, "name");
    }
  }

  // Communities the lexicon knows but no dataset has ("the Druze community") can be proposed too.
  for (const [adjective, plurals] of Object.entries(COMMUNITY_ADJECTIVES)) {
    const forms = [adjective, ...plurals].map(normalizeSurface);
    if (forms.some((f) => surfaces.get(f)?.some((e) => actors.get(e.actorId)?.kind === "community")))
      continue;
    const label = plurals[0] ?? adjective;
    const id = slugify(label);
    if (!actors.has(id)) actors.set(id, { id, label, kind: "community", known: false });
    add(adjective, id, "community-adjective");
    for (const plural of plurals) add(plural, id, "name");
  }

  return { ontology, actors, surfaces, acronyms, exactForms, byPrefix: indexByPrefix(surfaces), claims };
}

/** Surfaces by their first two characters, longest first. */
function indexByPrefix(surfaces: Map<string, SurfaceEntry[]>): Map<string, string[]> {
  const byPrefix = new Map<string, string[]>();
  for (const surface of [...surfaces.keys()].sort((a, b) => b.length - a.length)) {
    const prefix = surface.slice(0, 2);
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), surface]);
  }
  return byPrefix;
}

/** Lower-cases without changing length (offsets stay valid), with ’ as ' and any space as " ". */
export function foldForMatching(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower.replace(/’/g, "'").replace(/\s/g, " ");
  let out = "";
  for (const c of text) {
    if (c.length !== 1) {
      out += c;
      continue;
    }
    const lower = c === "’" ? "'" : /\s/.test(c) ? " " : c.toLowerCase();
    out += lower.length === 1 ? lower : c;
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Every occurrence of every gazetteer surface in `text` that starts and ends at a word boundary
 * (hyphens count as boundaries: "pro-Iran", "Iran-backed"), overlapping ones included.
 */
export function findSurfaces(gazetteer: Gazetteer, text: string): { index: number; text: string }[] {
  const folded = foldForMatching(text);
  const found: { index: number; text: string }[] = [];
  // Only word starts can open a surface.
  const starts = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;
  for (let m = starts.exec(folded); m !== null; m = starts.exec(folded)) {
    const i = m.index;
    const candidates = gazetteer.byPrefix.get(folded.slice(i, i + 2));
    if (!candidates) continue;
    for (const surface of candidates) {
      const end = i + surface.length;
      if (folded.startsWith(surface, i) && !WORD_CHAR.test(folded[end] ?? "")) {
        found.push({ index: i, text: text.slice(i, end) });
      }
    }
  }
  return found;
}

/**
 * Actor search over labels, aliases and ids: case- and accent-insensitive substring matching,
 * ranked so that a label starting with the query comes first and an alias hit says which alias
 * matched ("Nusra" -> "Hayat Tahrir al-Sham, as al-Nusra").
 */

export interface Searchable {
  id: string;
  label: string;
  aliases: readonly string[];
  kind: string;
}

export interface SearchHit {
  id: string;
  label: string;
  kind: string;
  /** The alias that matched, when the label did not. */
  via?: string;
}

export function normalizeForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\s\u2019'`-]+/g, " ")
    .trim();
}

function rank(name: string, query: string): number | undefined {
  const index = name.indexOf(query);
  if (index === -1) return undefined;
  if (index === 0) return 0;
  // A match at a word start beats one inside a word.
  return name[index - 1] === " " ? 1 : 2;
}

export function searchActors(items: readonly Searchable[], query: string, limit = 8): SearchHit[] {
  const q = normalizeForSearch(query);
  if (q === "") return [];
  const scored: Array<{ hit: SearchHit; score: number }> = [];
  for (const item of items) {
    const labelRank = rank(normalizeForSearch(item.label), q);
    if (labelRank !== undefined) {
      scored.push({ hit: { id: item.id, label: item.label, kind: item.kind }, score: labelRank });
      continue;
    }
    let best: { alias: string; score: number } | undefined;
    for (const alias of item.aliases) {
      const aliasRank = rank(normalizeForSearch(alias), q);
      if (aliasRank !== undefined && (best === undefined || aliasRank < best.score))
        best = { alias, score: aliasRank };
    }
    if (best !== undefined) {
      scored.push({
        hit: { id: item.id, label: item.label, kind: item.kind, via: best.alias },
        score: 3 + best.score,
      });
    } else if (rank(item.id, q.replaceAll(" ", "-")) !== undefined) {
      scored.push({ hit: { id: item.id, label: item.label, kind: item.kind }, score: 6 });
    }
  }
  scored.sort((a, b) => a.score - b.score || a.hit.label.localeCompare(b.hit.label));
  return scored.slice(0, limit).map((entry) => entry.hit);
}

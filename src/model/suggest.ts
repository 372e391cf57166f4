/** "Did you mean" support: the candidates closest to a mistyped name. */

/** Levenshtein distance between two strings (insert, delete, substitute each cost 1). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Candidates that contain the query (or that it contains), then those within a small edit distance,
 * best first; at most `limit`. Comparison is case-insensitive.
 */
export function closestMatches(query: string, candidates: readonly string[], limit = 3): string[] {
  const q = query.trim().toLowerCase();
  if (q.length === 0) return [];
  const maxDistance = Math.max(1, Math.floor(q.length / 3));
  const scored: { candidate: string; score: number; order: number }[] = [];
  candidates.forEach((candidate, order) => {
    const c = candidate.toLowerCase();
    const distance = editDistance(q, c);
    const contains = c.includes(q) || (c.length >= 3 && q.includes(c));
    if (distance <= maxDistance) scored.push({ candidate, score: distance, order });
    else if (contains)
      scored.push({ candidate, score: maxDistance + 1 + Math.abs(c.length - q.length), order });
  });
  scored.sort((x, y) => x.score - y.score || x.order - y.order);
  const unique: string[] = [];
  for (const { candidate } of scored) {
    if (!unique.includes(candidate)) unique.push(candidate);
    if (unique.length === limit) break;
  }
  return unique;
}

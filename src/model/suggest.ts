/**
 * "Did you mean" support: the candidates closest to a mistyped name. Bounded on purpose: a hostile or
 * broken file can hold thousands of unknown names, or names thousands of characters long, and a
 * suggestion must never cost more than the error it decorates.
 */

/** Names longer than this get no suggestions (nobody mistypes a 100-character id by hand). */
const MAX_NAME_LENGTH = 100;

/** Levenshtein distance between two strings (insert, delete, substitute each cost 1). */
export function editDistance(a: string, b: string): number {
  return boundedEditDistance(a, b, Math.max(a.length, b.length));
}

/**
 * Levenshtein distance if it is at most `max`, else `max + 1`; stops as soon as the bound is
 * exceeded, so comparing against a far-off candidate is cheap.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return Math.min(previous[b.length] ?? 0, max + 1);
}

/**
 * A shared allowance of candidate comparisons: once spent, no more suggestions. One per validation
 * keeps a file with 20 000 unknown ids linear instead of 20 000 x 20 000.
 */
export interface SuggestionBudget {
  remaining: number;
}

export function suggestionBudget(comparisons = 200_000): SuggestionBudget {
  return { remaining: comparisons };
}

/**
 * Candidates that contain the query (or that it contains), then those within a small edit distance,
 * best first; at most `limit`. Comparison is case-insensitive.
 */
export function closestMatches(
  query: string,
  candidates: readonly string[],
  limit = 3,
  budget: SuggestionBudget = suggestionBudget(),
): string[] {
  const q = query.trim().toLowerCase();
  if (q.length === 0 || q.length > MAX_NAME_LENGTH) return [];
  if (budget.remaining < candidates.length) {
    budget.remaining = 0;
    return [];
  }
  budget.remaining -= candidates.length;
  const maxDistance = Math.max(1, Math.floor(q.length / 3));
  const scored: { candidate: string; score: number; order: number }[] = [];
  candidates.forEach((candidate, order) => {
    if (candidate.length > MAX_NAME_LENGTH) return;
    const c = candidate.toLowerCase();
    const distance = boundedEditDistance(q, c, maxDistance);
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

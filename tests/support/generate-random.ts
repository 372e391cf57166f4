/** Seeded choices for the generator: every draw goes through the `random` it is given. */

export function pickWeighted<T>(random: () => number, items: readonly T[], weights: readonly number[]): T {
  let total = 0;
  for (const w of weights) total += w;
  let r = random() * total;
  for (let i = 0; i < items.length; i++) {
    r -= weights[i] ?? 0;
    if (r < 0) return items[i] as T;
  }
  return items[items.length - 1] as T;
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** A random date between 2011 and 2024 at year, month or day precision. */
export function randomDate(random: () => number, fromYear = 2011): string {
  const year = fromYear + Math.floor(random() * (2025 - fromYear));
  const precision = random();
  if (precision < 0.15) return String(year);
  const month = 1 + Math.floor(random() * 12);
  if (precision < 0.55) return `${year}-${pad2(month)}`;
  return `${year}-${pad2(month)}-${pad2(1 + Math.floor(random() * 28))}`;
}

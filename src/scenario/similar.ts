/**
 * "Did you mean ...?": the closest of the allowed words to a misspelt one.
 *
 * Distance is the optimal-string-alignment variant of the Damerau–Levenshtein edit distance
 * (insertions, deletions, substitutions and swaps of two neighbouring letters each cost 1), so
 * "salry", "slaary" and "Salary" are all one edit from "salary". Wagner & Fischer (1974), with the
 * transposition step of Damerau (1964).
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const table: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(columns).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < columns; j++) table[0][j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, table[i - 2][j - 2] + 1);
      table[i][j] = best;
    }
  }
  return table[a.length][b.length];
}

/**
 * The allowed word closest to `word`, or undefined when none is close enough to be a plausible
 * typo: at most a third of the word's letters wrong (at least one), ignoring case, or one being
 * the start of the other ("horizon" for "horizonMonths").
 */
export function closest(word: string, allowed: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    if (candidate === word) continue;
    const candidateLower = candidate.toLowerCase();
    let distance = editDistance(lower, candidateLower);
    const isPrefix =
      Math.min(lower.length, candidateLower.length) >= 4 && (candidateLower.startsWith(lower) || lower.startsWith(candidateLower));
    if (distance > Math.max(1, Math.floor(word.length / 3)) && !isPrefix) continue;
    if (isPrefix) distance = Math.min(distance, 1.5);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

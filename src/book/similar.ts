/**
 * "Did you mean": how close a misspelt name is to a known one. Close = few edits for its length
 * (Levenshtein distance ≤ a third of the longer name, at least 1), or one name contains the other
 * ("выручка без ндс" vs "выручка"). Lower scores are closer.
 */
export function closeness(name: string, known: string): number | undefined {
  const distance = editDistance(name, known);
  const allowed = Math.max(1, Math.floor(Math.max(name.length, known.length) / 3));
  if (distance <= allowed) return distance;
  const contained = Math.min(name.length, known.length) >= 4 && (name.includes(known) || known.includes(name));
  // A containment match ranks after every spelling match.
  return contained ? allowed + 1 : undefined;
}

/** The known name closest to `name`, or undefined when none is close. */
export function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of known) {
    const score = closeness(name, candidate);
    if (score !== undefined && score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** Levenshtein distance: insertions, deletions and substitutions, each costing 1. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

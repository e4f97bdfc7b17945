/**
 * The confidence level each of `comparisons` intervals needs so that all of them hold together with
 * probability at least `level`: 1 − (1 − level)/m (Bonferroni inequality; Law & Kelton, Simulation
 * Modeling and Analysis, 5th ed., §10.2 and §11.3, "making all pairwise comparisons"). E.g. four
 * schemes against one baseline at 95 % overall → each interval at 98.75 %.
 */
export function bonferroniLevel(level: number, comparisons: number): number {
  if (!(level > 0 && level < 1)) {
    throw new Error(`bonferroniLevel requires 0 < level < 1 (got ${level})`);
  }
  if (!(Number.isInteger(comparisons) && comparisons >= 1)) {
    throw new Error(`bonferroniLevel requires a whole number of comparisons ≥ 1 (got ${comparisons})`);
  }
  return 1 - (1 - level) / comparisons;
}

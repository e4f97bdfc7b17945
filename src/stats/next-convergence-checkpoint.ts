/**
 * The first run count after `runs` at which a convergence trace records the running mean. The
 * checkpoints are 2, 5, 10, 20, 50, 100, 200, 500, … — the 1-2-5 series, evenly spaced on the log axis
 * the convergence chart uses — fixed in advance, so the trace is the same whatever the number of
 * workers, and only logarithmically many.
 */
export function nextConvergenceCheckpoint(runs: number): number {
  if (!(Number.isInteger(runs) && runs >= 0)) {
    throw new Error(`nextConvergenceCheckpoint requires a whole number of runs ≥ 0 (got ${runs})`);
  }
  for (let decade = 1; ; decade *= 10) {
    if (2 * decade > runs) return 2 * decade;
    if (5 * decade > runs) return 5 * decade;
    if (10 * decade > runs) return 10 * decade;
  }
}

/**
 * Kim & Nelson's fully sequential procedure KN for selecting the best of k systems (Kim, S.-H. &
 * Nelson, B. L. 2001, "A fully sequential procedure for indifference-zone selection in
 * simulation", ACM TOMACS 11(3):251–273). Common random numbers are allowed: the procedure works
 * on the variances of pairwise differences. If the best system's mean is at least δ above every
 * other's, it is selected with probability at least 1 − α (for normal outputs; run totals of a
 * simulated company are sums of many months and close to it).
 *
 *   η = ½ [ (2α / (k − 1))^(−2 / (n0 − 1)) − 1 ],   h² = 2η (n0 − 1),
 *   S²_il = the sample variance of X_i − X_l over the first n0 runs,
 *   after r runs keep i if  X̄_i(r) ≥ X̄_l(r) − max{0, (δ / 2r)(h² S²_il / δ² − r)}  for every other l kept.
 *
 * This module is the arithmetic; the optimiser (optimize-search.ts) feeds it runs.
 */

/** The procedure's constant h² for k systems, a first stage of n0 runs and error α. */
export function knH2(k: number, n0: number, alpha: number): number {
  if (k < 2) return 0;
  const eta = 0.5 * ((2 * alpha) / (k - 1)) ** (-2 / (n0 - 1)) - 0.5;
  return 2 * eta * (n0 - 1);
}

/** Sample variance of x_i − x_l over the first n values. */
export function differenceVariance(x: readonly number[], y: readonly number[], n: number): number {
  let mean = 0;
  for (let r = 0; r < n; r++) mean += x[r] - y[r];
  mean /= n;
  let sum = 0;
  for (let r = 0; r < n; r++) sum += (x[r] - y[r] - mean) ** 2;
  return sum / (n - 1);
}

export interface KnState {
  /** Indices of the systems still in contention. */
  alive: number[];
  h2: number;
  delta: number;
  /** S²_il from the first stage, k × k. */
  variances: number[][];
  /** Runs every system has been screened after. */
  screened: number;
}

/** The state after the first stage: every system has at least n0 values. */
export function startKn(values: readonly (readonly number[])[], n0: number, alpha: number, delta: number): KnState {
  const k = values.length;
  const variances = values.map((x) => values.map((y) => (x === y ? 0 : differenceVariance(x, y, n0))));
  return { alive: values.map((_, i) => i), h2: knH2(k, n0, alpha), delta, variances, screened: n0 - 1 };
}

/** The largest number of runs the procedure can need (after it, one system is surely left). */
export function knMaxRuns(state: KnState): number {
  let most = state.screened + 1;
  for (const i of state.alive) for (const l of state.alive) if (i !== l) most = Math.max(most, Math.floor((state.h2 * state.variances[i][l]) / state.delta ** 2) + 1);
  return most;
}

function mean(x: readonly number[], n: number): number {
  let sum = 0;
  for (let r = 0; r < n; r++) sum += x[r];
  return sum / n;
}

/**
 * Screens after each run count from the last screened up to `available` (every alive system has
 * that many values), in order, as if the runs had come one at a time; stops early once one is left.
 */
export function screenKn(state: KnState, values: readonly (readonly number[])[], available: number): void {
  for (let r = state.screened + 1; r <= available && state.alive.length > 1; r++) {
    const means = new Map(state.alive.map((i) => [i, mean(values[i], r)]));
    const { h2, delta } = state;
    state.alive = state.alive.filter((i) =>
      state.alive.every((l) => l === i || (means.get(i) as number) >= (means.get(l) as number) - Math.max(0, (delta / (2 * r)) * ((h2 * state.variances[i][l]) / delta ** 2 - r))),
    );
    state.screened = r;
  }
  if (state.alive.length > 1) state.screened = Math.max(state.screened, available);
}

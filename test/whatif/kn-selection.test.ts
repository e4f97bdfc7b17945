import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { knH2, knMaxRuns, screenKn, startKn } from '../../src/whatif/kn-selection.js';

/** Normal draws from a seeded generator (Box–Muller). */
function normals(seed: string): () => number {
  const random = seedrandom(seed);
  return () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** One KN selection of k normal systems (sd 1, means given), common noise `shared` in every run. */
function selectOnce(means: readonly number[], delta: number, seed: string, shared: number): { chosen: number; runs: number } {
  const draw = normals(seed);
  const n0 = 16;
  const values = means.map(() => [] as number[]);
  const addRun = (): void => {
    const common = shared * draw();
    means.forEach((mu, i) => values[i].push(mu + common + draw()));
  };
  for (let r = 0; r < n0; r++) addRun();
  const state = startKn(values, n0, 0.05, delta);
  const most = knMaxRuns(state);
  let n = n0;
  screenKn(state, values, n);
  while (state.alive.length > 1 && n < most) {
    addRun();
    n++;
    screenKn(state, values, n);
  }
  const chosen = [...state.alive].sort((a, b) => values[b].reduce((s, x) => s + x, 0) - values[a].reduce((s, x) => s + x, 0))[0];
  return { chosen, runs: n };
}

describe('Kim & Nelson KN', () => {
  it('has the constant h² of the formula, worked by hand', () => {
    // k = 2, n0 = 16, α = 0.05: η = ½((0.1)^(−2/15) − 1) = ½(1.35936 − 1) = 0.17968; h² = 2 · 0.17968 · 15 = 5.3904.
    expect(knH2(2, 16, 0.05)).toBeCloseTo(5.3904, 3);
    // k = 5: η = ½((0.025)^(−2/15) − 1) = ½(1.63534 − 1) = 0.31767; h² = 9.5301.
    expect(knH2(5, 16, 0.05)).toBeCloseTo(9.5301, 3);
  });

  it('selects the best in the slippage configuration at least 95 % of the time (200 repetitions)', () => {
    // Four systems at 0 and the best exactly δ = 0.5 above: the least favourable case the guarantee covers.
    const means = [0, 0, 0.5, 0, 0];
    let correct = 0;
    for (let rep = 0; rep < 200; rep++) if (selectOnce(means, 0.5, `kn-${rep}`, 0).chosen === 2) correct++;
    expect(correct / 200).toBeGreaterThanOrEqual(0.95);
  });

  it('needs fewer runs when the noise is common to the systems (common random numbers)', () => {
    const means = [0, 0, 0.5, 0, 0];
    let independent = 0;
    let common = 0;
    let correct = 0;
    for (let rep = 0; rep < 40; rep++) {
      independent += selectOnce(means, 0.5, `crn-${rep}`, 0).runs;
      const withCommon = selectOnce(means, 0.5, `crn-${rep}`, 5);
      if (withCommon.chosen === 2) correct++;
      common += withCommon.runs;
    }
    // Noise of sd 5 shared by every system leaves the differences as they were: about as many runs, and
    // far fewer than the (1 + 25)-fold variance of each system alone would need without pairing.
    expect(correct).toBeGreaterThanOrEqual(37);
    expect(common).toBeLessThan(1.5 * independent);
  });
});

/**
 * The unit-mean gamma frailty (src/model/distributions.ts, `unitMeanGamma`): Marsaglia & Tsang's
 * method with the boost U^(1/k) for shape k < 1, every uniform a numbered draw of one key.
 * Scripted draws are worked by hand; over many clients of the real dice the mean is 1, the
 * variance v, and the distribution function that of the gamma, checked at points where it has a
 * closed form: shape 1 is the exponential, shape 2 is 1 − e^(−x/θ)(1 + x/θ), and shape 1/2 with
 * scale 2 is a squared standard normal, P(Z² ≤ x) = erf(√(x/2)). The binomial inverts its CDF.
 */
import { errorFunction } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { binomialFromUniform, GAMMA_ATTEMPTS, unitMeanGamma } from '../../src/model/distributions.js';
import { Purpose, runKey, uniform } from '../../src/model/random.js';

/** The sampler's draws from a table by draw index; unlisted draws are 0.5. */
const scripted = (table: Record<number, number> = {}) => (draw: number) => table[draw] ?? 0.5;

/** Φ(1) = 0.841344746…: the uniform whose normal is 1 (Acklam's quantile, relative error < 1.2e-9). */
const PHI_OF_ONE = 0.8413447460685429;

describe('unitMeanGamma with scripted draws', () => {
  it('is 1 for variance 0 (all clients alike) without drawing', () => {
    expect(unitMeanGamma(0, () => {
      throw new Error('no draw wanted');
    })).toBe(1);
  });

  it('accepts the first proposal for draws at 0.5: x = 0, y = 1, value d·y·v = (a − 1/3)·v', () => {
    // v = 1: shape 1, d = 2/3; u = 0.5 < 1 − 0.0331·0 passes the squeeze.
    expect(unitMeanGamma(1, scripted())).toBeCloseTo(2 / 3, 12);
    // v = 0.25: shape 4 (> 1), d = 11/3, value 11/3 · 0.25 = 11/12.
    expect(unitMeanGamma(0.25, scripted())).toBeCloseTo(11 / 12, 12);
    // v = 2: shape 1/2 (< 1), so Gamma(3/2): d = 7/6; boost U^(1/k) = 0.5² = 0.25; value 7/6 · 0.25 · 2 = 7/12.
    expect(unitMeanGamma(2, scripted())).toBeCloseTo(7 / 12, 12);
  });

  it('rejects a proposal with 1 + c·x ≤ 0 and takes the next attempt (draws 3 and 4)', () => {
    // v = 1: c = 1/√(9·2/3) = 1/√6, so x < −√6 = −2.449 is rejected: Φ⁻¹(0.005) = −2.576.
    // Attempt 1: x = 1, y = (1 + 1/√6)³ = 2.792786…, u = 0.5 < 1 − 0.0331 = 0.9669: value 2/3 · 2.792786 = 1.861858.
    expect(unitMeanGamma(1, scripted({ 1: 0.005, 3: PHI_OF_ONE }))).toBeCloseTo(1.8618575020903778, 7);
  });

  it('accepts past the squeeze when ln u < x²/2 + d(1 − y + ln y), else rejects', () => {
    // x = 1, v = 1: the bound is 0.5 + 2/3·(1 − 2.792786 + ln 2.792786) = −0.010498.
    // u = 0.98 fails the squeeze (≥ 0.9669) but ln 0.98 = −0.020203 < −0.010498: accepted, 1.861858.
    expect(unitMeanGamma(1, scripted({ 1: PHI_OF_ONE, 2: 0.98 }))).toBeCloseTo(1.8618575020903778, 7);
    // u = 0.995: ln 0.995 = −0.005013 ≥ −0.010498: rejected; attempt 1 (draws 3, 4 at 0.5) gives 2/3.
    expect(unitMeanGamma(1, scripted({ 1: PHI_OF_ONE, 2: 0.995 }))).toBeCloseTo(2 / 3, 12);
  });

  it('uses draw 0 only for the boost of a shape below 1', () => {
    // v = 2 (shape 1/2): boost 0.9² = 0.81, value 7/6 · 0.81 · 2 = 1.89.
    expect(unitMeanGamma(2, scripted({ 0: 0.9 }))).toBeCloseTo(1.89, 12);
    // v = 1 (shape 1): no boost, draw 0 is not read.
    expect(unitMeanGamma(1, scripted({ 0: 0.9 }))).toBeCloseTo(2 / 3, 12);
  });

  it('returns a value of the right mean if every attempt is rejected', () => {
    // Every normal below −√6: never accepted. Shape 1: a·v = 1.
    const allRejected = (draw: number) => (draw === 0 ? 0.5 : 0.001);
    expect(unitMeanGamma(1, allRejected)).toBe(1);
    const draws: number[] = [];
    unitMeanGamma(1, (draw) => {
      draws.push(draw);
      return allRejected(draw);
    });
    expect(Math.max(...draws)).toBe(GAMMA_ATTEMPTS * 2 - 1); // the normals of attempts 0…15 (draws 1, 3, …, 31), no acceptance draws
  });
});

describe('unitMeanGamma over many clients of the real dice', () => {
  const N = 100_000;
  const key = runKey(1, 0);
  const sample = (variance: number): Float64Array => {
    const values = new Float64Array(N);
    for (let entity = 0; entity < N; entity++) {
      values[entity] = unitMeanGamma(variance, (draw) => uniform(key, Purpose.ClientFrailty, entity, 0, draw));
    }
    return values;
  };
  const moments = (values: Float64Array) => {
    let sum = 0;
    for (const x of values) sum += x;
    const mean = sum / values.length;
    let squares = 0;
    for (const x of values) squares += (x - mean) ** 2;
    return { mean, variance: squares / (values.length - 1) };
  };
  const below = (values: Float64Array, x: number) => {
    let n = 0;
    for (const value of values) if (value <= x) n++;
    return n / values.length;
  };

  // Standard errors with N = 100 000: the mean √(v/N) ≤ 0.0063 (v = 4); the variance √((μ₄ − v²)/N)
  // with μ₄ = v²(3 + 6/k) for the gamma: 0.0016 (v = 0.25), 0.0089 (v = 1), 0.025 (v = 2), 0.064 (v = 4).
  it.each([
    [0.25, 0.01, 0.01],
    [1, 0.01, 0.04],
    [2, 0.015, 0.1],
    [4, 0.025, 0.25],
  ])('has mean 1 and variance v = %f (shape 1/v)', (v, meanTolerance, varianceTolerance) => {
    const { mean, variance } = moments(sample(v));
    expect(Math.abs(mean - 1)).toBeLessThan(meanTolerance);
    expect(Math.abs(variance - v)).toBeLessThan(varianceTolerance);
  });

  // The empirical distribution function's standard error is at most √(0.25/N) = 0.0016.
  it('has the exponential distribution function for v = 1: P(X ≤ x) = 1 − e^(−x)', () => {
    const values = sample(1);
    for (const x of [0.1, 0.5, 1, 2, 4]) expect(Math.abs(below(values, x) - (1 - Math.exp(-x)))).toBeLessThan(0.006);
  });

  it('has the Gamma(2, scale 1/2) distribution function for v = 1/2: 1 − e^(−2x)(1 + 2x)', () => {
    const values = sample(0.5);
    for (const x of [0.2, 0.5, 1, 2, 3]) expect(Math.abs(below(values, x) - (1 - Math.exp(-2 * x) * (1 + 2 * x)))).toBeLessThan(0.006);
  });

  it('has the distribution of Z² for v = 2 (shape 1/2, scale 2): P(X ≤ x) = erf(√(x/2))', () => {
    const values = sample(2);
    for (const x of [0.01, 0.1, 0.5, 1, 3]) expect(Math.abs(below(values, x) - errorFunction(Math.sqrt(x / 2)))).toBeLessThan(0.006);
  });
});

describe('binomialFromUniform', () => {
  // Binomial(4, 0.1): P(0) = 0.9⁴ = 0.6561, P(≤1) = 0.6561 + 4·0.1·0.729 = 0.9477,
  // P(≤2) = 0.9477 + 6·0.01·0.81 = 0.9963, P(≤3) = 0.9963 + 4·0.001·0.9 = 0.9999.
  it.each([
    [0.6560, 0],
    [0.6562, 1],
    [0.9476, 1],
    [0.9478, 2],
    [0.9962, 2],
    [0.9964, 3],
    [0.9998, 3],
    [0.99995, 4],
  ])('inverts the Binomial(4, 0.1) CDF: u = %f gives %i', (u, k) => {
    expect(binomialFromUniform(4, 0.1, u)).toBe(k);
  });

  it('gives 0 for no trials or p = 0, every trial for p = 1, and never more than the trials', () => {
    expect(binomialFromUniform(0, 0.5, 0.99)).toBe(0);
    expect(binomialFromUniform(5, 0, 0.99)).toBe(0);
    expect(binomialFromUniform(5, 1, 0.01)).toBe(5);
    expect(binomialFromUniform(3, 0.5, 1 - 1e-12)).toBe(3);
  });

  it('has mean n·p over many dice: Binomial(6, 0.3) has mean 1.8', () => {
    let sum = 0;
    const N = 20_000;
    for (let i = 0; i < N; i++) sum += binomialFromUniform(6, 0.3, (i + 0.5) / N);
    expect(sum / N).toBeCloseTo(1.8, 3); // a stratified grid of u: exact up to the grid's resolution
  });
});

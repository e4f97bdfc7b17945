/**
 * The counter-based dice (src/model/random.ts): every draw is Chris Wellons' lowbias32 hash chained
 * over (run key, purpose, entity, month, draw index). Checked against a reference written here
 * independently, in BigInt arithmetic modulo 2^32 (no Math.imul, no int32 tricks):
 *   lowbias32(x): x ^= x >> 16; x *= 0x7feb352d; x ^= x >> 15; x *= 0x846ca68b; x ^= x >> 16
 * and the chaining of random.ts:
 *   runKey(seed, run)   = h(h(h(lo32(seed) ^ 0x2545f491) ^ hi32(seed)) ^ h(run + 0x9e3779b9))
 *   purposeKey(k, p)    = h(k ^ p·0x9e3779b1)                         (as a signed int32)
 *   monthKey(m, d)      = (m + 1)·0x85ebca6b ^ d·0xc2b2ae35            (as a signed int32)
 *   uniformAt(pk, e, mk) = (h(h(pk ^ e) ^ mk) + 0.5) / 2^32
 * then the properties the simulation relies on: strictly inside (0, 1), uniform enough, and
 * different for different purposes and runs.
 */
import { describe, expect, it } from 'vitest';
import { Dice, monthKey, Purpose, purposeKey, runKey, uniform, uniformAt } from '../../src/model/random.js';

const MASK = 0xffffffffn;
const u32 = (x: number | bigint): bigint => BigInt.asUintN(32, BigInt(x));
const i32 = (x: bigint): number => Number(BigInt.asIntN(32, x));

function lowbias32(input: bigint): bigint {
  let x = input & MASK;
  x ^= x >> 16n;
  x = (x * 0x7feb352dn) & MASK;
  x ^= x >> 15n;
  x = (x * 0x846ca68bn) & MASK;
  x ^= x >> 16n;
  return x;
}

/** Inverse of lowbias32 (to construct the inputs that give the extreme outputs). */
function inverseOf(a: bigint): bigint {
  let inv = a; // Newton's iteration for a⁻¹ mod 2^32 (a odd): each step doubles the correct bits
  for (let k = 0; k < 5; k++) inv = (inv * (2n - ((a * inv) & MASK))) & MASK;
  return inv;
}
function unLowbias32(input: bigint): bigint {
  let x = input & MASK;
  x ^= x >> 16n; // x ^ (x >> 16) undoes itself for shifts ≥ 16
  x = (x * inverseOf(0x846ca68bn)) & MASK;
  x ^= (x >> 15n) ^ (x >> 30n); // undoes x ^= x >> 15 on 32 bits
  x = (x * inverseOf(0x7feb352dn)) & MASK;
  x ^= x >> 16n;
  return x;
}

function refRunKey(seed: number, run: number): number {
  const low = u32(seed % 2 ** 32);
  const high = u32(Math.floor(seed / 2 ** 32));
  const left = lowbias32(lowbias32(low ^ 0x2545f491n) ^ high);
  return Number(lowbias32(left ^ lowbias32(u32(BigInt(run) + 0x9e3779b9n))));
}

function refPurposeKey(key: number, purpose: number): number {
  return i32(lowbias32(u32(key) ^ ((u32(purpose) * 0x9e3779b1n) & MASK)));
}

function refMonthKey(month: number, draw = 0): number {
  return i32(((u32(month + 1) * 0x85ebca6bn) & MASK) ^ ((u32(draw) * 0xc2b2ae35n) & MASK));
}

function refUniformAt(pk: number, entity: number, mk: number): number {
  const x = lowbias32(lowbias32(u32(pk) ^ u32(entity)) ^ u32(mk));
  return (Number(x) + 0.5) / 2 ** 32;
}

function refUniform(key: number, purpose: number, entity: number, month: number, draw = 0): number {
  return refUniformAt(refPurposeKey(key, purpose), entity, refMonthKey(month, draw));
}

const SEEDS = [0, 1, 42, 20_240_601, 2 ** 32 - 1, 2 ** 32, 2 ** 40 + 7, Number.MAX_SAFE_INTEGER];
const CASES: [purpose: number, entity: number, month: number, draw: number][] = [
  [Purpose.ClientPotential, 0, 0, 0],
  [Purpose.Churn, 7, 13, 0],
  [Purpose.AllocationNoise, 3, 479, 2],
  [Purpose.HireSkill, 5 * 4096 + 3, 0, 1],
  [Purpose.Hunt, 2_000_000_000, -240, 7],
  [Purpose.Quit, 123_456, -1, 0],
];

describe('the reference lowbias32', () => {
  it('maps 0 to 0, and its inverse undoes it', () => {
    expect(lowbias32(0n)).toBe(0n);
    for (const x of [1n, 0x12345678n, 0xdeadbeefn, MASK]) expect(unLowbias32(lowbias32(x))).toBe(x);
  });
});

describe('random.ts against the BigInt reference', () => {
  it('runKey', () => {
    for (const seed of SEEDS) for (const run of [0, 1, 999, 123_456]) expect(runKey(seed, run), `seed ${seed} run ${run}`).toBe(refRunKey(seed, run));
  });

  it('purposeKey', () => {
    for (const seed of SEEDS) {
      const key = runKey(seed, 3);
      for (const purpose of Object.values(Purpose)) expect(purposeKey(key, purpose)).toBe(refPurposeKey(key, purpose));
    }
    expect(purposeKey(-1, 0)).toBe(refPurposeKey(-1, 0)); // a signed key
  });

  it('monthKey', () => {
    for (const month of [-240, -1, 0, 1, 35, 479]) for (const draw of [0, 1, 7, 100]) expect(monthKey(month, draw)).toBe(refMonthKey(month, draw));
    expect(monthKey(5)).toBe(refMonthKey(5, 0)); // draw defaults to 0
  });

  it('uniform and uniformAt', () => {
    for (const seed of SEEDS) {
      const key = runKey(seed, 17);
      for (const [p, e, m, d] of CASES) {
        expect(uniform(key, p, e, m, d), `seed ${seed} ${[p, e, m, d]}`).toBe(refUniform(key, p, e, m, d));
        expect(uniformAt(purposeKey(key, p), e, monthKey(m, d))).toBe(uniform(key, p, e, m, d));
      }
    }
  });

  it('uniformAt(purposeKey(k, p), e, monthKey(m, d)) === uniform(k, p, e, m, d) over a grid', () => {
    const key = runKey(7, 0);
    for (let p = 1; p <= 19; p++) for (let e = 0; e < 20; e++) for (let m = -3; m < 40; m += 7) for (let d = 0; d < 3; d++) {
      expect(uniformAt(purposeKey(key, p), e, monthKey(m, d))).toBe(uniform(key, p, e, m, d));
    }
  });

  it('new Dice(key).uniform(p, e, m, d) === uniform(key, p, e, m, d), with the hoisted purpose keys', () => {
    const key = runKey(2024, 5);
    const dice = new Dice(key);
    expect(dice.key).toBe(key);
    for (const [p, e, m, d] of CASES) {
      expect(dice.uniform(p, e, m, d)).toBe(uniform(key, p, e, m, d));
      expect(dice.purposeKeys[p]).toBe(purposeKey(key, p));
      expect(dice.at(dice.purposeKeys[p], e, monthKey(m, d))).toBe(uniform(key, p, e, m, d));
    }
    expect(dice.uniform(Purpose.Churn, 3, 4)).toBe(uniform(key, Purpose.Churn, 3, 4, 0));
  });
});

describe('the draws', () => {
  it('reach their extremes 2^−33 and 1 − 2^−33, strictly inside (0, 1)', () => {
    // h(0) = 0, so uniformAt(0, 0, mk) = (h(mk) + 0.5)/2^32: mk = 0 gives the smallest, mk = h⁻¹(2^32 − 1) the largest.
    expect(uniformAt(0, 0, 0)).toBe(2 ** -33); // (0 + 0.5) / 2^32
    const top = i32(unLowbias32(MASK));
    expect(uniformAt(0, 0, top)).toBe(1 - 2 ** -33); // (2^32 − 1 + 0.5) / 2^32
    expect(uniformAt(0, 0, top)).toBeLessThan(1);
  });

  const N = 100_000;
  const key = runKey(20_240_601, 0);
  const draws = Float64Array.from({ length: N }, (_, i) => uniform(key, Purpose.Churn, i, 12));

  it('are every one strictly inside (0, 1)', () => {
    let outside = 0;
    for (const u of draws) if (!(u > 0 && u < 1)) outside++;
    expect(outside).toBe(0);
  });

  it('have mean 0.5 ± 0.005 over 100 000 draws (the standard error is 0.29/√100 000 ≈ 0.0009)', () => {
    let sum = 0;
    for (const u of draws) sum += u;
    expect(Math.abs(sum / N - 0.5)).toBeLessThan(0.005);
  });

  it('fill 20 equal bins with a chi-square below 43.8, the 99.9 % critical value for 19 df', () => {
    const bins = new Array<number>(20).fill(0);
    for (const u of draws) bins[Math.floor(u * 20)]++;
    const expected = N / 20; // 5 000 a bin
    const chi2 = bins.reduce((s, n) => s + ((n - expected) * (n - expected)) / expected, 0);
    expect(chi2).toBeLessThan(43.8);
  });

  it('differ between purposes, entities, months, draw indices and runs', () => {
    const base = uniform(key, Purpose.Churn, 5, 12, 0);
    expect(uniform(key, Purpose.Incident, 5, 12, 0)).not.toBe(base);
    expect(uniform(key, Purpose.Churn, 6, 12, 0)).not.toBe(base);
    expect(uniform(key, Purpose.Churn, 5, 13, 0)).not.toBe(base);
    expect(uniform(key, Purpose.Churn, 5, 12, 1)).not.toBe(base);
    expect(uniform(runKey(20_240_601, 1), Purpose.Churn, 5, 12, 0)).not.toBe(base);
    expect(uniform(runKey(20_240_602, 0), Purpose.Churn, 5, 12, 0)).not.toBe(base);
    // Over 1 000 entities: no two purposes, and no two runs, give the same draw for the same entity.
    const other = runKey(20_240_601, 1);
    let samePurpose = 0;
    let sameRun = 0;
    for (let e = 0; e < 1_000; e++) {
      if (uniform(key, Purpose.Churn, e, 12) === uniform(key, Purpose.Incident, e, 12)) samePurpose++;
      if (uniform(key, Purpose.Churn, e, 12) === uniform(other, Purpose.Churn, e, 12)) sameRun++;
    }
    expect([samePurpose, sameRun]).toEqual([0, 0]);
    expect(new Set(Array.from({ length: 1_000 }, (_, r) => runKey(1, r))).size).toBe(1_000);
  });

  it('are the same numbers however often and in whatever order they are asked for', () => {
    const a = [uniform(key, 1, 2, 3), uniform(key, 4, 5, 6), uniform(key, 1, 2, 3)];
    expect(a[0]).toBe(a[2]);
    expect(new Dice(key).uniform(4, 5, 6)).toBe(a[1]);
  });
});

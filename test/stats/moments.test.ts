import { mean, sampleVariance } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { Moments } from '../../src/stats/moments.js';
import { seededNormal } from './seeded-random.js';

const fill = (values: number[]): Moments => {
  const moments = new Moments();
  for (const value of values) moments.add(value);
  return moments;
};

describe('Moments', () => {
  it('gives the count, mean, sample variance, min and max of R', () => {
    // R: x <- c(2, 4, 4, 4, 5, 5, 7, 9); mean(x) = 5; var(x) = 4.571429 (= 32/7); range(x) = 2 9
    const moments = fill([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(moments.count).toBe(8);
    expect(moments.mean).toBe(5);
    expect(moments.variance()).toBeCloseTo(32 / 7, 14);
    expect(moments.standardDeviation()).toBeCloseTo(Math.sqrt(32 / 7), 14);
    expect([moments.min, moments.max]).toEqual([2, 9]);
  });

  it('avoids cancellation on a large offset (the textbook Σx² formula gives garbage here)', () => {
    // R: var(1e9 + c(4, 7, 13, 16)) = 30
    expect(fill([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]).variance()).toBeCloseTo(30, 6);
  });

  it('merges pieces into the moments of the whole (Chan, Golub & LeVeque)', () => {
    const draw = seededNormal(11);
    const values = Array.from({ length: 1000 }, () => 50 + 10 * draw());
    const merged = new Moments();
    for (let start = 0; start < values.length; start += 137) merged.merge(fill(values.slice(start, start + 137)));
    expect(merged.count).toBe(1000);
    expect(merged.mean).toBeCloseTo(mean(values), 10);
    expect(merged.variance()).toBeCloseTo(sampleVariance(values), 9);
    expect(merged.min).toBe(Math.min(...values));
    expect(merged.max).toBe(Math.max(...values));
  });

  it('treats empty pieces as neutral and merging with itself as doubling the data', () => {
    const moments = fill([1, 2, 3]);
    moments.merge(new Moments());
    expect(moments.toJSON()).toEqual(fill([1, 2, 3]).toJSON());
    moments.merge(moments);
    expect(moments.count).toBe(6);
    expect(moments.variance()).toBeCloseTo(sampleVariance([1, 2, 3, 1, 2, 3]), 14);
  });

  it('is deterministic and survives a JSON round trip bit for bit', () => {
    const a = fill([0.1, 0.7, 0.3]).merge(fill([0.9, 0.2]));
    const b = fill([0.1, 0.7, 0.3]).merge(fill([0.9, 0.2]));
    expect(a.toJSON()).toEqual(b.toJSON());
    const restored = Moments.fromJSON(JSON.parse(JSON.stringify(a)));
    expect(restored.toJSON()).toEqual(a.toJSON());
    expect(Moments.fromJSON(JSON.parse(JSON.stringify(new Moments()))).count).toBe(0);
  });

  it('says what it requires', () => {
    expect(() => new Moments().add(Number.NaN)).toThrow('Moments.add requires a finite number');
    expect(() => new Moments().add(Infinity)).toThrow('Moments.add requires a finite number');
    expect(() => fill([1]).variance()).toThrow('Moments.variance requires at least two observations');
    expect(() => Moments.fromJSON({ count: 2, mean: 0, m2: 0, min: null, max: null })).toThrow(
      'Moments.fromJSON requires min and max when count > 0',
    );
  });
});

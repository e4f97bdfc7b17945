import { describe, expect, it } from 'vitest';
import { Accumulator } from '../../src/stats/accumulator.js';
import { seededNormal } from './seeded-random.js';

const fill = (values: number[]): Accumulator => {
  const accumulator = new Accumulator();
  for (const value of values) accumulator.add(value);
  return accumulator;
};

describe('Accumulator', () => {
  it('gives the Stat of R: mean, sd, type-7 percentiles and the t interval of the mean', () => {
    // R: x <- c(2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8, 4.0)
    const stat = fill([2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8, 4.0]).toStat();
    expect(stat.mean).toBeCloseTo(3.4375, 14); // mean(x)
    expect(stat.sd).toBeCloseTo(1.224671967741333, 13); // sd(x)
    expect(stat.p5).toBeCloseTo(1.97, 13); // quantile(x, 0.05) = 1.97
    expect(stat.p50).toBeCloseTo(3.35, 13); // quantile(x, 0.5) = 3.35
    expect(stat.p95).toBeCloseTo(5.18, 13); // quantile(x, 0.95) = 5.18
    expect(stat.ci95[0]).toBeCloseTo(2.4136486128348187, 12); // t.test(x)$conf.int[1]
    expect(stat.ci95[1]).toBeCloseTo(4.461351387165181, 12); // t.test(x)$conf.int[2]
    expect(stat.p25).toBeCloseTo(2.625, 13); // quantile(x, 0.25) = 2.625
    expect(stat.p75).toBeCloseTo(4.1, 13); // quantile(x, 0.75) = 4.1
    expect(Object.keys(stat).sort()).toEqual(['ci95', 'mean', 'p25', 'p5', 'p50', 'p75', 'p95', 'sd']);
  });

  it('puts an interval at another level in the ci95 field when asked', () => {
    const stat = fill([2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8, 4.0]).toStat(0.9);
    expect(stat.ci95[0]).toBeCloseTo(2.6171722326567224, 12); // t.test(x, conf.level = 0.9)$conf.int[1]
  });

  it('handles one run (sd 0, a point interval) and refuses none', () => {
    expect(fill([42]).toStat()).toEqual({ mean: 42, sd: 0, p5: 42, p50: 42, p95: 42, ci95: [42, 42], p25: 42, p75: 42 });
    expect(() => new Accumulator().toStat()).toThrow('Accumulator.toStat requires at least one observation');
    expect(() => new Accumulator().toDistribution()).toThrow('Accumulator.toDistribution requires at least one observation');
  });

  it('gives the pooled Distribution: mean, quartiles, 5th/95th percentiles and count', () => {
    // R: quantile(1:21, c(.05, .25, .5, .75, .95)) = 2 6 11 16 20
    const distribution = fill(Array.from({ length: 21 }, (_, i) => i + 1)).toDistribution();
    expect(distribution).toEqual({ mean: 11, p5: 2, p25: 6, p50: 11, p75: 16, p95: 20, count: 21 });
  });

  it('merges blocks into the accumulator of all runs, and round-trips through JSON', () => {
    const normal = seededNormal(3);
    const values = Array.from({ length: 3000 }, () => 1e6 + 2e5 * normal());
    const whole = fill(values);
    const merged = new Accumulator();
    for (let start = 0; start < values.length; start += 100) merged.merge(fill(values.slice(start, start + 100)));
    const [a, b] = [whole.toStat(), merged.toStat()];
    expect(b.mean).toBeCloseTo(a.mean, 6);
    expect(b.sd).toBeCloseTo(a.sd, 6);
    expect(Math.abs(b.p50 - a.p50)).toBeLessThan(0.01 * a.sd);

    const restored = Accumulator.fromJSON(JSON.parse(JSON.stringify(merged)));
    expect(restored.toJSON()).toEqual(merged.toJSON());
    expect(restored.toStat()).toEqual(merged.toStat());
  });

  it('rejects JSON whose parts disagree', () => {
    const json = fill([1, 2, 3]).toJSON();
    expect(() => Accumulator.fromJSON({ ...json, moments: fill([1, 2]).moments.toJSON() })).toThrow(
      'Accumulator requires moments and sketch of the same count',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { Accumulator } from '../../src/stats/accumulator.js';
import { PairedAccumulator } from '../../src/stats/paired-accumulator.js';
import { seededNormal } from './seeded-random.js';

describe('PairedAccumulator', () => {
  it('gives the paired-t interval of R and the share of runs won', () => {
    // R: a <- c(10.2, 11.5, 9.8, 12.1, 10.9, 11.7); b <- c(9.9, 11.0, 9.9, 11.4, 10.1, 11.2)
    const a = [10.2, 11.5, 9.8, 12.1, 10.9, 11.7];
    const b = [9.9, 11.0, 9.9, 11.4, 10.1, 11.2];
    const paired = new PairedAccumulator();
    a.forEach((scheme, run) => paired.add(scheme, b[run]));
    const diff = paired.toPairedDiff();
    expect(diff.mean).toBeCloseTo(0.45, 13); // mean(a - b)
    expect(diff.sd).toBeCloseTo(0.32093613071762433, 12); // sd(a - b)
    expect(diff.ci95[0]).toBeCloseTo(0.1131981862946086, 12); // t.test(a, b, paired = TRUE)$conf.int[1]
    expect(diff.ci95[1]).toBeCloseTo(0.7868018137053912, 12); // t.test(a, b, paired = TRUE)$conf.int[2]
    expect(diff.p50).toBeCloseTo(0.5, 13); // quantile(a - b, 0.5)
    expect(diff.probBetter).toBeCloseTo(5 / 6, 15); // mean(a > b)
  });

  it('counts ties as half and flips the winner for lower-is-better metrics', () => {
    const higher = new PairedAccumulator();
    const lower = new PairedAccumulator({ lowerIsBetter: true });
    for (const [scheme, baseline] of [[3, 1], [2, 2], [1, 4], [5, 0]]) {
      higher.add(scheme, baseline);
      lower.add(scheme, baseline);
    }
    expect(higher.probBetter()).toBe(2.5 / 4);
    expect(lower.probBetter()).toBe(1.5 / 4);
    // The difference itself is always scheme − baseline.
    expect(lower.toPairedDiff().mean).toBe(higher.toPairedDiff().mean);
  });

  it('is far narrower than unpaired intervals when runs share their randomness', () => {
    // Common random numbers: both schemes see the same market shock in a run, plus a little noise each.
    const normal = seededNormal(77);
    const paired = new PairedAccumulator();
    const scheme = new Accumulator();
    const baseline = new Accumulator();
    for (let run = 0; run < 200; run++) {
      const market = 1_000_000 + 300_000 * normal();
      const s = market + 20_000 + 30_000 * normal();
      const b = market + 30_000 * normal();
      paired.add(s, b);
      scheme.add(s);
      baseline.add(b);
    }
    const diff = paired.toPairedDiff();
    const pairedHalfWidth = (diff.ci95[1] - diff.ci95[0]) / 2;
    const [s, b] = [scheme.toStat(), baseline.toStat()];
    const unpairedHalfWidth = Math.hypot((s.ci95[1] - s.ci95[0]) / 2, (b.ci95[1] - b.ci95[0]) / 2);
    expect(pairedHalfWidth).toBeLessThan(unpairedHalfWidth / 5);
    expect(diff.ci95[0]).toBeGreaterThan(0); // the paired comparison resolves the +20 000 effect
  });

  it('covers the true difference in close to 95 % of 4000 seeded paired experiments of 10 runs', () => {
    const normal = seededNormal(99);
    let covered = 0;
    for (let trial = 0; trial < 4000; trial++) {
      const paired = new PairedAccumulator();
      for (let run = 0; run < 10; run++) {
        const shared = 50 * normal();
        paired.add(shared + 3 + normal(), shared + normal());
      }
      const [lo, hi] = paired.toPairedDiff().ci95;
      if (lo <= 3 && 3 <= hi) covered++;
    }
    expect(covered / 4000).toBeGreaterThan(0.93);
    expect(covered / 4000).toBeLessThan(0.97);
  });

  it('merges blocks of runs and round-trips through JSON', () => {
    const normal = seededNormal(5);
    const runs = Array.from({ length: 300 }, () => [normal() + 0.1, normal()] as const);
    const whole = new PairedAccumulator({ lowerIsBetter: true });
    for (const [s, b] of runs) whole.add(s, b);
    const merged = new PairedAccumulator({ lowerIsBetter: true });
    for (let start = 0; start < runs.length; start += 50) {
      const block = new PairedAccumulator({ lowerIsBetter: true });
      for (const [s, b] of runs.slice(start, start + 50)) block.add(s, b);
      merged.merge(block);
    }
    expect(merged.probBetter()).toBe(whole.probBetter());
    expect(merged.toPairedDiff(0.99).mean).toBeCloseTo(whole.toPairedDiff(0.99).mean, 12);
    const restored = PairedAccumulator.fromJSON(JSON.parse(JSON.stringify(merged)));
    expect(restored.toJSON()).toEqual(merged.toJSON());
    expect(restored.toPairedDiff()).toEqual(merged.toPairedDiff());
  });

  it('says what it requires', () => {
    expect(() => new PairedAccumulator().merge(new PairedAccumulator({ lowerIsBetter: true }))).toThrow(
      'PairedAccumulator.merge requires both sides to agree on lowerIsBetter',
    );
    expect(() => new PairedAccumulator().toPairedDiff()).toThrow('requires at least one');
    const json = new PairedAccumulator().toJSON();
    expect(() => PairedAccumulator.fromJSON({ ...json, betterHalves: 3 })).toThrow('betterHalves');
  });
});

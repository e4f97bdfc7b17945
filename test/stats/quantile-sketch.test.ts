import { quantileSorted } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { QuantileSketch } from '../../src/stats/quantile-sketch.js';
import { seededNormal, seededUniform } from './seeded-random.js';

const COUNT = 200_000;
const PROBABILITIES = [0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99];

/** Seeded test streams: shapes the engine meets (flat, skewed money amounts, two populations). */
const DISTRIBUTIONS: Record<string, (seed: number) => () => number> = {
  uniform: (seed) => seededUniform(seed),
  lognormal: (seed) => {
    const normal = seededNormal(seed);
    return () => Math.exp(11 + 0.8 * normal());
  },
  bimodal: (seed) => {
    const normal = seededNormal(seed);
    const uniform = seededUniform(seed + 1);
    return () => (uniform() < 0.3 ? 20_000 + 3_000 * normal() : 70_000 + 10_000 * normal());
  },
};

/**
 * How far, as a share of the count, the estimate's rank is from the target rank p·(n − 1): zero when
 * the estimate lies among the values whose ranks bracket the target.
 */
function rankError(sorted: Float64Array, estimate: number, p: number): number {
  const below = firstIndex(sorted, (value) => value >= estimate); // values < estimate
  const atOrBelow = firstIndex(sorted, (value) => value > estimate); // values ≤ estimate
  const target = p * (sorted.length - 1);
  if (target >= below - 1 && target <= atOrBelow) return 0;
  return Math.min(Math.abs(below - target), Math.abs(atOrBelow - 1 - target)) / sorted.length;
}

function firstIndex(sorted: Float64Array, predicate: (value: number) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (predicate(sorted[middle])) high = middle;
    else low = middle + 1;
  }
  return low;
}

function sketchOf(values: ArrayLike<number>, start = 0, end = values.length): QuantileSketch {
  const sketch = new QuantileSketch();
  for (let i = start; i < end; i++) sketch.add(values[i]);
  return sketch;
}

describe('QuantileSketch', () => {
  it('is exact while it holds at most k = 512 values: quantiles equal quantileSorted (R type 7)', () => {
    // R: quantile(c(3, 6, 7, 8, 8, 9, 10, 13, 15, 16, 20), c(.05, .25, .5, .75, .95), type = 7) = 4.5 7.5 9 14 18
    const small = sketchOf([20, 3, 16, 8, 6, 13, 9, 8, 15, 7, 10]);
    expect([0.05, 0.25, 0.5, 0.75, 0.95].map((p) => small.quantile(p))).toEqual([4.5, 7.5, 9, 14, 18]);

    const uniform = seededUniform(3);
    const values = Array.from({ length: 512 }, () => uniform() * 100);
    const sorted = values.slice().sort((a, b) => a - b);
    const merged = sketchOf(values, 0, 200).merge(sketchOf(values, 200, 512));
    for (const sketch of [sketchOf(values), merged]) {
      expect(sketch.retainedItems).toBe(512);
      for (const p of [0, 0.013, 0.05, 0.25, 0.5, 0.77, 0.95, 1]) expect(sketch.quantile(p)).toBe(quantileSorted(sorted, p));
    }
  });

  for (const [name, distribution] of Object.entries(DISTRIBUTIONS)) {
    it(`keeps rank error within 0.5 % on ${COUNT} ${name} values, streamed and merged from 50 pieces`, () => {
      const draw = distribution(42);
      const values = Float64Array.from({ length: COUNT }, draw);
      const sorted = values.slice().sort();
      const streamed = new QuantileSketch();
      let mostRetained = 0;
      for (const value of values) {
        streamed.add(value);
        mostRetained = Math.max(mostRetained, streamed.retainedItems);
      }
      const merged = new QuantileSketch();
      const piece = COUNT / 50;
      for (let start = 0; start < COUNT; start += piece) merged.merge(sketchOf(values, start, start + piece));

      expect(mostRetained).toBeLessThan(3000);
      expect(merged.retainedItems).toBeLessThan(3000);
      for (const sketch of [streamed, merged]) {
        expect(sketch.count).toBe(COUNT);
        expect(sketch.quantile(0)).toBe(sorted[0]);
        expect(sketch.quantile(1)).toBe(sorted[COUNT - 1]);
        for (const p of PROBABILITIES) expect(rankError(sorted, sketch.quantile(p), p)).toBeLessThan(0.005);
      }
    });
  }

  it('keeps rank error small on sorted input too (the adversarial order for deterministic compaction)', () => {
    const sorted = Float64Array.from({ length: COUNT }, (_, i) => i);
    const ascending = sketchOf(sorted);
    const descending = sketchOf(sorted.slice().reverse());
    for (const sketch of [ascending, descending]) {
      for (const p of PROBABILITIES) expect(rankError(sorted, sketch.quantile(p), p)).toBeLessThan(0.005);
    }
  });

  it('keeps memory bounded however many values it sees (grows only with log count)', () => {
    const uniform = seededUniform(9);
    const sketch = new QuantileSketch();
    for (let i = 0; i < 2_000_000; i++) sketch.add(uniform());
    expect(sketch.retainedItems).toBeLessThan(2000);
    expect(sketch.quantile(0.5)).toBeCloseTo(0.5, 2);
  });

  it('is deterministic: the same adds and merges give the same state, and JSON round trips exactly', () => {
    const build = (): QuantileSketch => {
      const normal = seededNormal(5);
      const sketch = new QuantileSketch();
      for (let i = 0; i < 5000; i++) sketch.add(normal());
      const other = new QuantileSketch();
      for (let i = 0; i < 3000; i++) other.add(normal() + 1);
      return sketch.merge(other);
    };
    const first = build();
    expect(build().toJSON()).toEqual(first.toJSON());

    const restored = QuantileSketch.fromJSON(JSON.parse(JSON.stringify(first)));
    expect(restored.toJSON()).toEqual(first.toJSON());
    for (const p of PROBABILITIES) expect(restored.quantile(p)).toBe(first.quantile(p));
    // …and evolves identically afterwards, so shards can be saved and resumed.
    for (let i = 0; i < 2000; i++) {
      first.add(i / 2000);
      restored.add(i / 2000);
    }
    expect(restored.toJSON()).toEqual(first.toJSON());
  });

  it('adds a block of values at once exactly as merging an exact sketch of them (addAll)', () => {
    const uniform = seededUniform(21);
    const merged = new QuantileSketch(64);
    const appended = new QuantileSketch(64);
    const block = new Float64Array(40);
    // 200 blocks of 40 through a k = 64 sketch: many compactions, levels added and trimmed.
    for (let b = 0; b < 200; b++) {
      for (let i = 0; i < block.length; i++) block[i] = uniform() * (1 + b / 50);
      const exact = new QuantileSketch(64);
      for (const x of block) exact.add(x);
      merged.merge(exact);
      appended.addAll(block, block.length);
      expect(appended.toJSON(), `block ${b}`).toEqual(merged.toJSON());
    }
    expect(appended.count).toBe(8000);
    expect(() => appended.addAll(new Float64Array(65), 65)).toThrow('QuantileSketch.addAll requires a whole n with 0 ≤ n ≤ k');
  });

  it('says what it requires', () => {
    expect(() => new QuantileSketch().quantile(0.5)).toThrow('QuantileSketch.quantile requires at least one value');
    expect(() => sketchOf([1]).quantile(1.5)).toThrow('QuantileSketch.quantile requires 0 ≤ p ≤ 1');
    expect(() => new QuantileSketch().add(Number.NaN)).toThrow('QuantileSketch.add requires a finite number');
    expect(() => new QuantileSketch(64).merge(new QuantileSketch(128))).toThrow('same k');
    expect(() => new QuantileSketch(2)).toThrow('QuantileSketch requires a whole k ≥ 8');
    const json = sketchOf([1, 2, 3]).toJSON();
    expect(() => QuantileSketch.fromJSON({ ...json, count: 4 })).toThrow('level weights that add up to count');
  });
});

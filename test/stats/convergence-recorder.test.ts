import { describe, expect, it } from 'vitest';
import { ConvergenceBlock } from '../../src/stats/convergence-block.js';
import { ConvergenceRecorder } from '../../src/stats/convergence-recorder.js';
import { meanConfidenceInterval } from '../../src/stats/mean-confidence-interval.js';
import { Moments } from '../../src/stats/moments.js';
import { seededNormal } from './seeded-random.js';

const differences = (count: number): number[] => {
  const normal = seededNormal(31);
  return Array.from({ length: count }, () => 5_000 + 40_000 * normal());
};

/** What the engine would do: fixed blocks of 50 runs, spread over `workers`, merged in block order. */
function recordInBlocks(values: number[], workers: number, blockSize = 50): ReturnType<ConvergenceRecorder['points']> {
  const blocks: ConvergenceBlock[] = [];
  // Workers take blocks round-robin and may finish in any order; only block order matters to the recorder.
  for (let worker = workers - 1; worker >= 0; worker--) {
    for (let first = worker * blockSize; first < values.length; first += workers * blockSize) {
      const block = new ConvergenceBlock(first);
      for (const value of values.slice(first, first + blockSize)) block.add(value);
      blocks[first / blockSize] = JSON.parse(JSON.stringify(block.toJSON())); // as if sent from a worker
    }
  }
  const recorder = new ConvergenceRecorder();
  for (const block of blocks) recorder.addBlock(block);
  return recorder.points();
}

describe('ConvergenceRecorder', () => {
  it('records the running mean and its interval at 2, 5, 10, 20, 50, … and the final run count', () => {
    const values = differences(730);
    const recorder = new ConvergenceRecorder();
    for (const value of values) recorder.add(value);
    const points = recorder.points();
    expect(points.map((point) => point.runs)).toEqual([2, 5, 10, 20, 50, 100, 200, 500, 730]);
    const first20 = new Moments();
    for (const value of values.slice(0, 20)) first20.add(value);
    const [lo, hi] = meanConfidenceInterval(first20);
    expect(points[3]).toEqual({ runs: 20, mean: first20.mean, lo, hi });
    expect(points[8].hi - points[8].lo).toBeLessThan(points[3].hi - points[3].lo);
  });

  it('gives the same points whatever the number of workers, from fixed blocks', () => {
    const values = differences(1234);
    const oneWorker = recordInBlocks(values, 1);
    expect(oneWorker.map((point) => point.runs)).toEqual([2, 5, 10, 20, 50, 100, 200, 500, 1000, 1234]);
    expect(recordInBlocks(values, 3)).toEqual(oneWorker);
    expect(recordInBlocks(values, 8)).toEqual(oneWorker);
    // Run by run gives the same answer up to rounding.
    const recorder = new ConvergenceRecorder();
    for (const value of values) recorder.add(value);
    recorder.points().forEach((point, i) => {
      expect(point.runs).toBe(oneWorker[i].runs);
      expect(point.mean).toBeCloseTo(oneWorker[i].mean, 6);
      expect(point.lo).toBeCloseTo(oneWorker[i].lo, 6);
    });
  });

  it('uses the level it is given (e.g. a Bonferroni-adjusted one)', () => {
    const values = differences(100);
    const at95 = new ConvergenceRecorder(0.95);
    const at99 = new ConvergenceRecorder(0.99);
    for (const value of values) {
      at95.add(value);
      at99.add(value);
    }
    const [p95, p99] = [at95.points().at(-1)!, at99.points().at(-1)!];
    expect(p99.hi - p99.lo).toBeGreaterThan(p95.hi - p95.lo);
  });

  it('handles a single run and no runs', () => {
    const recorder = new ConvergenceRecorder();
    expect(recorder.points()).toEqual([]);
    recorder.add(3);
    expect(recorder.points()).toEqual([{ runs: 1, mean: 3, lo: 3, hi: 3 }]);
  });

  it('says what it requires', () => {
    expect(() => new ConvergenceRecorder(95)).toThrow('ConvergenceRecorder requires 0 < level < 1');
    const recorder = new ConvergenceRecorder();
    expect(() => recorder.addBlock(new ConvergenceBlock(50))).toThrow('ConvergenceRecorder.addBlock requires blocks in run order');
  });
});

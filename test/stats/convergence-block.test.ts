import { describe, expect, it } from 'vitest';
import { ConvergenceBlock } from '../../src/stats/convergence-block.js';

describe('ConvergenceBlock', () => {
  it('snapshots the moments at every checkpoint inside the block', () => {
    // Runs 41 … 100 (firstRun 40): the checkpoints inside are 50 and 100.
    const block = new ConvergenceBlock(40);
    for (let i = 0; i < 60; i++) block.add(i);
    expect(block.prefixes.map((prefix) => prefix.runs)).toEqual([50, 100]);
    expect(block.prefixes[0].moments.count).toBe(10);
    expect(block.prefixes[0].moments.mean).toBe(4.5); // mean(0:9)
    expect(block.prefixes[1].moments.toJSON()).toEqual(block.moments.toJSON());
  });

  it('records nothing when no checkpoint falls inside', () => {
    const block = new ConvergenceBlock(100);
    for (let i = 0; i < 50; i++) block.add(i);
    expect(block.prefixes).toEqual([]);
  });

  it('round-trips through JSON and keeps recording afterwards', () => {
    const block = new ConvergenceBlock(0);
    for (let i = 0; i < 7; i++) block.add(i * 0.3);
    const restored = ConvergenceBlock.fromJSON(JSON.parse(JSON.stringify(block)));
    expect(restored.toJSON()).toEqual(block.toJSON());
    for (let i = 0; i < 3; i++) {
      block.add(1);
      restored.add(1);
    }
    expect(restored.toJSON()).toEqual(block.toJSON());
    expect(restored.prefixes.map((prefix) => prefix.runs)).toEqual([2, 5, 10]);
  });

  it('says what it requires', () => {
    expect(() => new ConvergenceBlock(-1)).toThrow('ConvergenceBlock requires firstRun to be a whole number ≥ 0');
    const json = new ConvergenceBlock(0).toJSON();
    expect(() =>
      ConvergenceBlock.fromJSON({ ...json, prefixes: [{ runs: 2, moments: { count: 1, mean: 0, m2: 0, min: 0, max: 0 } }] }),
    ).toThrow("ConvergenceBlock.fromJSON requires each prefix to hold the block's runs up to its run count");
  });
});

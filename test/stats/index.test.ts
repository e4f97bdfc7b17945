import { describe, expect, it } from 'vitest';
import * as stats from '../../src/stats/index.js';

describe('src/stats/index', () => {
  it('re-exports the whole statistics API', () => {
    expect(Object.keys(stats).sort()).toEqual([
      'Accumulator',
      'ConvergenceBlock',
      'ConvergenceRecorder',
      'DEFAULT_SKETCH_K',
      'DEFAULT_WARMUP_TOLERANCE',
      'DEFAULT_WARMUP_WINDOW',
      'Moments',
      'PairedAccumulator',
      'QuantileSketch',
      'bonferroniLevel',
      'meanConfidenceInterval',
      'nextConvergenceCheckpoint',
      'normalQuantile',
      'regularizedIncompleteBeta',
      'tCdf',
      'tQuantile',
      'warmupCheck',
    ]);
  });
});

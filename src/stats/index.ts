/** Statistics for the engine and the report: moments, sketches, intervals, paired comparisons. */
export { Accumulator, type AccumulatorJSON, type Distribution, type Stat } from './accumulator.js';
export { bonferroniLevel } from './bonferroni-level.js';
export { ConvergenceBlock, type ConvergenceBlockJSON } from './convergence-block.js';
export { ConvergenceRecorder, type ConvergencePoint } from './convergence-recorder.js';
export { meanConfidenceInterval } from './mean-confidence-interval.js';
export { Moments, type MomentsJSON } from './moments.js';
export { nextConvergenceCheckpoint } from './next-convergence-checkpoint.js';
export { normalQuantile } from './normal-quantile.js';
export { PairedAccumulator, type PairedAccumulatorJSON, type PairedAccumulatorOptions, type PairedDiff } from './paired-accumulator.js';
export { DEFAULT_SKETCH_K, QuantileSketch, type QuantileSketchJSON } from './quantile-sketch.js';
export { regularizedIncompleteBeta } from './regularized-incomplete-beta.js';
export { tCdf } from './t-cdf.js';
export { tQuantile } from './t-quantile.js';
export { DEFAULT_WARMUP_TOLERANCE, DEFAULT_WARMUP_WINDOW, warmupCheck, type WarmupCheck } from './warmup-check.js';

/** Statistics for the engine and the report: moments, sketches, intervals, paired comparisons. */
export { Accumulator, type AccumulatorJSON } from './accumulator.js';
export { bonferroniLevel } from './bonferroni_level.js';
export { ConvergenceBlock, type ConvergenceBlockJSON } from './convergence_block.js';
export { ConvergenceRecorder } from './convergence_recorder.js';
export { meanConfidenceInterval } from './mean_confidence_interval.js';
export { Moments, type MomentsJSON } from './moments.js';
export { nextConvergenceCheckpoint } from './next_convergence_checkpoint.js';
export { normalQuantile } from './normal_quantile.js';
export { PairedAccumulator, type PairedAccumulatorJSON, type PairedAccumulatorOptions } from './paired_accumulator.js';
export { DEFAULT_SKETCH_K, QuantileSketch, type QuantileSketchJSON } from './quantile_sketch.js';
export { regularizedIncompleteBeta } from './regularized_incomplete_beta.js';
export { tCdf } from './t_cdf.js';
export { tQuantile } from './t_quantile.js';
export { DEFAULT_WARMUP_TOLERANCE, DEFAULT_WARMUP_WINDOW, warmupCheck } from './warmup_check.js';

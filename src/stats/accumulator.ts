import { meanConfidenceInterval } from './mean-confidence-interval.js';
import { Moments, type MomentsJSON } from './moments.js';
import { DEFAULT_SKETCH_K, QuantileSketch, type QuantileSketchJSON } from './quantile-sketch.js';

/**
 * Statistics of one quantity across runs (`toStat`; a Stat of summary.json). ci95 is the 95 %
 * confidence interval of the mean.
 */
export interface Stat {
  mean: number;
  sd: number;
  p5: number;
  p50: number;
  p95: number;
  ci95: [number, number];
  /** Quartiles (added to the contract's fields, for the report's 50 % bands). */
  p25?: number;
  p75?: number;
}

/** Quantiles of a distribution pooled over all manager-months of all runs, not across runs (`toDistribution`). */
export interface Distribution {
  mean: number;
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
  count: number;
}

/** The plain-object form of `Accumulator`, for worker messages and shard files. */
export interface AccumulatorJSON {
  moments: MomentsJSON;
  sketch: QuantileSketchJSON;
}

/**
 * Everything summary.json reports about one quantity: mean, standard deviation and confidence
 * interval of the mean from mergeable moments (`Moments`), percentiles from a mergeable quantile
 * sketch (`QuantileSketch`, exact up to k values). Fed once per run (a `Stat` across runs) or once
 * per manager-month (a pooled `Distribution`).
 */
export class Accumulator {
  readonly moments: Moments;
  readonly sketch: QuantileSketch;

  /** `k`: the sketch's size (exact up to k observations). `parts`: existing state to wrap, as `fromJSON` does. */
  constructor(k: number = DEFAULT_SKETCH_K, parts?: { moments: Moments; sketch: QuantileSketch }) {
    if (parts && parts.moments.count !== parts.sketch.count) {
      throw new Error(
        `Accumulator requires moments and sketch of the same count (${parts.moments.count} ≠ ${parts.sketch.count})`,
      );
    }
    this.moments = parts?.moments ?? new Moments();
    this.sketch = parts?.sketch ?? new QuantileSketch(k);
  }

  get count(): number {
    return this.moments.count;
  }

  /** Adds one observation; allocation-free in the common path. */
  add(x: number): void {
    this.moments.add(x);
    this.sketch.add(x);
  }

  merge(other: Accumulator): this {
    this.moments.merge(other.moments);
    this.sketch.merge(other.sketch);
    return this;
  }

  /**
   * Mean, sample standard deviation (n − 1), 5th/50th/95th percentiles (and the quartiles, for
   * 50 % bands) and the t confidence interval
   * of the mean at `level` (named ci95 by the summary.json contract; 95 % unless asked otherwise).
   * One observation gives sd 0 and the interval [mean, mean].
   */
  toStat(level: number = 0.95): Stat {
    const n = this.moments.count;
    if (n === 0) {
      throw new Error('Accumulator.toStat requires at least one observation (got none)');
    }
    const stat = {
      mean: this.moments.mean,
      sd: n === 1 ? 0 : this.moments.standardDeviation(),
      p5: this.sketch.quantile(0.05),
      p50: this.sketch.quantile(0.5),
      p95: this.sketch.quantile(0.95),
      ci95: meanConfidenceInterval(this.moments, level),
      p25: this.sketch.quantile(0.25),
      p75: this.sketch.quantile(0.75),
    };
    this.sketch.releaseView();
    return stat;
  }

  /** Mean, quartiles, 5th and 95th percentiles and count: a pooled distribution such as monthly pay. */
  toDistribution(): Distribution {
    if (this.moments.count === 0) {
      throw new Error('Accumulator.toDistribution requires at least one observation (got none)');
    }
    const distribution = {
      mean: this.moments.mean,
      p5: this.sketch.quantile(0.05),
      p25: this.sketch.quantile(0.25),
      p50: this.sketch.quantile(0.5),
      p75: this.sketch.quantile(0.75),
      p95: this.sketch.quantile(0.95),
      count: this.moments.count,
    };
    this.sketch.releaseView();
    return distribution;
  }

  toJSON(): AccumulatorJSON {
    return { moments: this.moments.toJSON(), sketch: this.sketch.toJSON() };
  }

  static fromJSON(json: AccumulatorJSON): Accumulator {
    const sketch = QuantileSketch.fromJSON(json.sketch);
    return new Accumulator(sketch.k, { moments: Moments.fromJSON(json.moments), sketch });
  }
}

import { Accumulator, type AccumulatorJSON, type Stat } from './accumulator.js';
import { DEFAULT_SKETCH_K } from './quantile-sketch.js';

/** Paired comparison of one metric of a scheme against the baseline, run by run. */
export interface PairedDiff extends Stat {
  /** Share of runs in which the scheme is better than the baseline (ties count half). */
  probBetter: number;
}

/** The plain-object form of `PairedAccumulator`, for worker messages and shard files. */
export interface PairedAccumulatorJSON {
  difference: AccumulatorJSON;
  lowerIsBetter: boolean;
  /** Twice the number of runs the scheme won (a tie counts one, a win two), kept whole for exact merging. */
  betterHalves: number;
}

export interface PairedAccumulatorOptions {
  /** For metrics where less is better (churn, quits, cost): a run is won when the scheme's value is lower. */
  lowerIsBetter?: boolean;
  /** Size of the difference's quantile sketch (exact up to k runs). */
  k?: number;
}

/**
 * A paired comparison of one metric of a scheme against the baseline, run by run. Run r of every
 * scheme uses the same random numbers (common random numbers), so the difference scheme − baseline
 * of the same run cancels most of the shared noise: its confidence interval is the paired-t interval
 * on the differences (Law & Kelton, Simulation Modeling and Analysis, 5th ed., §10.2.1 and §11.2),
 * far narrower than comparing two independent intervals when the runs are positively correlated.
 *
 * Also counts the runs in which the scheme is better (ties count half): probBetter in summary.json.
 * The difference is always scheme − baseline; `lowerIsBetter` only changes which sign is a win.
 */
export class PairedAccumulator {
  readonly difference: Accumulator;
  readonly lowerIsBetter: boolean;
  private betterHalves = 0;

  /** `state`: an existing difference and win count to wrap, as `fromJSON` does. */
  constructor(options: PairedAccumulatorOptions = {}, state?: { difference: Accumulator; betterHalves: number }) {
    this.lowerIsBetter = options.lowerIsBetter ?? false;
    this.difference = state?.difference ?? new Accumulator(options.k ?? DEFAULT_SKETCH_K);
    if (state) {
      const { betterHalves } = state;
      if (!(Number.isInteger(betterHalves) && betterHalves >= 0 && betterHalves <= 2 * this.difference.count)) {
        throw new Error(
          `PairedAccumulator requires betterHalves to be a whole number from 0 to twice the run count (got ${betterHalves})`,
        );
      }
      this.betterHalves = betterHalves;
    }
  }

  get count(): number {
    return this.difference.count;
  }

  /** Adds one run: the scheme's and the baseline's value of the metric in that same run. Allocation-free. */
  add(scheme: number, baseline: number): void {
    const difference = scheme - baseline;
    this.difference.add(difference);
    if (difference === 0) this.betterHalves += 1;
    else if (difference > 0 !== this.lowerIsBetter) this.betterHalves += 2;
  }

  merge(other: PairedAccumulator): this {
    if (other.lowerIsBetter !== this.lowerIsBetter) {
      throw new Error('PairedAccumulator.merge requires both sides to agree on lowerIsBetter');
    }
    // Read before merging, in case other is this.
    const otherHalves = other.betterHalves;
    this.difference.merge(other.difference);
    this.betterHalves += otherHalves;
    return this;
  }

  /** Share of runs in which the scheme beat the baseline, ties counting half. */
  probBetter(): number {
    if (this.count === 0) {
      throw new Error('PairedAccumulator.probBetter requires at least one run');
    }
    return this.betterHalves / (2 * this.count);
  }

  /**
   * The Stat of the difference (scheme − baseline) with its paired-t interval at `level` — stored in the
   * field the contract names ci95 whatever the level (e.g. a Bonferroni-adjusted level, see
   * `bonferroniLevel`) — plus probBetter.
   */
  toPairedDiff(level: number = 0.95): PairedDiff {
    return { ...this.difference.toStat(level), probBetter: this.probBetter() };
  }

  toJSON(): PairedAccumulatorJSON {
    return { difference: this.difference.toJSON(), lowerIsBetter: this.lowerIsBetter, betterHalves: this.betterHalves };
  }

  static fromJSON(json: PairedAccumulatorJSON): PairedAccumulator {
    const difference = Accumulator.fromJSON(json.difference);
    return new PairedAccumulator(
      { lowerIsBetter: json.lowerIsBetter, k: difference.sketch.k },
      { difference, betterHalves: json.betterHalves },
    );
  }
}

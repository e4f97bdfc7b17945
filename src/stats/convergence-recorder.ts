import { ConvergenceBlock, type ConvergenceBlockJSON } from './convergence-block.js';
import { meanConfidenceInterval } from './mean-confidence-interval.js';
import { Moments } from './moments.js';
import { nextConvergenceCheckpoint } from './next-convergence-checkpoint.js';

/** One checkpoint of the running mean: after `runs` runs, the mean and its confidence interval [lo, hi]. */
export interface ConvergencePoint {
  runs: number;
  mean: number;
  lo: number;
  hi: number;
}

/**
 * The running mean of a scheme's paired difference against the baseline, with its confidence
 * interval, as runs accumulate: one point at each checkpoint run count (2, 5, 10, 20, 50, …; see
 * `nextConvergenceCheckpoint`) plus the final count. It shows whether more runs would still move the
 * answer (Law & Kelton, Simulation Modeling and Analysis, 5th ed., §9.4.1, sequential procedures for
 * a specified precision). Memory grows only with the number of points (logarithmic in runs).
 *
 * Feed it in run order, either run by run (`add`) or block by block (`addBlock`, blocks of
 * consecutive runs summarized in worker threads by `ConvergenceBlock`, in block order). Either way the
 * points are deterministic; the two ways may differ in the last bits, so an engine should always use
 * the same one, with block boundaries that do not depend on the number of workers.
 */
export class ConvergenceRecorder {
  readonly level: number;
  private readonly total = new Moments();
  private readonly recorded: ConvergencePoint[] = [];
  private nextCheckpoint = 2;

  constructor(level: number = 0.95) {
    if (!(level > 0 && level < 1)) {
      throw new Error(`ConvergenceRecorder requires 0 < level < 1 (got ${level})`);
    }
    this.level = level;
  }

  /** Runs seen so far. */
  get runs(): number {
    return this.total.count;
  }

  /** Adds the next run's difference (scheme − baseline). */
  add(difference: number): void {
    this.total.add(difference);
    if (this.total.count === this.nextCheckpoint) {
      this.recorded.push(this.point(this.total));
      this.nextCheckpoint = nextConvergenceCheckpoint(this.total.count);
    }
  }

  /** Adds the next block of runs; its firstRun must equal the runs seen so far. */
  addBlock(block: ConvergenceBlock | ConvergenceBlockJSON): void {
    const summary = block instanceof ConvergenceBlock ? block : ConvergenceBlock.fromJSON(block);
    if (summary.firstRun !== this.total.count) {
      throw new Error(
        'ConvergenceRecorder.addBlock requires blocks in run order: ' +
          `expected a block starting after run ${this.total.count}, got one starting after run ${summary.firstRun}`,
      );
    }
    for (const prefix of summary.prefixes) {
      this.recorded.push(this.point(this.total.clone().merge(prefix.moments)));
    }
    this.total.merge(summary.moments);
    this.nextCheckpoint = nextConvergenceCheckpoint(this.total.count);
  }

  /** The recorded points, plus one for the final run count if that is not a checkpoint. */
  points(): ConvergencePoint[] {
    const points = this.recorded.slice();
    const last = points[points.length - 1];
    if (this.total.count > 0 && (!last || last.runs !== this.total.count)) points.push(this.point(this.total));
    return points;
  }

  private point(moments: Moments): ConvergencePoint {
    const [lo, hi] = meanConfidenceInterval(moments, this.level);
    return { runs: moments.count, mean: moments.mean, lo, hi };
  }
}

import { nextConvergenceCheckpoint } from './next-convergence-checkpoint.js';
import { Moments, type MomentsJSON } from './moments.js';

/** The plain-object form of `ConvergenceBlock`, as a worker sends it back. */
export interface ConvergenceBlockJSON {
  firstRun: number;
  moments: MomentsJSON;
  /** Moments of the block's runs so far, at each checkpoint that falls inside the block. */
  prefixes: { runs: number; moments: MomentsJSON }[];
}

/**
 * The paired differences of one block of consecutive runs, summarized where a worker thread computes
 * them, for `ConvergenceRecorder.addBlock`. Besides the block's moments it keeps a snapshot of the
 * moments so far at every checkpoint (see `nextConvergenceCheckpoint`) inside the block, so the recorder
 * can place points at checkpoints that fall mid-block. With block boundaries fixed by run number (not
 * by the number of workers) the recorded trace is the same whatever the number of workers.
 */
export class ConvergenceBlock {
  readonly firstRun: number;
  readonly moments = new Moments();
  readonly prefixes: { runs: number; moments: Moments }[] = [];
  private nextCheckpoint: number;

  /** `firstRun`: how many runs come before this block in run order (0 for the first block). */
  constructor(firstRun: number) {
    if (!(Number.isInteger(firstRun) && firstRun >= 0)) {
      throw new Error(`ConvergenceBlock requires firstRun to be a whole number ≥ 0 (got ${firstRun})`);
    }
    this.firstRun = firstRun;
    this.nextCheckpoint = nextConvergenceCheckpoint(firstRun);
  }

  /** Adds the next run's difference (scheme − baseline), in run order. */
  add(difference: number): void {
    this.moments.add(difference);
    const runs = this.firstRun + this.moments.count;
    if (runs === this.nextCheckpoint) {
      this.prefixes.push({ runs, moments: this.moments.clone() });
      this.nextCheckpoint = nextConvergenceCheckpoint(runs);
    }
  }

  toJSON(): ConvergenceBlockJSON {
    return {
      firstRun: this.firstRun,
      moments: this.moments.toJSON(),
      prefixes: this.prefixes.map(({ runs, moments }) => ({ runs, moments: moments.toJSON() })),
    };
  }

  static fromJSON(json: ConvergenceBlockJSON): ConvergenceBlock {
    const block = new ConvergenceBlock(json.firstRun);
    block.moments.merge(Moments.fromJSON(json.moments));
    for (const prefix of json.prefixes) {
      const moments = Moments.fromJSON(prefix.moments);
      if (moments.count !== prefix.runs - json.firstRun || moments.count > block.moments.count) {
        throw new Error(
          "ConvergenceBlock.fromJSON requires each prefix to hold the block's runs up to its run count " +
            `(prefix at ${prefix.runs} holds ${moments.count} runs)`,
        );
      }
      block.prefixes.push({ runs: prefix.runs, moments });
    }
    block.nextCheckpoint = nextConvergenceCheckpoint(json.firstRun + block.moments.count);
    return block;
  }
}


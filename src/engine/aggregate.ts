/**
 * Folding runs into statistics without keeping the runs: every scheme's monthly series, totals,
 * end state, time shares, per-role pay and the paired differences against the baseline go into
 * mergeable accumulators (moments + quantile sketch). Runs are folded in fixed blocks of run
 * numbers and blocks are merged in block order, so the result does not depend on how many
 * workers computed the blocks, nor on which finished first (floating-point sums and sketch
 * compactions happen in the same order every time).
 */
import {
  Accumulator,
  ConvergenceBlock,
  Moments,
  PairedAccumulator,
  QuantileSketch,
  type AccumulatorJSON,
  type ConvergenceBlockJSON,
  type PairedAccumulatorJSON,
} from '../stats/index.js';
import { ACTIVATE, ACTIVITIES, FARM, HUNT } from '../model/codes.js';
import { ROLE_FIELDS, ROLE_HOURS, ROLE_MANAGERS } from '../model/tally.js';
import { ManagerAccumulator, type ManagerAccumulatorJSON } from './manager-accumulator.js';
import { OUTCOME_FIELDS } from './manager-outcomes.js';
import { RECORDED_INDEX, type Recorded, type RunOutput, type RunRecord } from './protocol.js';
import { FIGURE_NAMES, figureValues, NET_PROFIT_FIGURE, PAIRED_FIGURES, PAIRED_METRICS, runFigures } from './run-figures.js';
import { MONTHLY_METRICS } from './metrics.js';

/** Runs per block: fixed, so results are the same for every worker count and batch size. */
export const BLOCK_RUNS = 64;

/**
 * A block's runs as simulated, for `BlockAccumulator.addRuns`: the run outputs (in run order)
 * with the pooled pay already folded per selected scheme and role (`rolePay`; the records'
 * `rolePays` are then empty).
 */
export interface BlockRuns {
  outputs: RunOutput[];
  rolePay: AccumulatorJSON[][];
}

export interface SchemeShape {
  /** Index of the scheme in the experiment's compiled list. */
  index: number;
  roles: number;
}

/**
 * Folding a whole block of runs into a running total with exactly the effect of folding the runs
 * into a fresh accumulator of the block (`add`) and merging that in (`merge`), without building
 * the block's thousands of accumulators: each statistic's values of the block (one per run, in
 * run order) go through one reused `Moments`, merged as the block's moments would be; a total
 * sketch that has never been compacted and stays within its capacity takes the values one by
 * one (appending is then all a merge does), and otherwise merges a sketch of the block.
 */
const blockMoments = new Moments();

function foldBlock(accumulator: Accumulator, values: Float64Array, n: number): void {
  if (n === 0) return;
  const moments = blockMoments;
  moments.count = 0;
  moments.mean = 0;
  moments.m2 = 0;
  moments.min = Infinity;
  moments.max = -Infinity;
  for (let r = 0; r < n; r++) moments.add(values[r]);
  const sketch = accumulator.sketch;
  if (n <= sketch.k) {
    // A block's sketch of at most k values holds them all, in order, uncompacted: merging it is
    // appending them (addAll), as adding them one by one is while nothing needs compacting.
    sketch.addAll(values, n);
  } else {
    const block = new QuantileSketch(sketch.k);
    for (let r = 0; r < n; r++) block.add(values[r]);
    sketch.merge(block);
  }
  accumulator.moments.merge(moments);
}

/** Reused per-block scratch: values of one statistic over the block's runs, and figures. */
let blockValues = new Float64Array(BLOCK_RUNS);
let blockFigures = new Float64Array(BLOCK_RUNS * FIGURE_NAMES.length);
let baselineFigures = new Float64Array(BLOCK_RUNS * FIGURE_NAMES.length);

function scratchFor(runs: number): void {
  if (blockValues.length >= runs) return;
  blockValues = new Float64Array(runs);
  blockFigures = new Float64Array(runs * FIGURE_NAMES.length);
  baselineFigures = new Float64Array(runs * FIGURE_NAMES.length);
}

export class SchemeAccumulator {
  readonly monthly: Accumulator[];
  readonly figures = new Map<string, Accumulator>();
  readonly roleHeadcount: Accumulator[];
  /** Per role and month (role after role): the managers employed in the role that month. */
  readonly roleHeadcountByMonth: Accumulator[];
  readonly roleShares: Accumulator[];
  readonly rolePay: Accumulator[];
  readonly paired: PairedAccumulator[];
  readonly cumulativeDiff: Accumulator[];

  constructor(
    readonly shape: SchemeShape,
    readonly months: number,
  ) {
    this.monthly = Array.from({ length: MONTHLY_METRICS.length * months }, () => new Accumulator());
    this.roleHeadcount = Array.from({ length: shape.roles }, () => new Accumulator());
    this.roleHeadcountByMonth = Array.from({ length: shape.roles * months }, () => new Accumulator());
    this.roleShares = Array.from({ length: shape.roles * ACTIVITIES }, () => new Accumulator());
    this.rolePay = Array.from({ length: shape.roles }, () => new Accumulator());
    this.paired = PAIRED_METRICS.map((m) => new PairedAccumulator({ lowerIsBetter: m.lowerIsBetter }));
    this.cumulativeDiff = Array.from({ length: months }, () => new Accumulator());
  }

  /**
   * Folds a block of runs in run order (`records[r]` with its baseline `baselines[r]`, the pooled
   * pay already folded per role in `rolePay`); returns the block's convergence record. See `foldBlock`.
   */
  addBlock(records: RunRecord[], baselines: RunRecord[], rolePay: AccumulatorJSON[], firstRun: number): ConvergenceBlockJSON {
    const n = this.months;
    const runs = records.length;
    const figureCount = FIGURE_NAMES.length;
    scratchFor(runs);
    const values = blockValues;
    MONTHLY_METRICS.forEach((name, k) => {
      const base = RECORDED_INDEX[name as Recorded] * n;
      for (let m = 0; m < n; m++) {
        for (let r = 0; r < runs; r++) values[r] = records[r].monthly[base + m];
        foldBlock(this.monthly[k * n + m], values, runs);
      }
    });
    for (let r = 0; r < runs; r++) {
      figureValues(records[r], blockFigures, r * figureCount);
      figureValues(baselines[r], baselineFigures, r * figureCount);
    }
    FIGURE_NAMES.forEach((name, f) => {
      let accumulator = this.figures.get(name);
      if (!accumulator) this.figures.set(name, (accumulator = new Accumulator()));
      for (let r = 0; r < runs; r++) values[r] = blockFigures[r * figureCount + f];
      foldBlock(accumulator, values, runs);
    });
    for (let role = 0; role < this.shape.roles; role++) {
      for (let r = 0; r < runs; r++) values[r] = records[r].roleTotals[role * ROLE_FIELDS + ROLE_MANAGERS] / n;
      foldBlock(this.roleHeadcount[role], values, runs);
      for (let m = 0; m < n; m++) {
        for (let r = 0; r < runs; r++) values[r] = records[r].roleHeadcount[role * n + m];
        foldBlock(this.roleHeadcountByMonth[role * n + m], values, runs);
      }
      for (let a = 0; a < ACTIVITIES; a++) {
        let count = 0;
        for (let r = 0; r < runs; r++) {
          const totals = records[r].roleTotals;
          const at = role * ROLE_FIELDS + ROLE_HOURS;
          const hours = totals[at + HUNT] + totals[at + ACTIVATE] + totals[at + FARM];
          if (hours > 0) values[count++] = totals[at + a] / hours;
        }
        foldBlock(this.roleShares[role * ACTIVITIES + a], values, count);
      }
      this.rolePay[role].merge(Accumulator.fromJSON(rolePay[role]));
    }
    PAIRED_METRICS.forEach((metric, k) => {
      const paired = new PairedAccumulator({ lowerIsBetter: metric.lowerIsBetter });
      const f = PAIRED_FIGURES[k];
      for (let r = 0; r < runs; r++) paired.add(blockFigures[r * figureCount + f], baselineFigures[r * figureCount + f]);
      this.paired[k].merge(paired);
    });
    const convergence = new ConvergenceBlock(firstRun);
    for (let r = 0; r < runs; r++) convergence.add(blockFigures[r * figureCount + NET_PROFIT_FIGURE] - baselineFigures[r * figureCount + NET_PROFIT_FIGURE]);
    const cumulative = RECORDED_INDEX.cumulativeNetProfit * n;
    for (let m = 0; m < n; m++) {
      for (let r = 0; r < runs; r++) values[r] = records[r].monthly[cumulative + m] - baselines[r].monthly[cumulative + m];
      foldBlock(this.cumulativeDiff[m], values, runs);
    }
    return convergence.toJSON();
  }

  merge(other: SchemeAccumulator): void {
    this.monthly.forEach((a, k) => a.merge(other.monthly[k]));
    for (const [name, accumulator] of other.figures) {
      const mine = this.figures.get(name);
      if (mine) mine.merge(accumulator);
      else this.figures.set(name, Accumulator.fromJSON(accumulator.toJSON()));
    }
    this.roleHeadcount.forEach((a, k) => a.merge(other.roleHeadcount[k]));
    this.roleHeadcountByMonth.forEach((a, k) => a.merge(other.roleHeadcountByMonth[k]));
    this.roleShares.forEach((a, k) => a.merge(other.roleShares[k]));
    this.rolePay.forEach((a, k) => a.merge(other.rolePay[k]));
    this.paired.forEach((a, k) => a.merge(other.paired[k]));
    this.cumulativeDiff.forEach((a, k) => a.merge(other.cumulativeDiff[k]));
  }

  toJSON(): SchemeAccumulatorJSON {
    return {
      shape: this.shape,
      months: this.months,
      monthly: this.monthly.map((a) => a.toJSON()),
      figures: [...this.figures].map(([name, a]) => [name, a.toJSON()]),
      roleHeadcount: this.roleHeadcount.map((a) => a.toJSON()),
      roleHeadcountByMonth: this.roleHeadcountByMonth.map((a) => a.toJSON()),
      roleShares: this.roleShares.map((a) => a.toJSON()),
      rolePay: this.rolePay.map((a) => a.toJSON()),
      paired: this.paired.map((a) => a.toJSON()),
      cumulativeDiff: this.cumulativeDiff.map((a) => a.toJSON()),
    };
  }

  static fromJSON(json: SchemeAccumulatorJSON): SchemeAccumulator {
    const accumulator = new SchemeAccumulator(json.shape, json.months);
    const load = (target: Accumulator[], source: AccumulatorJSON[]): void => source.forEach((a, k) => (target[k] = Accumulator.fromJSON(a)));
    load(accumulator.monthly, json.monthly);
    for (const [name, a] of json.figures) accumulator.figures.set(name, Accumulator.fromJSON(a));
    load(accumulator.roleHeadcount, json.roleHeadcount);
    load(accumulator.roleHeadcountByMonth, json.roleHeadcountByMonth);
    load(accumulator.roleShares, json.roleShares);
    load(accumulator.rolePay, json.rolePay);
    json.paired.forEach((a, k) => (accumulator.paired[k] = PairedAccumulator.fromJSON(a)));
    load(accumulator.cumulativeDiff, json.cumulativeDiff);
    return accumulator;
  }
}

export interface SchemeAccumulatorJSON {
  shape: SchemeShape;
  months: number;
  monthly: AccumulatorJSON[];
  figures: [string, AccumulatorJSON][];
  roleHeadcount: AccumulatorJSON[];
  roleHeadcountByMonth: AccumulatorJSON[];
  roleShares: AccumulatorJSON[];
  rolePay: AccumulatorJSON[];
  paired: PairedAccumulatorJSON[];
  cumulativeDiff: AccumulatorJSON[];
}

/** The statistics of a block of consecutive runs (or of all runs, once blocks are merged). */
export class BlockAccumulator {
  runs = 0;
  clientMonths = 0;
  managerMonths = 0;
  readonly schemes: SchemeAccumulator[];
  readonly warmupActive: Accumulator[];
  /** Per scheme, the convergence blocks in block order (kept small: moments at checkpoints). */
  readonly convergence: ConvergenceBlockJSON[][];
  /** Runs from a book: each manager's outcomes per scheme (null otherwise). */
  managers: ManagerAccumulator | null = null;

  constructor(
    readonly shapes: SchemeShape[],
    readonly baseline: number,
    readonly months: number,
    readonly warmupMonths: number,
    readonly firstRun: number,
  ) {
    this.schemes = shapes.map((shape) => new SchemeAccumulator(shape, months));
    this.warmupActive = Array.from({ length: warmupMonths }, () => new Accumulator());
    this.convergence = shapes.map(() => []);
  }

  /**
   * Appends the next block of runs (in run order, the first numbered `firstRun`): the one fold of
   * run outputs into statistics. A block folded into a fresh accumulator, sent as JSON and merged
   * (`merge`) gives the same total as folding it here (a shard's blocks, test/whatif/shard.test.ts).
   */
  addRuns({ outputs, rolePay }: BlockRuns, firstRun: number): void {
    const baselines = outputs.map((output) => {
      const baseline = output.records.find((r) => r.scheme === this.baseline);
      if (!baseline) throw new Error('the baseline scheme must be simulated in every run');
      return baseline;
    });
    this.schemes.forEach((s, k) => {
      this.convergence[k].push(s.addBlock(outputs.map((output) => output.records[k]), baselines, rolePay[k], firstRun));
    });
    scratchFor(outputs.length);
    this.warmupActive.forEach((accumulator, m) => {
      outputs.forEach((output, r) => (blockValues[r] = output.warmupActive[m]));
      foldBlock(accumulator, blockValues, outputs.length);
    });
    let managers: ManagerAccumulator | null = null;
    let clientMonths = 0;
    let managerMonths = 0;
    for (const output of outputs) {
      const bookManagers = output.records[0]?.managers;
      if (bookManagers) (managers ??= new ManagerAccumulator(bookManagers.length / OUTCOME_FIELDS, output.records.length)).add(output.records);
      clientMonths += output.clientMonths;
      managerMonths += output.managerMonths;
    }
    if (managers) {
      if (this.managers) this.managers.merge(managers);
      else this.managers = managers;
    }
    this.runs += outputs.length;
    this.clientMonths += clientMonths;
    this.managerMonths += managerMonths;
  }

  /** Appends the next block (in run order). */
  merge(next: BlockAccumulator): void {
    this.schemes.forEach((s, k) => {
      s.merge(next.schemes[k]);
      this.convergence[k].push(...next.convergence[k]);
    });
    this.warmupActive.forEach((a, m) => a.merge(next.warmupActive[m]));
    if (next.managers) {
      if (this.managers) this.managers.merge(next.managers);
      else this.managers = next.managers;
    }
    this.runs += next.runs;
    this.clientMonths += next.clientMonths;
    this.managerMonths += next.managerMonths;
  }

  toJSON(): BlockAccumulatorJSON {
    return {
      shapes: this.shapes,
      baseline: this.baseline,
      months: this.months,
      warmupMonths: this.warmupMonths,
      firstRun: this.firstRun,
      runs: this.runs,
      clientMonths: this.clientMonths,
      managerMonths: this.managerMonths,
      schemes: this.schemes.map((s) => s.toJSON()),
      warmupActive: this.warmupActive.map((a) => a.toJSON()),
      convergence: this.convergence,
      ...(this.managers ? { managers: this.managers.toJSON() } : {}),
    };
  }

  static fromJSON(json: BlockAccumulatorJSON): BlockAccumulator {
    const block = new BlockAccumulator(json.shapes, json.baseline, json.months, json.warmupMonths, json.firstRun);
    block.runs = json.runs;
    block.clientMonths = json.clientMonths;
    block.managerMonths = json.managerMonths;
    json.schemes.forEach((s, k) => (block.schemes[k] = SchemeAccumulator.fromJSON(s)));
    json.warmupActive.forEach((a, m) => (block.warmupActive[m] = Accumulator.fromJSON(a)));
    json.convergence.forEach((list, k) => block.convergence[k].push(...list));
    if (json.managers) block.managers = ManagerAccumulator.fromJSON(json.managers);
    return block;
  }
}

export interface BlockAccumulatorJSON {
  shapes: SchemeShape[];
  baseline: number;
  months: number;
  warmupMonths: number;
  firstRun: number;
  runs: number;
  clientMonths: number;
  managerMonths: number;
  schemes: SchemeAccumulatorJSON[];
  warmupActive: AccumulatorJSON[];
  convergence: ConvergenceBlockJSON[][];
  managers?: ManagerAccumulatorJSON;
}


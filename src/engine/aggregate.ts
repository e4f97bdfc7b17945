/**
 * Folding runs into statistics without keeping the runs: every scheme's monthly series, totals,
 * end state, time shares, per-role pay and the paired differences against the baseline go into
 * mergeable accumulators (moments + quantile sketch). Runs are folded in fixed blocks of run
 * numbers and blocks are merged in block order, so the result does not depend on how many
 * workers computed the blocks, nor on which finished first (floating-point sums and sketch
 * compactions happen in the same order every time).
 */
import { Accumulator, ConvergenceBlock, PairedAccumulator, type AccumulatorJSON, type ConvergenceBlockJSON, type PairedAccumulatorJSON } from '../stats/index.js';
import { ManagerAccumulator, type ManagerAccumulatorJSON } from './manager-accumulator.js';
import { OUTCOME_FIELDS } from './manager-outcomes.js';
import { RECORDED_INDEX, type Recorded, type RunOutput, type RunRecord } from './protocol.js';
import { END_METRICS, MONTHLY_METRICS, TOTAL_METRICS } from './summary.js';

/** Runs per block: fixed, so results are the same for every worker count and batch size. */
export const BLOCK_RUNS = 64;

/** Paired metrics compared with the baseline, and whether less is better for the company. */
export const PAIRED_METRICS: { name: string; lowerIsBetter: boolean }[] = [
  { name: 'netProfit', lowerIsBetter: false },
  { name: 'revenue', lowerIsBetter: false },
  { name: 'margin', lowerIsBetter: false },
  { name: 'compCost', lowerIsBetter: true },
  { name: 'managerMonthlyPay', lowerIsBetter: true },
  { name: 'newContracts', lowerIsBetter: false },
  { name: 'churnedClients', lowerIsBetter: true },
  { name: 'activeClients', lowerIsBetter: false },
  { name: 'stuckContracted', lowerIsBetter: true },
  { name: 'managerQuits', lowerIsBetter: true },
  { name: 'clientsLostWithManagers', lowerIsBetter: true },
];

export interface SchemeShape {
  /** Index of the scheme in the experiment's compiled list. */
  index: number;
  roles: number;
}

/** What one run says about one scheme, as the summary needs it. */
export function runFigures(record: RunRecord): Record<string, number> {
  const n = record.months;
  const sum = (name: Recorded): number => {
    let total = 0;
    const base = RECORDED_INDEX[name] * n;
    for (let m = 0; m < n; m++) total += record.monthly[base + m];
    return total;
  };
  const last = (name: Recorded): number => record.monthly[RECORDED_INDEX[name] * n + n - 1];
  const hunt = sum('huntHours');
  const activate = sum('activateHours');
  const farm = sum('farmHours');
  const hours = hunt + activate + farm;
  const managerMonths = sum('managers');
  const figures: Record<string, number> = {
    hunt: hours > 0 ? hunt / hours : 0,
    activate: hours > 0 ? activate / hours : 0,
    farm: hours > 0 ? farm / hours : 0,
    managerMonthlyPay: managerMonths > 0 ? sum('compCost') / managerMonths : 0,
  };
  for (const name of TOTAL_METRICS) figures[`total.${name}`] = sum(name as Recorded);
  for (const name of END_METRICS) figures[`end.${name}`] = last(name as Recorded);
  return figures;
}

function pairedValue(figures: Record<string, number>, name: string): number {
  if (name === 'managerMonthlyPay') return figures.managerMonthlyPay;
  if (name === 'activeClients' || name === 'stuckContracted') return figures[`end.${name}`];
  return figures[`total.${name}`];
}

export class SchemeAccumulator {
  readonly monthly: Accumulator[];
  readonly figures = new Map<string, Accumulator>();
  readonly roleHeadcount: Accumulator[];
  readonly roleShares: Accumulator[];
  readonly rolePay: Accumulator[];
  readonly paired: PairedAccumulator[];
  readonly cumulativeDiff: Accumulator[];
  convergence: ConvergenceBlock;

  constructor(
    readonly shape: SchemeShape,
    readonly months: number,
    firstRun: number,
  ) {
    this.monthly = Array.from({ length: MONTHLY_METRICS.length * months }, () => new Accumulator());
    this.roleHeadcount = Array.from({ length: shape.roles }, () => new Accumulator());
    this.roleShares = Array.from({ length: shape.roles * 3 }, () => new Accumulator());
    this.rolePay = Array.from({ length: shape.roles }, () => new Accumulator());
    this.paired = PAIRED_METRICS.map((m) => new PairedAccumulator({ lowerIsBetter: m.lowerIsBetter }));
    this.cumulativeDiff = Array.from({ length: months }, () => new Accumulator());
    this.convergence = new ConvergenceBlock(firstRun);
  }

  add(record: RunRecord, baseline: RunRecord): void {
    const n = this.months;
    MONTHLY_METRICS.forEach((name, k) => {
      const base = RECORDED_INDEX[name as Recorded] * n;
      for (let m = 0; m < n; m++) this.monthly[k * n + m].add(record.monthly[base + m]);
    });
    const figures = runFigures(record);
    for (const [name, value] of Object.entries(figures)) {
      let accumulator = this.figures.get(name);
      if (!accumulator) this.figures.set(name, (accumulator = new Accumulator()));
      accumulator.add(value);
    }
    for (let r = 0; r < this.shape.roles; r++) {
      const managerMonths = record.roleTotals[r * 4];
      const hours = record.roleTotals[r * 4 + 1] + record.roleTotals[r * 4 + 2] + record.roleTotals[r * 4 + 3];
      this.roleHeadcount[r].add(managerMonths / n);
      if (hours > 0) for (let a = 0; a < 3; a++) this.roleShares[r * 3 + a].add(record.roleTotals[r * 4 + 1 + a] / hours);
      for (const pay of record.rolePays[r]) this.rolePay[r].add(pay);
    }
    const baselineFigures = runFigures(baseline);
    PAIRED_METRICS.forEach((metric, k) => this.paired[k].add(pairedValue(figures, metric.name), pairedValue(baselineFigures, metric.name)));
    this.convergence.add(figures['total.netProfit'] - baselineFigures['total.netProfit']);
    const cumulative = RECORDED_INDEX.cumulativeNetProfit * n;
    for (let m = 0; m < n; m++) this.cumulativeDiff[m].add(record.monthly[cumulative + m] - baseline.monthly[cumulative + m]);
  }

  merge(other: SchemeAccumulator): void {
    this.monthly.forEach((a, k) => a.merge(other.monthly[k]));
    for (const [name, accumulator] of other.figures) {
      const mine = this.figures.get(name);
      if (mine) mine.merge(accumulator);
      else this.figures.set(name, Accumulator.fromJSON(accumulator.toJSON()));
    }
    this.roleHeadcount.forEach((a, k) => a.merge(other.roleHeadcount[k]));
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
      roleShares: this.roleShares.map((a) => a.toJSON()),
      rolePay: this.rolePay.map((a) => a.toJSON()),
      paired: this.paired.map((a) => a.toJSON()),
      cumulativeDiff: this.cumulativeDiff.map((a) => a.toJSON()),
      convergence: this.convergence.toJSON(),
    };
  }

  static fromJSON(json: SchemeAccumulatorJSON): SchemeAccumulator {
    const accumulator = new SchemeAccumulator(json.shape, json.months, json.convergence.firstRun);
    const load = (target: Accumulator[], source: AccumulatorJSON[]): void => source.forEach((a, k) => (target[k] = Accumulator.fromJSON(a)));
    load(accumulator.monthly, json.monthly);
    for (const [name, a] of json.figures) accumulator.figures.set(name, Accumulator.fromJSON(a));
    load(accumulator.roleHeadcount, json.roleHeadcount);
    load(accumulator.roleShares, json.roleShares);
    load(accumulator.rolePay, json.rolePay);
    json.paired.forEach((a, k) => (accumulator.paired[k] = PairedAccumulator.fromJSON(a)));
    load(accumulator.cumulativeDiff, json.cumulativeDiff);
    accumulator.convergence = ConvergenceBlock.fromJSON(json.convergence);
    return accumulator;
  }
}

export interface SchemeAccumulatorJSON {
  shape: SchemeShape;
  months: number;
  monthly: AccumulatorJSON[];
  figures: [string, AccumulatorJSON][];
  roleHeadcount: AccumulatorJSON[];
  roleShares: AccumulatorJSON[];
  rolePay: AccumulatorJSON[];
  paired: PairedAccumulatorJSON[];
  cumulativeDiff: AccumulatorJSON[];
  convergence: ConvergenceBlockJSON;
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
    this.schemes = shapes.map((shape) => new SchemeAccumulator(shape, months, firstRun));
    this.warmupActive = Array.from({ length: warmupMonths }, () => new Accumulator());
    this.convergence = shapes.map(() => []);
  }

  addRun(output: RunOutput): void {
    const baseline = output.records.find((r) => r.scheme === this.baseline);
    if (!baseline) throw new Error('the baseline scheme must be simulated in every run');
    output.records.forEach((record, k) => this.schemes[k].add(record, baseline));
    output.warmupActive.forEach((value, m) => this.warmupActive[m].add(value));
    const bookManagers = output.records[0]?.managers;
    if (bookManagers) (this.managers ??= new ManagerAccumulator(bookManagers.length / OUTCOME_FIELDS, output.records.length)).add(output.records);
    this.runs++;
    this.clientMonths += output.clientMonths;
    this.managerMonths += output.managerMonths;
  }

  /** Appends the next block (in run order). */
  merge(next: BlockAccumulator): void {
    this.schemes.forEach((s, k) => {
      s.merge(next.schemes[k]);
      this.convergence[k].push(...next.convergence[k], next.schemes[k].convergence.toJSON());
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


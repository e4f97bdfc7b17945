/**
 * `compsim run`'s experiment: one point of the runner (runner.ts), its blocks folded in block
 * order into the summary. With a precision target it keeps adding blocks until every scheme's
 * value-created difference against the baseline is known within the target, checking only at block
 * boundaries so the answer is the same whatever the number of workers.
 */
import type { Book } from '../book/types.js';
import type { Scenario } from '../scenario/schema.js';
import { BlockAccumulator } from './aggregate.js';
import { bookSummary } from './book-summary.js';
import { setUpExperiment } from './experiment-setup.js';
import { staticPayroll } from './payroll.js';
import { blocksOf, runBlocks, type PointSetup } from './runner.js';
import { buildSummary, CONFIDENCE_LEVEL } from './summarize.js';
import type { Summary } from './summary.js';
import { bonferroniLevel } from '../stats/index.js';
import { defaultWorkers } from './workers.js';
import { PAIRED_METRICS } from './metrics.js';

export interface SimulateOptions {
  runs: number;
  seed: number;
  /** Scheme ids to simulate; the baseline is always added. */
  schemes?: string[];
  /** Worker threads (default: all cores; 1 = this thread). */
  workers?: number;
  /** Sequential stopping: half-width target of the value-created differences, relative to the baseline's net profit. */
  precision?: { target: number; minRuns: number; maxRuns: number };
  scenarioName: string;
  overrides?: string[];
  onProgress?: (runsDone: number, runsPlanned: number) => void;
  /** Set by the caller (e.g. on Ctrl-C) to stop early; the promise then rejects. */
  signal?: AbortSignal;
  /** Start every run from the company's book instead of a warm-up; the summary gets a `book` part. */
  book?: Book;
}

export { defaultWorkers };

export async function simulate(given: Scenario, options: SimulateOptions): Promise<Summary> {
  const { experiment, baseline } = setUpExperiment(given, { schemes: options.schemes, seed: options.seed, book: options.book });
  const scenario = experiment.scenario;
  const shapes = experiment.selected.map((index) => ({ index, roles: experiment.schemes[index].roles.length }));
  const maxRuns = options.precision ? options.precision.maxRuns : options.runs;
  const total = new BlockAccumulator(shapes, baseline, scenario.horizonMonths, scenario.warmupMonths, 0);
  const comparisons = shapes.length - 1;
  const level = comparisons > 1 ? bonferroniLevel(CONFIDENCE_LEVEL, comparisons) : CONFIDENCE_LEVEL;
  let reached = Infinity;

  /** True once merged blocks satisfy the precision target (never without one). */
  const precise = (): boolean => {
    if (!options.precision || total.runs < Math.max(2, options.precision.minRuns)) return false;
    // The target is the value-created difference (what the verdict ranks by), relative to the baseline's net profit.
    const valueCreated = PAIRED_METRICS.findIndex((m) => m.name === 'valueCreated');
    const k = total.schemes.findIndex((s) => s.shape.index === baseline);
    const baselineProfit = Math.abs(total.schemes[k].figures.get('total.netProfit')?.toStat().mean ?? 0);
    let worst = 0;
    total.schemes.forEach((s) => {
      if (s.shape.index === baseline) return;
      const diff = s.paired[valueCreated].toPairedDiff(level);
      worst = Math.max(worst, (diff.ci95[1] - diff.ci95[0]) / 2 / Math.max(baselineProfit, 1));
    });
    reached = worst;
    return worst <= options.precision.target;
  };

  let runsDone = 0;
  const progress = (): void => options.onProgress?.(++runsDone, maxRuns);
  const setup = (): PointSetup => ({ scenario: given, seed: options.seed, schemes: experiment.selected.map((i) => experiment.schemes[i].id), book: options.book });
  const tasks = blocksOf(maxRuns).map((b, block) => ({ point: 0, block, ...b }));
  await runBlocks(
    setup,
    tasks,
    { workers: options.workers ?? defaultWorkers(), signal: options.signal, onRun: progress },
    (task, runs) => total.addRuns(runs, task.firstRun),
    precise,
  );
  if (options.precision) precise();
  const summary = buildSummary(total, {
    scenario,
    scenarioName: options.scenarioName,
    seed: options.seed,
    schemes: experiment.schemes,
    baseline,
    overrides: options.overrides ?? [],
    precision: options.precision
      ? { target: options.precision.target, reached: Number.isFinite(reached) ? reached : 0, runsUsed: total.runs, minRuns: options.precision.minRuns, maxRuns: options.precision.maxRuns }
      : undefined,
  });
  if (options.book) summary.book = bookSummary(experiment, given, staticPayroll(experiment), total.managers, CONFIDENCE_LEVEL);
  return summary;
}

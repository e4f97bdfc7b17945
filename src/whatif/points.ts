/**
 * An experiment is a list of points: the base scenario with some `--set` overrides and a seed.
 * Every point is simulated in the same fixed blocks of runs as `compsim run`, its blocks folded in
 * block order and summarised exactly as `simulate` does, then reduced to what the experiment needs
 * (a few observables) so that memory does not grow with the number of points.
 */
import { BlockAccumulator, type BlockAccumulatorJSON } from '../engine/aggregate.js';
import type { Book } from '../book/types.js';
import { bookSummary } from '../engine/book-summary.js';
import { setUpExperiment } from '../engine/experiment-setup.js';
import { staticPayroll } from '../engine/payroll.js';
import { buildSummary, CONFIDENCE_LEVEL } from '../engine/summarize.js';
import type { Summary } from '../engine/summary.js';
import { applyOverrides } from '../scenario/index.js';
import type { Scenario } from '../scenario/schema.js';
import { blocksOf, runBlocks, type BlockTask, type PointSetup } from '../engine/runner.js';
import { ownershipFor, shardRange, type Ownership, type Shard } from './shard.js';

/** One point of an experiment: overrides of the base scenario (in order) and the seed. */
export interface PointSpec {
  sets: string[];
  seed: number;
  /** Scheme ids to simulate at this point, when fewer or more than the base's (the baseline is always added). */
  schemes?: string[];
}

/** What is common to every point: the resolved base scenario and how to simulate it. */
export interface ExperimentBase {
  /** The scenario after the command line's --set and --months. */
  scenario: Scenario;
  /** The scenario's name in summaries. */
  scenarioName: string;
  /** The command line's overrides, as summary.json lists them. */
  overrides: string[];
  runs: number;
  /** Scheme ids to simulate (the baseline is always added); undefined = all. */
  schemes?: string[];
  /** Start every run from the company's book instead of a warm-up (as `simulate`'s option). */
  book?: Book;
}

export interface EvaluateOptions {
  workers: number;
  signal?: AbortSignal;
  onRun?: () => void;
  /** Simulate only this shard's share. */
  shard?: Shard;
  /** Force an ownership (run always shards by blocks). */
  ownership?: Ownership;
}

/** Where an evaluation's output goes, in point order (blocks of a point in block order). */
export interface PointSink<R> {
  /** A point this process simulated in full, reduced. */
  result(point: number, value: R): void;
  /** One block of a point this process simulates only part of (a shard owning blocks). */
  block(point: number, block: number, accumulator: BlockAccumulatorJSON): void;
}

/** The scenario of a point: the base with the point's overrides, checked like `--set` (problems name the scenario). */
export function pointScenario(base: ExperimentBase, sets: readonly string[]): Scenario {
  return sets.length === 0 ? base.scenario : applyOverrides(base.scenario, sets, { file: base.scenarioName });
}

/**
 * The summary of a point from its blocks folded in block order: what `simulate` returns for the
 * same scenario, seed and runs (test/whatif/shard.test.ts holds the two to the same bytes).
 */
export function summarizeBlocks(base: ExperimentBase, spec: PointSpec, scenario: Scenario, total: BlockAccumulator): Summary {
  const { experiment, baseline } = setUpExperiment(scenario, { schemes: spec.schemes ?? base.schemes, seed: spec.seed, book: base.book });
  const summary = buildSummary(total, {
    scenario: experiment.scenario,
    scenarioName: base.scenarioName,
    seed: spec.seed,
    schemes: experiment.schemes,
    baseline,
    overrides: [...base.overrides, ...spec.sets],
  });
  if (base.book) summary.book = bookSummary(experiment, scenario, staticPayroll(experiment), total.managers, CONFIDENCE_LEVEL);
  return summary;
}

/**
 * Folds blocks arriving in any order into per-point totals in block order, and hands each point
 * over as soon as its last block is in.
 */
export class PointFolder {
  private readonly totals = new Map<number, { total?: BlockAccumulator; next: number; pending: Map<number, BlockAccumulatorJSON> }>();

  constructor(
    private readonly blocksPerPoint: number,
    private readonly complete: (point: number, total: BlockAccumulator) => void,
  ) {}

  accept(point: number, block: number, json: BlockAccumulatorJSON): void {
    let state = this.totals.get(point);
    if (!state) this.totals.set(point, (state = { next: 0, pending: new Map() }));
    state.pending.set(block, json);
    while (state.pending.has(state.next)) {
      const next = BlockAccumulator.fromJSON(state.pending.get(state.next) as BlockAccumulatorJSON);
      state.pending.delete(state.next);
      state.total ??= new BlockAccumulator(next.shapes, next.baseline, next.months, next.warmupMonths, 0);
      state.total.merge(next);
      state.next++;
    }
    if (state.next === this.blocksPerPoint) {
      this.totals.delete(point);
      this.complete(point, state.total as BlockAccumulator);
    }
  }

  /** Points begun but not complete (a merge missing some blocks). */
  incomplete(): number[] {
    return [...this.totals.keys()];
  }
}

/** How many units of work an experiment has, and which tasks a shard (or the whole run) owns. */
export function plannedTasks(points: number, runs: number, options: Pick<EvaluateOptions, 'shard' | 'ownership'>): { ownership: Ownership; units: number; tasks: BlockTask[] } {
  const blocks = blocksOf(runs);
  const ownership = ownershipFor(points, options.shard, options.ownership);
  const all: BlockTask[] = [];
  for (let point = 0; point < points; point++) blocks.forEach((b, block) => all.push({ point, block, ...b }));
  const units = ownership === 'points' ? points : all.length;
  if (!options.shard) return { ownership, units, tasks: all };
  const { from, to } = shardRange(options.shard, units);
  const tasks = ownership === 'points' ? all.filter((t) => t.point >= from && t.point < to) : all.slice(from, to);
  return { ownership, units, tasks };
}

/**
 * Simulates the points (or a shard's share of them) and sends each one, reduced, to the sink in
 * point order; a shard owning blocks sends the blocks instead. Points are resolved lazily, so an
 * invalid point (an override out of range) fails when its turn comes, with the override named.
 */
export async function evaluatePoints<R>(
  base: ExperimentBase,
  specs: readonly PointSpec[],
  reduce: (summary: Summary, point: number) => R,
  sink: PointSink<R>,
  options: EvaluateOptions,
): Promise<void> {
  const { ownership, tasks } = plannedTasks(specs.length, base.runs, options);
  const blocksPerPoint = blocksOf(base.runs).length;
  const scenarios = new Map<number, Scenario>();
  const setup = (point: number): PointSetup => {
    let scenario = scenarios.get(point);
    if (!scenario) scenarios.set(point, (scenario = pointScenario(base, specs[point].sets)));
    return { scenario, seed: specs[point].seed, schemes: specs[point].schemes ?? base.schemes, book: base.book };
  };
  const results = new Map<number, R>();
  let nextResult = tasks.length > 0 ? tasks[0].point : 0;
  const flush = (): void => {
    while (results.has(nextResult)) {
      sink.result(nextResult, results.get(nextResult) as R);
      results.delete(nextResult);
      scenarios.delete(nextResult);
      nextResult++;
    }
  };
  // The runner hands blocks over in task order: a point's blocks in block order, points in order.
  let point = -1;
  let total: BlockAccumulator | undefined;
  await runBlocks(setup, tasks, { workers: options.workers, signal: options.signal, onRun: options.onRun }, (task, runs) => {
    if (ownership === 'blocks') {
      const block = freshTotal(setup(task.point), task.firstRun);
      block.addRuns(runs, task.firstRun);
      sink.block(task.point, task.block, block.toJSON());
      return;
    }
    if (task.point !== point) {
      point = task.point;
      total = freshTotal(setup(point), 0);
    }
    (total as BlockAccumulator).addRuns(runs, task.firstRun);
    if (task.block === blocksPerPoint - 1) {
      results.set(point, reduce(summarizeBlocks(base, specs[point], setup(point).scenario, total as BlockAccumulator), point));
      flush();
    }
  });
}

/** An empty total for a point's runs from `firstRun` on, shaped by its experiment. */
function freshTotal({ scenario, seed, schemes, book }: PointSetup, firstRun: number): BlockAccumulator {
  const { experiment, baseline } = setUpExperiment(scenario, { schemes, seed, book });
  const shapes = experiment.selected.map((index) => ({ index, roles: experiment.schemes[index].roles.length }));
  return new BlockAccumulator(shapes, baseline, experiment.scenario.horizonMonths, experiment.scenario.warmupMonths, firstRun);
}

/**
 * `compsim optimize` on a scenario: the candidates are copies of one scheme with the varied values
 * (`--vary` paths, as `--set` takes them), switched in at the switch; the warm-up and the baseline
 * are the scenario's own. This module turns the search's requests (optimize-search.ts) into
 * simulated runs and the chosen values back into a scheme.
 *
 * A candidate is simulated as a scheme of its own, `<id>-candidate`, appended to the scenario and
 * made its baseline so that a run simulates it alone; the baseline scheme is simulated alone too,
 * once per seed and run, since it does not change with the candidate. Run r of both starts from the
 * same warmed-up company and draws the same dice (protocol.ts), so every comparison is paired.
 */
import type { Scenario, Scheme } from '../scenario/schema.js';
import { applyOverrides } from '../scenario/index.js';
import { FIGURE_NAMES, figureValues } from '../engine/run-figures.js';
import { runBlocks, type BlockTask, type PointSetup } from '../engine/runner.js';
import { MEASURES, type Constraint, type Objective } from './optimize-measures.js';
import { search, type Evaluator, type RunRequest, type SearchResult } from './optimize-search.js';
import type { Dimension } from './optimize-space.js';
import type { ExperimentBase } from './points.js';
import { ShardedEvaluator, type RoundOptions } from './optimize-shard.js';
import type { Shard } from './shard.js';
import { valueAtPath } from './scenario-path.js';

export interface OptimizeInputs {
  base: ExperimentBase;
  /** The scheme whose numbers are searched. */
  scheme: string;
  /** One per --vary; paths start with `schemes.<scheme>.`. */
  dimensions: Dimension[];
  objective: Objective;
  constraints: Constraint[];
  budget: number;
  indifference: { amount: number; percent: boolean };
  seed: number;
  /** Parameter sets the chosen is rechecked at (accepted calibration points), as --set arguments. */
  recheck: string[][];
}

export interface RunnerChoice {
  workers: number;
  signal?: AbortSignal;
  /** Called after every simulated run, for progress bars. */
  onRun?: () => void;
}

export const candidateId = (scheme: string): string => `${scheme}-candidate`;
export const optimizedId = (scheme: string): string => `${scheme}-optimized`;

/** Where a measure is among a run's figures (FIGURE_NAMES). */
export const MEASURE_FIGURES = MEASURES.map((name) => FIGURE_NAMES.indexOf(name === 'activeClients' ? 'end.activeClients' : `total.${name}`));

/** The scenario a candidate is simulated in: the scheme's copy appended and made the baseline. */
export function candidateScenario(scenario: Scenario, scheme: string): Scenario {
  // The command line has checked that the scheme exists.
  const original = scenario.schemes.find((s) => s.id === scheme) as Scheme;
  const copy: Scheme = { ...structuredClone(original), id: candidateId(scheme) };
  return { ...scenario, baseline: copy.id, schemes: [...scenario.schemes, copy] };
}

/** The `--set` argument that puts a dimension's value into the candidate (or into `target`'s copy). */
export function candidateSet(dimension: Dimension, scheme: string, value: number, target = candidateId(scheme)): string {
  return `schemes.${target}.${dimension.path.slice(`schemes.${scheme}.`.length)}=${value}`;
}

/** The scheme's own values, when every one lies in its dimension (else null: the search does not race them). */
export function ownValues(scenario: Scenario, scheme: string, dimensions: readonly Dimension[]): number[] | null {
  const values = dimensions.map((d) => valueAtPath(scenario, d.path));
  const inside = values.every((v, j) => {
    const d = dimensions[j];
    return typeof v === 'number' && (d.values ? d.values.includes(v) : v >= d.low && v <= d.high && (!d.whole || Number.isInteger(v)));
  });
  return inside ? (values as number[]) : null;
}

/** The scheme with the chosen values, as a block to paste into the scenario's schemes (id `<id>-optimized`). */
export function optimizedScheme(scenario: Scenario, inputs: Pick<OptimizeInputs, 'scheme' | 'dimensions'>, values: readonly number[]): Scheme {
  const id = optimizedId(inputs.scheme);
  const original = scenario.schemes.find((s) => s.id === inputs.scheme) as Scheme;
  const withCopy: Scenario = { ...scenario, schemes: [...scenario.schemes, { ...structuredClone(original), id }] };
  const sets = inputs.dimensions.map((d, j) => candidateSet(d, inputs.scheme, values[j], id));
  return applyOverrides(withCopy, sets).schemes.find((s) => s.id === id) as Scheme;
}

/** Simulates the search's requests on the scenario: per request, MEASURES.length figures a run. */
export function scenarioEvaluator(inputs: OptimizeInputs, runner: RunnerChoice): Evaluator {
  const { base, scheme, dimensions, recheck } = inputs;
  const candidates = candidateScenario(base.scenario, scheme);
  const baselineId = base.scenario.baseline ?? base.scenario.current;
  const scenarios = new Map<string, Scenario>();
  const scenarioOf = (request: RunRequest): PointSetup => {
    const variant = request.variant >= 0 ? recheck[request.variant] : [];
    const sets = request.values ? [...variant, ...request.values.map((v, j) => candidateSet(dimensions[j], scheme, v))] : variant;
    const key = `${request.values ? 'c' : 'b'}|${sets.join('|')}`;
    let scenario = scenarios.get(key);
    if (!scenario) {
      scenario = request.values ? applyOverrides(candidates, sets, { file: base.scenarioName }) : sets.length > 0 ? applyOverrides(base.scenario, sets, { file: base.scenarioName }) : base.scenario;
      scenarios.set(key, scenario);
    }
    return { scenario, seed: request.seed, schemes: [request.values ? candidateId(scheme) : baselineId], book: base.book };
  };
  return {
    async simulate(requests) {
      const setups = requests.map(scenarioOf);
      // Each request cut into pieces of 16 runs, so two workers share even a short request.
      const tasks: BlockTask[] = [];
      requests.forEach((r, point) => {
        for (let first = r.from, block = 0; first < r.to; first += 16, block++) tasks.push({ point, block, firstRun: first, runs: Math.min(16, r.to - first) });
      });
      const out: Float64Array[][] = requests.map(() => []);
      const figures = new Float64Array(FIGURE_NAMES.length);
      await runBlocks((point) => setups[point], tasks, { workers: runner.workers, signal: runner.signal, onRun: runner.onRun }, (task, runs) => {
        for (const output of runs.outputs) {
          figureValues(output.records[0], figures, 0);
          out[task.point].push(Float64Array.from(MEASURE_FIGURES, (at) => figures[at]));
        }
      });
      return out;
    },
  };
}

/** Searches the scheme's numbers (see optimize-search.ts for the method); with a shard, this machine's share of every round. */
export function optimize(inputs: OptimizeInputs, runner: RunnerChoice, shard?: { shard: Shard } & RoundOptions): Promise<SearchResult> {
  const { scenario } = inputs.base;
  const here = scenarioEvaluator(inputs, runner);
  return search(shard ? new ShardedEvaluator(here, shard.shard, { ...shard, signal: runner.signal }) : here, {
    dimensions: inputs.dimensions,
    own: ownValues(scenario, inputs.scheme, inputs.dimensions),
    objective: inputs.objective,
    constraints: inputs.constraints,
    budget: inputs.budget,
    indifference: inputs.indifference,
    seed: inputs.seed,
    variants: inputs.recheck.length,
  });
}

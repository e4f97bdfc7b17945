/**
 * optimize.json: what `compsim optimize` searched, what it chose and how sure it is, every
 * candidate with its runs' statistics, the search over time, the constraints that bind. The page
 * (src/report/optimize-page.ts) and the command's lines are drawn from it alone.
 */
import type { Translations } from '../scenario/schema.js';
import { MEASURES, MEASURE_INDEX, type Measure, type Objective } from './optimize-measures.js';
import { RACE, tradeOffFront, type CandidateStatus, type HistoryPoint, type SearchResult } from './optimize-search.js';
import { meanOf, quantileOf, type MeanInterval } from './optimize-statistics.js';
import type { OptimizeInputs } from './optimize.js';

export interface CandidateSummary {
  id: number;
  iteration: number;
  values: Record<string, number>;
  own: boolean;
  runs: number;
  status: CandidateStatus;
  droppedAt?: number;
  /** The constraint that dropped it (as written). */
  droppedBy?: string;
  /** Per measure, the mean and 95 % interval over its runs on the racing seed. */
  measures: Record<Measure, MeanInterval>;
  /** The objective's 5th percentile over its runs (the bad case). */
  p5: number;
  /**
   * Over the first RACE.firstRuns runs, which every candidate raced has (the same random numbers
   * for all, so these compare across candidates; means over more runs do not, since the later
   * runs' luck is common to whoever had them): each measure's mean and the objective's 5th percentile.
   */
  firstRuns: { measures: Record<Measure, number>; p5: number };
  /** Its objective minus the chosen one's, run by run over the runs both have: how far behind (or ahead on its runs) it is. */
  versusChosen: MeanInterval;
  onFront: boolean;
}

export interface OptimizationResult {
  version: 1;
  kind: 'optimization';
  scenario: string;
  scenarioTranslations?: Translations;
  currency: string;
  scheme: string;
  baseline: string;
  /** Names of the scheme optimised and of the baseline, with their translations, for the page. */
  schemeNames: Record<string, { name: string; translations?: Translations }>;
  objective: Objective;
  dimensions: { path: string; low: number; high: number; values?: number[]; whole: boolean }[];
  constraints: string[];
  budget: number;
  seed: number;
  overrides: string[];
  months: number;
  method: typeof RACE & { iterations: number };
  candidates: CandidateSummary[];
  history: HistoryPoint[];
  selection: SearchResult['selection'] & { finalistValues: Record<string, number>[] };
  chosen: { id: number; values: Record<string, number>; own: boolean };
  /** Paths whose chosen value lies at an end of its range (within 2 % of it): the best may lie beyond. */
  atEdge: string[];
  /** The chosen against the baseline on a fresh seed: per measure, both sides and the paired difference. */
  confirmation: {
    seed: number;
    runs: number;
    measures: Record<Measure, { chosen: MeanInterval; baseline: MeanInterval; difference: MeanInterval }>;
    constraints: { written: string; measure: Measure; slack: MeanInterval; verdict: 'holds' | 'broken' | 'unclear' }[];
  };
  recheck: { runs: number; points: number; beats: number; differences: MeanInterval[] } | null;
  binding: { written: string; keptOut: number; best: number }[];
  spent: SearchResult['spent'];
}

/** How near an end of its range (as a share of the range) a chosen value counts as at the edge. */
const EDGE = 0.02;

export function optimizationResult(inputs: OptimizeInputs, result: SearchResult): OptimizationResult {
  const { base, dimensions, constraints } = inputs;
  const { scenario } = base;
  const objective = MEASURE_INDEX[inputs.objective];
  const front = new Set(tradeOffFront(result, objective));
  const byPath = (values: readonly number[]): Record<string, number> => Object.fromEntries(dimensions.map((d, j) => [d.path, values[j]]));
  const chosen = result.candidates[result.chosen];
  const candidates = result.candidates.map((c): CandidateSummary => {
    const n = c.runs.length;
    const first = Math.min(n, RACE.firstRuns);
    const common = Math.min(n, chosen.runs.length);
    const measures = Object.fromEntries(MEASURES.map((name, m) => [name, meanOf(n, (r) => c.runs[r][m])])) as Record<Measure, MeanInterval>;
    return {
      id: c.id,
      iteration: c.iteration,
      values: byPath(c.values),
      own: c.own,
      runs: n,
      status: c.status,
      ...(c.droppedAt === undefined ? {} : { droppedAt: c.droppedAt }),
      ...(c.droppedBy === undefined ? {} : { droppedBy: constraints[c.droppedBy].written }),
      measures,
      p5: quantileOf(n, (r) => c.runs[r][objective], 0.05),
      firstRuns: {
        measures: Object.fromEntries(MEASURES.map((name, m) => [name, meanOf(first, (r) => c.runs[r][m]).mean])) as Record<Measure, number>,
        p5: quantileOf(first, (r) => c.runs[r][objective], 0.05),
      },
      versusChosen: meanOf(common, (r) => c.runs[r][objective] - chosen.runs[r][objective]),
      onFront: front.has(c.id),
    };
  });
  const { confirmation } = result;
  return {
    version: 1,
    kind: 'optimization',
    scenario: base.scenarioName,
    ...(scenario.translations ? { scenarioTranslations: scenario.translations } : {}),
    currency: scenario.currency,
    scheme: inputs.scheme,
    baseline: scenario.baseline ?? scenario.current,
    schemeNames: Object.fromEntries(
      scenario.schemes
        .filter((s) => s.id === inputs.scheme || s.id === (scenario.baseline ?? scenario.current))
        .map((s) => [s.id, { name: s.name, ...(s.translations ? { translations: s.translations } : {}) }]),
    ),
    objective: inputs.objective,
    dimensions: dimensions.map((d) => ({ path: d.path, low: d.low, high: d.high, ...(d.values ? { values: d.values } : {}), whole: d.whole })),
    constraints: constraints.map((c) => c.written),
    budget: inputs.budget,
    seed: inputs.seed,
    overrides: base.overrides,
    months: scenario.horizonMonths,
    method: { ...RACE, iterations: result.iterations },
    candidates,
    history: result.history,
    selection: { ...result.selection, finalistValues: result.selection.finalists.map((f) => byPath(result.candidates[f.id].values)) },
    chosen: { id: chosen.id, values: byPath(chosen.values), own: chosen.own },
    atEdge: dimensions.filter((d, j) => !d.values && Math.min(chosen.values[j] - d.low, d.high - chosen.values[j]) <= EDGE * (d.high - d.low)).map((d) => d.path),
    confirmation: {
      seed: confirmation.seed,
      runs: confirmation.runs,
      measures: Object.fromEntries(
        MEASURES.map((name, m) => [name, { chosen: confirmation.chosen[m], baseline: confirmation.baseline[m], difference: confirmation.difference[m] }]),
      ) as OptimizationResult['confirmation']['measures'],
      constraints: confirmation.constraints.map((c) => ({ written: constraints[c.constraint].written, measure: constraints[c.constraint].measure, slack: c.slack, verdict: c.verdict })),
    },
    recheck: result.recheck ? { runs: result.recheck.runs, points: result.recheck.differences.length, beats: result.recheck.beats, differences: result.recheck.differences } : null,
    binding: result.binding.map((b) => ({ written: constraints[b.constraint].written, keptOut: b.keptOut, best: b.best })),
    spent: result.spent,
  };
}

/**
 * What the optimiser reads of one run of one candidate: a few of the run's figures (as summary.json
 * names them in `totals` and `end`), for the candidate and for the baseline on the same random
 * numbers; and the owner's constraints on them, each one number per run (its slack: ≥ 0 where
 * the run keeps it), so a constraint is checked with the same paired statistics as the objective.
 */

/** The run figures the objective and the constraints may use, in this order in a RunFigures array. */
export const MEASURES = ['valueCreated', 'netProfit', 'compCost', 'managerQuits', 'worstPayCut', 'activeClients', 'activeClientsAtSwitch'] as const;
export type Measure = (typeof MEASURES)[number];
export const MEASURE_INDEX = Object.fromEntries(MEASURES.map((name, i) => [name, i])) as Record<Measure, number>;

/** One run: the candidate's figures and the baseline's, MEASURES.length numbers each. */
export interface RunPair {
  candidate: Float64Array;
  baseline: Float64Array;
}

export type Objective = 'valueCreated' | 'netProfit';

/**
 * A constraint: `measure op bound`, the bound a number, the baseline's figure in the same run
 * (plus an amount, or plus a percentage of it), or the active book at the switch (`switch`, for
 * activeClients).
 */
export interface Constraint {
  measure: Measure;
  op: '<=' | '>=';
  against: 'value' | 'baseline' | 'switch';
  amount: number;
  /** The amount is a percentage of the baseline's figure. */
  percent: boolean;
  /** As the user wrote it. */
  written: string;
}

/** The bound of a constraint in one run. */
export function boundIn(constraint: Constraint, run: RunPair): number {
  const { against, amount, percent } = constraint;
  if (against === 'value') return amount;
  if (against === 'switch') return run.candidate[MEASURE_INDEX.activeClientsAtSwitch] + amount;
  const base = run.baseline[MEASURE_INDEX[constraint.measure]];
  return base + (percent ? (Math.abs(base) * amount) / 100 : amount);
}

/** The slack of a constraint in one run: how far inside its bound the run is (negative: broken). */
export function slackIn(constraint: Constraint, run: RunPair): number {
  const value = run.candidate[MEASURE_INDEX[constraint.measure]];
  const bound = boundIn(constraint, run);
  return constraint.op === '<=' ? bound - value : value - bound;
}

/**
 * The search `compsim optimize` runs: iterated racing, then an indifference-zone selection, then a
 * confirmation on random numbers the choice never saw. It sees candidates only as points of the
 * unit cube and their runs as figures (optimize-measures.ts); an Evaluator simulates them, so a
 * test can hand it a model with a known optimum.
 *
 * 1. Iterated racing (López-Ibáñez, Dubois-Lacoste, Pérez Cáceres, Birattari & Stützle 2016, "The
 *    irace package: iterated racing for automatic algorithm configuration", Operations Research
 *    Perspectives 3:43–58). floor(2 + log2 d) iterations share 70 % of the budget (more, up to
 *    twelve, while races that end early leave some of it). The first
 *    iteration races the scheme's own values and a Latin hypercube; each later one races the
 *    elites (the best three so far) and new candidates drawn around them, the spread halving
 *    every iteration. A race simulates every candidate on the same runs (common random numbers:
 *    run r of every candidate and of the baseline shares its dice): 16 runs, then 8 more at a time
 *    until three or fewer remain or the iteration's budget is spent. After each step it drops a
 *    candidate that breaks a constraint with high probability (the one-sided 95 % upper bound of
 *    its mean slack below 0) and one the leader beats in a paired t test at one-sided 5 %.
 * 2. Selection of the best of the last race's survivors (up to five) on a fresh seed with Kim &
 *    Nelson's procedure KN (kn-selection.ts): if the best is at least δ (`indifference`) better
 *    than the rest, it is chosen with probability at least 95 %. If the budget ends first the
 *    leader is taken and the page says the guarantee does not hold.
 * 3. Confirmation of the chosen against the baseline on a third seed (and, when a calibration is
 *    given, at every accepted parameter set): intervals no selection has biased.
 *
 * Every simulated run counts against the budget: each candidate's, the baseline's (simulated once
 * per seed and run, since it does not change with the candidate), the selection's and the
 * confirmation's.
 */
import { knMaxRuns, screenKn, startKn } from './kn-selection.js';
import { MEASURE_INDEX, slackIn, type Constraint, type Objective } from './optimize-measures.js';
import { coordinateOf, pointAround, startingPoints, valuesKey, valuesOf, type Dimension } from './optimize-space.js';
import { confidentlyPositive, lowerBound, meanOf, quantileOf, upperBound, type MeanInterval } from './optimize-statistics.js';
import { WhatIfError } from './errors.js';
import { DesignPurpose, designUniform } from './design-random.js';

/** Runs of some candidate (or of the baseline: values null) on one seed, at the scenario's parameters or a recheck set's. */
export interface RunRequest {
  values: readonly number[] | null;
  /** -1: the scenario's parameters; k ≥ 0: recheck set k (an accepted calibration point). */
  variant: number;
  seed: number;
  from: number;
  to: number;
}

/** Simulates requests; per request, the figures of runs from … to − 1 (MEASURES.length numbers each). */
export interface Evaluator {
  simulate(requests: readonly RunRequest[]): Promise<Float64Array[][]>;
}

export interface SearchOptions {
  dimensions: readonly Dimension[];
  /** The scheme's own values, raced first (null when one lies outside its range). */
  own: readonly number[] | null;
  objective: Objective;
  constraints: readonly Constraint[];
  budget: number;
  /** δ of the selection: an amount of the objective, or a percentage of the baseline's mean. */
  indifference: { amount: number; percent: boolean };
  seed: number;
  /** Recheck sets (accepted calibration points) the chosen is confirmed at. */
  variants: number;
  onSpent?: (spent: number) => void;
}

/** Statistics of the racing: what the search settings are, for the README and the page. */
export const RACE = { firstRuns: 16, stepRuns: 8, survivors: 3, elites: 3, finalists: 5, alpha: 0.05, racingShare: 0.7, recheckRuns: 32, spread: 0.3, maxIterations: 12 } as const;

export type CandidateStatus = 'chosen' | 'finalist' | 'survivor' | 'worse' | 'infeasible';

export interface Candidate {
  id: number;
  iteration: number;
  values: number[];
  own: boolean;
  coordinates: number[];
  /** Figures of its runs on the racing seed, in run order. */
  runs: Float64Array[];
  status: CandidateStatus;
  /** Runs it had when dropped, and for `infeasible` the constraint that dropped it. */
  droppedAt?: number;
  droppedBy?: number;
}

export interface HistoryPoint {
  spent: number;
  iteration: number;
  runs: number;
  alive: number;
  /** The leader after this step (highest mean objective among those meeting every constraint on average). */
  leader: number | null;
  /** Its objective minus the baseline's, paired over the step's runs (the runs' common luck cancels, so steps compare). */
  leaderGain: number | null;
}

export interface Finalist {
  id: number;
  runs: number;
  /** Over its own runs (finalists dropped early have fewer, so these means are not comparable). */
  objective: MeanInterval;
  /** The chosen one's objective minus its own over the runs both have: comparable. */
  behindChosen: MeanInterval;
  dropped: 'worse' | 'infeasible' | null;
}

export interface Selection {
  seed: number;
  delta: number;
  alpha: number;
  finalists: Finalist[];
  /** KN ended with one left (the guarantee holds), or was stopped by the budget, or had one finalist. */
  ended: 'one-left' | 'budget' | 'single';
  maxRuns: number;
}

export interface ConstraintCheck {
  constraint: number;
  slack: MeanInterval;
  /** holds: the one-sided 95 % lower bound of the slack ≥ 0; broken: its upper bound < 0. */
  verdict: 'holds' | 'broken' | 'unclear';
}

export interface Confirmation {
  seed: number;
  runs: number;
  chosen: MeanInterval[];
  baseline: MeanInterval[];
  /** Per measure, chosen − baseline, paired. */
  difference: MeanInterval[];
  constraints: ConstraintCheck[];
}

export interface Recheck {
  runs: number;
  /** Per recheck set: the objective's difference chosen − baseline. */
  differences: MeanInterval[];
  beats: number;
}

export interface Binding {
  constraint: number;
  /** Candidates with a better mean than the chosen (on as many runs) that the constraint kept out. */
  keptOut: number;
  best: number;
}

export interface SearchResult {
  candidates: Candidate[];
  baselineRuns: Float64Array[];
  history: HistoryPoint[];
  iterations: number;
  selection: Selection;
  chosen: number;
  confirmation: Confirmation;
  recheck: Recheck | null;
  binding: Binding[];
  spent: { racing: number; selection: number; confirmation: number; recheck: number; total: number };
}

/** The smallest budget a search can use: a first race of four candidates, the confirmation, the recheck. */
export function leastBudget(variants: number): number {
  return 4 * RACE.firstRuns + RACE.firstRuns + 2 * 32 + variants * 2 * RACE.recheckRuns;
}

/** Runs of the confirmation (each with the baseline's): 5 % of the budget, 32 to 500. */
export function confirmationRuns(budget: number): number {
  return Math.max(32, Math.min(500, Math.floor((0.05 * budget) / 2)));
}

class Spending {
  total = 0;
  constructor(private readonly onSpent?: (spent: number) => void) {}
  add(runs: number): void {
    this.total += runs;
    this.onSpent?.(this.total);
  }
}

export async function search(evaluator: Evaluator, options: SearchOptions): Promise<SearchResult> {
  const { dimensions, constraints, budget, seed, variants } = options;
  const least = leastBudget(variants);
  if (budget < least) throw new WhatIfError({ code: 'budget-too-small', budget, least });
  const objective = MEASURE_INDEX[options.objective];
  const spending = new Spending(options.onSpent);
  const nConfirm = confirmationRuns(budget);
  const reserve = 2 * nConfirm + variants * 2 * RACE.recheckRuns;
  const forSearch = budget - reserve;
  const racingBudget = Math.floor(RACE.racingShare * forSearch);

  const race = new Race(evaluator, options, objective, seed, spending);
  // irace's plan: floor(2 + log2 d) iterations share the racing budget; races that end early leave
  // some of it, and further iterations (ever closer around the elites) spend it, as irace does.
  const planned = Math.max(2, Math.floor(2 + Math.log2(dimensions.length)));
  // Near the smallest budget (leastBudget is sized for it) the first race may take all the search
  // has, four candidates and the baseline; its planned share alone would race nothing.
  const firstRace = 5 * RACE.firstRuns;
  const racingLimit = Math.max(racingBudget, Math.min(forSearch, firstRace));
  let iterations = 0;
  for (let iteration = 1; iteration <= RACE.maxIterations; iteration++) {
    const left = racingLimit - spending.total;
    let share = Math.floor(left / Math.max(1, planned - iteration + 1));
    if (iteration === 1) share = Math.max(share, Math.min(left, firstRace));
    if (share < (iteration === 1 ? 2 : 4) * RACE.firstRuns) break;
    await race.iterate(iteration, share);
    iterations = iteration;
    // Every candidate dropped for a constraint: nothing to search around.
    if (race.elitesLeft === 0) break;
  }
  const racing = spending.total;
  const leaders = race.ranked().filter((c) => race.meetsOnAverage(c));
  if (leaders.length === 0) throw new WhatIfError({ code: 'no-feasible-candidate', tried: race.candidates.length, constraints: constraints.map((c) => c.written), broken: race.brokenCounts() });

  const selection = await select(evaluator, options, objective, leaders, budget - reserve - spending.total, spending);
  const chosen = race.candidates[selection.chosen];
  chosen.status = 'chosen';
  const selected = spending.total - racing;

  // What the racing and the selection left goes to the confirmation: a tighter interval for the answer.
  const leftover = Math.max(0, budget - reserve - spending.total);
  const confirmation = await confirm(evaluator, options, chosen.values, nConfirm + Math.floor(leftover / 2), spending);
  const confirmed = spending.total - racing - selected;
  const recheck = variants > 0 ? await recheckAt(evaluator, options, objective, chosen.values, spending) : null;

  return {
    candidates: race.candidates,
    baselineRuns: race.baseline,
    history: race.history,
    iterations,
    selection: selection.selection,
    chosen: chosen.id,
    confirmation,
    recheck,
    binding: bindingConstraints(race, chosen, constraints.length, objective),
    spent: { racing, selection: selected, confirmation: confirmed, recheck: spending.total - racing - selected - confirmed, total: spending.total },
  };
}

/** The racing: candidates, their runs on the racing seed, the baseline's. */
class Race {
  readonly candidates: Candidate[] = [];
  readonly baseline: Float64Array[] = [];
  readonly history: HistoryPoint[] = [];
  private readonly seen = new Set<string>();
  private elites: Candidate[] = [];
  private draws = 0;

  constructor(
    private readonly evaluator: Evaluator,
    private readonly options: SearchOptions,
    private readonly objective: number,
    private readonly seed: number,
    private readonly spending: Spending,
  ) {}

  get elitesLeft(): number {
    return this.elites.length;
  }

  /** One iteration: new candidates (with the elites) raced on at most `share` runs. */
  async iterate(iteration: number, share: number): Promise<void> {
    const start = this.spending.total;
    const count = Math.max(this.elites.length + 1, Math.min(64, Math.floor(share / (2 * RACE.firstRuns))));
    const fresh = iteration === 1 ? this.firstCandidates(count) : this.candidatesAround(count - this.elites.length, iteration);
    let alive = [...this.elites, ...fresh];
    for (const c of alive) c.status = 'survivor';
    let n = RACE.firstRuns;
    for (;;) {
      await this.extend(alive, n);
      alive = this.test(alive, n);
      this.record(iteration, n, alive);
      const step = alive.reduce((sum, c) => sum + Math.max(0, n + RACE.stepRuns - c.runs.length), 0) + Math.max(0, n + RACE.stepRuns - this.baseline.length);
      if (alive.length <= RACE.survivors || this.spending.total - start + step > share) break;
      n += RACE.stepRuns;
    }
    this.elites = this.ranked(alive).filter((c) => this.meetsOnAverage(c)).slice(0, RACE.elites);
    if (this.elites.length === 0) this.elites = this.ranked(alive).slice(0, RACE.elites);
  }

  private add(coordinates: number[], iteration: number, own: boolean): Candidate | null {
    const values = own && this.options.own ? [...this.options.own] : valuesOf(this.options.dimensions, coordinates);
    const key = valuesKey(values);
    if (this.seen.has(key)) return null;
    this.seen.add(key);
    const candidate: Candidate = { id: this.candidates.length, iteration, values, own, coordinates, runs: [], status: 'survivor' };
    this.candidates.push(candidate);
    return candidate;
  }

  private firstCandidates(count: number): Candidate[] {
    const { dimensions, own } = this.options;
    const out: Candidate[] = [];
    if (own) {
      const c = this.add(own.map((v, j) => coordinateOf(dimensions[j], v)), 1, true);
      if (c) out.push(c);
    }
    for (const u of startingPoints(count - out.length, dimensions.length, this.seed)) {
      const c = this.add(u, 1, false);
      if (c) out.push(c);
    }
    return out;
  }

  /** New candidates around the elites: an elite picked with weight by rank (as irace), a step whose spread halves each iteration. */
  private candidatesAround(count: number, iteration: number): Candidate[] {
    const spread = RACE.spread * 0.5 ** (iteration - 2);
    const e = this.elites.length;
    const weights = this.elites.map((_, r) => e - r);
    const total = weights.reduce((a, b) => a + b, 0);
    const out: Candidate[] = [];
    for (let tries = 0; out.length < count && tries < 10 * count; tries++) {
      const draw = this.draws++;
      let pick = designUniform(this.seed, DesignPurpose.OptimizeLocal, draw, 1 << 16) * total;
      let k = 0;
      while (k < e - 1 && pick >= weights[k]) pick -= weights[k++];
      const c = this.add(pointAround(this.elites[k].coordinates, spread, this.seed, draw), iteration, false);
      if (c) out.push(c);
    }
    return out;
  }

  /** Simulates runs up to n for every candidate given and for the baseline. */
  private async extend(candidates: readonly Candidate[], n: number): Promise<void> {
    const requests: RunRequest[] = [];
    const owners: (Candidate | null)[] = [];
    for (const c of candidates) {
      if (c.runs.length < n) {
        requests.push({ values: c.values, variant: -1, seed: this.seed, from: c.runs.length, to: n });
        owners.push(c);
      }
    }
    if (this.baseline.length < n) {
      requests.push({ values: null, variant: -1, seed: this.seed, from: this.baseline.length, to: n });
      owners.push(null);
    }
    if (requests.length === 0) return;
    const results = await this.evaluator.simulate(requests);
    results.forEach((runs, k) => {
      const owner = owners[k];
      (owner ? owner.runs : this.baseline).push(...runs);
    });
    this.spending.add(requests.reduce((sum, r) => sum + r.to - r.from, 0));
  }

  /** The mean slack of constraint k over the first n runs. */
  slack(c: Candidate, k: number, n = c.runs.length): MeanInterval {
    const constraint = this.options.constraints[k];
    return meanOf(n, (r) => slackIn(constraint, { candidate: c.runs[r], baseline: this.baseline[r] }));
  }

  meetsOnAverage(c: Candidate): boolean {
    return this.options.constraints.every((_, k) => this.slack(c, k).mean >= 0);
  }

  mean(c: Candidate, n = c.runs.length): number {
    return meanOf(n, (r) => c.runs[r][this.objective]).mean;
  }

  /** Drops, after n common runs, the candidates that break a constraint with high probability and those the leader beats. */
  private test(alive: Candidate[], n: number): Candidate[] {
    const kept = alive.filter((c) => {
      const broken = this.options.constraints.findIndex((_, k) => upperBound(this.slack(c, k, n), RACE.alpha) < 0);
      if (broken < 0) return true;
      Object.assign(c, { status: 'infeasible', droppedAt: n, droppedBy: broken });
      return false;
    });
    const leader = this.ranked(kept, n).find((c) => this.options.constraints.every((_, k) => this.slack(c, k, n).mean >= 0));
    if (!leader) return kept;
    const x = this.objective;
    return kept.filter((c) => {
      if (c === leader || !confidentlyPositive(n, (r) => leader.runs[r][x] - c.runs[r][x], RACE.alpha)) return true;
      Object.assign(c, { status: 'worse', droppedAt: n });
      return false;
    });
  }

  private record(iteration: number, n: number, alive: readonly Candidate[]): void {
    const leader = this.ranked(alive, n).find((c) => this.meetsOnAverage(c)) ?? null;
    this.history.push({ spent: this.spending.total, iteration, runs: n, alive: alive.length, leader: leader?.id ?? null, leaderGain: leader ? meanOf(n, (r) => leader.runs[r][this.objective] - this.baseline[r][this.objective]).mean : null });
  }

  /** Candidates (default: the survivors) by mean objective, best first; over their first n runs when given. */
  ranked(among: readonly Candidate[] = this.candidates.filter((c) => c.status === 'survivor'), n?: number): Candidate[] {
    const means = new Map(among.map((c) => [c, this.mean(c, n ?? c.runs.length)]));
    return [...among].sort((a, b) => (means.get(b) as number) - (means.get(a) as number) || a.id - b.id);
  }

  brokenCounts(): number[] {
    return this.options.constraints.map((_, k) => this.candidates.filter((c) => c.droppedBy === k || (c.runs.length > 0 && this.slack(c, k).mean < 0)).length);
  }
}

/** KN over the leaders on a fresh seed (seed + 1), within what is left of the budget. */
async function select(
  evaluator: Evaluator,
  options: SearchOptions,
  objective: number,
  leaders: readonly Candidate[],
  left: number,
  spending: Spending,
): Promise<{ chosen: number; selection: Selection }> {
  const seed = options.seed + 1;
  const first = RACE.firstRuns;
  const limit = spending.total + left;
  const fits = Math.floor((left - first) / first);
  const finalists = leaders.slice(0, Math.max(1, Math.min(RACE.finalists, fits)));
  for (const c of finalists) c.status = 'finalist';
  const runs = finalists.map(() => [] as Float64Array[]);
  const baseline: Float64Array[] = [];
  const extend = async (alive: readonly number[], n: number): Promise<void> => {
    const requests: RunRequest[] = alive.map((i) => ({ values: finalists[i].values, variant: -1, seed, from: runs[i].length, to: n }));
    requests.push({ values: null, variant: -1, seed, from: baseline.length, to: n });
    const results = await evaluator.simulate(requests.filter((r) => r.to > r.from));
    let k = 0;
    for (const i of alive) if (runs[i].length < n) runs[i].push(...results[k++]);
    if (baseline.length < n) baseline.push(...results[k++]);
    spending.add(requests.reduce((sum, r) => sum + Math.max(0, r.to - r.from), 0));
  };
  const objectiveOf = (i: number, n: number): MeanInterval => meanOf(n, (r) => runs[i][r][objective]);
  const report = (chosen: number, dropped: Map<number, 'worse' | 'infeasible'>): Finalist[] =>
    finalists.map((c, i) => ({
      id: c.id,
      runs: runs[i].length,
      objective: objectiveOf(i, runs[i].length),
      behindChosen: meanOf(Math.min(runs[i].length, runs[chosen].length), (r) => runs[chosen][r][objective] - runs[i][r][objective]),
      dropped: dropped.get(i) ?? null,
    }));

  // One finalist: nothing to select among. Too little budget for a first stage of two: the racing's leader, unguaranteed.
  if (finalists.length === 1 || left < 3 * first) {
    return { chosen: finalists[0].id, selection: { seed, delta: 0, alpha: RACE.alpha, finalists: report(0, new Map()), ended: finalists.length === 1 ? 'single' : 'budget', maxRuns: 0 } };
  }
  let alive = finalists.map((_, i) => i);
  await extend(alive, first);
  const dropped = new Map<number, 'worse' | 'infeasible'>();
  const baselineMean = meanOf(first, (r) => baseline[r][objective]).mean;
  const { amount, percent } = options.indifference;
  const delta = Math.max(percent ? (Math.abs(baselineMean) * amount) / 100 : amount, Number.EPSILON);
  const values = finalists.map((_, i) => runs[i].map((figures) => figures[objective]));
  const state = startKn(values, first, RACE.alpha, delta);
  const maxRuns = knMaxRuns(state);
  let n = first;
  let ended: Selection['ended'] = 'budget';
  for (;;) {
    // A finalist that breaks a constraint with high probability on these runs leaves the selection.
    const broken = state.alive.filter((i) =>
      options.constraints.some((constraint) => upperBound(meanOf(n, (r) => slackIn(constraint, { candidate: runs[i][r], baseline: baseline[r] })), RACE.alpha) < 0),
    );
    if (broken.length < state.alive.length) {
      for (const i of broken) dropped.set(i, 'infeasible');
      state.alive = state.alive.filter((i) => !broken.includes(i));
    }
    for (let i = 0; i < finalists.length; i++) values[i] = runs[i].map((figures) => figures[objective]);
    const before = new Set(state.alive);
    screenKn(state, values, n);
    for (const i of before) if (!state.alive.includes(i)) dropped.set(i, 'worse');
    alive = state.alive;
    if (alive.length <= 1) {
      ended = 'one-left';
      break;
    }
    const cost = alive.length * RACE.stepRuns + RACE.stepRuns;
    if (spending.total + cost > limit || n >= maxRuns) break;
    await extend(alive, n + RACE.stepRuns);
    n += RACE.stepRuns;
  }
  const best = [...alive].sort((a, b) => objectiveOf(b, n).mean - objectiveOf(a, n).mean)[0];
  return { chosen: finalists[best].id, selection: { seed, delta, alpha: RACE.alpha, finalists: report(best, dropped), ended, maxRuns } };
}

/** The chosen and the baseline on a third seed (seed + 2): every measure's mean, the differences, the constraints. */
async function confirm(evaluator: Evaluator, options: SearchOptions, values: readonly number[], runs: number, spending: Spending): Promise<Confirmation> {
  const seed = options.seed + 2;
  const [chosen, baseline] = await evaluator.simulate([
    { values, variant: -1, seed, from: 0, to: runs },
    { values: null, variant: -1, seed, from: 0, to: runs },
  ]);
  spending.add(2 * runs);
  const measures = chosen[0]?.length ?? 0;
  const per = (side: Float64Array[]): MeanInterval[] => Array.from({ length: measures }, (_, m) => meanOf(runs, (r) => side[r][m]));
  const constraints = options.constraints.map((constraint, k): ConstraintCheck => {
    const slack = meanOf(runs, (r) => slackIn(constraint, { candidate: chosen[r], baseline: baseline[r] }));
    const verdict = lowerBound(slack, RACE.alpha) >= 0 ? 'holds' : upperBound(slack, RACE.alpha) < 0 ? 'broken' : 'unclear';
    return { constraint: k, slack, verdict };
  });
  return {
    seed,
    runs,
    chosen: per(chosen),
    baseline: per(baseline),
    difference: Array.from({ length: measures }, (_, m) => meanOf(runs, (r) => chosen[r][m] - baseline[r][m])),
    constraints,
  };
}

/** The chosen against the baseline at every recheck set (seed + 2, RACE.recheckRuns runs each). */
async function recheckAt(evaluator: Evaluator, options: SearchOptions, objective: number, values: readonly number[], spending: Spending): Promise<Recheck> {
  const seed = options.seed + 2;
  const runs = RACE.recheckRuns;
  const requests: RunRequest[] = [];
  for (let v = 0; v < options.variants; v++) {
    requests.push({ values, variant: v, seed, from: 0, to: runs }, { values: null, variant: v, seed, from: 0, to: runs });
  }
  const results = await evaluator.simulate(requests);
  spending.add(requests.length * runs);
  const differences = Array.from({ length: options.variants }, (_, v) => meanOf(runs, (r) => results[2 * v][r][objective] - results[2 * v + 1][r][objective]));
  return { runs, differences, beats: differences.filter((d) => d.mean > 0).length };
}

/**
 * The constraints that bind: those that kept out a candidate whose mean objective beat the chosen's
 * over as many runs (dropped for it, or meeting it only on average below 0).
 */
function bindingConstraints(race: Race, chosen: Candidate, count: number, objective: number): Binding[] {
  const out: Binding[] = [];
  for (let k = 0; k < count; k++) {
    let keptOut = 0;
    let best = -1;
    let bestMean = -Infinity;
    for (const c of race.candidates) {
      if (c === chosen || c.runs.length === 0) continue;
      const n = Math.min(c.runs.length, chosen.runs.length);
      const breaks = c.droppedBy === k || race.slack(c, k).mean < 0;
      if (!breaks) continue;
      const mean = meanOf(n, (r) => c.runs[r][objective]).mean;
      if (mean <= meanOf(n, (r) => chosen.runs[r][objective]).mean) continue;
      keptOut++;
      if (mean > bestMean) [best, bestMean] = [c.id, mean];
    }
    if (keptOut > 0) out.push({ constraint: k, keptOut, best });
  }
  return out;
}

/** Candidates no other beats on every count at once: mean and 5th percentile of the objective higher, quits and the worst pay cut lower. */
export function tradeOffFront(result: SearchResult, objective: number): number[] {
  const scored = result.candidates
    .filter((c) => c.runs.length >= RACE.firstRuns)
    .map((c) => {
      const n = c.runs.length;
      const at = (m: number): number => meanOf(n, (r) => c.runs[r][m]).mean;
      return { id: c.id, score: [at(objective), quantileOf(n, (r) => c.runs[r][objective], 0.05), -at(MEASURE_INDEX.managerQuits), -at(MEASURE_INDEX.worstPayCut)] };
    });
  const dominates = (a: number[], b: number[]): boolean => a.every((x, i) => x >= b[i]) && a.some((x, i) => x > b[i]);
  return scored.filter((a) => !scored.some((b) => b !== a && dominates(b.score, a.score))).map((a) => a.id);
}

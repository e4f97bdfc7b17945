/**
 * One replication (run) of the experiment: warm the company up under the current scheme so the
 * book of business is realistic (company-start.ts; or start from the company's own book,
 * book-start.ts), then from that same state put each candidate scheme in force
 * and simulate the horizon. Every scheme of run r sees the same dice (see random.ts), so the
 * differences between schemes come from the schemes, not from luck.
 */
import type { Book } from '../book/types.js';
import type { Scenario } from '../scenario/schema.js';
import type { CompiledScheme } from '../schemes/compile.js';
import { ACTIVATE, FARM, HUNT, LOST_AT_HANDOVER } from '../model/codes.js';
import { loseClient } from '../model/clients.js';
import { Company } from '../model/company.js';
import { deriveParameters, type Parameters } from '../model/parameters.js';
import { primePay, primeValuation } from '../model/pay-and-value.js';
import { runKey } from '../model/random.js';
import { startGrievances, switchTo } from '../model/reorganisation.js';
import { anticipateHandOvers } from '../model/people.js';
import { valueBook, type BookValue } from '../model/book-value.js';
import { MonthTally, ROLE_FIELDS, ROLE_MANAGERS } from '../model/tally.js';
import { startFromBook } from './book-start.js';
import { populate, settleStartingPay } from './company-start.js';
import { ManagerTracker } from './manager-outcomes.js';
import { PAY_CUT_MONTHS, PayCutTracker } from './pay-cut.js';
import { simulateMonth } from './month.js';
import { QUIT_TENURE_SERIES, RECORDED_METRICS, TENURE_SERIES, type MetricName } from './metrics.js';

/** Series recorded for every horizon month of a run, metric-major in RunRecord.monthly (metrics.ts). */
export const RECORDED = RECORDED_METRICS;
export type Recorded = MetricName;
export const RECORDED_INDEX = Object.fromEntries(RECORDED.map((name, i) => [name, i])) as Record<Recorded, number>;

export interface RunRecord {
  scheme: number;
  months: number;
  /** RECORDED.length × months numbers, one series after another. */
  monthly: Float64Array;
  /** Per role: manager-months, hours on hunt, activate, farm over the horizon (ROLE_FIELDS numbers a role, model/tally.ts). */
  roleTotals: Float64Array;
  /** Per role, one number a month: the managers employed and paid in the role (roles × months, role after role). */
  roleHeadcount: Float64Array;
  /** Per role: the monthly pay of every manager-month. */
  rolePays: number[][];
  /** Runs from a book: per manager of the book, OUTCOME_FIELDS numbers (manager-outcomes.ts). */
  managers?: Float64Array;
}

export interface RunOutput {
  run: number;
  records: RunRecord[];
  /** Active clients in each warm-up month (under the current scheme). */
  warmupActive: Float64Array;
  clientMonths: number;
  managerMonths: number;
}

export interface Experiment {
  scenario: Scenario;
  params: Parameters;
  /** Every scheme of the scenario, compiled; `current` is the one the warm-up runs under. */
  schemes: CompiledScheme[];
  current: CompiledScheme;
  /** Indices into `schemes` of the schemes to simulate after the switch. */
  selected: number[];
  seed: number;
  /** The company's book, as plain data: runs start from it instead of a warm-up (book-start.ts). */
  book?: Book;
}

export function makeExperiment(scenario: Scenario, schemes: CompiledScheme[], selected: number[], seed: number, book?: Book): Experiment {
  const current = schemes.find((s) => s.id === scenario.current);
  if (!current) throw new Error(`current scheme "${scenario.current}" is not among the schemes`);
  return { scenario, params: deriveParameters(scenario), schemes, current, selected, seed, ...(book ? { book } : {}) };
}

/** A run's company at the end of its warm-up (or at the book's month), and its pay then under the current scheme. */
export interface WarmedUp {
  company: Company;
  /** Each slot's pay for the last month's book under the current scheme (the switch's `before`). */
  before: Float64Array;
  /** Active clients at the end of each warm-up month. */
  warmupActive: Float64Array;
}

/** Run `run` of the experiment up to the switch: the starting company (or book), then the warm-up under the current scheme. */
export function warmUp(experiment: Experiment, run: number): WarmedUp {
  const { scenario, params, schemes, current } = experiment;
  const warmup = scenario.warmupMonths;
  const company = new Company(params, runKey(experiment.seed, run), schemes, current);
  const scratch = new Float64Array(company.team.capacity);
  if (experiment.book) startFromBook(company, experiment.book);
  else populate(company);
  primePay(company, 0, scratch);
  if (!experiment.book) settleStartingPay(company, scratch);
  primeValuation(company, 0);
  const tally = new MonthTally();
  const warmupActive = new Float64Array(warmup);
  for (let month = 0; month < warmup; month++) {
    simulateMonth(company, month, tally);
    warmupActive[month] = tally.activeClients;
  }
  // Last month's book under the current scheme: every branch primes its own pay and valuation
  // afterwards, so this may use the company itself.
  const before = new Float64Array(company.team.capacity);
  primePay(company, warmup, before);
  return { company, before, warmupActive };
}

/**
 * The branch of a warmed-up run under the scheme of index `index`, at the switch: the scheme put
 * in force, the grievances of those it cuts started (the clients its first hand-offs take
 * counted), pay and valuation primed; and the team's felt pay change at the switch. The branch is
 * the experiment's kept company (branchOf): use it before asking for the next.
 */
export function branchAtSwitch(experiment: Experiment, warmed: WarmedUp, index: number): { branch: Company; shock: number } {
  const { company, before } = warmed;
  const warmup = experiment.scenario.warmupMonths;
  const branch = branchOf(experiment, company);
  branch.clientMonths = branch.managerMonths = 0;
  const scheme = experiment.schemes[index];
  switchTo(branch, scheme, warmup);
  const after = new Float64Array(branch.team.capacity);
  primePay(branch, warmup, after);
  // The clients the scheme's hand-offs are about to take count in what he expects to earn.
  if (scheme.handoffs.length > 0) expectedAfterHandOvers(experiment, company, branch, warmup, before, after);
  startGrievances(branch, before, after, warmup);
  const shock = switchPayChange(branch, before, after);
  primeValuation(branch, warmup);
  return { branch, shock };
}

export function simulateRun(experiment: Experiment, run: number): RunOutput {
  const { scenario, schemes } = experiment;
  const warmup = scenario.warmupMonths;
  const horizon = scenario.horizonMonths;
  const warmed = warmUp(experiment, run);
  const { company, warmupActive } = warmed;
  // The book at the switch, valued with the care the current scheme gave it in the warm-up's last month.
  const atSwitch = valueBook(company, warmup - 1, newBookValue());
  const horizonBook = newBookValue();
  const tally = new MonthTally();
  let clientMonths = company.clientMonths;
  let managerMonths = company.managerMonths;
  const records: RunRecord[] = [];
  const payCut = new PayCutTracker(company.team.capacity);
  const payCutMonth = Math.min(PAY_CUT_MONTHS, horizon) - 1;
  for (const index of experiment.selected) {
    const scheme = schemes[index];
    const { branch, shock } = branchAtSwitch(experiment, warmed, index);
    const record = newRecord(index, horizon, scheme.roles.length);
    const tracker = experiment.book ? new ManagerTracker(experiment.book.managers.length, horizon) : null;
    tracker?.start(branch);
    payCut.start(branch, warmed.before, warmed.company.team.referenceIncome);
    let cumulative = 0;
    for (let m = 0; m < horizon; m++) {
      tracker?.beforeMonth(branch, warmup + m, m);
      simulateMonth(branch, warmup + m, tally);
      tracker?.afterMonth(branch, m);
      payCut.afterMonth(branch, m);
      cumulative += tally.netProfit();
      writeMonth(record, m, tally, cumulative, m === 0 ? shock : 0);
      if (m === payCutMonth) record.monthly[RECORDED_INDEX.worstPayCut * horizon + m] = payCut.worstCut();
      writeBookValue(record, m, valueBook(branch, warmup + m, horizonBook), cumulative, atSwitch);
    }
    if (tracker) record.managers = tracker.outcomes;
    clientMonths += branch.clientMonths;
    managerMonths += branch.managerMonths;
    records.push(record);
  }
  return { run, records, warmupActive, clientMonths, managerMonths };
}

/**
 * What each manager expects to earn once the switch's first hand-offs have taken the clients due
 * (model/people.ts `anticipateHandOvers`), into `out`: the new rules' pay for the book without
 * them, less `behavior.handoverAversion` × what those clients paid him under the old rules
 * (`before` less the old rules' pay for the book without them): a client taken from him is felt
 * as a loss beyond the money (docs/model.md, "Grievance after a switch"). Priced on scratch
 * copies kept with the experiment, like the branches, so neither company is touched.
 */
const anticipations = new WeakMap<Experiment, { after: Company; before: Company; kept: Float64Array }>();
function expectedAfterHandOvers(experiment: Experiment, company: Company, branch: Company, month: number, before: Float64Array, out: Float64Array): void {
  let scratch = anticipations.get(experiment);
  if (scratch) {
    scratch.after.copyFrom(branch);
    scratch.before.copyFrom(company);
  } else {
    scratch = { after: branch.clone(), before: company.clone(), kept: new Float64Array(company.team.capacity) };
    anticipations.set(experiment, scratch);
  }
  const taken = anticipateHandOvers(scratch.after, month);
  primePay(scratch.after, month, out);
  const aversion = experiment.scenario.behavior.handoverAversion;
  if (taken.size === 0 || !(aversion > 0)) return;
  const book = scratch.before.book;
  // On the scratch copy only: the clients taken, as if gone from his book.
  for (let i = 0; i < book.count; i++) if (taken.has(book.id[i])) loseClient(book, i, LOST_AT_HANDOVER);
  primePay(scratch.before, month, scratch.kept);
  for (let s = 0; s < out.length; s++) out[s] -= aversion * Math.max(0, before[s] - scratch.kept[s]);
}

/** The team's monthly pay change at the switch: Σ (after − before) over the employed who were paid before. */
function switchPayChange(company: Company, before: Float64Array, after: Float64Array): number {
  let change = 0;
  for (let s = 0; s < company.team.capacity; s++) if (company.team.person[s] >= 0 && before[s] > 0) change += after[s] - before[s];
  return change;
}

/**
 * The Company a scheme's branch of a run is simulated in: a copy of the company at the switch, made
 * in a Company kept with the experiment and reused for every branch of every run (runs of one
 * experiment are simulated one after the other in each thread), so a run allocates no company
 * per scheme.
 */
const branches = new WeakMap<Experiment, Company>();
function branchOf(experiment: Experiment, company: Company): Company {
  const kept = branches.get(experiment);
  if (!kept) {
    const branch = company.clone();
    branches.set(experiment, branch);
    return branch;
  }
  kept.copyFrom(company);
  return kept;
}

function newRecord(scheme: number, months: number, roles: number): RunRecord {
  return {
    scheme,
    months,
    monthly: new Float64Array(RECORDED.length * months),
    roleTotals: new Float64Array(roles * ROLE_FIELDS),
    roleHeadcount: new Float64Array(roles * months),
    rolePays: Array.from({ length: roles }, () => []),
  };
}

function writeMonth(record: RunRecord, m: number, tally: MonthTally, cumulative: number, switchShock: number): void {
  const n = record.months;
  const put = (name: Recorded, value: number): void => {
    record.monthly[RECORDED_INDEX[name] * n + m] = value;
  };
  const hours = tally.hours[HUNT] + tally.hours[ACTIVATE] + tally.hours[FARM];
  put('revenue', tally.revenue);
  put('margin', tally.margin);
  put('compCost', tally.compCost);
  put('netProfit', tally.netProfit());
  put('cumulativeNetProfit', cumulative);
  put('newContracts', tally.newContracts);
  put('activations', tally.activations);
  // Every active client lost this month, whatever the cause (docs/model.md, "Where clients are lost").
  put('churnedClients', tally.activeLost());
  put('dormantClients', tally.dormant);
  put('activeClients', tally.activeClients);
  put('contractedClients', tally.contractedClients);
  put('stuckContracted', tally.stuckContracted);
  put('huntShare', hours > 0 ? tally.hours[HUNT] / hours : 0);
  put('activateShare', hours > 0 ? tally.hours[ACTIVATE] / hours : 0);
  put('farmShare', hours > 0 ? tally.hours[FARM] / hours : 0);
  put('managers', tally.managers);
  put('managerQuits', tally.managerQuits);
  put('clientsLostWithManagers', tally.clientsLostWithManagers);
  put('managerMonthlyPay', tally.managers > 0 ? tally.compCost / tally.managers : 0);
  put('badPayerShare', tally.contractedClients > 0 ? tally.badPayersContracted / tally.contractedClients : 0);
  put('hoursPerManager', tally.managers > 0 ? hours / tally.managers : 0);
  put('newBadPayers', tally.newBadPayers);
  put('promotions', tally.promotions);
  put('promotionsWatched', tally.promotionsWatched);
  put('promotedFellBelow', tally.promotedFellBelow);
  TENURE_SERIES.forEach(({ active, churned }, band) => {
    put(active, tally.tenureActive[band]);
    put(churned, tally.tenureChurned[band]);
  });
  put('lostActiveChurn', tally.churned);
  put('lostActiveHandover', tally.activeLostAtHandover);
  put('lostActiveFollowedManager', tally.activeFollowedManager);
  put('lostContractedHandover', tally.contractedLostAtHandover);
  put('lostContractedFollowedManager', tally.contractedFollowedManager);
  QUIT_TENURE_SERIES.forEach(({ managers, quits }, band) => {
    put(managers, tally.tenureManagers[band]);
    put(quits, tally.tenureQuits[band]);
  });
  put('uncollected', tally.uncollected);
  put('leakedMargin', tally.leakedMargin);
  put('hiringCost', tally.hiringCost);
  put('huntHours', tally.hours[HUNT]);
  put('activateHours', tally.hours[ACTIVATE]);
  put('farmHours', tally.hours[FARM]);
  put('switchPayChange', switchShock);
  for (let k = 0; k < tally.roleHours.length; k++) record.roleTotals[k] += tally.roleHours[k];
  for (let role = 0; role * ROLE_FIELDS < tally.roleHours.length; role++) record.roleHeadcount[role * n + m] = tally.roleHours[role * ROLE_FIELDS + ROLE_MANAGERS];
  for (let k = 0; k < tally.pays.length; k++) record.rolePays[tally.payRoles[k]].push(tally.pays[k]);
}

const newBookValue = (): BookValue => ({ active: 0, pipeline: 0, activeClients: 0, contractedClients: 0 });

/**
 * The book's value at the end of horizon month m and the value created by then (cumulative net
 * profit + the change in the book's value since the switch); the book at the switch in the first
 * month only, so its horizon sum is it (docs/model.md, "Value of the book").
 */
function writeBookValue(record: RunRecord, m: number, book: BookValue, cumulative: number, atSwitch: BookValue): void {
  const n = record.months;
  const put = (name: Recorded, value: number): void => {
    record.monthly[RECORDED_INDEX[name] * n + m] = value;
  };
  const value = book.active + book.pipeline;
  const switchValue = atSwitch.active + atSwitch.pipeline;
  put('bookValue', value);
  put('pipelineValue', book.pipeline);
  put('valueCreated', cumulative + value - switchValue);
  put('bookValueAtSwitch', m === 0 ? switchValue : 0);
  put('activeClientsAtSwitch', m === 0 ? atSwitch.activeClients : 0);
  put('contractedClientsAtSwitch', m === 0 ? atSwitch.contractedClients : 0);
}

/**
 * The one table of metrics: every quantity a run records and the summary, the paired comparisons,
 * the verdict, the what-if observables and the summary check speak of. Adding a metric is one row
 * here plus its computation (its monthly value in protocol.ts `writeMonth`).
 *
 * Columns:
 *   unit      money, count of clients or people, or a share (0–1);
 *   better    which way is better for the company (a sweep's default goal, the verdict's wording);
 *   monthly   'published': a series in `schemes[].monthly` of summary.json (and recorded per run);
 *             'recorded': recorded per run only, to be summed into a total;
 *   total     `schemes[].totals.<name>`: the series summed over the horizon, per run (true), or its
 *             value at the horizon, the last month ('last': a stock such as the book's value);
 *   end       `schemes[].end.<name>`: the series' last month, per run;
 *   rank      compared with the baseline run by run and shown in the report's tables, most
 *             prominent first (net profit first: the precision target reads it); a number only
 *             orders, it says nothing else;
 *   paired    in `comparisons[].metrics` (the paired difference against the baseline);
 *   changes   a column of the report's "what changes against the baseline" table;
 *   sideEffect a clause of the verdict's "what else changes";
 *   required  summary.json's contract: the report refuses a summary without it.
 * The row order is summary.json's: the order of its `monthly`, `totals` and `end` keys.
 */

export interface Metric {
  readonly name: string;
  readonly unit: 'money' | 'count' | 'share';
  readonly better: 'higher' | 'lower' | 'neither';
  readonly monthly: 'published' | 'recorded';
  readonly total?: true | 'last';
  readonly end?: true;
  readonly rank?: number;
  readonly paired?: true;
  readonly changes?: true;
  readonly sideEffect?: true;
  readonly required?: true;
}

export const METRICS = [
  { name: 'revenue', unit: 'money', better: 'higher', monthly: 'published', total: true, required: true, rank: 2, paired: true, changes: true },
  { name: 'margin', unit: 'money', better: 'higher', monthly: 'published', total: true, required: true, rank: 3, paired: true },
  { name: 'compCost', unit: 'money', better: 'lower', monthly: 'published', total: true, required: true, rank: 4, paired: true, changes: true },
  { name: 'netProfit', unit: 'money', better: 'higher', monthly: 'published', total: true, required: true, rank: 1, paired: true, changes: true },
  { name: 'cumulativeNetProfit', unit: 'money', better: 'higher', monthly: 'published' },
  { name: 'newContracts', unit: 'count', better: 'higher', monthly: 'published', total: true, required: true, rank: 6, paired: true, changes: true, sideEffect: true },
  { name: 'activations', unit: 'count', better: 'higher', monthly: 'published', total: true, required: true, rank: 7, changes: true },
  { name: 'churnedClients', unit: 'count', better: 'lower', monthly: 'published', total: true, required: true, rank: 8, paired: true, changes: true, sideEffect: true },
  { name: 'dormantClients', unit: 'count', better: 'lower', monthly: 'published' },
  { name: 'activeClients', unit: 'count', better: 'higher', monthly: 'published', end: true, required: true, rank: 9, paired: true, changes: true, sideEffect: true },
  { name: 'contractedClients', unit: 'count', better: 'lower', monthly: 'published', end: true, required: true },
  { name: 'stuckContracted', unit: 'count', better: 'lower', monthly: 'published', end: true, required: true, rank: 10, paired: true, changes: true, sideEffect: true },
  { name: 'huntShare', unit: 'share', better: 'neither', monthly: 'published' },
  { name: 'activateShare', unit: 'share', better: 'neither', monthly: 'published' },
  { name: 'farmShare', unit: 'share', better: 'neither', monthly: 'published' },
  { name: 'managers', unit: 'count', better: 'neither', monthly: 'published', end: true },
  { name: 'managerQuits', unit: 'count', better: 'lower', monthly: 'published', total: true, required: true, rank: 11, paired: true, changes: true, sideEffect: true },
  { name: 'clientsLostWithManagers', unit: 'count', better: 'lower', monthly: 'published', total: true, required: true, rank: 12, paired: true, changes: true, sideEffect: true },
  // Pay per manager-month: a monthly series, and over the horizon total pay / manager-months (scheme-level `managerMonthlyPay`).
  { name: 'managerMonthlyPay', unit: 'money', better: 'lower', monthly: 'published', rank: 5, paired: true, changes: true, sideEffect: true },
  { name: 'badPayerShare', unit: 'share', better: 'lower', monthly: 'published' },
  { name: 'hiringCost', unit: 'money', better: 'lower', monthly: 'recorded', total: true },
  { name: 'uncollected', unit: 'money', better: 'lower', monthly: 'recorded', total: true },
  { name: 'leakedMargin', unit: 'money', better: 'lower', monthly: 'recorded', total: true },
  // The team's hours on each activity, for the time shares.
  { name: 'huntHours', unit: 'count', better: 'neither', monthly: 'recorded' },
  { name: 'activateHours', unit: 'count', better: 'neither', monthly: 'recorded' },
  { name: 'farmHours', unit: 'count', better: 'neither', monthly: 'recorded' },
  // Hours one manager works in the month (the team's hours / managers employed).
  { name: 'hoursPerManager', unit: 'count', better: 'neither', monthly: 'published' },
  { name: 'newBadPayers', unit: 'count', better: 'lower', monthly: 'recorded', total: true },
  // Promotions, the watches of them that ended (model/promotions.ts) and those that fell below their threshold.
  { name: 'promotions', unit: 'count', better: 'neither', monthly: 'recorded', total: true },
  { name: 'promotionsWatched', unit: 'count', better: 'neither', monthly: 'recorded', total: true },
  { name: 'promotedFellBelow', unit: 'count', better: 'lower', monthly: 'recorded', total: true },
  // Active clients at the start of the month and those who churned, by tenure year (for churn by tenure).
  { name: 'activeTenureYear1', unit: 'count', better: 'neither', monthly: 'recorded' },
  { name: 'activeTenureYear2', unit: 'count', better: 'neither', monthly: 'recorded' },
  { name: 'activeTenureYear3', unit: 'count', better: 'neither', monthly: 'recorded' },
  { name: 'activeTenureYear4plus', unit: 'count', better: 'neither', monthly: 'recorded' },
  { name: 'churnedTenureYear1', unit: 'count', better: 'lower', monthly: 'recorded' },
  { name: 'churnedTenureYear2', unit: 'count', better: 'lower', monthly: 'recorded' },
  { name: 'churnedTenureYear3', unit: 'count', better: 'lower', monthly: 'recorded' },
  { name: 'churnedTenureYear4plus', unit: 'count', better: 'lower', monthly: 'recorded' },
  // Clients lost by cause (docs/model.md, "Where clients are lost"): active ones (together churnedClients)
  // and contracted ones (with dormantClients); for `lostActiveByCause`, `lostContractedByCause`.
  { name: 'lostActiveChurn', unit: 'count', better: 'lower', monthly: 'published' },
  { name: 'lostActiveHandover', unit: 'count', better: 'lower', monthly: 'published' },
  { name: 'lostActiveFollowedManager', unit: 'count', better: 'lower', monthly: 'published' },
  { name: 'lostContractedHandover', unit: 'count', better: 'lower', monthly: 'published' },
  { name: 'lostContractedFollowedManager', unit: 'count', better: 'lower', monthly: 'published' },
  // Managers employed when quits are decided and those who quit, by tenure band (for quits by tenure).
  { name: 'managersTenure0to6', unit: 'count', better: 'neither', monthly: 'recorded' },
  { name: 'managersTenure6to12', unit: 'count', better: 'neither', monthly: 'recorded' },
  { name: 'managersTenureYear2', unit: 'count', better: 'neither', monthly: 'recorded' },
  { name: 'managersTenureYear3plus', unit: 'count', better: 'neither', monthly: 'recorded' },
  { name: 'quitsTenure0to6', unit: 'count', better: 'lower', monthly: 'recorded' },
  { name: 'quitsTenure6to12', unit: 'count', better: 'lower', monthly: 'recorded' },
  { name: 'quitsTenureYear2', unit: 'count', better: 'lower', monthly: 'recorded' },
  { name: 'quitsTenureYear3plus', unit: 'count', better: 'lower', monthly: 'recorded' },
  // The team's monthly pay change at the switch (in its first month only), with the clients the
  // scheme's first hand-offs take: what the managers react to (negative = a cut).
  { name: 'switchPayChange', unit: 'money', better: 'neither', monthly: 'recorded', total: true },
  // The worst-hit pay cut of the team at the switch over the first 6 months (engine/pay-cut.ts),
  // written in the 6th month only, so its horizon sum is it.
  { name: 'worstPayCut', unit: 'share', better: 'lower', monthly: 'recorded', total: true },
  // The value of the client book at the month's end (model/book-value.ts; docs/model.md, "Value of the
  // book"): all of it, and the contracted pipeline's part; at the horizon in totals.
  { name: 'bookValue', unit: 'money', better: 'higher', monthly: 'published', total: 'last', rank: 13, paired: true },
  { name: 'pipelineValue', unit: 'money', better: 'higher', monthly: 'recorded', total: 'last' },
  // Value created by the month's end: cumulative net profit + (book value − book value at the switch);
  // at the horizon in totals, what the verdict ranks by.
  { name: 'valueCreated', unit: 'money', better: 'higher', monthly: 'published', total: 'last', rank: 0, paired: true },
  // The book at the switch, the same for every scheme of a run (written in the first month only, so the sum is it).
  { name: 'bookValueAtSwitch', unit: 'money', better: 'neither', monthly: 'recorded', total: true },
  { name: 'activeClientsAtSwitch', unit: 'count', better: 'neither', monthly: 'recorded', total: true },
  { name: 'contractedClientsAtSwitch', unit: 'count', better: 'neither', monthly: 'recorded', total: true },
] as const satisfies readonly Metric[];

type Row = (typeof METRICS)[number];
export type MetricName = Row['name'];
export type MonthlyMetric = Extract<Row, { monthly: 'published' }>['name'];
export type TotalMetric = Extract<Row, { total: true | 'last' }>['name'];
export type EndMetric = Extract<Row, { end: true }>['name'];
export type PairedMetric = Extract<Row, { paired: true }>['name'];
export type ChangeMetric = Extract<Row, { changes: true }>['name'];
export type SideEffectMetric = Extract<Row, { sideEffect: true }>['name'];

/**
 * The tenure bands of `schemes[].churnByTenure`, in order (model/tally.ts TENURE_YEARS), each with
 * its recorded series: active clients at risk, clients churned.
 */
export const TENURE_SERIES = [
  { band: 'year1', active: 'activeTenureYear1', churned: 'churnedTenureYear1' },
  { band: 'year2', active: 'activeTenureYear2', churned: 'churnedTenureYear2' },
  { band: 'year3', active: 'activeTenureYear3', churned: 'churnedTenureYear3' },
  { band: 'year4plus', active: 'activeTenureYear4plus', churned: 'churnedTenureYear4plus' },
] as const satisfies readonly { band: string; active: MetricName; churned: MetricName }[];
export const TENURE_BANDS = TENURE_SERIES.map((series) => series.band);
export type TenureBand = (typeof TENURE_SERIES)[number]['band'];

/**
 * The causes of `schemes[].lostActiveByCause` and `lostContractedByCause`, each with its recorded
 * series (docs/model.md, "Where clients are lost"). An active client is lost to churn, at a
 * hand-over or by following a leaving manager — the three add up to churnedClients; a contracted
 * one at a hand-over, by following a leaving manager or by going dormant (dormantClients).
 * Followers of either state together are clientsLostWithManagers.
 */
export const LOST_ACTIVE_SERIES = [
  { cause: 'churn', series: 'lostActiveChurn' },
  { cause: 'handover', series: 'lostActiveHandover' },
  { cause: 'followedManager', series: 'lostActiveFollowedManager' },
] as const satisfies readonly { cause: string; series: MetricName }[];
export const LOST_CONTRACTED_SERIES = [
  { cause: 'handover', series: 'lostContractedHandover' },
  { cause: 'followedManager', series: 'lostContractedFollowedManager' },
  { cause: 'dormant', series: 'dormantClients' },
] as const satisfies readonly { cause: string; series: MetricName }[];
export type ActiveLossCause = (typeof LOST_ACTIVE_SERIES)[number]['cause'];
export type ContractedLossCause = (typeof LOST_CONTRACTED_SERIES)[number]['cause'];

/**
 * The manager tenure bands of `schemes[].quitsByTenure`, in order (model/tally.ts
 * MANAGER_TENURE_ENDS: months 0–5, 6–11, 12–23, 24 and more), each with its recorded series:
 * managers employed when quits are decided (manager-months at risk), managers who quit.
 */
export const QUIT_TENURE_SERIES = [
  { band: 'months0to6', managers: 'managersTenure0to6', quits: 'quitsTenure0to6' },
  { band: 'months6to12', managers: 'managersTenure6to12', quits: 'quitsTenure6to12' },
  { band: 'year2', managers: 'managersTenureYear2', quits: 'quitsTenureYear2' },
  { band: 'year3plus', managers: 'managersTenureYear3plus', quits: 'quitsTenureYear3plus' },
] as const satisfies readonly { band: string; managers: MetricName; quits: MetricName }[];
export const QUIT_TENURE_BANDS = QUIT_TENURE_SERIES.map((series) => series.band);
export type QuitTenureBand = (typeof QUIT_TENURE_SERIES)[number]['band'];

const names = <T extends string>(rows: readonly Metric[]): T[] => rows.map((row) => row.name as T);
const byRank = (rows: readonly Metric[]): Metric[] => [...rows].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
const rows: readonly Metric[] = METRICS;

/** Every series recorded per run and month, in this order (protocol.ts RunRecord.monthly). */
export const RECORDED_METRICS = names<MetricName>(rows);
/** The series of `schemes[].monthly`, in summary.json's order. */
export const MONTHLY_METRICS = names<MonthlyMetric>(rows.filter((m) => m.monthly === 'published'));
/** `schemes[].totals`, in summary.json's order. */
export const TOTAL_METRICS = names<TotalMetric>(rows.filter((m) => m.total));
/** Those of `totals` that are the horizon's value of a stock (its last month), not a sum. */
export const LAST_MONTH_TOTALS: readonly string[] = names<TotalMetric>(rows.filter((m) => m.total === 'last'));
/** `schemes[].end`, in summary.json's order. */
export const END_METRICS = names<EndMetric>(rows.filter((m) => m.end));
/** The metrics compared with the baseline run by run, net profit first: `comparisons[].metrics`. */
export const PAIRED_METRICS = byRank(rows.filter((m) => m.paired)).map((m) => ({ name: m.name as PairedMetric, lowerIsBetter: m.better === 'lower' }));
/** Columns of the report's "what changes against the baseline" table. */
export const CHANGE_METRICS = byRank(rows.filter((m) => m.changes)).map((m) => ({ key: m.name as ChangeMetric, kind: m.unit === 'money' ? ('money' as const) : ('count' as const) }));
/** Clauses of the verdict's "what else changes", in the table's order. */
export const SIDE_EFFECTS = rows.filter((m) => m.sideEffect).map((m) => ({ key: m.name as SideEffectMetric, kind: m.unit === 'money' ? ('money' as const) : ('count' as const) }));
/** Fields of `totals` and `end` a summary.json must have. */
export const REQUIRED_TOTALS = names<TotalMetric>(rows.filter((m) => m.total && m.required));
export const REQUIRED_END = names<EndMetric>(rows.filter((m) => m.end && m.required));

/** Metrics where less is better for the company. */
export const LOWER_IS_BETTER: readonly string[] = names<MetricName>(rows.filter((m) => m.better === 'lower'));

/** The metric of this name, or undefined. */
export function metric(name: string): Metric | undefined {
  return rows.find((m) => m.name === name);
}

/** Where a metric compared with the baseline sits in a scheme of summary.json. */
export function summarySection(name: string): 'totals' | 'end' | 'scheme' {
  const row = metric(name);
  return row?.total ? 'totals' : row?.end ? 'end' : 'scheme';
}

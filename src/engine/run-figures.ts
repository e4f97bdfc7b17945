/**
 * What one run says about one scheme, as the summary needs it (its figures: time shares, pay per
 * manager-month, horizon totals, end state), and which of them are compared with the baseline.
 */
import {
  END_METRICS, LAST_MONTH_TOTALS, LOST_ACTIVE_SERIES, LOST_CONTRACTED_SERIES, PAIRED_METRICS, QUIT_TENURE_SERIES, summarySection, TENURE_BANDS, TENURE_SERIES,
  TOTAL_METRICS,
} from './metrics.js';
import { RECORDED_INDEX, type Recorded, type RunRecord } from './protocol.js';

export { PAIRED_METRICS };

/** The figures of one run (runFigures), in this order. */
export const FIGURE_NAMES: readonly string[] = [
  'hunt',
  'activate',
  'farm',
  'managerMonthlyPay',
  'hoursPerManager',
  'newBadPayerShare',
  ...TENURE_BANDS.map((band) => `churnByTenure.${band}`),
  ...LOST_ACTIVE_SERIES.map(({ cause }) => `lostActiveByCause.${cause}`),
  ...LOST_CONTRACTED_SERIES.map(({ cause }) => `lostContractedByCause.${cause}`),
  ...QUIT_TENURE_SERIES.map(({ band }) => `quitsByTenure.${band}`),
  ...TOTAL_METRICS.map((name) => `total.${name}`),
  ...END_METRICS.map((name) => `end.${name}`),
];

/** Where each paired metric's value is among the figures. */
export const PAIRED_FIGURES = PAIRED_METRICS.map(({ name }) => {
  const section = summarySection(name);
  return FIGURE_NAMES.indexOf(section === 'scheme' ? name : section === 'end' ? `end.${name}` : `total.${name}`);
});
export const NET_PROFIT_FIGURE = FIGURE_NAMES.indexOf('total.netProfit');
export const VALUE_CREATED_FIGURE = FIGURE_NAMES.indexOf('total.valueCreated');

/** What one run says about one scheme, as the summary needs it: FIGURE_NAMES.length numbers written to `out` from `offset`. */
export function figureValues(record: RunRecord, out: Float64Array, offset: number): void {
  const n = record.months;
  const monthly = record.monthly;
  const sum = (name: Recorded): number => {
    let total = 0;
    const base = RECORDED_INDEX[name] * n;
    for (let m = 0; m < n; m++) total += monthly[base + m];
    return total;
  };
  const hunt = sum('huntHours');
  const activate = sum('activateHours');
  const farm = sum('farmHours');
  const hours = hunt + activate + farm;
  const managerMonths = sum('managers');
  let k = offset;
  out[k++] = hours > 0 ? hunt / hours : 0;
  out[k++] = hours > 0 ? activate / hours : 0;
  out[k++] = hours > 0 ? farm / hours : 0;
  out[k++] = managerMonths > 0 ? sum('compCost') / managerMonths : 0;
  out[k++] = managerMonths > 0 ? hours / managerMonths : 0;
  const contracts = sum('newContracts');
  out[k++] = contracts > 0 ? sum('newBadPayers') / contracts : 0;
  // Annual churn in a tenure band: churned / active client-months at risk, × 12 (0 when none at risk).
  for (const { active, churned } of TENURE_SERIES) {
    const atRisk = sum(active);
    out[k++] = atRisk > 0 ? (12 * sum(churned)) / atRisk : 0;
  }
  // Clients lost over the horizon by cause, active then contracted.
  for (const { series } of LOST_ACTIVE_SERIES) out[k++] = sum(series);
  for (const { series } of LOST_CONTRACTED_SERIES) out[k++] = sum(series);
  // Annual quits in a manager tenure band: quits / manager-months in the band, × 12 (0 when nobody was in it).
  for (const { managers, quits } of QUIT_TENURE_SERIES) {
    const atRisk = sum(managers);
    out[k++] = atRisk > 0 ? (12 * sum(quits)) / atRisk : 0;
  }
  // A total is the series summed over the horizon, or for a stock (the book's value) its last month.
  for (const name of TOTAL_METRICS) out[k++] = LAST_MONTH_TOTALS.includes(name) ? monthly[RECORDED_INDEX[name as Recorded] * n + n - 1] : sum(name as Recorded);
  for (const name of END_METRICS) out[k++] = monthly[RECORDED_INDEX[name as Recorded] * n + n - 1];
}

/** What one run says about one scheme, by figure name. */
export function runFigures(record: RunRecord): Record<string, number> {
  const values = new Float64Array(FIGURE_NAMES.length);
  figureValues(record, values, 0);
  return Object.fromEntries(FIGURE_NAMES.map((name, k) => [name, values[k]]));
}


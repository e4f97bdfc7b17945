/**
 * What one run says about one scheme, as the summary needs it (its figures: time shares, pay per
 * manager-month, horizon totals, end state), and which of them are compared with the baseline.
 */
import { RECORDED_INDEX, type Recorded, type RunRecord } from './protocol.js';
import { END_METRICS, TOTAL_METRICS } from './summary.js';

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

/** The figures of one run (runFigures), in this order. */
export const FIGURE_NAMES: readonly string[] = [
  'hunt',
  'activate',
  'farm',
  'managerMonthlyPay',
  ...TOTAL_METRICS.map((name) => `total.${name}`),
  ...END_METRICS.map((name) => `end.${name}`),
];

/** Where each paired metric's value is among the figures. */
export const PAIRED_FIGURES = PAIRED_METRICS.map(({ name }) =>
  FIGURE_NAMES.indexOf(name === 'managerMonthlyPay' ? name : name === 'activeClients' || name === 'stuckContracted' ? `end.${name}` : `total.${name}`),
);
export const NET_PROFIT_FIGURE = FIGURE_NAMES.indexOf('total.netProfit');

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
  for (const name of TOTAL_METRICS) out[k++] = sum(name as Recorded);
  for (const name of END_METRICS) out[k++] = monthly[RECORDED_INDEX[name as Recorded] * n + n - 1];
}

/** What one run says about one scheme, by figure name. */
export function runFigures(record: RunRecord): Record<string, number> {
  const values = new Float64Array(FIGURE_NAMES.length);
  figureValues(record, values, 0);
  return Object.fromEntries(FIGURE_NAMES.map((name, k) => [name, values[k]]));
}


/**
 * How a what-if page names and shows an observable: money in the scenario's currency, shares as
 * percentages, counts as numbers; the name in the page's language when it is a common one.
 */
import { fill } from '../context.js';
import type { Messages } from '../i18n.js';
import type { MoneyUnit, NumberFormatter } from '../format.js';

export type MetricKind = 'money' | 'share' | 'count';

const MONEY = new Set(['netProfit', 'revenue', 'margin', 'compCost', 'hiringCost', 'uncollected', 'leakedMargin', 'managerMonthlyPay', 'cumulativeNetProfit']);
const SHARES = new Set(['hunt', 'activate', 'farm', 'huntActivate', 'annualChurnRate', 'managerTurnover', 'conversion', 'probBetter', 'huntShare', 'activateShare', 'farmShare', 'badPayerShare']);

/** The observable's own name in a full path (`comparisons.x.netProfitDiff` → netProfit). */
export function baseName(path: string): string {
  const parts = path.split('.');
  if (parts[0] === 'comparisons') return parts[2] === 'metrics' ? parts[3] : parts[2] === 'netProfitDiff' ? 'netProfit' : parts[2];
  if (parts[2] === 'monthly') return parts[3];
  return parts[parts.length - 1];
}

export function metricKind(path: string): MetricKind {
  const name = baseName(path);
  if (MONEY.has(name)) return 'money';
  return SHARES.has(name) ? 'share' : 'count';
}

/** "net profit", "share of hours on categories 1+2", … or the raw name. */
export function metricName(m: Messages, path: string): string {
  const names: Record<string, string> = {
    netProfit: m.metricNetProfit,
    revenue: m.metricRevenue,
    margin: m.whatifMetricMargin,
    compCost: m.metricCompCost,
    newContracts: m.metricNewContracts,
    activations: m.metricActivations,
    churnedClients: m.metricChurnedClients,
    managerQuits: m.metricManagerQuits,
    activeClients: m.metricActiveClients,
    stuckContracted: m.metricStuckContracted,
    huntActivate: m.whatifMetricHuntActivate,
    hunt: m.activityHunt,
    activate: m.activityActivate,
    farm: m.activityFarm,
    annualChurnRate: m.whatifMetricAnnualChurnRate,
    conversion: m.whatifMetricConversion,
    managerTurnover: m.whatifMetricManagerTurnover,
    managerMonthlyPay: m.metricMonthlyPay,
  };
  const name = baseName(path);
  const parts = path.split('.');
  if (parts[0] === 'comparisons' && parts[2] === 'probBetter') return m.whatifMetricProbBetter;
  const label = names[name] ?? name;
  return parts[0] === 'comparisons' ? fill(m.whatifMetricDiff, { metric: label }) : label;
}

/** A value of the metric for a table cell. */
export function formatMetric(fmt: NumberFormatter, kind: MetricKind, value: number, signed = false): string {
  if (kind === 'money') return fmt.money(value, { signed });
  if (kind === 'share') return fmt.percent(value, 1);
  const digits = Math.abs(value) >= 100 ? 0 : 1;
  return signed ? fmt.signed(value, digits) : fmt.number(value, digits);
}

/** The unit chart axes show a metric in (money is divided into thousands or millions). */
export function axisUnit(fmt: NumberFormatter, kind: MetricKind, values: readonly number[]): { divisor: number; label: string; format: string } {
  if (kind === 'share') return { divisor: 1, label: '', format: '.0%' };
  if (kind === 'count') return { divisor: 1, label: '', format: ',.2~f' };
  const unit: MoneyUnit = fmt.moneyUnit(Math.max(0, ...values.filter(Number.isFinite).map(Math.abs)));
  return { divisor: unit.divisor, label: unit.label, format: ',.2~f' };
}

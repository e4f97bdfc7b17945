/**
 * `compsim report` reads a summary.json that anybody may have edited or mixed up with another
 * JSON file. Before drawing from it we check the summary.json fields the report relies on and name
 * the first one that is missing or of the wrong kind, instead of failing deep in the charts.
 */
import { messages as m } from './messages.js';

import { REQUIRED_END, REQUIRED_TOTALS } from '../engine/metrics.js';
import { ACTIVITIES } from '../engine/summary.js';

/** A check returns null, or the problem as `: message` (at this value) or `.key: message` (inside it). */
type Check = (value: unknown) => string | null;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The problem at this value: `: expected <kind>, found <value>`. */
const expected = (kind: keyof typeof m.summaryKinds, value: unknown): string => `: ${m.summaryExpected(m.summaryKinds[kind], m.summaryValue(value))}`;

const number: Check = (value) => (typeof value === 'number' && Number.isFinite(value) ? null : expected('number', value));
const text: Check = (value) => (typeof value === 'string' ? null : expected('text', value));
const list: Check = (value) => (Array.isArray(value) ? null : expected('list', value));
const stat: Check = (value) => {
  if (!isObject(value)) return expected('statistic', value);
  for (const key of ['mean', 'sd', 'p5', 'p50', 'p95']) if (number(value[key])) return `.${key}${number(value[key])}`;
  const ci = value.ci95;
  return Array.isArray(ci) && ci.length === 2 && ci.every((x) => number(x) === null) ? null : `.ci95${expected('interval', ci)}`;
};
const section = (keys: readonly string[]): Check => (value) => {
  if (!isObject(value)) return expected('statistics', value);
  for (const key of keys) if (stat(value[key])) return `.${key}${stat(value[key])}`;
  return null;
};
const fields = (checks: [string, Check][]): Check => (value) => {
  for (const [key, check] of checks) {
    const problem = check(isObject(value) ? value[key] : undefined);
    if (problem) return `.${key}${problem}`;
  }
  return null;
};

const scheme: Check = (value) =>
  isObject(value)
    ? fields([
        ['id', text],
        ['name', text],
        ['totals', section(REQUIRED_TOTALS)],
        ['end', section(REQUIRED_END)],
        ['timeShare', section(ACTIVITIES)],
        ['managerMonthlyPay', stat],
        ['monthly', (monthly) => (isObject(monthly) ? null : expected('monthly', monthly))],
        ['roles', list],
      ])(value)
    : expected('scheme', value);
const comparison: Check = (value) =>
  isObject(value) ? fields([['netProfitDiff', stat], ['probBetter', number]])(value) : expected('comparison', value);
const every = (check: Check): Check => (value) => {
  if (!Array.isArray(value)) return expected('list', value);
  for (const [k, item] of value.entries()) if (check(item)) return `[${k}]${check(item)}`;
  return null;
};

/** The first problem as `path: what was expected, found what` ('' path for the whole file), or null when the summary can be drawn. */
export function summaryProblem(summary: unknown): { path: string; message: string } | null {
  const problem = firstProblem(summary);
  if (problem === null) return null;
  const colon = problem.indexOf(': ');
  return { path: problem.slice(0, colon).replace(/^\./, ''), message: problem.slice(colon + 2) };
}

function firstProblem(summary: unknown): string | null {
  if (!isObject(summary)) return expected('summary', summary);
  if (summary.version !== 1) return `.version${expected('version', summary.version)}`;
  const schemes = summary.schemes;
  if (Array.isArray(schemes) && schemes.length === 0) return `.schemes: ${m.summaryWithoutSchemes()}`;
  return fields([
    ['scenario', text],
    ['baseline', text],
    ['seed', number],
    ['runs', number],
    ['months', number],
    ['schemes', every(scheme)],
    ['comparisons', every(comparison)],
  ])(summary);
}

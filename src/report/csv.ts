/**
 * Results as tidy CSV that other tools open (R, pandas, Excel): one observation per row, in long
 * form, written with csv-stringify. Two dialects: `standard` (comma, decimal point, LF: what
 * parsers expect) and `excel-ru` (semicolon, decimal comma, a byte-order mark and CRLF: what Excel
 * with Russian regional settings opens by a double click). Pure: returns file names and texts.
 */
import { stringify } from 'csv-stringify/sync';
import type { Stat } from '../stats/index.js';
import type { Summary } from '../engine/summary.js';
import type { OptimizationResult } from '../whatif/optimize-result.js';
import type { SensitivityResult } from '../whatif/sensitivity.js';
import type { SweepResult } from '../whatif/sweep.js';

export const CSV_DIALECTS = ['standard', 'excel-ru'] as const;
export type CsvDialect = (typeof CSV_DIALECTS)[number];

export interface CsvFile {
  name: string;
  content: string;
}

type Cell = string | number | boolean | null;

/** The rows (a header first) as CSV text in the dialect. */
export function csvText(rows: readonly (readonly Cell[])[], dialect: CsvDialect): string {
  const excel = dialect === 'excel-ru';
  return stringify(rows as Cell[][], {
    delimiter: excel ? ';' : ',',
    bom: excel,
    record_delimiter: excel ? 'windows' : 'unix',
    cast: {
      number: (value) => (Number.isFinite(value) ? (excel ? String(value).replace('.', ',') : String(value)) : ''),
      boolean: (value) => (value ? 'true' : 'false'),
    },
  });
}

const STAT_COLUMNS = ['mean', 'sd', 'p5', 'p50', 'p95', 'ci95_low', 'ci95_high'] as const;
const statCells = (s: Stat): number[] => [s.mean, s.sd, s.p5, s.p50, s.p95, s.ci95[0], s.ci95[1]];

/** Every Stat of a scheme with its section and name (totals.revenue → section totals, metric revenue). */
function schemeStats(scheme: Summary['schemes'][number]): [string, string, Stat][] {
  const out: [string, string, Stat][] = [];
  const records: [string, Record<string, Stat>][] = [
    ['totals', scheme.totals],
    ['end', scheme.end],
    ['timeShare', scheme.timeShare],
    ['churnByTenure', scheme.churnByTenure],
    ['lostActiveByCause', scheme.lostActiveByCause],
    ['lostContractedByCause', scheme.lostContractedByCause],
    ['quitsByTenure', scheme.quitsByTenure],
  ];
  for (const [section, stats] of records) for (const [name, stat] of Object.entries(stats)) out.push([section, name, stat]);
  out.push(['scheme', 'managerMonthlyPay', scheme.managerMonthlyPay], ['scheme', 'hoursPerManager', scheme.hoursPerManager], ['scheme', 'newBadPayerShare', scheme.newBadPayerShare]);
  return out;
}

/** summary.json as schemes.csv (scheme × metric), monthly.csv (long form) and comparisons.csv (paired differences). */
export function summaryCsv(summary: Summary, dialect: CsvDialect): CsvFile[] {
  const schemes: Cell[][] = [['scheme', 'section', 'metric', ...STAT_COLUMNS]];
  const monthly: Cell[][] = [['scheme', 'month', 'metric', 'statistic', 'value']];
  for (const scheme of summary.schemes) {
    for (const [section, name, stat] of schemeStats(scheme)) schemes.push([scheme.id, section, name, ...statCells(stat)]);
    for (const [name, series] of Object.entries(scheme.monthly)) {
      series.forEach((stat, month) => {
        const cells = statCells(stat);
        STAT_COLUMNS.forEach((column, k) => monthly.push([scheme.id, month, name, column, cells[k]]));
      });
    }
  }
  const comparisons: Cell[][] = [['scheme', 'vs', 'metric', ...STAT_COLUMNS, 'prob_better']];
  for (const c of summary.comparisons) {
    comparisons.push([c.scheme, c.vs, 'netProfit', ...statCells(c.netProfitDiff), c.probBetter]);
    comparisons.push([c.scheme, c.vs, 'valueCreated', ...statCells(c.valueCreatedDiff), c.probValueBetter]);
    for (const [name, diff] of Object.entries(c.metrics)) if (name !== 'netProfit' && name !== 'valueCreated') comparisons.push([c.scheme, c.vs, name, ...statCells(diff), diff.probBetter]);
  }
  return [
    { name: 'schemes.csv', content: csvText(schemes, dialect) },
    { name: 'monthly.csv', content: csvText(monthly, dialect) },
    { name: 'comparisons.csv', content: csvText(comparisons, dialect) },
  ];
}

/** sweep.json's points: one row per point × scheme, the axes' values as columns. */
export function sweepCsv(result: SweepResult, dialect: CsvDialect): CsvFile[] {
  const rows: Cell[][] = [['point', ...result.axes.map((a) => a.path), 'scheme', 'metric', 'mean', 'ci95_low', 'ci95_high', 'winner']];
  for (const p of result.points) for (const scheme of result.schemes) rows.push([p.index, ...p.values, scheme, result.metric, p.metric[scheme].mean, p.metric[scheme].ci95[0], p.metric[scheme].ci95[1], p.winner === scheme]);
  return [{ name: 'sweep.csv', content: csvText(rows, dialect) }];
}

/** sensitivity.json's tornado (one row per parameter) and Morris effects. */
export function sensitivityCsv(result: SensitivityResult, dialect: CsvDialect): CsvFile[] {
  const tornado: Cell[][] = [['parameter', 'base', 'low', 'high', 'metric_at_low', 'metric_at_high', 'effect_low', 'effect_high', 'swing', 'above_noise']];
  for (const b of result.tornado) tornado.push([b.path, b.base, b.low, b.high, b.atLow.mean, b.atHigh.mean, b.effectLow, b.effectHigh, b.swing, b.aboveNoise]);
  const morris: Cell[][] = [['parameter', 'mu_star', 'sigma']];
  for (const e of result.morris.effects) morris.push([e.path, e.muStar, e.sigma]);
  return [
    { name: 'sensitivity-tornado.csv', content: csvText(tornado, dialect) },
    { name: 'sensitivity-morris.csv', content: csvText(morris, dialect) },
  ];
}

/** optimize.json's candidates: one row each, the varied values and every measure's mean and interval. */
export function optimizationCsv(result: OptimizationResult, dialect: CsvDialect): CsvFile[] {
  const measures = Object.keys(result.candidates[0]?.measures ?? {});
  const header: Cell[] = ['candidate', 'iteration', 'status', 'own', 'runs', ...result.dimensions.map((d) => d.path)];
  for (const m of measures) header.push(`${m}_mean`, `${m}_ci95_low`, `${m}_ci95_high`);
  header.push('p5', 'versus_chosen_mean', 'versus_chosen_ci95_low', 'versus_chosen_ci95_high', 'on_front', 'dropped_at', 'dropped_by');
  const rows: Cell[][] = [header];
  for (const c of result.candidates) {
    const row: Cell[] = [c.id, c.iteration, c.status, c.own, c.runs, ...result.dimensions.map((d) => c.values[d.path])];
    for (const m of measures) {
      const s = c.measures[m as keyof typeof c.measures];
      row.push(s.mean, s.ci95[0], s.ci95[1]);
    }
    row.push(c.p5, c.versusChosen.mean, c.versusChosen.ci95[0], c.versusChosen.ci95[1], c.onFront, c.droppedAt ?? null, c.droppedBy ?? null);
    rows.push(row);
  }
  return [{ name: 'optimize-candidates.csv', content: csvText(rows, dialect) }];
}

/**
 * --csv: tidy CSV beside the JSON, read back with a real CSV parser (csv-parse) and held to the
 * JSON's numbers; the excel-ru dialect (semicolon, decimal comma, BOM, CRLF) too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { cliHarness } from '../whatif/cli-harness.js';

const cli = cliHarness('compsim-csv-');
const { dir, compsim, read } = cli;
const SCENARIO = 'scenarios/freight.yaml';
const SMALL = ['--set', 'warmupMonths=3', '--set', 'team.managers=3', '--months', '4', '--workers', '1'];

type Row = Record<string, string>;
const rows = (text: string, excel = false): Row[] => parse(text, { columns: true, delimiter: excel ? ';' : ',', bom: true }) as Row[];
const number = (cell: string, excel = false): number => Number(excel ? cell.replace(',', '.') : cell);

describe('--csv', () => {
  it('run: schemes.csv, monthly.csv and comparisons.csv hold summary.json’s numbers', async () => {
    expect(await compsim('run', SCENARIO, ...SMALL, '--runs', '6', '--seed', '2', '--csv', 'standard', '--out', join(dir, 'run'))).toBe(0);
    expect(cli.stdout).toContain(`${join(dir, 'run', 'schemes.csv')} and ${join(dir, 'run', 'monthly.csv')} and ${join(dir, 'run', 'comparisons.csv')}`);
    const summary = JSON.parse(read('run', 'summary.json'));
    const schemes = rows(read('run', 'schemes.csv'));
    const profit = schemes.find((r) => r.scheme === 'threshold-promotion' && r.section === 'totals' && r.metric === 'netProfit') as Row;
    const expected = summary.schemes.find((s: { id: string }) => s.id === 'threshold-promotion').totals.netProfit;
    expect([number(profit.mean), number(profit.sd), number(profit.p5), number(profit.ci95_low), number(profit.ci95_high)]).toEqual([expected.mean, expected.sd, expected.p5, expected.ci95[0], expected.ci95[1]]);
    // Long form: every scheme × monthly metric × month × 7 statistics.
    const monthly = rows(read('run', 'monthly.csv'));
    const metrics = Object.keys(summary.schemes[0].monthly).length;
    expect(monthly).toHaveLength(summary.schemes.length * metrics * 4 * 7);
    const active = monthly.find((r) => r.scheme === 'new-client-bonus' && r.metric === 'activeClients' && r.month === '3' && r.statistic === 'p95') as Row;
    expect(number(active.value)).toBe(summary.schemes.find((s: { id: string }) => s.id === 'new-client-bonus').monthly.activeClients[3].p95);
    const comparisons = rows(read('run', 'comparisons.csv'));
    const value = comparisons.find((r) => r.scheme === 'lifetime-commission' && r.metric === 'valueCreated') as Row;
    const comparison = summary.comparisons.find((c: { scheme: string }) => c.scheme === 'lifetime-commission');
    expect([number(value.mean), number(value.prob_better), value.vs]).toEqual([comparison.valueCreatedDiff.mean, comparison.probValueBetter, summary.baseline]);
  });

  it('excel-ru: a BOM, semicolons, decimal commas and CRLF, the same numbers', async () => {
    expect(await compsim('report', join(dir, 'run', 'summary.json'), '--csv', 'excel-ru', '--out', join(dir, 'excel', 'report.html'))).toBe(0);
    const text = read('excel', 'schemes.csv');
    expect(text.startsWith('\uFEFFscheme;section;metric;mean;sd;p5;p50;p95;ci95_low;ci95_high\r\n')).toBe(true);
    const summary = JSON.parse(read('run', 'summary.json'));
    const share = rows(text, true).find((r) => r.scheme === 'new-client-bonus' && r.section === 'timeShare' && r.metric === 'hunt') as Row;
    expect(share.mean).toMatch(/^0,\d+$/);
    expect(number(share.mean, true)).toBe(summary.schemes.find((s: { id: string }) => s.id === 'new-client-bonus').timeShare.hunt.mean);
  });

  it('sweep: one row per point × scheme, the axis values as columns', async () => {
    const sweep = ['sweep', SCENARIO, ...SMALL, '--vary', 'behavior.discountRate=0.08,0.12', '--runs', '4', '--csv', 'standard', '--out', join(dir, 'sweep')];
    expect(await compsim(...sweep)).toBe(0);
    const result = JSON.parse(read('sweep', 'sweep.json'));
    const table = rows(read('sweep', 'sweep.csv'));
    expect(table).toHaveLength(result.points.length * result.schemes.length);
    const last = table[table.length - 1];
    const point = result.points[result.points.length - 1];
    const scheme = result.schemes[result.schemes.length - 1];
    expect([number(last['behavior.discountRate']), last.scheme, number(last.mean)]).toEqual([0.12, scheme, point.metric[scheme].mean]);
  });

  it('(the sweep page) says which schemes a point cannot tell apart, instead of a leader that flips', async () => {
    const { renderSweepPage } = await import('../../src/report/whatif/sweep-page.js');
    const result = JSON.parse(read('sweep', 'sweep.json'));
    const [a, b, ...rest] = result.schemes as string[];
    const point = result.points[0];
    // Hand-made: a leads with 10…20, b overlaps it (15…25 is not above: mean 14), the rest far below.
    point.winner = a;
    point.metric[a] = { mean: 16, ci95: [10, 20] };
    point.metric[b] = { mean: 14, ci95: [8, 19] };
    for (const s of rest) point.metric[s] = { mean: 1, ci95: [0, 2] };
    const html = await renderSweepPage(result, { lang: 'en' });
    expect(html).toContain(`${result.schemeNames[a]}, not told apart from 1 other`);
    const ru = await renderSweepPage(result, { lang: 'ru' });
    expect(ru).toMatch(/», не отличить от 1 другой/);
  });

  it('optimize: every candidate with its varied values and measures', async () => {
    const pay = 'schemes.new-client-bonus.roles.generalist.pay';
    const args = ['optimize', SCENARIO, '--set', 'warmupMonths=6', '--set', 'team.managers=4', '--months', '12', '--workers', '1', '--scheme', 'new-client-bonus'];
    expect(await compsim(...args, '--vary', `${pay}.servicing.rate=0.005:0.08`, '--budget-runs', '400', '--csv', 'standard', '--out', join(dir, 'optimize'))).toBe(0);
    const result = JSON.parse(read('optimize', 'optimize.json'));
    const table = rows(readFileSync(join(dir, 'optimize', 'optimize-candidates.csv'), 'utf8'));
    expect(table).toHaveLength(result.candidates.length);
    const chosen = table.find((r) => r.status === 'chosen') as Row;
    expect(number(chosen[`${pay}.servicing.rate`])).toBe(result.chosen.values[`${pay}.servicing.rate`]);
    expect(number(chosen.valueCreated_mean)).toBe(result.candidates[result.chosen.id].measures.valueCreated.mean);
  });
});

/**
 * Every page in the chosen language: the run, payroll, sweep, sensitivity, calibration, targets and
 * optimisation pages written with --lang ru show no English UI label (the scenario's own names
 * and parameter paths in <code> are exempt), and each says in Russian what it is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliHarness } from './cli-harness.js';
import { englishLabels, userWords } from '../report/browser-helpers.js';
import { loadScenario } from '../../src/scenario/index.js';

const cli = cliHarness('compsim-russian-pages-');
const { dir, compsim } = cli;
const SCENARIO = 'scenarios/freight.yaml';
const SMALL = ['--set', 'warmupMonths=3', '--set', 'team.managers=3', '--months', '4', '--workers', '1', '--lang', 'ru'];
const PAY = 'schemes.new-client-bonus.roles.generalist.pay';

/** The page's visible text: no scripts, styles or <code>, tags as spaces, entities decoded. */
function visibleText(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/<(script|style|code)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

const pages: [string, string[], string, string][] = [
  ['run', ['run', SCENARIO, ...SMALL, '--runs', '4'], 'report.html', 'Вывод'],
  ['payroll', ['payroll', SCENARIO, '--book', 'scenarios/book-example', '--runs', '4', '--months', '4', '--workers', '1', '--lang', 'ru'], 'report.html', 'Оплата'],
  ['sweep', ['sweep', SCENARIO, ...SMALL, '--runs', '2', '--vary', 'behavior.discountRate=0.08,0.12'], 'sweep.html', 'Перебор параметров'],
  [
    'sensitivity',
    ['sensitivity', SCENARIO, ...SMALL, '--set', 'behavior.farmingEffortCost=0', '--schemes', 'lifetime-commission', '--params', 'behavior.discountRate,clients.baseChurn', '--runs', '2', '--noise-seeds', '2', '--trajectories', '1', '--top', '1', '--steps', '2'],
    'sensitivity.html',
    'От чего зависит вывод',
  ],
  ['calibrate', ['calibrate', SCENARIO, ...SMALL, '--runs', '2', '--target', 'schemes.lifetime-commission.timeShare.huntActivate=0.2:0.95', '--param', 'behavior.discountRate=0.08,0.12'], 'calibration.html', 'Калибровка'],
  ['targets', ['targets', SCENARIO, ...SMALL, '--runs', '4'], 'targets.html', 'Цели смоделированной компании'],
  ['optimize', ['optimize', SCENARIO, ...SMALL, '--scheme', 'new-client-bonus', '--vary', `${PAY}.servicing.rate=0.01:0.05`, '--budget-runs', '200'], 'optimize.html', 'Ответ'],
];

describe('every page in Russian', () => {
  const labels = englishLabels();
  // The scenario's own words (ids, sources, names without a translation) are the user's, not the page's.
  const exempt = userWords(loadScenario(SCENARIO));
  for (const [name, args, file, heading] of pages) {
    it(`${name}: no English UI label`, async () => {
      const out = join(dir, name);
      expect(await compsim(...args, '--out', out), cli.stderr).toBe(0);
      const text = exempt.reduce((t, n) => t.split(n).join(' '), visibleText(join(out, file)));
      expect(text).toContain(heading);
      expect(labels.filter((label) => text.includes(label))).toEqual([]);
    });
  }

  it('the check finds English labels on the English page (so it can fail)', async () => {
    const out = join(dir, 'sweep-en');
    expect(await compsim('sweep', SCENARIO, ...SMALL.slice(0, -2), '--runs', '2', '--vary', 'behavior.discountRate=0.08,0.12', '--out', out)).toBe(0);
    const text = exempt.reduce((t, n) => t.split(n).join(' '), visibleText(join(out, 'sweep.html')));
    expect(labels.filter((label) => text.includes(label)).length).toBeGreaterThan(5);
  });
});

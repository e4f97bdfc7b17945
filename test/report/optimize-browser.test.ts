/**
 * The optimisation page, written by the compiled CLI for a small company, in Chromium: offline,
 * without errors or requests, both charts drawn with no labels colliding, the answer first, and no
 * English UI label on the Russian page. Screenshots go to test/artifacts/ for a human to look at.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BROWSER_TESTS, chromiumForTests, englishLabels, labelOverlaps, visibleTexts } from './browser-helpers.js';

const execFileAsync = promisify(execFile);
const ARTIFACTS = resolve('test/artifacts');
const out = mkdtempSync(join(tmpdir(), 'compsim-optimize-page-'));
const PAY = 'schemes.new-client-bonus.roles.generalist.pay';

describe.runIf(BROWSER_TESTS)('the optimisation page in Chromium', () => {
  const browser = chromiumForTests(() => rmSync(out, { recursive: true, force: true }));

  for (const lang of ['en', 'ru'] as const) {
    it(`shows the ${lang} page offline, the answer first, both charts drawn`, async () => {
      const folder = join(out, lang);
      const args = ['bin/compsim.js', 'optimize', 'scenarios/freight.yaml', '--set', 'warmupMonths=6', '--set', 'team.managers=4', '--months', '12', '--scheme', 'new-client-bonus'];
      args.push('--vary', `${PAY}.servicing.rate=0.005:0.08`, '--vary', `${PAY}.new-client.rate=0.1:0.4`, '--constraint', 'compCost<=baseline+5%', '--budget-runs', '600', '--workers', '1', '--lang', lang, '--out', folder);
      await execFileAsync(process.execPath, args, { timeout: 300_000 });
      const result = JSON.parse(readFileSync(join(folder, 'optimize.json'), 'utf8'));
      const page = await browser().newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('request', (request) => {
        if (!/^(file|data):/.test(request.url())) problems.push(request.url());
      });
      await page.goto(pathToFileURL(join(folder, 'optimize.html')).href, { waitUntil: 'load' });
      const sections = await page.$$eval('section', (all) => all.map((s) => s.id));
      expect(sections).toEqual(['answer', 'search', 'risk', 'top', 'method']);
      const charts = await page.$$eval('figure.chart', (figures) => figures.map((f) => ({ id: f.getAttribute('data-chart'), marks: f.querySelectorAll('svg path, svg line, svg rect').length })));
      expect(charts.map((c) => c.id)).toEqual(['optimize-search', 'optimize-risk']);
      for (const chart of charts) expect(chart.marks, chart.id ?? '').toBeGreaterThan(5);
      expect(await labelOverlaps(page)).toEqual([]);
      if (lang === 'ru') {
        const names = ['Road-freight sales team', 'New-client bonus (current)', result.scenario, ...result.constraints];
        const text = (await visibleTexts(page)).map((t) => names.reduce((s: string, n: string) => s.split(n).join(' '), t)).join('\n');
        expect(englishLabels().filter((label) => text.includes(label))).toEqual([]);
        expect(text).toContain('Ответ');
      }
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, `optimization-${lang}.png`), fullPage: true });
      await page.close();
      expect(problems).toEqual([]);
    });
  }
});

/**
 * The report of the bundled scenario, written by the real CLI, in a real browser (Debian's
 * Chromium driven by playwright-core): opens offline
 * without errors or requests, every chart is drawn, no chart labels collide, the verdict lists
 * every scheme, and the Russian page shows no English UI label. Full-page screenshots go to
 * test/artifacts/ (git-ignored) for a human to look at.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Summary } from '../../src/engine/summary.js';
import type { Lang } from '../../src/report/i18n.js';
import { BROWSER_TESTS, chromiumForTests, englishLabels, labelOverlaps, userWords, visibleTexts } from './browser-helpers.js';

const execFileAsync = promisify(execFile);
/** What bin/compsim.js loads: the command line's bundle, made by `npm run build`. */
const CLI_ENTRY = resolve('dist/cli/bundle/main.js');
/** Output folders of the CLI runs, removed after the tests. */
const outputs: string[] = [];
const ARTIFACTS = resolve('test/artifacts');
const CHARTS = [
  'money-revenue',
  'money-netProfit',
  'cumulative-difference',
  'money-valueCreated',
  'time-share-over-time',
  'time-share-average',
  'clients-by-category',
  'client-flows',
  'pay-distribution',
  'quits',
  'warmup',
  'convergence',
];

interface BuiltReport {
  lang: Lang;
  path: string;
  summary: Summary;
}

/**
 * The report a user would open, for one language: the compiled CLI simulates the bundled scenario
 * and writes summary.json and report.html, exactly as `compsim run` does for the owner. `npm test`
 * builds dist/ before vitest runs; the HTML is copied to test/artifacts/ next to its screenshot.
 */
async function buildReports(lang: Lang): Promise<BuiltReport> {
  if (!existsSync(CLI_ENTRY)) throw new Error(`browser tests run the compiled CLI: ${CLI_ENTRY} is missing, run npm run build first`);
  const out = mkdtempSync(join(tmpdir(), `compsim-report-${lang}-`));
  outputs.push(out);
  const args = ['bin/compsim.js', 'run', 'scenarios/freight.yaml', '--runs', '16', '--seed', '3', '--out', out, '--lang', lang];
  try {
    await execFileAsync(process.execPath, args, { timeout: 300_000, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error(`compsim ${args.slice(1).join(' ')} failed: ${e.stderr || e.message}`);
  }
  const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as Summary;
  const report = join(out, 'report.html');
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `report-${lang}.html`);
  copyFileSync(report, path);
  return { lang, path, summary };
}

/** Every piece of user text in a summary (names, ids, descriptions, scenario keys and values). */
function userTexts(summary: Summary): string[] {
  const given = [summary.scenario, summary.currency, ...summary.overrides];
  for (const scheme of summary.schemes) {
    given.push(scheme.id, scheme.name, scheme.description);
    for (const role of scheme.roles) given.push(role.role, role.name);
  }
  return userWords(summary.assumptions, given);
}

describe.runIf(BROWSER_TESTS)('the report in Chromium', () => {
  const browser = chromiumForTests(() => {
    for (const out of outputs) rmSync(out, { recursive: true, force: true });
  });

  for (const lang of ['en', 'ru'] as const) {
    it(`shows the ${lang} report offline, complete and readable`, async () => {
      const report = await buildReports(lang);
      expect(statSync(report.path).size).toBeLessThan(3 * 1024 * 1024);
      const page = await browser().newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('request', (request) => {
        if (!/^(file|data):/.test(request.url())) requests.push(request.url());
      });
      await page.goto(pathToFileURL(report.path).href, { waitUntil: 'load' });

      // Every chart is there and has a drawing.
      const charts = await page.$$eval('figure.chart', (figures) =>
        figures.map((figure) => {
          const svg = figure.querySelector('svg');
          const box = svg?.getBoundingClientRect();
          const marks = svg ? [...svg.querySelectorAll('path, line, rect')].filter((el) => (el.getAttribute('d') ?? 'x').length > 10) : [];
          return { id: figure.getAttribute('data-chart'), width: box?.width ?? 0, height: box?.height ?? 0, marks: marks.length };
        }),
      );
      expect(charts.map((c) => c.id)).toEqual(CHARTS);
      for (const chart of charts) {
        expect(chart.width, chart.id!).toBeGreaterThan(300);
        expect(chart.height, chart.id!).toBeGreaterThan(100);
        expect(chart.marks, chart.id!).toBeGreaterThan(5);
      }

      // No two labels inside a chart overlap (axis labels, headers, legends, bar labels).
      const overlaps = await labelOverlaps(page);
      expect(overlaps).toEqual([]);

      // Real summaries carry quartiles: the 50 % bands are exact, not the fallback approximation.
      const notes = await page.$$eval('#chart-money-revenue .note, #chart-cumulative-difference .note', (ps) => ps.map((p) => p.textContent ?? ''));
      expect(notes.join(' ')).toContain(lang === 'en' ? '25th to 75th percentile' : 'от 25-го до 75-го процентиля');

      // The verdict table lists every scheme once, by its name in the page's language.
      const listed = await page.$$eval('#verdict-table tbody .scheme-name', (cells) => cells.map((c) => c.textContent));
      expect([...listed].sort()).toEqual(report.summary.schemes.map((s) => s.translations?.[lang]?.name ?? s.name).sort());
      if (lang === 'ru') expect(listed).toContain('Бонус за новых клиентов (текущая)');

      // The page is in its language: the Russian page shows no English UI label.
      if (lang === 'ru') {
        const visible = await visibleTexts(page);
        const strip = (text: string) => userTexts(report.summary).reduce((t, user) => t.split(user).join(' '), text);
        const text = visible.map(strip).join('\n');
        const leaks = englishLabels().filter((label) => text.includes(label));
        expect(leaks).toEqual([]);
        expect(text).toContain('Вывод');
      }

      await page.screenshot({ path: join(ARTIFACTS, `report-${lang}.png`), fullPage: true });

      // Prints on A4: laid out at the printable width (190 × 273 mm at 96 dpi), nothing sticks out
      // sideways and every chart fits on one page (print CSS keeps a figure from splitting).
      await page.emulateMedia({ media: 'print' });
      const mm = 96 / 25.4;
      await page.setViewportSize({ width: Math.floor(190 * mm), height: Math.floor(273 * mm) });
      // (A string: the project compiles without the DOM lib.)
      const print = (await page.evaluate(`({
        width: document.documentElement.scrollWidth,
        figures: [...document.querySelectorAll('figure.chart')].map((f) => [f.getAttribute('data-chart'), f.getBoundingClientRect().height]),
      })`)) as { width: number; figures: [string, number][] };
      expect(print.width).toBeLessThanOrEqual(Math.floor(190 * mm));
      for (const [id, height] of print.figures) expect(height, `${id} on A4`).toBeLessThan(273 * mm);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await page.close();
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    });
  }
});

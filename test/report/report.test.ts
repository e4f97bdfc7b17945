import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Summary } from '../../src/engine/summary.js';
import { renderReport } from '../../src/report/index.js';
import { buildFixtureSummary } from './fixture.js';

const SECTIONS = ['verdict', 'money', 'hours', 'clients', 'people', 'assumptions'];
const CHARTS = [
  'money-revenue',
  'money-netProfit',
  'cumulative-difference',
  'time-share-over-time',
  'time-share-average',
  'clients-by-category',
  'client-flows',
  'pay-distribution',
  'quits',
  'warmup',
  'convergence',
];

describe('renderReport', () => {
  let html = '';

  // Rendering time is measured by `npm run bench`, not asserted here (tests assert no timing).
  it('renders the default-size report well under 3 MB', async () => {
    html = await renderReport(buildFixtureSummary(), { lang: 'en' });
    expect(Buffer.byteLength(html)).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('has the six sections in the order of the issue', () => {
    const positions = SECTIONS.map((id) => html.indexOf(`<section id="${id}">`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('draws every chart as inline SVG with its vega-lite spec and data embedded', () => {
    for (const id of CHARTS) {
      const figure = html.match(new RegExp(`<figure class="chart" id="chart-${id}"[\\s\\S]*?</figure>`))?.[0];
      expect(figure, id).toBeDefined();
      expect(figure).toMatch(/<svg [^>]*viewBox/);
      expect(figure).toMatch(/<path [^>]*d="M/);
      const json = figure!.match(/<script type="application\/json" class="chart-spec" data-chart="[^"]+">([^<]*)<\/script>/)?.[1];
      const spec = JSON.parse(json!) as { title: string; data: { values: unknown[] } };
      expect(spec.title.length).toBeGreaterThan(10);
      expect(spec.data.values.length).toBeGreaterThan(0);
    }
  });

  it('makes no reference that a browser would fetch, and runs no script', () => {
    expect(html).not.toMatch(/\b(src|href)="(?!#)/);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/)/);
    // url(#id) points inside the page (clip paths); anything else would be fetched.
    expect(html).not.toMatch(/@import|url\((?!#)/);
    expect(html).toContain(`script-src 'none'`);
    for (const [, attributes] of html.matchAll(/<script\b([^>]*)>/g)) expect(attributes).toMatch(/^ type="application\/json"/);
  });

  it('is the same for the same summary (no clock, no randomness)', async () => {
    expect(await renderReport(buildFixtureSummary(), { lang: 'en' })).toBe(html);
  });

  it('still renders a summary without the optional parts, without a baseline and with empty months', async () => {
    const bare: Summary = buildFixtureSummary();
    delete bare.convergence;
    delete bare.warmupCheck;
    delete bare.precision;
    bare.schemes[0].monthly.revenue[3] = null as never;
    bare.schemes[1].roles = [];
    const page = await renderReport(bare, { lang: 'ru' });
    expect(page).not.toContain('id="chart-convergence"');
    expect(page).toContain('id="chart-money-revenue"');

    const orphan = buildFixtureSummary();
    orphan.baseline = 'no-such-scheme';
    const orphanPage = await renderReport(orphan, { lang: 'en' });
    expect(orphanPage).toContain('is not in this summary');
    expect(orphanPage).not.toContain('id="chart-cumulative-difference"');
  });

  it('rejects an unknown language with a message that says what is allowed', async () => {
    await expect(renderReport(buildFixtureSummary(), { lang: 'de' as never })).rejects.toThrow('lang to be one of en, ru');
  });
});

describe('the report module', () => {
  it('loads vega only when rendering (no static import), so other CLI commands stay fast', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.ts')) files.push(path);
      }
    };
    walk('src/report');
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/^import (?!type )[^;]*from 'vega(-lite)?';/m);
    }
  });
});

/**
 * What real runs produce and the synthetic fixture did not: a role nobody held (head-count 0, zero
 * shares, an empty pay distribution), convergence bands from 2 runs that dwarf everything after
 * them, and vega's global clip-path counter.
 */
import { describe, expect, it } from 'vitest';
import type { Summary } from '../../src/engine/summary.js';
import { createContext } from '../../src/report/context.js';
import { renderReport } from '../../src/report/index.js';
import { scopeSvgIds } from '../../src/report/figure.js';
import { convergenceChart } from '../../src/report/charts/convergence-chart.js';
import { buildFixtureSummary } from './fixture.js';

const ZERO = { mean: 0, sd: 0, p5: 0, p25: 0, p50: 0, p75: 0, p95: 0, ci95: [0, 0] as [number, number] };

function withEmptyRole(): Summary {
  const summary = buildFixtureSummary();
  const scheme = summary.schemes.find((s) => s.roles.length > 1)!;
  const role = scheme.roles[scheme.roles.length - 1];
  role.name = 'Nobody-held role';
  role.headcount = { ...ZERO };
  role.timeShare = { hunt: { ...ZERO }, activate: { ...ZERO }, farm: { ...ZERO } };
  role.payDistribution = { mean: 0, p5: 0, p25: 0, p50: 0, p75: 0, p95: 0, count: 0 };
  return summary;
}

const chartData = (html: string, id: string) =>
  JSON.parse(html.match(new RegExp(`class="chart-spec" data-chart="${id}">([^<]*)</script>`))![1]) as {
    data: { values: Record<string, unknown>[] };
    spec?: { layer: { encoding: { y?: { scale?: { domain?: number[] } } } }[] };
  };

describe('a role nobody held', () => {
  it('is left out of the time-share and pay charts, which say so, and the tables say "nobody"', async () => {
    const html = await renderReport(withEmptyRole(), { lang: 'en' });
    expect(chartData(html, 'time-share-average').data.values.some((r) => r.bar === 'Nobody-held role')).toBe(false);
    expect(chartData(html, 'pay-distribution').data.values.some((r) => r.role === 'Nobody-held role')).toBe(false);
    expect(html).toMatch(/Not shown: roles nobody held in any run \([^)]*Nobody-held role\)/);
    expect(html).toContain('Nobody-held role: nobody in this role');
    // No pay of 0 shown for it in the roles table.
    const row = html.match(/<tr><td><\/td><td>Nobody-held role: nobody in this role<\/td>.*?<\/tr>/)?.[0] ?? '';
    expect(row).toContain('<td class="num">—</td><td class="num">—</td>');
  });
});

describe('the convergence chart', () => {
  it('scales to the settled bands and cuts the huge 2-run interval at the frame, saying so', () => {
    const summary = buildFixtureSummary();
    for (const trace of summary.convergence!) {
      const last = trace.points[trace.points.length - 1];
      trace.points.unshift({ runs: 2, mean: last.mean, lo: last.mean - 1e10, hi: last.mean + 1e10 });
    }
    const chart = convergenceChart(createContext(summary, 'en'))!;
    const spec = chart.spec as unknown as { spec: { layer: { encoding: { y: { scale?: { domain: number[] } } } }[] } };
    const domain = spec.spec.layer[0].encoding.y.scale!.domain;
    expect(Math.abs(domain[1] - domain[0])).toBeLessThan(1e3); // in millions: not ±10 billion
    expect(chart.note).toContain('cut at its edges');
  });

  it('does not mention clipping when nothing is cut', () => {
    const chart = convergenceChart(createContext(buildFixtureSummary(), 'en'))!;
    expect(chart.note).not.toContain('cut at its edges');
  });
});

describe('clip paths', () => {
  it('get ids scoped to their chart, the same on every render', () => {
    const svg = '<svg><clipPath id="clip7"><path/></clipPath><g clip-path="url(#clip7)"></g><clipPath id="clip9"></clipPath><g clip-path="url(#clip9)"></g></svg>';
    expect(scopeSvgIds(svg, 'convergence')).toBe(
      '<svg><clipPath id="convergence-clip1"><path/></clipPath><g clip-path="url(#convergence-clip1)"></g><clipPath id="convergence-clip2"></clipPath><g clip-path="url(#convergence-clip2)"></g></svg>',
    );
  });
});

describe('a summary with quartiles', () => {
  it('draws the 50 % bands from p25/p75 and calls them exact', async () => {
    const summary = buildFixtureSummary();
    for (const scheme of summary.schemes)
      for (const key of ['revenue', 'netProfit', 'valueCreated'] as const) scheme.monthly[key] = scheme.monthly[key].map((s) => ({ ...s, p25: s.p50 - 7, p75: s.p50 + 9 }));
    for (const c of summary.comparisons) c.cumulativeNetProfitDiff = c.cumulativeNetProfitDiff.map((s) => ({ ...s, p25: s.p50 - 7, p75: s.p50 + 9 }));
    const html = await renderReport(summary, { lang: 'en' });
    expect(html).toContain('Dark band: middle 50% of runs (25th to 75th percentile)');
    expect(html).not.toContain('approximated from the 5th, 50th and 95th');
  });
});

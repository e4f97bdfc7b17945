import { describe, expect, it } from 'vitest';
import type { Stat } from '../../src/engine/summary.js';
import { fanBand, QUARTILE_FRACTION, usesApproximateBands } from '../../src/report/bands.js';
import { buildFixtureSummary } from './fixture.js';

describe('fan-chart bands from a Stat', () => {
  it('puts the quartiles of a normal distribution at ±0.674 sd', () => {
    // N(100, 10): p5 = 83.55, p95 = 116.45, quartiles 93.26 and 106.74 (standard normal table).
    const band = fanBand({ mean: 100, sd: 10, p5: 83.55146, p50: 100, p95: 116.44854, ci95: [99, 101] });
    expect(band.q25).toBeCloseTo(93.255, 2);
    expect(band.q75).toBeCloseTo(106.745, 2);
    expect(QUARTILE_FRACTION).toBeCloseTo(0.41, 2);
  });

  it('keeps the skew of the 5–95 % range on each side', () => {
    const band = fanBand({ mean: 12, sd: 5, p5: 8, p50: 10, p95: 20, ci95: [11, 13] });
    expect(band.p50 - band.q25).toBeCloseTo(0.82, 2);
    expect(band.q75 - band.p50).toBeCloseTo(4.1, 1);
    expect(band.p5).toBe(8);
    expect(band.p95).toBe(20);
  });
});

describe('fan-chart bands with real quartiles', () => {
  it('uses p25/p75 as the 50 % band when the Stat carries them', () => {
    const band = fanBand({ mean: 12, sd: 5, p5: 8, p25: 9, p50: 10, p75: 14, p95: 20, ci95: [11, 13] });
    expect([band.q25, band.q75, band.approximate]).toEqual([9, 14, false]);
  });

  it('falls back to the approximation, and says so, when the quartiles are missing', () => {
    const band = fanBand({ mean: 12, sd: 5, p5: 8, p50: 10, p95: 20, ci95: [11, 13] });
    expect(band.approximate).toBe(true);
  });

  it('tells whether a summary needs the approximation anywhere', () => {
    const fixture = buildFixtureSummary();
    expect(usesApproximateBands(fixture)).toBe(true);
    const withQuartiles = structuredClone(fixture);
    const quartiles = (s: Stat) => Object.assign(s, { p25: s.p50 - 1, p75: s.p50 + 1 });
    for (const scheme of withQuartiles.schemes) for (const key of ['revenue', 'netProfit'] as const) scheme.monthly[key].forEach(quartiles);
    for (const c of withQuartiles.comparisons) c.cumulativeNetProfitDiff.forEach(quartiles);
    expect(usesApproximateBands(withQuartiles)).toBe(false);
  });
});

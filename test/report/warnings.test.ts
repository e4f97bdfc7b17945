/** The verdict's warnings say what to do: a warm-up that had not settled, a precision not reached. */
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import { buildFixtureSummary } from './fixture.js';

describe('the verdict warnings', () => {
  it('a warm-up that had not settled: the drift and how long a warm-up to try', async () => {
    const summary = buildFixtureSummary();
    summary.warmupMonths = 24;
    summary.warmupCheck = { ...summary.warmupCheck!, stable: false, relativeDrift: 0.12 };
    const en = await renderReport(summary, { lang: 'en' });
    expect(en).toContain('active clients drifted by +12%');
    expect(en).toContain('lengthen the warm-up (e.g. --set warmupMonths=48) until this warning goes');
    const ru = await renderReport(summary, { lang: 'ru' });
    expect(ru).toContain('увеличивайте период разогрева (например, --set warmupMonths=48)');
  });

  it('a precision not reached: what was reached, after how many runs, what to do', async () => {
    const summary = buildFixtureSummary();
    summary.precision = { target: 0.02, reached: 0.034, runsUsed: 2000, minRuns: 100, maxRuns: 2000 };
    const en = await renderReport(summary, { lang: 'en' });
    expect(en).toContain('Warning: the precision asked for was not reached. Value-created differences are known within ±3.4% of the baseline’s net profit after 2,000 runs (--max-runs), not within the ±2% asked for');
    // Reached: no warning.
    summary.precision = { target: 0.02, reached: 0.017, runsUsed: 400, minRuns: 100, maxRuns: 2000 };
    expect(await renderReport(summary, { lang: 'en' })).not.toContain('precision asked for was not reached');
  });
});

/**
 * The report's "How far to trust these numbers" (issue 20): the scenario's targets this run can
 * measure itself, those that need variants named, a `compsim targets` result shown instead when
 * given, decision robustness from a calibration, sources in the page's language and escaped; and
 * targets.html, the same section on a page of its own.
 */
import { describe, expect, it } from 'vitest';
import { renderReport, renderTargetsPage } from '../../src/report/index.js';
import { trustInputs } from '../../src/report/render-report.js';
import type { Summary } from '../../src/engine/summary.js';
import type { TargetsResult } from '../../src/whatif/targets.js';
import { buildFixtureSummary, makeStat } from './fixture.js';

const EVIL = '<script>alert(1)</script> [published] churn';

function withTargets(): Summary {
  const summary = buildFixtureSummary();
  const current = summary.schemes.find((s) => s.id === 'new-client-bonus')!;
  current.timeShare.farm = makeStat(0.08, 0, 0); // hunt + activate = 0.92
  current.churnByTenure.year1 = makeStat(0.4, 0, 0);
  current.churnByTenure.year4plus = makeStat(0.1, 0, 0);
  (summary.assumptions as { targets: unknown[] }).targets = [
    { id: 'split', source: 'the owner saw 90–95 %', translations: { ru: { source: 'владелец видел 90–95 %' } }, measure: 'huntActivate', scheme: 'new-client-bonus', set: [], min: 0.9, max: 0.95 },
    { id: 'tenure', source: EVIL, measure: 'churnByTenure.year1', scheme: 'new-client-bonus', set: [], against: { measure: 'churnByTenure.year4plus' }, as: 'ratio', min: 5 },
    { id: 'servicing', source: 'multitask', measure: 'farm', scheme: 'new-client-bonus', set: ['schemes.new-client-bonus.roles.generalist.pay.servicing.rate=0.08'], against: { set: [] }, as: 'difference', min: 0.02 },
    { id: 'elsewhere', source: 'a scheme not run', measure: 'huntActivate', scheme: 'not-simulated', set: [], min: 0 },
  ];
  return summary;
}

describe('the trust section of the report', () => {
  it('is absent when the scenario has no targets and no calibration is given', async () => {
    expect(trustInputs(buildFixtureSummary(), { lang: 'en' })).toBeUndefined();
    expect(await renderReport(buildFixtureSummary(), { lang: 'en' })).not.toContain('id="trust"');
  });

  it('measures the targets the run holds, and names those needing variants or other schemes', () => {
    const trust = trustInputs(withTargets(), { lang: 'en' })!;
    expect(trust.results.map((t) => [t.id, t.met])).toEqual([['split', true], ['tenure', false]]);
    expect(trust.results[0].mean).toBeCloseTo(0.92, 12);
    expect(trust.results[1].mean).toBeCloseTo(4, 12); // 0.4 / 0.1, wanted at least 5: missed by 1
    expect(trust.results[1].distance).toBeCloseTo(1, 12);
    expect(trust.needVariants).toEqual(['servicing']);
    expect(trust.notSimulated).toEqual(['elsewhere']);
  });

  it('shows the table after the verdict, in English and Russian, with the source as text', async () => {
    const en = await renderReport(withTargets(), { lang: 'en' });
    expect(en.indexOf('id="trust"')).toBeGreaterThan(en.indexOf('id="verdict"'));
    expect(en.indexOf('id="trust"')).toBeLessThan(en.indexOf('id="money"'));
    expect(en).toContain('How far to trust these numbers');
    expect(en).toContain('Targets met: 1 of 2.');
    expect(en).toContain('met, whole interval inside');
    expect(en).toContain('missed by 1');
    expect(en).toContain('at least 5');
    expect(en).toContain('0.9 to 0.95');
    expect(en).toContain('servicing');
    expect(en).not.toContain('<script>alert(1)');
    expect(en).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const ru = await renderReport(withTargets(), { lang: 'ru' });
    expect(ru).toContain('Насколько можно доверять этим цифрам');
    expect(ru).toContain('Достигнуто целей: 1 из 2.');
    expect(ru).toContain('владелец видел 90–95 %');
    const trustOf = (html: string) => html.slice(html.indexOf('<section id="trust">'), html.indexOf('</section>', html.indexOf('<section id="trust">')));
    expect(trustOf(ru)).not.toContain('the owner saw'); // the settings appendix lists the file as written
    expect(ru).toContain('от 0,9 до 0,95');
    expect(ru).toContain('0,92');
  });

  it('shows a compsim targets result instead when given, and how often each scheme is first over a calibration', async () => {
    const summary = withTargets();
    const targets: TargetsResult = {
      version: 1, kind: 'targets', scenario: summary.scenario, seed: 7, runs: 200, months: 36, overrides: [], variants: [[], ['a=1'], ['b=2']],
      targets: [{ id: 'servicing', source: 'multitask', form: 'difference', measure: 'x', low: 0.02, high: null, mean: 0.06, ci95: [0.05, 0.07], met: true, intervalInside: true, distance: 0 }],
      met: 1,
    };
    const ids = summary.schemes.map((s) => s.id);
    const first = Object.fromEntries(ids.map((id, i) => [id, i === 0 ? 7 : i === 1 ? 2 : 0]));
    const calibration = { points: Array.from({ length: 41 }, () => ({})) as never, runs: 64, robustness: { accepted: 9, first } };
    const html = await renderReport(summary, { lang: 'en', targets, calibration });
    expect(html).toContain('Targets met: 1 of 1.');
    expect(html).toContain('the scenario as it is and 2 changed versions of it');
    expect(html).toContain('200 runs, seed 7');
    expect(html).not.toContain('Targets not shown');
    const label = (id: string) => summary.schemes.find((s) => s.id === id)!.name;
    expect(html).toContain(`tried 41 sets of the uncertain parameters (64 runs each), and 9 of them meet every target. Best by value created among those: ${label(ids[0])} in 7 of 9; ${label(ids[1])} in 2 of 9.`);
  });
});

describe('targets.html', () => {
  it('is the same section on a page of its own, in either language', () => {
    const result: TargetsResult = {
      version: 1, kind: 'targets', scenario: 'Freight', scenarioTranslations: { ru: { name: 'Грузоперевозки' } }, seed: 1, runs: 200, months: 36, overrides: [], variants: [[]],
      targets: [{ id: 'churn', source: 'B2B', translations: { ru: { source: 'B2B-отток' } }, form: 'value', measure: 'x', low: 0.14, high: 0.29, mean: 0.35, ci95: [0.3, 0.4], met: false, intervalInside: false, distance: 0.06 }],
      met: 0,
    };
    const en = renderTargetsPage(result, 'en');
    expect(en).toContain('<title>Targets of the simulated company: Freight</title>');
    expect(en).toContain('Targets met: 0 of 1.');
    expect(en).toContain('missed by 0.06');
    const ru = renderTargetsPage(result, 'ru');
    expect(ru).toContain('Цели смоделированной компании: Грузоперевозки');
    expect(ru).toContain('B2B-отток');
    expect(ru).toContain('не достигнута, отклонение 0,06');
  });
});

/**
 * The targets harness on hand-made summaries: every observable a bundled target uses, the
 * comparisons worked by hand, what is met and what is not, the variants a list of targets needs,
 * and the scenario checks of a target's form.
 */
import { describe, expect, it } from 'vitest';
import { buildFixtureSummary, makeStat } from '../report/fixture.js';
import { observe } from '../../src/whatif/observables.js';
import { combine, measureTargets, measureTargetsWith, measurementKey, measurementsOn, resolveTarget, targetSchemeIds, targetVariants, wantedRange } from '../../src/whatif/targets.js';
import { TargetSchema, type ScenarioTarget } from '../../src/scenario/schema.js';
import { checkReferences } from '../../src/scenario/references.js';
import { loadScenario } from '../../src/scenario/index.js';
import type { Summary } from '../../src/engine/summary.js';

const target = (fields: Record<string, unknown>): ScenarioTarget => TargetSchema.parse({ id: 't', source: 'hand', scheme: 'new-client-bonus', ...fields });

/** A fixture summary with the current scheme's figures set by hand (stat of sd 0 has ci95 = [mean, mean]). */
function handMade(edit: (s: Summary) => void = () => {}): Summary {
  const summary = buildFixtureSummary();
  const current = summary.schemes.find((s) => s.id === 'new-client-bonus')!;
  current.timeShare.hunt = makeStat(0.6, 0, 0);
  current.timeShare.farm = makeStat(0.08, 0, 0);
  current.hoursPerManager = makeStat(150, 0, 0);
  current.totals.compCost = makeStat(12e6, 0, 0);
  current.totals.margin = makeStat(100e6, 0, 0);
  current.totals.churnedClients = makeStat(180, 0, 0);
  current.totals.managerQuits = makeStat(9, 0, 0);
  current.monthly.activeClients = Array.from({ length: summary.months }, (_, m) => makeStat(m < 18 ? 200 : 400, 0, 0));
  current.monthly.managers = Array.from({ length: summary.months }, () => makeStat(10, 0, 0));
  current.churnByTenure.year1 = makeStat(0.4, 0, 0);
  current.churnByTenure.year4plus = makeStat(0.1, 0, 0);
  current.quitsByTenure.months0to6 = makeStat(0.5, 0, 0);
  current.quitsByTenure.year3plus = makeStat(0.2, 0, 0);
  current.totals.promotedFellBelow = makeStat(5, 2, 0, 100); // ci95 5 ± 1.96·2/10
  current.totals.promotionsWatched = makeStat(20, 4, 0, 100);
  current.promotedFellBelowShare = 0.25;
  edit(summary);
  return summary;
}

describe('observables of the targets, on a hand-made summary', () => {
  const summary = handMade();
  const at = (path: string) => observe(summary, `schemes.new-client-bonus.${path}`).mean;

  it('hunting hours per manager = hours × hunting share: 150 × 0.6 = 90', () => expect(at('huntHoursPerManager')).toBeCloseTo(90, 12));
  it('pay share = comp cost / margin: 12 M / 100 M = 0.12', () => expect(at('payShare')).toBeCloseTo(0.12, 12));
  it('annual churn = churned per year / average active: (180 / 3) / 300 = 0.2', () => expect(at('annualChurnRate')).toBeCloseTo(0.2, 12));
  it('manager turnover = quits per year / average head-count: (9 / 3) / 10 = 0.3', () => expect(at('managerTurnover')).toBeCloseTo(0.3, 12));
  it('hunt + activate = 1 − farm = 0.92', () => expect(at('timeShare.huntActivate')).toBeCloseTo(0.92, 12));
  it('one band of the churn and quit tables', () => {
    expect(at('churnByTenure.year1')).toBe(0.4);
    expect(at('quitsByTenure.year3plus')).toBe(0.2);
  });
  it('the share of promoted managers who fell below the threshold: 5 / 20, its interval the numerator’s (5 ± 0.392) / 20', () => {
    const share = observe(summary, 'schemes.new-client-bonus.promotedFellBelowShare');
    expect(share.mean).toBeCloseTo(0.25, 12);
    expect(share.ci95[0]).toBeCloseTo((5 - 0.392) / 20, 12);
    expect(share.ci95[1]).toBeCloseTo((5 + 0.392) / 20, 12);
  });
  it('value created against the baseline is a comparison', () => {
    const comparison = summary.comparisons.find((c) => c.scheme === 'lifetime-commission')!;
    expect(observe(summary, 'comparisons.lifetime-commission.valueCreatedDiff').mean).toBe(comparison.valueCreatedDiff.mean);
  });
});

describe('comparisons worked by hand', () => {
  // Standard errors 1 and 2 (ci95 half-widths 1.96 and 3.92).
  const a = { mean: 10, sd: 0, ci95: [10 - 1.959963984540054, 10 + 1.959963984540054] as [number, number] };
  const b = { mean: 4, sd: 0, ci95: [4 - 2 * 1.959963984540054, 4 + 2 * 1.959963984540054] as [number, number] };

  it('a difference: 10 − 4 = 6, its standard error √(1² + 2²) = √5', () => {
    const d = combine('difference', a, b);
    expect(d.mean).toBe(6);
    expect((d.ci95[1] - d.ci95[0]) / (2 * 1.959963984540054)).toBeCloseTo(Math.sqrt(5), 12);
  });

  it('a ratio: 10 / 4 = 2.5, its standard error 2.5·√(0.1² + 0.5²)', () => {
    const r = combine('ratio', a, b);
    expect(r.mean).toBe(2.5);
    expect((r.ci95[1] - r.ci95[0]) / (2 * 1.959963984540054)).toBeCloseTo(2.5 * Math.sqrt(0.01 + 0.25), 12);
  });

  it('an elasticity: contracts 110 against 100 while hours go 121 against 100 gives ln 1.1 / ln 1.21 = 0.5', () => {
    const exact = (mean: number) => ({ mean, sd: 0, ci95: [mean, mean] as [number, number] });
    const e = combine('elasticity', exact(110), exact(100), exact(121), exact(100));
    expect(e.mean).toBeCloseTo(0.5, 12);
    expect(e.ci95).toEqual([e.mean, e.mean]);
  });
});

describe('measuring targets', () => {
  const base = handMade();
  const variant = handMade((s) => {
    const current = s.schemes.find((x) => x.id === 'new-client-bonus')!;
    current.timeShare.farm = makeStat(0.3, 0, 0);
  });
  const set = ['schemes.new-client-bonus.roles.generalist.pay.servicing.rate=0.08'];

  it('met when the mean is in range, missed with its distance when not; open ends are null', () => {
    const targets = [
      target({ id: 'turnover', measure: 'managerTurnover', min: 0.25, max: 0.35 }),
      target({ id: 'churn', measure: 'annualChurnRate', min: 0.25, max: 0.35 }),
      target({ id: 'tenure', measure: 'churnByTenure.year1', against: { measure: 'churnByTenure.year4plus' }, min: 2 }),
    ].map(resolveTarget);
    const [turnover, churn, tenure] = measureTargets(targets, targetVariants(targets), [base]);
    expect(turnover).toMatchObject({ met: true, intervalInside: true, distance: 0, low: 0.25, high: 0.35 });
    expect(churn.met).toBe(false);
    expect(churn.distance).toBeCloseTo(0.05, 12);
    expect(tenure).toMatchObject({ form: 'ratio', met: true, low: 2, high: null });
    expect(tenure.mean).toBeCloseTo(4, 12);
  });

  it('a variant is measured on its own summary: farming 0.08 → 0.3 is a difference of 0.22', () => {
    const targets = [target({ id: 'servicing', measure: 'farm', set, against: { set: [] }, as: 'difference', min: 0.02 })].map(resolveTarget);
    const variants = targetVariants(targets);
    expect(variants).toEqual([[], set]);
    const [result] = measureTargets(targets, variants, [base, variant]);
    expect(result.mean).toBeCloseTo(0.22, 12);
    expect(result.met).toBe(true);
  });

  it('from observed values alone (as calibrate keeps them): the measurements a variant holds, keyed by variant and path', () => {
    const targets = [target({ id: 'servicing', measure: 'farm', set, against: { set: [] }, as: 'difference', min: 0.02 })].map(resolveTarget);
    expect(measurementsOn(targets, []).map(measurementKey)).toEqual(['[] schemes.new-client-bonus.timeShare.farm']);
    expect(measurementsOn(targets, set).map(measurementKey)).toEqual([`${JSON.stringify(set)} schemes.new-client-bonus.timeShare.farm`]);
    const values: Record<string, number> = { [`[] schemes.new-client-bonus.timeShare.farm`]: 0.1, [`${JSON.stringify(set)} schemes.new-client-bonus.timeShare.farm`]: 0.25 };
    const [result] = measureTargetsWith(targets, (m) => ({ mean: values[measurementKey(m)], sd: 0, ci95: [values[measurementKey(m)], values[measurementKey(m)]] }));
    expect(result.mean).toBeCloseTo(0.15, 12);
    expect(result).toMatchObject({ met: true, intervalInside: true, low: 0.02, high: null });
  });

  it('each variant once, the scenario first; the schemes the targets measure', () => {
    const other = ['schemes.new-client-bonus.roles.generalist.salary=10000'];
    const targets = [
      target({ measure: 'farm', set, against: { set: [] }, as: 'difference', min: 0 }),
      target({ measure: 'hunt', against: { set: other, scheme: 'lifetime-commission' }, as: 'difference', min: 0 }),
      target({ measure: 'newContracts', set, against: { set: other }, as: 'ratio', min: 0 }),
    ].map(resolveTarget);
    expect(targetVariants(targets)).toEqual([[], set, other]);
    expect(targetSchemeIds(targets)).toEqual(['new-client-bonus', 'lifetime-commission']);
  });

  it('a value with its tolerance is a range around it', () => {
    expect(wantedRange({ value: 0.3, tolerance: 0.1 })).toEqual([0.27, 0.33]);
    expect(wantedRange({ max: 2 })).toEqual([-Infinity, 2]);
  });
});

describe('a target must say what it wants, and how it compares', () => {
  const scenario = loadScenario('scenarios/freight.yaml');
  const problems = (t: Record<string, unknown>) => checkReferences({ ...scenario, targets: [target(t)] }).map((p) => `${p.path.join('.')}: ${p.message}`);

  it('a well-formed target has no problem', () => expect(problems({ measure: 'farm', min: 0 })).toEqual([]));
  it('nothing wanted', () => expect(problems({ measure: 'farm' })).toEqual([expect.stringMatching(/^targets\.0: a target needs what it wants/)]));
  it('a value without its tolerance', () => expect(problems({ measure: 'farm', value: 0.2 })).toEqual([expect.stringMatching(/^targets\.0\.tolerance: expected a tolerance/)]));
  it('max not above min', () => expect(problems({ measure: 'farm', min: 1, max: 1 })).toEqual([expect.stringMatching(/^targets\.0\.max: expected max above min/)]));
  it('a comparison with nothing', () => expect(problems({ measure: 'farm', as: 'ratio', min: 1 })).toEqual([expect.stringMatching(/^targets\.0\.as: as: ratio compares two/)]));
  it('an elasticity without by', () =>
    expect(problems({ measure: 'newContracts', as: 'elasticity', against: { set: [] }, min: 0 })).toEqual([expect.stringMatching(/^targets\.0\.as: as: elasticity and "by"/)]));
  it('an unknown scheme, with a suggestion', () =>
    expect(problems({ measure: 'farm', min: 0, against: { scheme: 'new-client-bonuss' } })).toEqual([expect.stringMatching(/^targets\.0\.against\.scheme: .*did you mean "new-client-bonus"/)]));
  it('two targets with one id', () => {
    const twice = checkReferences({ ...scenario, targets: [target({ measure: 'farm', min: 0 }), target({ measure: 'hunt', min: 0 })] });
    expect(twice.map((p) => p.path.join('.'))).toEqual(['targets.1.id']);
  });
});

/**
 * The outputs of summary.json that say how hard managers work, which clients churn when, how good
 * the new contracts are and how well promotions last, checked against the per-run records they
 * are made from (a small run of the bundled scenario, fixed seed).
 */
import { describe, expect, it } from 'vitest';
import { setUpExperiment } from '../../src/engine/experiment-setup.js';
import { TENURE_SERIES } from '../../src/engine/metrics.js';
import { RECORDED_INDEX, simulateRun, type Recorded, type RunRecord } from '../../src/engine/protocol.js';
import { runFigures } from '../../src/engine/run-figures.js';
import { simulate } from '../../src/engine/simulate.js';
import { loadScenario } from '../../src/scenario/index.js';

const series = (record: RunRecord, name: Recorded): number[] =>
  Array.from(record.monthly.subarray(RECORDED_INDEX[name] * record.months, (RECORDED_INDEX[name] + 1) * record.months));
const total = (values: number[]): number => values.reduce((a, b) => a + b, 0);

describe('summary.json: hours, churn by tenure, bad payers among new contracts, promotions', () => {
  const scenario = loadScenario('scenarios/freight.yaml', { set: ['horizonMonths=12', 'warmupMonths=6'] });

  it('per run: churn by tenure counts the churn of the clients\' own months (not the losses at a quit, which churnedClients also counts), and each figure is its ratio', () => {
    const { experiment } = setUpExperiment(scenario, { seed: 5, schemes: ['threshold-promotion'] });
    for (const record of simulateRun(experiment, 0).records) {
      const churnedByBand = TENURE_SERIES.map(({ churned }) => series(record, churned));
      const monthlyChurned = series(record, 'churnedClients');
      monthlyChurned.forEach((churned, m) => expect(total(churnedByBand.map((band) => band[m]))).toBeLessThanOrEqual(churned));
      expect(total(churnedByBand.map(total))).toBeGreaterThan(0);
      const figures = runFigures(record);
      const { active: active1, churned: churned1 } = TENURE_SERIES[0];
      expect(figures['churnByTenure.year1']).toBeCloseTo((12 * total(series(record, churned1))) / total(series(record, active1)), 12);
      expect(figures.newBadPayerShare).toBeCloseTo(total(series(record, 'newBadPayers')) / total(series(record, 'newContracts')), 12);
      const hours = total(series(record, 'huntHours')) + total(series(record, 'activateHours')) + total(series(record, 'farmHours'));
      expect(figures.hoursPerManager).toBeCloseTo(hours / total(series(record, 'managers')), 9);
      expect(figures['total.promotedFellBelow']).toBeLessThanOrEqual(figures['total.promotionsWatched']);
    }
  });

  it("in the summary: only a scheme with a transition promotes; shares lie in 0–1; no manager works more than the month's most hours", async () => {
    const summary = await simulate(scenario, { runs: 8, seed: 5, workers: 1, scenarioName: 'x', schemes: ['threshold-promotion', 'lifetime-commission'] });
    const byId = Object.fromEntries(summary.schemes.map((s) => [s.id, s]));
    expect(byId['lifetime-commission'].totals.promotions.mean).toBe(0);
    expect(byId['lifetime-commission'].promotedFellBelowShare).toBe(0);
    const promoting = byId['threshold-promotion'];
    const share = promoting.promotedFellBelowShare;
    expect(share).toBeGreaterThanOrEqual(0);
    expect(share).toBeLessThanOrEqual(1);
    expect(share).toBeCloseTo(promoting.totals.promotionsWatched.mean > 0 ? promoting.totals.promotedFellBelow.mean / promoting.totals.promotionsWatched.mean : 0, 12);
    for (const scheme of summary.schemes) {
      expect(scheme.hoursPerManager.mean).toBeGreaterThan(0);
      expect(scheme.hoursPerManager.p95).toBeLessThanOrEqual(scenario.team.maxHoursPerMonth + 1e-9);
      expect(scheme.newBadPayerShare.mean).toBeGreaterThanOrEqual(0);
      expect(scheme.newBadPayerShare.mean).toBeLessThanOrEqual(1);
      expect(Object.keys(scheme.churnByTenure)).toEqual(['year1', 'year2', 'year3', 'year4plus']);
      for (const rate of Object.values(scheme.churnByTenure)) expect(rate.mean).toBeGreaterThanOrEqual(0);
      expect(scheme.monthly.hoursPerManager).toHaveLength(12);
    }
  });
});

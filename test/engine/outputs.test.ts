/**
 * The outputs of summary.json that say how hard managers work, which clients churn when, how good
 * the new contracts are and how well promotions last, checked against the per-run records they
 * are made from (a small run of the bundled scenario, fixed seed).
 */
import { describe, expect, it } from 'vitest';
import { setUpExperiment } from '../../src/engine/experiment-setup.js';
import { LOST_ACTIVE_SERIES, LOST_CONTRACTED_SERIES, QUIT_TENURE_SERIES, TENURE_SERIES } from '../../src/engine/metrics.js';
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

describe('summary.json: clients lost by cause, quits by manager tenure, head-count by role by month', () => {
  const scenario = loadScenario('scenarios/freight.yaml', { set: ['horizonMonths=12', 'warmupMonths=6'] });

  it('per run: quits by tenure is 12 × quits / manager-months in the band, the bands hold every manager and every quit, the roles every manager', () => {
    const { experiment } = setUpExperiment(scenario, { seed: 5, schemes: ['threshold-promotion', 'hunter-farmer-split'] });
    let quitsSeen = 0;
    for (const run of [0, 1, 2]) {
      for (const record of simulateRun(experiment, run).records) {
        const managers = series(record, 'managers');
        const quits = series(record, 'managerQuits');
        const roles = experiment.schemes[record.scheme].roles.length;
        for (let m = 0; m < record.months; m++) {
          expect(total(QUIT_TENURE_SERIES.map((band) => series(record, band.managers)[m]))).toBe(managers[m]);
          expect(total(QUIT_TENURE_SERIES.map((band) => series(record, band.quits)[m]))).toBe(quits[m]);
          let employed = 0;
          for (let role = 0; role < roles; role++) employed += record.roleHeadcount[role * record.months + m];
          expect(employed).toBe(managers[m]);
        }
        quitsSeen += total(quits);
        const figures = runFigures(record);
        for (const { band, managers: atRisk, quits: left } of QUIT_TENURE_SERIES) {
          const months = total(series(record, atRisk));
          expect(figures[`quitsByTenure.${band}`]).toBeCloseTo(months > 0 ? (12 * total(series(record, left))) / months : 0, 12);
        }
        // The causes of the active clients lost add up to churnedClients; the contracted ones' dormant is dormantClients.
        expect(total(LOST_ACTIVE_SERIES.map(({ cause }) => figures[`lostActiveByCause.${cause}`]))).toBe(figures['total.churnedClients']);
        expect(figures['lostContractedByCause.dormant']).toBe(total(series(record, 'dormantClients')));
        expect(figures['lostActiveByCause.followedManager'] + figures['lostContractedByCause.followedManager']).toBe(figures['total.clientsLostWithManagers']);
      }
    }
    expect(quitsSeen).toBeGreaterThan(0);
  });

  it('in the summary: head-count by role has one Stat a month for each of the scheme\'s roles, adding up to the managers, averaging to the role\'s head-count', async () => {
    const summary = await simulate(scenario, { runs: 6, seed: 5, workers: 1, scenarioName: 'x', schemes: ['hunter-farmer-split', 'new-client-bonus'] });
    for (const scheme of summary.schemes) {
      expect(Object.keys(scheme.headcountByRole)).toEqual(scheme.roles.map((role) => role.role));
      for (let m = 0; m < summary.months; m++) {
        const employed = total(Object.values(scheme.headcountByRole).map((months) => months[m].mean));
        expect(employed).toBeCloseTo(scheme.monthly.managers[m].mean, 9);
      }
      for (const role of scheme.roles) {
        const months = scheme.headcountByRole[role.role];
        expect(months).toHaveLength(summary.months);
        expect(total(months.map((stat) => stat.mean)) / summary.months).toBeCloseTo(role.headcount.mean, 9);
      }
      expect(Object.keys(scheme.quitsByTenure)).toEqual(['months0to6', 'months6to12', 'year2', 'year3plus']);
      for (const rate of Object.values(scheme.quitsByTenure)) expect(rate.mean).toBeGreaterThanOrEqual(0);
      expect(Object.keys(scheme.lostActiveByCause)).toEqual(['churn', 'handover', 'followedManager']);
      expect(Object.keys(scheme.lostContractedByCause)).toEqual(['handover', 'followedManager', 'dormant']);
      const active = scheme.lostActiveByCause;
      expect(active.churn.mean + active.handover.mean + active.followedManager.mean).toBeCloseTo(scheme.totals.churnedClients.mean, 9);
      expect(scheme.lostContractedByCause.dormant.mean).toBeCloseTo(total(scheme.monthly.dormantClients.map((stat) => stat.mean)), 9);
    }
    // Roles differ per scheme: the split has hunters and farmers, the current scheme generalists.
    const byId = Object.fromEntries(summary.schemes.map((s) => [s.id, s]));
    expect(Object.keys(byId['hunter-farmer-split'].headcountByRole).length).toBeGreaterThan(1);
  });
});

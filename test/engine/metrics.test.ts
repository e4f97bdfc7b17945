/**
 * The one table of metrics and what derives from it: summary.json's sections keep their keys and
 * order (users rely on them), the comparisons lead with net profit, and every metric the table
 * names is recorded by a run.
 */
import { describe, expect, it } from 'vitest';
import { setUpExperiment } from '../../src/engine/experiment-setup.js';
import {
  CHANGE_METRICS, END_METRICS, LOWER_IS_BETTER, METRICS, MONTHLY_METRICS, PAIRED_METRICS, QUIT_TENURE_SERIES, REQUIRED_END, REQUIRED_TOTALS, SIDE_EFFECTS,
  TOTAL_METRICS,
} from '../../src/engine/metrics.js';
import { MANAGER_TENURE_BANDS, MANAGER_TENURE_ENDS } from '../../src/model/tally.js';
import { RECORDED, RECORDED_INDEX, simulateRun } from '../../src/engine/protocol.js';
import { lowerIsBetter } from '../../src/whatif/observables.js';
import { loadScenario } from '../../src/scenario/index.js';

describe('the table of metrics', () => {
  it('gives summary.json its totals, end and monthly keys, in the contract\'s order', () => {
    expect(TOTAL_METRICS).toEqual(['revenue', 'margin', 'compCost', 'netProfit', 'newContracts', 'activations', 'churnedClients', 'managerQuits', 'clientsLostWithManagers', 'hiringCost', 'uncollected', 'leakedMargin', 'newBadPayers', 'promotions', 'promotionsWatched', 'promotedFellBelow', 'switchPayChange', 'worstPayCut', 'bookValue', 'pipelineValue', 'valueCreated', 'bookValueAtSwitch', 'activeClientsAtSwitch', 'contractedClientsAtSwitch']);
    expect(END_METRICS).toEqual(['activeClients', 'contractedClients', 'stuckContracted', 'managers']);
    expect(MONTHLY_METRICS).toHaveLength(28);
    expect(MONTHLY_METRICS.slice(26)).toEqual(['bookValue', 'valueCreated']);
    // Added at the end: the keys before them keep their order.
    expect(MONTHLY_METRICS.slice(20, 26)).toEqual(['hoursPerManager', 'lostActiveChurn', 'lostActiveHandover', 'lostActiveFollowedManager', 'lostContractedHandover', 'lostContractedFollowedManager']);
    expect(MONTHLY_METRICS.slice(0, 5)).toEqual(['revenue', 'margin', 'compCost', 'netProfit', 'cumulativeNetProfit']);
    // The fields the summary check requires are the contract's (README, "summary.json").
    expect(REQUIRED_TOTALS).toEqual(['revenue', 'margin', 'compCost', 'netProfit', 'newContracts', 'activations', 'churnedClients', 'managerQuits', 'clientsLostWithManagers']);
    expect(REQUIRED_END).toEqual(['activeClients', 'contractedClients', 'stuckContracted']);
  });

  it('compares value created first (what the verdict ranks by), then net profit, then by rank', () => {
    expect(PAIRED_METRICS.map((m) => m.name)).toEqual(['valueCreated', 'netProfit', 'revenue', 'margin', 'compCost', 'managerMonthlyPay', 'newContracts', 'churnedClients', 'activeClients', 'stuckContracted', 'managerQuits', 'clientsLostWithManagers', 'bookValue']);
    expect(PAIRED_METRICS.filter((m) => m.lowerIsBetter).map((m) => m.name)).toEqual(['compCost', 'managerMonthlyPay', 'churnedClients', 'stuckContracted', 'managerQuits', 'clientsLostWithManagers']);
    // Value created is the verdict table's own difference column, not repeated among the changes.
    expect(CHANGE_METRICS[0]).toEqual({ key: 'netProfit', kind: 'money' });
    expect(SIDE_EFFECTS.map((s) => s.key)).toEqual(['newContracts', 'churnedClients', 'activeClients', 'stuckContracted', 'managerQuits', 'clientsLostWithManagers', 'managerMonthlyPay']);
  });

  it('has one pair of series per manager tenure band of the tally', () => {
    expect(QUIT_TENURE_SERIES).toHaveLength(MANAGER_TENURE_BANDS);
    expect(MANAGER_TENURE_ENDS).toEqual([6, 12, 24]); // months0to6, months6to12, year2, year3plus
  });

  it('names each metric once, and tells a sweep which way is better', () => {
    const names = METRICS.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    expect(LOWER_IS_BETTER).toContain('badPayerShare');
    expect(lowerIsBetter('schemes.x.monthly.badPayerShare.3')).toBe(true);
    expect(lowerIsBetter('schemes.x.totals.netProfit')).toBe(false);
    expect(lowerIsBetter('comparisons.x.metrics.churnedClients')).toBe(true);
  });

  it('every metric the table names is recorded by a run, month by month', () => {
    const scenario = loadScenario('scenarios/freight.yaml', { set: ['horizonMonths=3', 'warmupMonths=2'] });
    const { experiment } = setUpExperiment(scenario, { seed: 4, schemes: ['lifetime-commission'] });
    const record = simulateRun(experiment, 0).records[0];
    expect(RECORDED).toEqual(METRICS.map((m) => m.name));
    for (const name of RECORDED) {
      const series = Array.from(record.monthly.subarray(RECORDED_INDEX[name] * 3, RECORDED_INDEX[name] * 3 + 3));
      expect(series.every(Number.isFinite), name).toBe(true);
    }
    // Revenue is money the run booked, every month.
    expect(Array.from(record.monthly.subarray(RECORDED_INDEX.revenue * 3, RECORDED_INDEX.revenue * 3 + 3)).every((v) => v > 0)).toBe(true);
  });
});

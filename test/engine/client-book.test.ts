/**
 * The monthly book of clients adds up under every bundled scheme (docs/model.md, "Where clients are
 * lost"): every client lost is counted once, by its cause, and the month's counts are taken at the
 * same point (the end of the month, after the quits), so from a run's recorded series
 *   active(t)     = active(t − 1) + activations(t) − active clients lost(t)         (churnedClients)
 *   contracted(t) = contracted(t − 1) + new contracts(t) − activations(t) − contracted clients lost(t)
 * hold exactly, in integers, month by month — the first month of the horizon starting from the
 * warm-up's last month.
 */
import { describe, expect, it } from 'vitest';
import { setUpExperiment } from '../../src/engine/experiment-setup.js';
import { LOST_ACTIVE_SERIES, LOST_CONTRACTED_SERIES } from '../../src/engine/metrics.js';
import { RECORDED_INDEX, simulateRun, type Recorded, type RunRecord } from '../../src/engine/protocol.js';
import { loadScenario } from '../../src/scenario/index.js';

const series = (record: RunRecord, name: Recorded): number[] =>
  Array.from(record.monthly.subarray(RECORDED_INDEX[name] * record.months, (RECORDED_INDEX[name] + 1) * record.months));
const sumOf = (record: RunRecord, names: readonly Recorded[], m: number): number => names.reduce((total, name) => total + series(record, name)[m], 0);

describe('the monthly book of clients', () => {
  const scenario = loadScenario('scenarios/freight.yaml', { set: ['horizonMonths=18', 'warmupMonths=6'] });
  const { experiment } = setUpExperiment(scenario, { seed: 11 });
  const outputs = [0, 1].map((run) => simulateRun(experiment, run));

  it('simulates all eight bundled schemes', () => {
    expect(outputs[0].records.map((record) => experiment.schemes[record.scheme].id).sort()).toEqual([
      'account-developer', 'farmer-handoff', 'farmer-handoff-split', 'hunter-farmer-split', 'hunter-farmer-split-protected', 'lifetime-commission',
      'new-client-bonus', 'threshold-promotion',
    ]);
  });

  it('adds up for active clients under every scheme: active(t) = active(t − 1) + activations(t) − churnedClients(t)', () => {
    for (const output of outputs) {
      for (const record of output.records) {
        const id = experiment.schemes[record.scheme].id;
        const active = series(record, 'activeClients');
        const activations = series(record, 'activations');
        const lost = series(record, 'churnedClients');
        let before = output.warmupActive[scenario.warmupMonths - 1];
        for (let m = 0; m < record.months; m++) {
          expect(Number.isInteger(active[m]), `${id} month ${m}`).toBe(true);
          expect(active[m], `${id} run ${output.run} month ${m}`).toBe(before + activations[m] - lost[m]);
          before = active[m];
        }
      }
    }
  });

  it('counts every active client lost in churnedClients, by exactly one of its causes', () => {
    for (const output of outputs) {
      for (const record of output.records) {
        const lost = series(record, 'churnedClients');
        for (let m = 0; m < record.months; m++) expect(sumOf(record, LOST_ACTIVE_SERIES.map((s) => s.series), m)).toBe(lost[m]);
        // Followers of either state are the clients lost with managers.
        const followers = series(record, 'clientsLostWithManagers');
        for (let m = 0; m < record.months; m++) {
          expect(sumOf(record, ['lostActiveFollowedManager', 'lostContractedFollowedManager'], m)).toBe(followers[m]);
        }
      }
    }
  });

  it('adds up for contracted clients: contracted(t) = contracted(t − 1) + newContracts(t) − activations(t) − contracted clients lost(t)', () => {
    for (const output of outputs) {
      for (const record of output.records) {
        const contracted = series(record, 'contractedClients');
        const signed = series(record, 'newContracts');
        const activations = series(record, 'activations');
        for (let m = 1; m < record.months; m++) {
          const lost = sumOf(record, LOST_CONTRACTED_SERIES.map((s) => s.series), m);
          expect(contracted[m]).toBe(contracted[m - 1] + signed[m] - activations[m] - lost);
        }
      }
    }
  });

  it('sees every cause at work in these runs (so the identities above are not checked on zeros)', () => {
    const causes = [...LOST_ACTIVE_SERIES, ...LOST_CONTRACTED_SERIES].map((s) => s.series);
    for (const name of causes) {
      const total = outputs.flatMap((output) => output.records).reduce((sum, record) => sum + series(record, name).reduce((a, b) => a + b, 0), 0);
      expect(total, name).toBeGreaterThan(0);
    }
  });
});

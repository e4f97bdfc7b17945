/**
 * Simulating runs for a block: the work a worker thread (or the main thread) does. The runner
 * (runner.ts) hands a block's runs (`simulateRuns`, or the units of `simulateUnit` put together by
 * `foldUnits`) to its caller, which folds them with BlockAccumulator.addRuns.
 */
import { Accumulator } from '../stats/index.js';
import type { BlockRuns } from './aggregate.js';
import { simulateRun, type Experiment, type RunOutput } from './protocol.js';

/**
 * The runs of a block, for BlockAccumulator.addRuns. The pooled pay distributions (every
 * manager-month's pay, about 400 numbers per scheme and run) are folded here, where the runs
 * are made, and leave the run records.
 */
export function simulateRuns(experiment: Experiment, firstRun: number, runs: number, onRun?: () => void): BlockRuns {
  return foldUnits([simulateUnit(experiment, firstRun, runs, onRun)]);
}

/**
 * Some consecutive runs of a block, as a worker thread returns them: the run outputs (in run
 * order) and the pooled pay of every selected scheme and role, not yet folded, in run order
 * (`pays[k][role]`). `simulate` cuts the last blocks into such units so that its workers finish
 * together; `foldUnits` makes the block of them, the same whichever thread made which unit.
 */
export interface UnitRuns {
  outputs: RunOutput[];
  pays: Float64Array[][];
}

export function simulateUnit(experiment: Experiment, firstRun: number, runs: number, onRun?: () => void): UnitRuns {
  const outputs: RunOutput[] = [];
  const pays = experiment.selected.map((index) => experiment.schemes[index].roles.map(() => [] as number[]));
  for (let run = firstRun; run < firstRun + runs; run++) {
    const output = simulateRun(experiment, run);
    output.records.forEach((record, k) => {
      record.rolePays.forEach((rolePays, role) => {
        for (const pay of rolePays) pays[k][role].push(pay);
      });
      record.rolePays = [];
    });
    outputs.push(output);
    onRun?.();
  }
  return { outputs, pays: pays.map((roles) => roles.map((values) => Float64Array.from(values))) };
}

/** The block made of its units (in run order): pooled pay added value by value, as one thread would. */
export function foldUnits(units: UnitRuns[]): BlockRuns {
  const rolePay = units[0].pays.map((roles) => roles.map(() => new Accumulator()));
  for (const unit of units) {
    unit.pays.forEach((roles, k) => {
      roles.forEach((values, role) => {
        const accumulator = rolePay[k][role];
        for (let i = 0; i < values.length; i++) accumulator.add(values[i]);
      });
    });
  }
  return { outputs: units.flatMap((unit) => unit.outputs), rolePay: rolePay.map((roles) => roles.map((accumulator) => accumulator.toJSON())) };
}

/** The typed arrays' buffers of some runs, to hand them to another thread without copying. */
export function blockBuffers({ outputs }: { outputs: RunOutput[] }): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const output of outputs) {
    addBuffer(buffers, output.warmupActive);
    for (const record of output.records) {
      addBuffer(buffers, record.monthly);
      addBuffer(buffers, record.roleTotals);
      addBuffer(buffers, record.roleHeadcount);
      addBuffer(buffers, record.managers);
    }
  }
  return [...buffers];
}

/** The same for a unit of runs, with its pooled pay. */
export function unitBuffers(unit: UnitRuns): ArrayBuffer[] {
  const buffers = new Set(blockBuffers(unit));
  for (const roles of unit.pays) for (const values of roles) addBuffer(buffers, values);
  return [...buffers];
}

function addBuffer(buffers: Set<ArrayBuffer>, array: Float64Array | undefined): void {
  if (array && array.byteOffset === 0 && array.byteLength === array.buffer.byteLength && array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
}

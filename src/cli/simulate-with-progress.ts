/** `compsim run` and `compsim payroll` simulate the same way: a progress bar, and Ctrl-C stops cleanly. */
import type { Scenario } from '../scenario/schema.js';
import { simulate, type SimulateOptions } from '../engine/simulate.js';
import type { Summary } from '../engine/summary.js';
import { interrupted } from './interrupt.js';
import { progressBar } from './progress.js';

/** `simulate` with a progress bar (terminals only); stopped by `options.signal`, it throws the "interrupted" error. */
export async function simulateWithProgress(scenario: Scenario, options: Omit<SimulateOptions, 'onProgress'>): Promise<Summary> {
  const bar = progressBar();
  try {
    return await simulate(scenario, { ...options, onProgress: bar.update });
  } catch (error) {
    if (options.signal?.aborted) throw interrupted();
    throw error;
  } finally {
    bar.stop();
  }
}

/**
 * How many worker threads an experiment uses unless told otherwise: every core. A module of its
 * own (nothing else imported) so the command line can show the number in its help without
 * loading the engine.
 */
import { availableParallelism } from 'node:os';

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

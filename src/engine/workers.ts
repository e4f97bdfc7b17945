/**
 * How many worker threads an experiment uses unless told otherwise (every core), their limits and
 * where their script is. A module of its own (only Node's modules imported) so the command line
 * can show the number in its help without loading the engine.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Limits for every worker thread. A worker's live data is small (one company and a block of run
 * records), but V8 gives each isolate a young generation of up to 32 MB that it fills before
 * collecting; with a worker per core that is most of the resident memory of a long experiment.
 * 8 MB keeps scavenges cheap (measured: 1280 runs, 2 workers, peak RSS 320 → 281 MB, same time).
 */
export const WORKER_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 8 } as const;

/**
 * The compiled worker script, dist/engine/worker.js (workers cannot run TypeScript sources on
 * Node 20), or null when it has not been built. Found by walking up from this module, which may
 * be the source (tests), the tsc output in dist/ or the command line's bundle in dist/cli/bundle.
 */
export function workerScript(): string | null {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++, folder = dirname(folder)) {
    const candidate = join(folder, 'dist', 'engine', 'worker.js');
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

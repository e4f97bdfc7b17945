/**
 * What the run options mean once a simulating command (run, payroll, the what-if commands) runs:
 * --runs, --seed, --workers, --months and --schemes checked against the scenario, the bound on the
 * work one invocation may do, and the default output folder. Declared in shared-options.ts.
 */
import { basename, extname, join } from 'node:path';
import type { Scenario } from '../scenario/schema.js';
import { closest } from '../scenario/similar.js';
import { estimatedClientMonths } from '../engine/work.js';
import { defaultWorkers } from '../engine/workers.js';
import { messages as m } from './messages.js';
import { UserError } from './user-error.js';

/** Client-months one invocation may simulate (about half an hour on this 2-core machine). */
export const MAX_CLIENT_MONTHS = 2e10;

export interface RunOptions {
  runs: number;
  seed: number;
  workers: number;
  schemes?: string[];
}

/**
 * Checks the numeric options against the scenario as loaded. Returns them, the scenario to simulate
 * (a copy with --months as its horizonMonths; the loaded one is left as it is) and the overrides
 * a summary records (the --set values, then --months as the horizonMonths it set).
 */
export function resolveRunOptions(
  args: Record<string, unknown>,
  loaded: Scenario,
  overrides: readonly string[],
): { scenario: Scenario; options: RunOptions; overrides: string[] } {
  const whole = (name: string, min: number, max: number): number => {
    const value = args[name];
    // yargs turns `--runs abc` into NaN, which the message names as such (JSON would show "null").
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) throw new UserError(m.expectedWholeNumber(name, min, max, value));
    return value;
  };
  // Two runs at least: with one there is no spread, and every interval would collapse to a point.
  const runs = whole('runs', 2, 1_000_000);
  const seed = whole('seed', 0, Number.MAX_SAFE_INTEGER);
  const workers = args.workers === undefined ? defaultWorkers() : whole('workers', 1, 256);
  const months = args.months === undefined ? undefined : whole('months', 1, 600 - loaded.warmupMonths);
  const scenario = months === undefined ? loaded : { ...loaded, horizonMonths: months };
  let schemes: string[] | undefined;
  if (args.schemes !== undefined) {
    schemes = String(args.schemes).split(',').map((s) => s.trim()).filter(Boolean);
    // An empty list would silently simulate every scheme.
    if (schemes.length === 0) throw new UserError(m.schemesEmpty(String(args.scenario), scenario.schemes.map((s) => s.id)));
    const ids = scenario.schemes.map((s) => s.id);
    for (const id of schemes) {
      if (!ids.includes(id)) {
        const suggestion = closest(id, ids);
        throw new UserError(m.unknownSchemes(id, String(args.scenario), ids, suggestion));
      }
    }
  }
  checkWorkBound(scenario, runs, schemes);
  const recorded = [...overrides, ...(months === undefined ? [] : [`horizonMonths=${months}`])];
  return { scenario, options: { runs, seed, workers, schemes }, overrides: recorded };
}

/** Refuses an invocation the engine estimates at more than MAX_CLIENT_MONTHS client-months. */
export function checkWorkBound(scenario: Scenario, runs: number, schemes?: readonly string[]): void {
  const work = estimatedClientMonths(scenario, runs, schemes);
  if (work > MAX_CLIENT_MONTHS) throw new UserError(m.tooMuchWork(work, MAX_CLIENT_MONTHS));
}

export function defaultOutputFolder(file: string): string {
  return join('reports', basename(file, extname(file)));
}

/** `--scheme ID` of a what-if command: a scheme of the scenario (with a suggestion when it is not). */
export function checkSchemeOption(id: string, scenario: Scenario, file: string): void {
  const ids = scenario.schemes.map((s) => s.id);
  if (!ids.includes(id)) throw new UserError(m.unknownSchemes(id, file, ids, closest(id, ids), '--scheme'));
}

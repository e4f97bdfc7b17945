/**
 * How much an experiment simulates, in client-months: the engine's own cost model, so that a caller
 * can refuse an experiment too big for one invocation before starting it. A run simulates the
 * warm-up once and then the horizon once per simulated scheme (every scheme continues the same
 * warm-up); the company holds its starting book plus the clients it wins, for which the estimate
 * allows a margin of 20 a manager. It is a bound on the work, not a forecast.
 */
import type { Scenario } from '../scenario/schema.js';
import { selectSchemes } from './experiment-setup.js';

/** Clients a manager holds on average beyond the starting book, for the estimate. */
const CLIENTS_WON_PER_MANAGER = 20;

/** Estimated client-months `runs` runs of these schemes (the baseline is added; default all) simulate. */
export function estimatedClientMonths(scenario: Scenario, runs: number, schemes?: readonly string[]): number {
  const simulated = selectSchemes(scenario, schemes).selected.length;
  const team = scenario.team;
  const clientsPerRun = team.managers * (team.initialActivePerManager + team.initialContractedPerManager + CLIENTS_WON_PER_MANAGER);
  return runs * (scenario.warmupMonths + scenario.horizonMonths * simulated) * clientsPerRun;
}

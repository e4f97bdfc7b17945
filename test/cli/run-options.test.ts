/** The run options read against a scenario: what is simulated, what a summary records, what is refused. */
import { describe, expect, it } from 'vitest';
import { MAX_CLIENT_MONTHS, resolveRunOptions } from '../../src/cli/run-options.js';
import { estimatedClientMonths } from '../../src/engine/work.js';
import { loadScenario } from '../../src/scenario/index.js';

const FILE = 'scenarios/freight.yaml';
const args = (extra: Record<string, unknown>): Record<string, unknown> => ({ scenario: FILE, runs: 100, seed: 1, workers: 1, ...extra });

describe('run options', () => {
  it('applies --months to a copy and records it after the --set values, leaving the loaded scenario as it was', () => {
    const loaded = loadScenario(FILE);
    const resolved = resolveRunOptions(args({ months: 12 }), loaded, ['market.potentialMedian=300000']);
    expect(resolved.scenario.horizonMonths).toBe(12);
    expect(loaded.horizonMonths).toBe(36);
    expect(resolved.overrides).toEqual(['market.potentialMedian=300000', 'horizonMonths=12']);
    expect(resolved.options).toEqual({ runs: 100, seed: 1, workers: 1, schemes: undefined });
  });

  it('without --months simulates the scenario as loaded and records only the --set values', () => {
    const loaded = loadScenario(FILE);
    const resolved = resolveRunOptions(args({ schemes: 'farmer-handoff' }), loaded, []);
    expect(resolved.scenario).toBe(loaded);
    expect(resolved.overrides).toEqual([]);
    expect(resolved.options.schemes).toEqual(['farmer-handoff']);
  });

  it('refuses --months beyond 600 months with the warm-up, and an experiment over the work bound', () => {
    const loaded = loadScenario(FILE);
    expect(() => resolveRunOptions(args({ months: 577 }), loaded, [])).toThrow(/--months/);
    expect(() => resolveRunOptions(args({ runs: 1_000_000, months: 500 }), loaded, [])).toThrow(/client-months, more than the 2e\+10/);
    expect(loaded.horizonMonths).toBe(36);
  });
});

describe('the engine’s estimate of the work', () => {
  it('counts the warm-up once and the horizon once a simulated scheme, over the book plus 20 clients a manager', () => {
    const scenario = loadScenario(FILE);
    // 10 managers × (50 active + 3 contracted + 20) = 730 clients; 24 warm-up months + 36 × 8 schemes = 312 months.
    expect(estimatedClientMonths(scenario, 100)).toBe(100 * 312 * 730);
    // One scheme asked for: it and the baseline (new-client-bonus): 24 + 36 × 2 = 96 months.
    expect(estimatedClientMonths(scenario, 100, ['farmer-handoff'])).toBe(100 * 96 * 730);
    // The baseline asked for alone is simulated once.
    expect(estimatedClientMonths(scenario, 100, ['new-client-bonus'])).toBe(100 * 60 * 730);
    expect(MAX_CLIENT_MONTHS).toBe(2e10);
  });
});

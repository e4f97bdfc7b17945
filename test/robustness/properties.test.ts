/**
 * Property-based tests (fast-check, fixed seeds so every run checks the same cases): random edits
 * of the bundled scenario and of the example statements either load or fail with a ScenarioError
 * whose message reads as plain words — never another exception. Scenarios that load are simulated
 * at a tiny size (3 months after 2 of warm-up, 2 managers, 2 runs) and must give a summary of
 * finite numbers with consistent statistics; statements that load must give a finite payslip
 * under every role of every bundled scheme.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { simulate } from '../../src/engine/simulate.js';
import { parseScenarioText, ScenarioError, type Scenario } from '../../src/scenario/index.js';
import { compileScheme } from '../../src/schemes/compile.js';
import { loadStatement } from '../../src/schemes/load-statement.js';
import { payFor } from '../../src/schemes/pay.js';
import { mutate, mutationArbitrary } from './helpers/mutations.js';
import { summaryProblems } from './helpers/summary-checks.js';

const TINY = ['horizonMonths=3', 'warmupMonths=2', 'team.managers=2'];
/** COMPSIM_PROPERTY_RUNS=20 runs every property 20 times as often, with other seeds, for a deeper search. */
const DEPTH = Number(process.env.COMPSIM_PROPERTY_RUNS ?? 1);
const runs = (numRuns: number, seed: number) => ({ numRuns: Math.round(numRuns * DEPTH), seed: DEPTH === 1 ? seed : seed + Date.now() });
const freightText = readFileSync('scenarios/freight.yaml', 'utf8');
const freight = parse(freightText) as unknown;
const statements = ['scenarios/statements/generalist.yaml', 'scenarios/statements/hunter-700k.yaml'].map((file) => parse(readFileSync(file, 'utf8')) as unknown);

/** A ScenarioError is the only acceptable failure, and its message must read as plain words. */
function expectExplained(error: unknown, file: string): void {
  if (!(error instanceof ScenarioError)) throw error;
  expect(error.userMessage).not.toMatch(/undefined|NaN|\[object |Invalid input/);
  expect(error.userMessage).toContain(file);
}

/** Small enough to simulate in a few milliseconds (the schema allows far bigger companies). */
function isSmall(scenario: Scenario): boolean {
  const people = Math.max(...scenario.schemes.map((scheme) => Object.values(scheme.hiring?.headcount ?? {}).reduce((a, b) => a + b, 0)));
  return (
    people <= 60 &&
    scenario.team.initialActivePerManager + scenario.team.initialContractedPerManager <= 300 &&
    scenario.behavior.contractsPerHuntHour <= 5 &&
    scenario.market.newProspectsPerMonth <= 1000
  );
}

const asText = (document: unknown, json: boolean): string => (json ? JSON.stringify(document, null, 1) : stringify(document));

describe('the bundled scenario, edited at random', () => {
  it('loads or is explained (200 edits)', () => {
    let explained = 0;
    fc.assert(
      fc.property(fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 }), fc.boolean(), (mutations, json) => {
        const document = mutations.reduce(mutate, freight);
        try {
          parseScenarioText(asText(document, json), 'edited.yaml', { set: TINY });
        } catch (error) {
          expectExplained(error, 'edited.yaml');
          explained++;
        }
      }),
      runs(200, 20261128),
    );
    // Both outcomes must be common, or the edits test nothing.
    expect(explained).toBeGreaterThan(0.2 * 200 * DEPTH);
    expect(explained).toBeLessThan(0.9 * 200 * DEPTH);
  });

  it('simulates to finite numbers and consistent statistics when it loads (25 loading edits)', async () => {
    let simulated = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutationArbitrary, { minLength: 1, maxLength: 2 }), fc.nat(1000), async (mutations, seed) => {
        let scenario: Scenario;
        try {
          scenario = parseScenarioText(stringify(mutations.reduce(mutate, freight)), 'edited.yaml', { set: TINY });
        } catch (error) {
          expectExplained(error, 'edited.yaml');
          fc.pre(false); // counts as skipped: the runs that matter here are those that load
          return;
        }
        fc.pre(isSmall(scenario));
        const summary = await simulate(scenario, { runs: 2, seed, workers: 1, scenarioName: scenario.name });
        expect(summaryProblems(summary)).toEqual([]);
        expect(summary.months).toBe(3);
        simulated++;
      }),
      runs(25, 7),
    );
    expect(simulated).toBe(Math.round(25 * DEPTH));
  });
});

describe('the example statements, edited at random', () => {
  const scenario = parseScenarioText(freightText, 'freight.yaml');
  const roles = scenario.schemes.flatMap((scheme) => Object.keys(scheme.roles).map((role) => ({ compiled: compileScheme(scheme, scenario.team.hiringLagMonths), role })));

  it('load and pay finite amounts under every role, or are explained (300 edits)', () => {
    let explained = 0;
    fc.assert(
      fc.property(fc.constantFrom(...statements), fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 }), fc.boolean(), (statement, mutations, json) => {
        let loaded;
        try {
          loaded = loadStatement(asText(mutations.reduce(mutate, statement), json), 'edited-statement.yaml');
        } catch (error) {
          expectExplained(error, 'edited-statement.yaml');
          explained++;
          return;
        }
        for (const { compiled, role } of roles) {
          const breakdown = payFor(compiled, role, loaded);
          expect(Number.isFinite(breakdown.total), `${compiled.id}/${role} total`).toBe(true);
          for (const line of breakdown.lines) expect(Number.isFinite(line.amount), `${compiled.id}/${role} ${line.name}`).toBe(true);
        }
      }),
      runs(300, 42),
    );
    expect(explained).toBeGreaterThan(0.2 * 300 * DEPTH);
    expect(explained).toBeLessThan(0.9 * 300 * DEPTH);
  });
});

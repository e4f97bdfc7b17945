/**
 * The catalogue of bad scenario inputs (test/fixtures/bad/cases.json): every file and `--set`
 * argument there must fail with a ScenarioError whose message contains each expected fragment —
 * the file name with line and column, the path inside the scenario, and what was expected.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, ScenarioError } from '../../src/scenario/index.js';

interface BadCase {
  name: string;
  file: string;
  set?: string[];
  options?: { maxFileBytes?: number };
  /** How many problems the message must list, when the case checks it. */
  problems?: number;
  expect: string[];
}

const folder = 'test/fixtures/bad';
const cases = JSON.parse(readFileSync(join(folder, 'cases.json'), 'utf8')) as BadCase[];

describe('bad scenario inputs are explained', () => {
  it.each(cases.map((badCase) => [badCase.name, badCase] as const))('%s', (_, badCase) => {
    let error: unknown;
    try {
      loadScenario(join(folder, badCase.file), { set: badCase.set, ...badCase.options });
    } catch (thrown) {
      error = thrown;
    }
    expect(error, 'loading must fail').toBeInstanceOf(ScenarioError);
    const scenarioError = error as ScenarioError;
    for (const fragment of badCase.expect) expect(scenarioError.userMessage).toContain(fragment);
    expect(scenarioError.userMessage).toContain(badCase.file);
    if (badCase.problems !== undefined) expect(scenarioError.problems).toHaveLength(badCase.problems);
    for (const problem of scenarioError.problems) expect(problem.file).toBe(join(folder, badCase.file));
  });

  it('the catalogue covers at least 40 inputs', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((badCase) => badCase.name)).size).toBe(cases.length);
  });
});

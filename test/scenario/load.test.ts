import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, MAX_FILE_BYTES, parseScenarioText, ScenarioError, ScenarioSchema } from '../../src/scenario/index.js';

const good = 'test/scenario/fixtures/two-schemes.yaml';

/** The problems of a scenario text that must fail. */
function problemsOf(text: string, set?: string[]) {
  try {
    parseScenarioText(text, 'x.yaml', { set });
  } catch (error) {
    if (error instanceof ScenarioError) return error;
    throw error;
  }
  throw new Error('expected the scenario to be rejected');
}

describe('loadScenario', () => {
  it('reads a valid file and fills in the defaults the file leaves out', () => {
    const scenario = loadScenario(good);
    expect(scenario.schemes.map((scheme) => scheme.id)).toEqual(['lifetime-commission', 'new-client-bonus']);
    expect(scenario.horizonMonths).toBe(12);
    expect(scenario.team.managers).toBe(3);
    expect(scenario.team.hoursPerMonth).toBe(140); // default
    expect(scenario.market).toEqual(ScenarioSchema.parse({ name: 'x', current: 'a', schemes: [{ id: 'a', name: 'A', roles: {} }] }).market);
    const newClient = scenario.schemes[1].roles.generalist.pay[0];
    expect(newClient).toMatchObject({ id: 'new-client', relation: 'originated', state: 'any', per: 'portfolio', rate: 0.2 });
    expect(newClient.monthsSinceSigning).toEqual({ from: 0, to: 6 });
  });

  it('reads the same scenario written as JSON', () => {
    const fromYaml = loadScenario(good);
    const json = JSON.stringify({
      name: 'Two schemes', currency: 'RUB', horizonMonths: 12, warmupMonths: 6, current: 'new-client-bonus', team: { managers: 3 },
      schemes: fromYaml.schemes,
    });
    expect(parseScenarioText(json, 'x.json')).toEqual(fromYaml);
  });

  it('accepts a byte-order mark and YAML merge keys', () => {
    const text = [
      '\uFEFFname: Merge',
      'current: a',
      'schemes:',
      '  - id: a',
      '    name: A',
      '    roles:',
      '      hunter: &base { salary: 20000, pay: [{ id: bonus, basis: margin, rate: 0.1 }] }',
      '      farmer: { <<: *base, salary: 35000 }',
    ].join('\n');
    const scenario = parseScenarioText(text, 'merge.yaml');
    expect(scenario.schemes[0].roles.farmer.salary).toBe(35000);
    expect(scenario.schemes[0].roles.farmer.pay[0].rate).toBe(0.1);
  });

  it('refuses a file over 5 MB by default, before parsing it', () => {
    const folder = mkdtempSync(join(tmpdir(), 'compsim-load-'));
    const file = join(folder, 'huge.yaml');
    writeFileSync(file, `name: x\ndescription: "${'a'.repeat(MAX_FILE_BYTES)}"\n`);
    expect(() => loadScenario(file)).toThrow(/the file is 5\.0 MB; a scenario file may be at most 5\.0 MB/);
  });

  it('gives each problem its line, column and path as fields', () => {
    const error = problemsOf('name: x\ncurrent: a\nschemes:\n  - id: a\n    name: A\n    roles:\n      generalist:\n        salary: -1\n');
    expect(error.problems).toEqual([
      {
        file: 'x.yaml',
        line: 8,
        column: 17,
        path: 'schemes[a].roles.generalist.salary',
        message: 'expected a number from 0 to 1000000000000, found -1',
      },
    ]);
    expect(error.userMessage).toBe('x.yaml:8:17 schemes[a].roles.generalist.salary: expected a number from 0 to 1000000000000, found -1');
  });

  it('names a key as it is written, not as the number YAML reads it as', () => {
    // `.nan` and `0x10` are a float and an integer to YAML; the message quotes the text of the file.
    const error = problemsOf('name: x\ncurrent: a\nteam:\n  .nan: 1\n  0x10: 2\nschemes:\n  - id: a\n    name: A\n    roles:\n      generalist: { salary: 1 }\n');
    expect(error.problems.map((problem) => [problem.line, problem.path, problem.message.split(';')[0]])).toEqual([
      [4, 'team[".nan"]', 'unknown key ".nan"'],
      [5, 'team.0x10', 'unknown key "0x10"'],
    ]);
    expect(error.userMessage).not.toMatch(/NaN|"16"/);
  });

  it('lists every problem, one per line, in the order of the file', () => {
    const error = problemsOf('schemes: []\nhorizonMonths: 0\nname: x\nwarmupMonths: -1\n');
    expect(error.userMessage.split('\n')).toEqual([
      '4 problems in x.yaml:',
      'x.yaml:1:1 current: missing "current" (The scheme in force now (used for the warm-up))',
      'x.yaml:1:10 schemes: expected at least 1 item, found an empty list',
      'x.yaml:2:16 horizonMonths: expected a whole number from 1 to 600, found 0',
      'x.yaml:4:15 warmupMonths: expected a whole number from 0 to 600, found -1',
    ]);
  });

  it('lists at most 50 problems and counts the rest', () => {
    const roles = Array.from({ length: 60 }, (_, i) => `      r${i}: { salary: -1 }`).join('\n');
    const error = problemsOf(`name: x\ncurrent: a\nschemes:\n  - id: a\n    name: A\n    roles:\n${roles}\n`);
    expect(error.problems).toHaveLength(60);
    const lines = error.userMessage.split('\n');
    expect(lines[0]).toBe('60 problems in x.yaml:');
    expect(lines).toHaveLength(52);
    expect(lines[51]).toBe('... and 10 more problems');
  });

  it('applies --set overrides after checking the file', () => {
    const scenario = loadScenario(good, { set: ['schemes.new-client-bonus.roles.generalist.pay.servicing.rate=0.05', 'horizonMonths=24'] });
    expect(scenario.schemes[1].roles.generalist.pay[1].rate).toBe(0.05);
    expect(scenario.horizonMonths).toBe(24);
  });
});

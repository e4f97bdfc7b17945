/**
 * `compsim validate` and `compsim schema` as a user runs them: the compiled CLI in a child process,
 * in a scratch folder so we can see that nothing is written.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bin, ensureBuilt, repo } from '../robustness/helpers/compiled-cli.js';

let folder = '';

function compsim(...args: string[]) {
  const before = readdirSync(folder).sort();
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: folder, encoding: 'utf8' });
  expect(readdirSync(folder).sort(), 'compsim must not write files').toEqual(before);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  ensureBuilt();
  folder = mkdtempSync(join(tmpdir(), 'compsim-validate-'));
  copyFileSync(join(repo, 'test/scenario/fixtures/two-schemes.yaml'), join(folder, 'good.yaml'));
  copyFileSync(join(repo, 'test/fixtures/bad/many-problems.yaml'), join(folder, 'many-problems.yaml'));
});

describe('compsim validate', () => {
  it('exits 0 with a one-line summary for a valid scenario', () => {
    expect(compsim('validate', 'good.yaml')).toEqual({
      code: 0,
      stdout: 'good.yaml: valid — 2 schemes, 12 months after 6 months of warm-up, current new-client-bonus\n',
      stderr: '',
    });
  });

  it('exits 1 and lists every problem of a bad file on stderr', () => {
    const { code, stdout, stderr } = compsim('validate', 'many-problems.yaml');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toEqual([
      'compsim: 5 problems in many-problems.yaml:',
      'many-problems.yaml:3:10 current: expected the id of a scheme in this file (a), found "missing-scheme"',
      'many-problems.yaml:4:16 horizonMonths: expected a whole number from 1 to 600, found 0',
      'many-problems.yaml:6:15 market.marginRate: expected a fraction from 0 to 1, found 15 (if you meant 15 %, write 0.15)',
      expect.stringMatching(/^many-problems\.yaml:11:7 schemes\[a\]\.roles\.generalist\.salary: missing "salary" \(Fixed monthly salary/),
      'many-problems.yaml:12:9 schemes[a].roles.generalist.salry: unknown key "salry" — did you mean "salary"?',
      '',
    ]);
  });

  it('exits 1 naming the --set argument and the nearest valid path', () => {
    const { code, stdout, stderr } = compsim('validate', 'good.yaml', '--set', 'horizonMonths=24', '--set', 'schemes.new-client-bonus.roles.generalist.salry=30000');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'compsim: good.yaml (--set schemes.new-client-bonus.roles.generalist.salry=30000) schemes[new-client-bonus].roles.generalist: ' +
        'unknown key "salry" — did you mean schemes.new-client-bonus.roles.generalist.salary?\n',
    );
  });

  it('applies valid --set overrides and reports the result', () => {
    const { code, stdout } = compsim('validate', 'good.yaml', '--set', 'horizonMonths=24', '--set', 'warmupMonths=0');
    expect(code).toBe(0);
    expect(stdout).toBe('good.yaml: valid — 2 schemes, 24 months, no warm-up, current new-client-bonus\n');
  });

  it('exits 1 without a stack trace for a missing file', () => {
    expect(compsim('validate', 'nowhere.yaml')).toEqual({ code: 1, stdout: '', stderr: 'compsim: nowhere.yaml: cannot read the file: there is no such file\n' });
  });
});

describe('compsim schema', () => {
  it('prints the committed JSON Schema', () => {
    const { code, stdout } = compsim('schema');
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync(join(repo, 'schema/scenario.schema.json'), 'utf8'));
  });
});

/**
 * `compsim validate` and `compsim schema` as a user runs them: the compiled CLI in a child process,
 * in a scratch folder so we can see that nothing is written.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = resolve('.');
const bin = join(repo, 'bin/compsim.js');
let folder = '';

/** Build dist/ when it is missing or older than the sources (`npm test` builds before running vitest). */
function ensureBuilt(): void {
  const built = join(repo, 'dist/cli/commands/validate.js');
  const newestSource = (dir: string): number =>
    Math.max(
      0,
      ...readdirSync(dir, { withFileTypes: true }).map((entry) =>
        entry.isDirectory() ? newestSource(join(dir, entry.name)) : statSync(join(dir, entry.name)).mtimeMs,
      ),
    );
  if (existsSync(built) && statSync(built).mtimeMs >= newestSource(join(repo, 'src'))) return;
  // Type errors elsewhere in the tree do not stop tsc from emitting; the CLI run below is the check.
  spawnSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', join(repo, 'tsconfig.build.json')], { cwd: repo });
}

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

/**
 * The catalogue of bad command lines (test/fixtures/bad/cli-cases.json), run against the compiled
 * CLI: every case must exit with code 1, print one clean message on stderr (no stack trace, no
 * "internal error") containing each expected fragment — the file or option, the path inside it
 * and what was expected — and write nothing, neither in the working folder nor next to the
 * fixtures. `{freight}`, `{statement}` and `{bad}` stand for absolute paths.
 *
 * All cases run in one child process through the compiled main() (helpers/cli-batch.mjs), since
 * fifty Node start-ups would take a minute; a few also run as separate `node bin/compsim.js`
 * processes to check what the shell sees.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compsim, ensureBuilt, repo, snapshot, type CliResult } from './helpers/compiled-cli.js';

interface CliCase {
  name: string;
  args: string[];
  expect: string[];
}

const bad = join(repo, 'test/fixtures/bad');
const places: Record<string, string> = {
  '{freight}': join(repo, 'scenarios/freight.yaml'),
  '{statement}': join(repo, 'scenarios/statements/generalist.yaml'),
  '{bad}': bad,
};
const fill = (text: string): string => text.replace(/\{freight\}|\{statement\}|\{bad\}/g, (key) => places[key]);
const cases = JSON.parse(readFileSync(join(bad, 'cli-cases.json'), 'utf8')) as CliCase[];

/** A few cases also run as real processes: one per command, and one yargs error. */
const SPAWNED = ['run: --runs 0', 'run: invalid scenario', 'pay: margin above revenue', 'report: a scenario instead of a summary', 'no command'];

let folder = '';
let before: Record<string, string> = {};
const fixturesBefore = snapshot(bad);
const results = new Map<string, Pick<CliResult, 'code' | 'stdout' | 'stderr'>>();

beforeAll(() => {
  ensureBuilt();
  folder = mkdtempSync(join(tmpdir(), 'compsim-bad-cli-'));
  writeFileSync(join(folder, 'a-file.txt'), 'not a folder\n');
  before = snapshot(folder);
  const scratch = mkdtempSync(join(tmpdir(), 'compsim-batch-'));
  try {
    writeFileSync(join(scratch, 'request.json'), JSON.stringify({ cwd: folder, runs: cases.map((c) => c.args.map(fill)) }));
    execFileSync(process.execPath, [join(repo, 'test/robustness/helpers/cli-batch.mjs'), join(scratch, 'request.json'), join(scratch, 'results.json')], { stdio: 'pipe' });
    const batch = JSON.parse(readFileSync(join(scratch, 'results.json'), 'utf8')) as Pick<CliResult, 'code' | 'stdout' | 'stderr'>[];
    cases.forEach((cliCase, k) => results.set(cliCase.name, batch[k]));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

function expectExplained(result: Pick<CliResult, 'code' | 'stdout' | 'stderr'>, cliCase: CliCase): void {
  expect(result.stdout, 'nothing on stdout').toBe('');
  expect(result.code, result.stderr).toBe(1);
  expect(result.stderr).toMatch(/^compsim: /);
  expect(result.stderr).not.toMatch(/internal error|uncaught|\n\s+at |Error:|undefined|NaN|\[object /);
  for (const fragment of cliCase.expect) expect(result.stderr).toContain(fill(fragment));
}

describe('bad command lines are answered with exit code 1 and a clear message', () => {
  it.each(cases.map((cliCase) => [cliCase.name, cliCase] as const))('%s', (_, cliCase) => {
    expectExplained(results.get(cliCase.name)!, cliCase);
  });
});

describe.concurrent('the same from a shell', () => {
  it.each(SPAWNED)('%s', async (name) => {
    const cliCase = cases.find((c) => c.name === name)!;
    const result = await compsim(cliCase.args.map(fill), folder);
    expectExplained(result, cliCase);
    expect(result.stderr, 'the same message as in the batch').toBe(results.get(name)!.stderr);
  });
});

describe('the catalogue', () => {
  it('writes nothing in the working folder or next to the fixtures', () => {
    // Runs after the concurrent cases above (vitest runs describe blocks in order).
    expect(snapshot(folder)).toEqual(before);
    expect(snapshot(bad)).toEqual(fixturesBefore);
  });

  it('holds more than 40 distinct bad inputs together with the scenario catalogue', () => {
    const scenarioCases = JSON.parse(readFileSync(join(bad, 'cases.json'), 'utf8')) as { name: string }[];
    const names = [...scenarioCases, ...cases].map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(names.length).toBeGreaterThan(40);
  });
});

// Root reads any file whatever its mode, so this case can only be seen by an ordinary user.
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
it.skipIf(isRoot)('an unreadable scenario file (chmod 000) is explained', async () => {
  const scratch = mkdtempSync(join(tmpdir(), 'compsim-unreadable-'));
  try {
    const file = join(scratch, 'locked.yaml');
    writeFileSync(file, readFileSync(places['{freight}']));
    chmodSync(file, 0o000);
    mkdirSync(join(scratch, 'out'));
    const result = await compsim(['run', 'locked.yaml', '--runs', '2', '--out', 'out'], scratch);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('compsim: locked.yaml: cannot read the file: permission denied\n');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});

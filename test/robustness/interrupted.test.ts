/**
 * An earlier report is never damaged: Ctrl-C (SIGINT) during a run — while simulating or while
 * drawing the report — exits with code 130 and leaves the previous summary.json and report.html
 * byte-identical; so does a failure while writing — a file-size limit hit mid-write, a report
 * path taken by a folder (the second rename fails after the first succeeded), a read-only
 * location. No temporary file is left behind either.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderAndWrite } from '../../src/cli/report-files.js';
import { simulate } from '../../src/engine/simulate.js';
import { loadScenario } from '../../src/scenario/index.js';
import { bin, compsim, ensureBuilt, repo, snapshot } from './helpers/compiled-cli.js';

const FREIGHT = join(repo, 'scenarios/freight.yaml');
const TINY = ['--runs', '2', '--set', 'horizonMonths=3', '--set', 'warmupMonths=2', '--set', 'team.managers=2', '--workers', '1'];
let scratch = '';

/** A folder holding an earlier report, with contents we can recognise byte for byte. */
function earlierReport(name: string): string {
  const out = join(scratch, name);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'summary.json'), '{ "version": 1, "scenario": "the earlier run", "note": "must survive" }\n');
  writeFileSync(join(out, 'report.html'), '<!doctype html><title>Earlier report</title><p>must survive</p>\n');
  return out;
}

beforeAll(() => {
  ensureBuilt();
  scratch = mkdtempSync(join(tmpdir(), 'compsim-interrupted-'));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Starts a long run, sends SIGINT after `delayMs`, and resolves with how the process ended. */
function interruptAfter(delayMs: number, out: string): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'run', FREIGHT, '--runs', '20000', '--workers', '2', '--out', out], { cwd: scratch });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.on('data', (chunk) => (stdout += chunk));
    const timer = setTimeout(() => child.kill('SIGINT'), delayMs);
    // A process that ignores Ctrl-C would run for an hour: give it 20 s to stop.
    const watchdog = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`compsim did not stop within 20 s of SIGINT; stderr: ${stderr}`));
    }, delayMs + 20_000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(watchdog);
      resolve({ code, signal, stderr, stdout });
    });
  });
}

describe('Ctrl-C during a run', () => {
  it('exits with code 130 and leaves the earlier report byte-identical', async () => {
    const out = earlierReport('interrupted');
    const before = snapshot(out);
    // Node's default SIGINT action kills the process before compsim has installed its handler
    // (while modules load); then retry a little later, so the handler is what gets tested.
    let result = await interruptAfter(2_500, out);
    for (const delay of [5_000, 10_000]) {
      expect(snapshot(out), 'an early Ctrl-C also leaves the report alone').toEqual(before);
      if (result.signal === null) break;
      result = await interruptAfter(delay, out);
    }
    expect(result.signal, 'compsim handled SIGINT itself').toBeNull();
    expect(result.code).toBe(130);
    expect(result.stderr).toBe('compsim: interrupted: nothing was written\n');
    expect(result.stdout).toBe('');
    expect(snapshot(out)).toEqual(before);
  }, 60_000);
});

describe('Ctrl-C while the report is being drawn', () => {
  it('writes nothing and exits with 130', async () => {
    const out = earlierReport('interrupted-while-drawing');
    const before = snapshot(out);
    const scenario = loadScenario(FREIGHT, { set: ['horizonMonths=3', 'warmupMonths=2', 'team.managers=2'] });
    const summary = await simulate(scenario, { runs: 2, seed: 1, workers: 1, scenarioName: scenario.name });
    const controller = new AbortController();
    controller.abort(); // as if SIGINT arrived while the charts were rendered
    await expect(renderAndWrite(summary, out, 'en', controller.signal)).rejects.toMatchObject({ message: 'interrupted: nothing was written', exitCode: 130 });
    expect(snapshot(out)).toEqual(before);
  }, 60_000);
});

describe.concurrent('a failure while writing leaves the earlier report untouched', () => {
  it('when the disk runs out of room mid-write (file-size limit)', async () => {
    const out = earlierReport('file-size-limit');
    const before = snapshot(out);
    // `ulimit -f 50`: writing more than 50 KB fails with EFBIG, as a full disk fails with ENOSPC.
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const command = ['ulimit -f 50; exec', JSON.stringify(process.execPath), JSON.stringify(bin), 'run', JSON.stringify(FREIGHT), ...TINY, '--out', JSON.stringify(out)].join(' ');
      const child = spawn('bash', ['-c', command], { cwd: scratch });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('exit', (code) => resolve({ code, stderr }));
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^compsim: could not write .*summary\.json, .*report\.html: EFBIG/);
    expect(snapshot(out)).toEqual(before);
  }, 60_000);

  it('when the report path is taken by a folder, the summary already renamed is put back', async () => {
    const out = join(scratch, 'folder-in-the-way');
    mkdirSync(join(out, 'report.html'), { recursive: true });
    writeFileSync(join(out, 'summary.json'), '{ "version": 1, "note": "must survive" }\n');
    const before = snapshot(out);
    const result = await compsim(['run', FREIGHT, ...TINY, '--out', out], scratch);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^compsim: .*report\.html: expected to write a file there, found a folder; name another file with --out/);
    expect(snapshot(out)).toEqual(before);
  }, 60_000);

  it.skipIf(!existsSync('/sys/kernel'))('in a location nobody may write to (/sys)', async () => {
    const result = await compsim(['run', FREIGHT, ...TINY, '--out', '/sys/compsim-report'], scratch);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^compsim: could not write \/sys\/compsim-report\/summary\.json, \/sys\/compsim-report\/report\.html: E(PERM|ACCES|ROFS)/);
    expect(existsSync('/sys/compsim-report')).toBe(false);
  }, 60_000);
});

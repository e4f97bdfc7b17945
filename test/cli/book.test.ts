/**
 * `compsim run --book` and `compsim payroll` as a user runs them: the compiled CLI in a child
 * process, on the example company, a few runs; a bad book stops before anything is simulated.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bin, ensureBuilt, repo } from '../robustness/helpers/compiled-cli.js';

const scenario = join(repo, 'scenarios/freight.yaml');
const example = join(repo, 'scenarios/book-example');
let folder = '';

function compsim(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: folder, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  ensureBuilt();
  folder = mkdtempSync(join(tmpdir(), 'compsim-book-'));
});

describe('compsim run --book', () => {
  it('starts from the example company, skips the warm-up and writes the team section', () => {
    const result = compsim('run', scenario, '--book', example, '--runs', '4', '--months', '12', '--workers', '2', '--out', 'run');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('8 managers, 85 active and 35 contracted clients; warmupMonths (24) and team.managers (10) ignored');
    const summary = JSON.parse(readFileSync(join(folder, 'run/summary.json'), 'utf8'));
    expect(summary.warmupMonths).toBe(0);
    expect(summary.runs).toBe(4);
    expect(summary.book.people).toHaveLength(8);
    expect(summary.book.monthlyRevenue).toBeCloseTo(27_639_799.25, 2);
    const html = readFileSync(join(folder, 'run/report.html'), 'utf8');
    expect(html).toContain('id="payroll"');
    expect(html).toContain('Соколов Андрей Викторович');
  });

  it('reads the scenario\'s book key relative to the scenario file', () => {
    cpSync(example, join(folder, 'data/book'), { recursive: true });
    writeFileSync(join(folder, 'with-book.yaml'), readFileSync(scenario, 'utf8').replace(/^warmupMonths:/m, 'book: data/book\nwarmupMonths:'));
    const result = compsim('run', join(folder, 'with-book.yaml'), '--runs', '2', '--months', '3', '--workers', '1', '--schemes', 'lifetime-commission', '--out', 'keyed');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(`Started from the book in ${join(folder, 'data/book')}: 8 managers`);
  });

  it('stops on a bad book with every problem, and writes nothing', () => {
    cpSync(example, join(folder, 'bad'), { recursive: true });
    const clients = join(folder, 'bad/clients.csv');
    writeFileSync(clients, readFileSync(clients, 'utf8').replace('00-000103;ИП Семёнов Е. К.;M08', '00-000103;ИП Семёнов Е. К.;M99'));
    const result = compsim('run', scenario, '--book', join(folder, 'bad'), '--runs', '2', '--out', 'bad-out');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('clients.csv:4 column "Ответственный" (owner): manager "M99" is not in managers.csv');
    expect(existsSync(join(folder, 'bad-out'))).toBe(false);
  });
});

describe('compsim payroll', () => {
  it('prints every manager under every scheme and writes the report', () => {
    const result = compsim('payroll', scenario, '--book', example, '--runs', '4', '--months', '12', '--workers', '2', '--out', 'payroll');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(out).toContain('Payroll of the book in');
    expect(out).toContain('Соколов Андрей Викторович (M01), generalist, 62 months: pay 43,200 reported, 43,182 by the current rules');
    // The static replay: M01 under the old lifetime commission, 20 000 + 8 % of the margin of the clients he brought in.
    expect(out).toMatch(/lifetime-commission\s+105,742\s+\+145%/);
    expect(out).toMatch(/new-client-bonus \(current\)\s+43,182\s+0%/);
    expect(out.match(/^\S.*\(M0\d\), /gm)).toHaveLength(8);
    expect(existsSync(join(folder, 'payroll/report.html'))).toBe(true);
  });

  it('speaks Russian with --lang ru', () => {
    const result = compsim('payroll', scenario, '--book', example, '--runs', '2', '--months', '2', '--workers', '1', '--schemes', 'lifetime-commission', '--lang', 'ru', '--out', 'payroll-ru');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Оплата по данным из');
    expect(result.stdout).toContain('стаж 62 мес.');
  });

  it('asks for a book when neither --book nor the scenario names one', () => {
    const result = compsim('payroll', scenario, '--runs', '2');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--book: name the folder with managers.csv and clients.csv');
  });
});

/**
 * `compsim optimize` as a user runs it, on a small company (in this process, small budgets): the
 * chosen numbers beat the baseline on fresh runs, best.yaml pasted into the scenario gives the
 * same numbers, one worker and two give the same files, and mistakes end with exit code 1, a
 * message and nothing written.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cliHarness } from './cli-harness.js';

const cli = cliHarness('compsim-optimize-');
const { dir, compsim, read } = cli;
const SCENARIO = 'scenarios/freight.yaml';
const SMALL = ['--set', 'warmupMonths=6', '--set', 'team.managers=4', '--months', '12'];
const PAY = 'schemes.new-client-bonus.roles.generalist.pay';
const SEARCH = ['optimize', SCENARIO, ...SMALL, '--scheme', 'new-client-bonus', '--vary', `${PAY}.servicing.rate=0.005:0.08`, '--vary', `${PAY}.new-client.rate=0.1:0.4`];

describe('compsim optimize', () => {
  it('chooses numbers that beat the baseline on fresh runs, within the budget, and writes the result, the page and best.yaml', async () => {
    expect(await compsim(...SEARCH, '--budget-runs', '800', '--workers', '1', '--out', join(dir, 'one'))).toBe(0);
    const result = JSON.parse(read('one', 'optimize.json'));
    expect(result.kind).toBe('optimization');
    expect(result.spent.total).toBeLessThanOrEqual(800);
    expect(result.spent.racing + result.spent.selection + result.spent.confirmation).toBe(result.spent.total);
    // The confirmation is on seed 3, which neither the racing (1) nor the selection (2) used.
    expect(result.confirmation.seed).toBe(3);
    expect(result.confirmation.measures.valueCreated.difference.ci95[0]).toBeGreaterThan(0);
    expect(cli.stdout).toMatch(/Chosen:\n {2}schemes\.new-client-bonus\.roles\.generalist\.pay\.servicing\.rate = /);
    expect(read('one', 'optimize.html')).toContain('<h2>The answer</h2>');
    expect(read('one', 'best.yaml')).toMatch(/^# The scheme new-client-bonus with the numbers compsim optimize chose/);
  });

  it('best.yaml pasted into the scenario gives the chosen numbers’ confirmation figures', async () => {
    const result = JSON.parse(read('one', 'optimize.json'));
    const [scheme] = parse(read('one', 'best.yaml'));
    expect(scheme.id).toBe('new-client-bonus-optimized');
    expect(scheme.roles.generalist.pay.find((c: { id: string }) => c.id === 'servicing').rate).toBe(result.chosen.values[`${PAY}.servicing.rate`]);
    const scenario = parse(readFileSync(SCENARIO, 'utf8'));
    scenario.schemes.push(scheme);
    writeFileSync(join(dir, 'pasted.json'), JSON.stringify(scenario));
    const runs = String(result.confirmation.runs);
    expect(await compsim('run', join(dir, 'pasted.json'), ...SMALL, '--schemes', 'new-client-bonus-optimized', '--runs', runs, '--seed', '3', '--workers', '1', '--out', join(dir, 'pasted'))).toBe(0);
    const summary = JSON.parse(read('pasted', 'summary.json'));
    const pasted = summary.schemes.find((s: { id: string }) => s.id === 'new-client-bonus-optimized');
    const current = summary.schemes.find((s: { id: string }) => s.id === 'new-client-bonus');
    expect(pasted.totals.valueCreated.mean).toBeCloseTo(result.confirmation.measures.valueCreated.chosen.mean, -1);
    expect(pasted.totals.compCost.mean).toBeCloseTo(result.confirmation.measures.compCost.chosen.mean, -1);
    expect(current.totals.valueCreated.mean).toBeCloseTo(result.confirmation.measures.valueCreated.baseline.mean, -1);
  });

  it('gives the same files with two worker threads as with one', async () => {
    expect(await compsim(...SEARCH, '--budget-runs', '800', '--workers', '2', '--out', join(dir, 'two'))).toBe(0);
    expect(read('two', 'optimize.json')).toBe(read('one', 'optimize.json'));
    expect(read('two', 'best.yaml')).toBe(read('one', 'best.yaml'));
    expect(read('two', 'optimize.html')).toBe(read('one', 'optimize.html'));
  });

  it('split over two shards that share a folder round by round, writes exactly what one process writes', async () => {
    const out = join(dir, 'shards');
    const shards = await Promise.all(['1/2', '2/2'].map((shard) => compsim(...SEARCH, '--budget-runs', '800', '--workers', '1', '--shard', shard, '--shard-wait', '1', '--out', out)));
    expect(shards).toEqual([0, 0]);
    expect(read('shards', 'optimize.json')).toBe(read('one', 'optimize.json'));
    expect(read('shards', 'best.yaml')).toBe(read('one', 'best.yaml'));
    expect(readdirSync(join(out, 'rounds')).filter((f) => f.startsWith('round-000000-'))).toEqual(['round-000000-part-1-of-2.json', 'round-000000-part-2-of-2.json']);
  });

  it('a shard whose partner never comes gives up with a message naming the missing part', async () => {
    const out = join(dir, 'alone');
    expect(await compsim(...SEARCH, '--budget-runs', '800', '--workers', '1', '--shard', '2/2', '--shard-wait', '0.01', '--out', out)).toBe(1);
    expect(cli.stderr).toMatch(/--shard: shard 1\/2 wrote no part of round 0 within 0\.01 minutes \(expected .*round-000000-part-1-of-2\.json\)/);
    expect(existsSync(join(out, 'optimize.json'))).toBe(false);
  });

  it('rechecks the chosen numbers at every accepted point of a calibration', async () => {
    const calibration = {
      kind: 'calibration',
      scenario: 'Road-freight sales team',
      runs: 32,
      robustness: { accepted: 2, first: {} },
      points: [{ values: { 'clients.baseChurn': 0.007 } }, { values: { 'clients.baseChurn': 0.0065 } }, { values: { 'clients.baseChurn': 0.0075 } }],
      accepted: [1, 2],
    };
    writeFileSync(join(dir, 'calibration.json'), JSON.stringify(calibration));
    expect(await compsim(...SEARCH, '--budget-runs', '800', '--workers', '1', '--calibration', join(dir, 'calibration.json'), '--out', join(dir, 'recheck'))).toBe(0);
    const result = JSON.parse(read('recheck', 'optimize.json'));
    // Two accepted points, the chosen and the baseline 32 runs at each.
    expect(result.recheck).toMatchObject({ runs: 32, points: 2 });
    expect(result.spent.recheck).toBe(2 * 2 * 32);
    expect(cli.stdout).toMatch(/Rechecked at the 2 accepted calibration points \(32 runs each\): beats the baseline at [0-2] of 2/);
  });

  it('starts from the company’s book with --book, the pay cut measured against each manager’s pay in it', async () => {
    expect(await compsim(...SEARCH, '--book', 'scenarios/book-example', '--budget-runs', '400', '--workers', '1', '--constraint', 'payCut<=0.9', '--out', join(dir, 'book'))).toBe(0);
    const cut = JSON.parse(read('book', 'optimize.json')).confirmation.measures.worstPayCut;
    expect(cut.baseline.mean).toBeGreaterThan(-1);
    expect(cut.baseline.mean).toBeLessThan(0.9);
  });

  it('a constraint no candidate meets: exit 1, what was broken how often, nothing written', async () => {
    const out = join(dir, 'infeasible');
    expect(await compsim(...SEARCH, '--budget-runs', '400', '--workers', '1', '--constraint', 'compCost<=1000', '--out', out)).toBe(1);
    expect(cli.stderr).toMatch(/optimize: none of the \d+ candidates tried meets every constraint \(compCost<=1000: broken by \d+\); loosen a constraint or widen a --vary range/);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [['--vary', 'schemes.lifetime-commission.roles.generalist.salary=10000:20000'], '--vary schemes.lifetime-commission.roles.generalist.salary=10000:20000: expected a path of the scheme optimised, starting with schemes.new-client-bonus.'],
    [['--vary', `${PAY}.servicing.rate=0.05:0.01`], `--vary ${PAY}.servicing.rate=0.05:0.01: low and high must be numbers with low < high`],
    [['--vary', `${PAY}.servicing.rat=0.01:0.05`], `--vary ${PAY}.servicing.rat=0.01:0.05: the path leads to no number of schemes.new-client-bonus`],
    [['--vary', `${PAY}.servicing.rate=0.01:5`], `--vary ${PAY}.servicing.rate`],
    [['--constraint', 'quits=<3'], '--constraint quits=<3: expected measure<=bound or measure>=bound'],
    [['--constraint', 'clients<=3'], '--constraint clients<=3: expected one of the measures compCost, quits'],
    [['--constraint', 'quits<=switch'], '--constraint quits<=switch: switch (the book at the switch, ± a number of clients) is a bound for activeClients only'],
    [['--budget-runs', '50'], '--budget-runs: 50 runs cannot hold a first race and a confirmation; expected at least 144'],
    [['--indifference', '0'], "--indifference: expected an amount above 0 of the objective or a percentage of the baseline's mean (e.g. 1%), found 0"],
    [['--calibration', 'nope.json'], 'nope.json'],
  ])('refuses %j with a message that names it, exit 1, nothing written', async (extra, message) => {
    const out = join(dir, 'refused');
    const args = extra[0] === '--vary' ? ['optimize', SCENARIO, ...SMALL, '--scheme', 'new-client-bonus', ...extra] : [...SEARCH, ...extra];
    expect(await compsim(...args, '--workers', '1', '--out', out)).toBe(1);
    expect(cli.stderr).toContain(message);
    expect(existsSync(out)).toBe(false);
  });

  it('names the scheme it does not know, with a suggestion', async () => {
    expect(await compsim('optimize', SCENARIO, '--scheme', 'new-client-bonuss', '--vary', `${PAY}.servicing.rate=0.01:0.05`, '--out', join(dir, 'x'))).toBe(1);
    expect(cli.stderr).toContain('new-client-bonuss');
    expect(cli.stderr).toContain('new-client-bonus');
  });
});

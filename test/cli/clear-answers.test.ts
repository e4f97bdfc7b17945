/**
 * Answers the command line gives to common slips: each names the option, the value and what was
 * expected, exits 1 and writes nothing; a precision not reached is a warning; outputs are
 * overwritten the same way by every command, and said so.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliHarness } from '../whatif/cli-harness.js';

const cli = cliHarness('compsim-answers-');
const { dir, compsim } = cli;
const SCENARIO = 'scenarios/freight.yaml';
const SMALL = ['--set', 'warmupMonths=3', '--set', 'team.managers=3', '--months', '4', '--workers', '1'];

describe('slips get answers that name what was expected', () => {
  it.each([
    [['run'], 'run: expected the scenario file, e.g. compsim run scenarios/freight.yaml'],
    [['run', SCENARIO, '--runz', '5'], 'unknown option --runz; did you mean --runs?'],
    [['run', SCENARIO, '--schemes', ''], '--schemes: expected scheme ids separated by commas (the baseline is always added), found none; scenarios/freight.yaml has lifetime-commission, new-client-bonus'],
    [['sweep', SCENARIO, '--scheme', 'farmer-handof', '--vary', 'behavior.discountRate=0.04,0.08'], '--scheme: no scheme "farmer-handof" in scenarios/freight.yaml; expected one of lifetime-commission'],
    [['sweep', SCENARIO, '--scheme', 'farmer-handof', '--vary', 'behavior.discountRate=0.04,0.08'], 'did you mean "farmer-handoff"?'],
    [['sweep', SCENARIO, '--vary', 'behavior.discountRate=0.04:0.16'], '--vary behavior.discountRate=0.04:0.16: a range needs the number of values too, from:to:steps (e.g. behavior.discountRate=0.04:0.16:4), or list the values, v1,v2,...'],
    [['merge', 'test', '--out', 'never-written'], 'merge: test is a folder with no part files in it'],
  ])('%j', async (args, message) => {
    const out = join(dir, 'refused');
    expect(await compsim(...args, ...(args.includes('--out') ? [] : ['--out', out]))).toBe(1);
    expect(cli.stderr).toContain(message);
    expect(existsSync(out)).toBe(false);
  });

  it('report --out naming a folder says so, and writes nothing', async () => {
    expect(await compsim('run', SCENARIO, ...SMALL, '--runs', '4', '--out', join(dir, 'run'))).toBe(0);
    mkdirSync(join(dir, 'a-folder'));
    expect(await compsim('report', join(dir, 'run', 'summary.json'), '--out', join(dir, 'a-folder'))).toBe(1);
    expect(cli.stderr).toContain(`${join(dir, 'a-folder')}: expected to write a file there, found a folder; name another file with --out (or remove the folder)`);
    expect(readdirSync(join(dir, 'a-folder'))).toEqual([]);
  });

  it('every command overwrites its outputs and says so: run, report, schema', async () => {
    expect(await compsim('run', SCENARIO, ...SMALL, '--runs', '4', '--out', join(dir, 'run'))).toBe(0);
    expect(cli.stdout).toContain(`Wrote ${join(dir, 'run', 'summary.json')} and ${join(dir, 'run', 'report.html')} (replacing the earlier files)`);
    const page = join(dir, 'page.html');
    expect(await compsim('report', join(dir, 'run', 'summary.json'), '--out', page)).toBe(0);
    expect(cli.stdout).toBe(`Wrote ${page}\n`);
    expect(await compsim('report', join(dir, 'run', 'summary.json'), '--out', page)).toBe(0);
    expect(cli.stdout).toBe(`Wrote ${page} (replacing the earlier file)\n`);
    const schema = join(dir, 'schema.json');
    writeFileSync(schema, 'old');
    expect(await compsim('schema', '--out', schema)).toBe(0);
    expect(cli.stdout).toBe(`Wrote ${schema} (replacing the earlier file)\n`);
    expect(JSON.parse(readFileSync(schema, 'utf8')).$schema).toBeDefined();
  });

  it('merge takes the folder the shards wrote, not only the files in it', async () => {
    const run = ['run', SCENARIO, ...SMALL, '--runs', '70', '--seed', '4'];
    for (const shard of ['1/2', '2/2']) expect(await compsim(...run, '--shard', shard, '--out', join(dir, 'parts'))).toBe(0);
    expect(await compsim('merge', join(dir, 'parts'), '--out', join(dir, 'merged'))).toBe(0);
    expect(await compsim(...run, '--out', join(dir, 'whole'))).toBe(0);
    expect(readFileSync(join(dir, 'merged', 'summary.json'), 'utf8')).toBe(readFileSync(join(dir, 'whole', 'summary.json'), 'utf8'));
  });

  it('a precision not reached is a warning on stderr and a line in the verdict', async () => {
    expect(await compsim('run', SCENARIO, ...SMALL, '--precision', '0.0001', '--min-runs', '64', '--max-runs', '64', '--out', join(dir, 'precision'))).toBe(0);
    expect(cli.stderr).toMatch(/^compsim: warning: --precision 0\.0001 not reached: after 64 runs \(--max-runs\) the value-created differences are known within ±\d+\.\d % of the baseline's net profit; raise --max-runs for more\n$/);
    const html = readFileSync(join(dir, 'precision', 'report.html'), 'utf8');
    expect(html).toContain('Warning: the precision asked for was not reached.');
    expect(html).toContain('after 64 runs (--max-runs), not within the ±0');
  });
});

describe('the summary table', () => {
  it('ranks by value created, as the verdict, and follows --lang', async () => {
    expect(await compsim('run', SCENARIO, ...SMALL, '--runs', '4', '--lang', 'ru', '--out', join(dir, 'table-ru'))).toBe(0);
    const [title, header, ...rows] = cli.stdout.split('\n');
    expect(title).toMatch(/^Отдел продаж транспортной компании: прогонов — 4, 4 мес\. после перехода, начальное число генератора 1, деньги в RUB за весь срок$/);
    expect(header).toMatch(/^схема\s+созданная ценность \(p5\.\.p95\)\s+P\(лучше\)\s+чистая прибыль/);
    const summary = JSON.parse(readFileSync(join(dir, 'table-ru', 'summary.json'), 'utf8'));
    const byValue = [...summary.schemes].sort((a, b) => b.totals.valueCreated.mean - a.totals.valueCreated.mean).map((s) => s.id);
    const listed = rows.slice(0, byValue.length).map((r) => r.split(/\s+/)[0]);
    expect(listed).toEqual(byValue);
    expect(cli.stdout).toContain(`${summary.baseline} (базовая)`);
  });
});

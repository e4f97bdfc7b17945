/**
 * The what-if commands as a user runs them (in this process, one worker thread, small runs):
 * sharded run, sweep and sensitivity merged into exactly the unsharded files, the calibrated
 * scenario file, and mistakes that end with exit code 1, a message and nothing written.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliHarness } from './cli-harness.js';
import { loadScenario } from '../../src/scenario/index.js';

const cli = cliHarness('compsim-whatif-cli-');
const { dir, compsim, read } = cli;
const SCENARIO = 'scenarios/freight.yaml';
const SMALL = ['--set', 'warmupMonths=3', '--set', 'team.managers=3', '--months', '4', '--workers', '1'];

describe('shards merged equal the unsharded result, byte for byte', () => {
  it('run: summary.json and report.html', async () => {
    // 70 runs = 2 blocks (64 + 6) over 3 shards: the first shard gets none, and its part still counts.
    const run = [SCENARIO, ...SMALL, '--runs', '70', '--seed', '8'];
    expect(await compsim('run', ...run, '--out', join(dir, 'run-whole'))).toBe(0);
    for (const shard of ['1/3', '2/3', '3/3']) expect(await compsim('run', ...run, '--shard', shard, '--out', join(dir, 'run-parts'))).toBe(0);
    expect(cli.stdout).toContain('Shard 3/3: 1 of 2 blocks (6 runs)');
    const parts = readdirSync(join(dir, 'run-parts')).map((f) => join(dir, 'run-parts', f));
    expect(await compsim('merge', ...parts.reverse(), '--out', join(dir, 'run-merged'))).toBe(0);
    expect(read('run-merged', 'summary.json')).toBe(read('run-whole', 'summary.json'));
    expect(read('run-merged', 'report.html')).toBe(read('run-whole', 'report.html'));
    expect(JSON.parse(read('run-merged', 'summary.json')).runs).toBe(70);
  });

  it('sweep: sweep.json and sweep.html, sharded by points and by blocks', async () => {
    const sweep = ['sweep', SCENARIO, ...SMALL, '--scheme', 'farmer-handoff', '--metric', 'netProfitDiff', '--vary', 'clients.handoffChurn=0.02,0.08', '--vary', 'behavior.discountRate=0.08,0.12'];
    expect(await compsim(...sweep, '--runs', '6', '--out', join(dir, 'sweep-whole'))).toBe(0);
    expect(cli.stdout).toMatch(/4 points × 6 runs, metric netProfitDiff \(higher is better\)\n {2}farmer-handoff: best at clients\.handoffChurn=/);
    for (const shard of ['1/2', '2/2']) expect(await compsim(...sweep, '--runs', '6', '--shard', shard, '--out', join(dir, 'sweep-parts'))).toBe(0);
    expect(cli.stdout).toContain('Shard 2/2: 2 of 4 points');
    expect(await compsim('merge', join(dir, 'sweep-parts', 'part-001-of-002.jsonl.gz'), join(dir, 'sweep-parts', 'part-002-of-002.jsonl.gz'), '--out', join(dir, 'sweep-merged'))).toBe(0);
    expect(read('sweep-merged', 'sweep.json')).toBe(read('sweep-whole', 'sweep.json'));
    expect(read('sweep-merged', 'sweep.html')).toBe(read('sweep-whole', 'sweep.html'));
    const result = JSON.parse(read('sweep-whole', 'sweep.json'));
    expect(result.points).toHaveLength(4);
    // Fewer points than shards: the shards split blocks of runs instead.
    const blocks = ['sweep', SCENARIO, ...SMALL, '--scheme', 'farmer-handoff', '--vary', 'behavior.discountRate=0.08,0.12', '--runs', '70'];
    expect(await compsim(...blocks, '--out', join(dir, 'blocks-whole'))).toBe(0);
    for (const shard of ['1/3', '2/3', '3/3']) expect(await compsim(...blocks, '--shard', shard, '--out', join(dir, 'blocks-parts'))).toBe(0);
    expect(cli.stdout).toContain('Shard 3/3: 2 of 4 blocks');
    const blockParts = readdirSync(join(dir, 'blocks-parts')).map((f) => join(dir, 'blocks-parts', f));
    expect(await compsim('merge', ...blockParts, '--out', join(dir, 'blocks-merged'))).toBe(0);
    expect(read('blocks-merged', 'sweep.json')).toBe(read('blocks-whole', 'sweep.json'));
    expect(read('sweep-whole', 'sweep.html')).toContain('id="chart-sweep-heatmap"');
  });

  it('sensitivity: the fixed design sharded, the crossing search in merge', async () => {
    const sensitivity = ['sensitivity', SCENARIO, ...SMALL, '--set', 'behavior.farmingEffortCost=0', '--schemes', 'lifetime-commission', '--params', 'behavior.discountRate,clients.baseChurn,behavior.farmingEffortCost', '--runs', '4', '--noise-seeds', '2', '--trajectories', '1', '--top', '1', '--steps', '2'];
    expect(await compsim(...sensitivity, '--out', join(dir, 'sens-whole'))).toBe(0);
    expect(cli.stdout).toContain('Widest swings (tornado):');
    for (const shard of ['1/3', '2/3', '3/3']) expect(await compsim(...sensitivity, '--shard', shard, '--out', join(dir, 'sens-parts'))).toBe(0);
    const parts = readdirSync(join(dir, 'sens-parts')).map((f) => join(dir, 'sens-parts', f));
    expect(await compsim('merge', ...parts, '--workers', '1', '--out', join(dir, 'sens-merged'))).toBe(0);
    expect(read('sens-merged', 'sensitivity.json')).toBe(read('sens-whole', 'sensitivity.json'));
    const result = JSON.parse(read('sens-whole', 'sensitivity.json'));
    expect(result.tornado).toHaveLength(2);
    expect(read('sens-whole', 'sensitivity.html')).toContain('id="chart-tornado"');
    // A parameter at 0 is skipped with a code, worded on the page in the page's language.
    expect(result.skipped).toEqual([{ path: 'behavior.farmingEffortCost', reason: 'zero-value' }]);
    expect(read('sens-whole', 'sensitivity.html')).toContain('its value is 0, which ±20 % does not move; give it a box with --range behavior.farmingEffortCost=low:high');
    expect(await compsim('merge', ...parts, '--workers', '1', '--lang', 'ru', '--out', join(dir, 'sens-merged-ru'))).toBe(0);
    expect(read('sens-merged-ru', 'sensitivity.json')).toBe(read('sens-whole', 'sensitivity.json'));
    expect(read('sens-merged-ru', 'sensitivity.html')).toContain('его значение 0, и сдвиг на ±20 % его не меняет; задайте диапазон: --range behavior.farmingEffortCost=низ:верх');
  });
});

describe('calibrate', () => {
  it('writes the accepted set and a calibrated scenario that loads, with the best values in place', async () => {
    const code = await compsim(
      'calibrate', SCENARIO, ...SMALL, '--runs', '4',
      '--target', 'schemes.lifetime-commission.timeShare.huntActivate=0.2:0.95',
      '--param', 'behavior.discountRate=0.08,0.12', '--param', 'behavior.farmingEffortCost=-20,20',
      '--out', join(dir, 'calibrate'),
    );
    expect(code).toBe(0);
    expect(cli.stdout).toMatch(/4 candidate points \(grid\) × 4 runs/);
    const result = JSON.parse(read('calibrate', 'calibration.json'));
    expect(result.points).toHaveLength(5);
    expect(result.accepted.length).toBeGreaterThan(0);
    const file = join(dir, 'calibrate', 'freight.calibrated.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# Calibrated by `compsim calibrate`');
    expect(text).toMatch(/discountRate: 0\.(08|12) +# \[calibrated\] by compsim calibrate \(the file had 0\.1\)/);
    const best = result.points[result.best].values;
    const calibrated = loadScenario(file);
    expect(calibrated.behavior.discountRate).toBe(best['behavior.discountRate']);
    expect(calibrated.behavior.farmingEffortCost).toBe(best['behavior.farmingEffortCost']);
    // Everything else is as the file says.
    expect(calibrated.schemes).toEqual(loadScenario(SCENARIO).schemes);
  });
});

describe('mistakes', () => {
  it('exit 1 with a message, and nothing written', async () => {
    const out = join(dir, 'never');
    expect(await compsim('sweep', SCENARIO, '--out', out)).toBe(1);
    expect(cli.stderr).toContain('--vary: name at least one parameter to vary');
    expect(await compsim('sweep', SCENARIO, '--vary', 'behavior.discountRat=0.1,0.2', '--out', out)).toBe(1);
    expect(cli.stderr).toMatch(/discountRat/);
    expect(await compsim('sensitivity', SCENARIO, '--params', 'behaviour', '--out', out)).toBe(1);
    expect(cli.stderr).toContain('behaviour names no parameter');
    expect(await compsim('calibrate', SCENARIO, '--target', 'schemes.lifetime-commission.timeShare.huntActivate=0.5:0.7', '--out', out)).toBe(1);
    expect(cli.stderr).toContain('--param: name at least one parameter to fit');
    expect(await compsim('run', SCENARIO, '--shard', '4/3', '--out', out)).toBe(1);
    expect(cli.stderr).toContain('--shard: expected i/n with 1 ≤ i ≤ n');
    expect(await compsim('run', SCENARIO, '--shard', '1/3', '--precision', '0.02', '--out', out)).toBe(1);
    expect(cli.stderr).toContain('cannot be combined with --precision');
    expect(existsSync(out)).toBe(false);
  });

  it('merge names the missing shard', async () => {
    const parts = join(dir, 'run-parts');
    expect(await compsim('merge', join(parts, 'part-001-of-003.jsonl.gz'), join(parts, 'part-003-of-003.jsonl.gz'), '--out', join(dir, 'never'))).toBe(1);
    expect(cli.stderr).toContain('merge: missing shard 2 of 3');
  });
});

describe('compsim targets', () => {
  it('measures every target of the scenario, exits 0 even when some are missed, and writes targets.json', async () => {
    const out = join(dir, 'targets');
    expect(await compsim('targets', SCENARIO, ...SMALL, '--runs', '4', '--seed', '5', '--out', out)).toBe(0);
    const result = JSON.parse(read('targets', 'targets.json'));
    const ids = loadScenario(SCENARIO).targets.map((t) => t.id);
    expect(result.targets.map((t: { id: string }) => t.id)).toEqual(ids);
    expect(result.met).toBe(result.targets.filter((t: { met: boolean }) => t.met).length);
    expect(result.met).toBeLessThan(ids.length); // four months cannot reproduce a year's turnover
    // The scenario as it is, then each distinct variant once.
    expect(result.variants[0]).toEqual([]);
    expect(new Set(result.variants.map((v: string[]) => JSON.stringify(v))).size).toBe(result.variants.length);
    expect(cli.stdout).toMatch(new RegExp(`^${result.met} of ${ids.length} targets met \\(4 runs, seed 5, ${result.variants.length} variants`));
    expect(cli.stdout).toMatch(/^MISSED [\w-]+: measured -?[\d.]+ \(95 % .*\), wanted .*, off by [\d.]+$/m);
    expect(cli.stdout).toContain('source: [thread] under the old lifetime commission');
  });

  it('a target naming what a summary does not hold: exit 1, the file, the target and what was expected, nothing written', async () => {
    const out = join(dir, 'targets-bad');
    expect(await compsim('targets', SCENARIO, ...SMALL, '--runs', '2', '--set', 'targets.0.measure=hutnActivate', '--out', out)).toBe(1);
    expect(cli.stderr).toMatch(/scenarios\/freight\.yaml: targets\[0\] \(old-time-split\): .*hutnActivate/);
    expect(existsSync(out)).toBe(false);
  });

  it('a scenario without targets says how to add them', async () => {
    expect(await compsim('targets', SCENARIO, ...SMALL, '--runs', '2', '--set', 'targets=[]', '--out', join(dir, 'no-targets'))).toBe(1);
    expect(cli.stderr).toMatch(/scenarios\/freight\.yaml: the scenario has no targets: section/);
  });
});

describe('compsim report redraws every result file', () => {
  it.each([
    ['sweep-whole', 'sweep'],
    ['sens-whole', 'sensitivity'],
    ['calibrate', 'calibration'],
    ['targets', 'targets'],
  ])('%s/%s.json: the same page as the command wrote, and in Russian', async (folder, kind) => {
    const again = join(dir, `${kind}-again.html`);
    expect(await compsim('report', join(dir, folder, `${kind}.json`), '--out', again)).toBe(0);
    expect(read(`${kind}-again.html`)).toBe(read(folder, `${kind}.html`));
    const ru = join(dir, `${kind}-ru.html`);
    expect(await compsim('report', join(dir, folder, `${kind}.json`), '--lang', 'ru', '--out', ru)).toBe(0);
    expect(read(`${kind}-ru.html`)).toContain('<html lang="ru">');
  });

  it('without --out the page goes beside the file, and says so in the language asked for', async () => {
    expect(await compsim('report', join(dir, 'sweep-whole', 'sweep.json'), '--lang', 'ru')).toBe(0);
    expect(cli.stdout).toBe(`Записан ${join(dir, 'sweep-whole', 'sweep.html')} (вместо прежнего файла)\n`);
    expect(await compsim('report', join(dir, 'sweep-whole', 'sweep.json'))).toBe(0);
    expect(cli.stdout).toBe(`Wrote ${join(dir, 'sweep-whole', 'sweep.html')} (replacing the earlier file)\n`);
  });
});

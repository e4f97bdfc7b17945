/**
 * Shards: `run --shard i/n` parts merged give byte for byte the summary of the unsharded run;
 * merging refuses missing, repeated or foreign parts.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate.js';
import { loadScenario } from '../../src/scenario/index.js';
import { checkParts } from '../../src/whatif/experiment.js';
import { mergeRunParts, runInputs, writeRunShard } from '../../src/whatif/run-shard.js';
import { shardRange } from '../../src/whatif/shard.js';

const dir = mkdtempSync(join(tmpdir(), 'compsim-shard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const load = () => loadScenario('scenarios/freight.yaml', { set: ['horizonMonths=5', 'warmupMonths=3', 'team.managers=4'] });
const options = { runs: 150, seed: 17, schemes: ['lifetime-commission'], overrides: ['team.managers=4'] };

describe('shard ranges', () => {
  it('split units into contiguous ranges covering everything once', () => {
    const ranges = [1, 2, 3].map((index) => shardRange({ index, count: 3 }, 10));
    expect(ranges).toEqual([{ from: 0, to: 3 }, { from: 3, to: 6 }, { from: 6, to: 10 }]);
    expect(shardRange({ index: 2, count: 4 }, 1)).toEqual({ from: 0, to: 0 });
  });
});

describe('run --shard and merge', () => {
  it('merged parts give byte for byte the summary of the unsharded run', async () => {
    const scenario = load();
    const whole = await simulate(scenario, { runs: options.runs, seed: options.seed, schemes: options.schemes, workers: 1, scenarioName: scenario.name, overrides: options.overrides });
    const inputs = runInputs(load(), options);
    const parts = join(dir, 'run');
    // 150 runs = 3 blocks of 64, 64, 22 runs; shard 1 of 2 gets block 0, shard 2 blocks 1 and 2.
    const first = await writeRunShard(inputs, { workers: 1, shard: { index: 1, count: 2 }, dir: parts });
    const second = await writeRunShard(inputs, { workers: 1, shard: { index: 2, count: 2 }, dir: parts });
    expect([first.owned, second.owned, first.units]).toEqual([1, 2, 3]);
    expect(readdirSync(parts).sort()).toEqual(['part-001-of-002.jsonl.gz', 'part-002-of-002.jsonl.gz']);
    const { header, files } = await checkParts([second.path, first.path]);
    expect(header.kind).toBe('run');
    const merged = await mergeRunParts(header.inputs as typeof inputs, files);
    expect(JSON.stringify(merged, null, 2)).toBe(JSON.stringify(whole, null, 2));
    expect(merged.runs).toBe(150);
  });

  it('refuses a missing shard, a repeated shard and parts of another experiment', async () => {
    const parts = join(dir, 'checks');
    const inputs = runInputs(load(), { ...options, runs: 10 });
    const one = await writeRunShard(inputs, { workers: 1, shard: { index: 1, count: 2 }, dir: parts });
    await expect(checkParts([one.path])).rejects.toMatchObject({ problem: { code: 'shards-missing', missing: [2], count: 2 } });
    await expect(checkParts([one.path, one.path])).rejects.toMatchObject({ problem: { code: 'shard-given-twice', index: 1, count: 2, first: one.path, second: one.path } });
    const other = await writeRunShard(runInputs(load(), { ...options, runs: 10, seed: 18 }), { workers: 1, shard: { index: 2, count: 2 }, dir: join(dir, 'other') });
    await expect(checkParts([one.path, other.path])).rejects.toMatchObject({ problem: { code: 'parts-of-different-experiments', file: other.path, firstFile: one.path } });
    await expect(checkParts([])).rejects.toMatchObject({ problem: { code: 'no-parts' } });
  });

  it('refuses a truncated part file', async () => {
    const parts = join(dir, 'cut');
    const inputs = runInputs(load(), { ...options, runs: 10 });
    const one = await writeRunShard(inputs, { workers: 1, shard: { index: 1, count: 1 }, dir: parts });
    const lines = gunzipSync(readFileSync(one.path)).toString('utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(3); // header, one block, end
    writeFileSync(one.path, gzipSync(lines.slice(0, 2).join('\n') + '\n'));
    const { header, files } = await checkParts([one.path]);
    await expect(mergeRunParts(header.inputs as typeof inputs, files)).rejects.toMatchObject({ problem: { code: 'part-incomplete', path: one.path } });
  });
});

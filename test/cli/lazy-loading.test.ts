/**
 * `compsim --help` and `compsim validate` answer quickly because they load only what they need:
 * yargs, the command definitions and (for validate) the scenario loader. The compiled CLI runs in
 * a child process with module hooks that list every file it loads (ES modules and require()d
 * ones); a file of the command line's bundle (dist/cli/bundle) stands for the modules that went
 * into it, as the bundle's meta.json records (tools/build/bundle-cli.ts). See
 * src/cli/commands/index.ts for the pattern that keeps it so.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultWorkers } from '../../src/engine/workers.js';
import { bin, ensureBuilt, repo } from '../robustness/helpers/compiled-cli.js';

let folder = '';
const BUNDLE = 'dist/cli/bundle/';

const HOOKS = `
import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (!url.startsWith('node:')) appendFileSync(process.env.COMPSIM_LOADED, url + '\\n');
  return next(url, context);
}
`;

const TRACE = `
import { createRequire, register } from 'node:module';
import { appendFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
register(new URL('./hooks.mjs', import.meta.url));
const Module = createRequire(import.meta.url)('node:module');
const load = Module._load;
Module._load = function (request, parent, isMain) {
  let file = request;
  try { file = Module._resolveFilename(request, parent, isMain); } catch {}
  if (file.startsWith('/')) appendFileSync(process.env.COMPSIM_LOADED, pathToFileURL(file).href + '\\n');
  return load.apply(this, arguments);
};
`;

/** Runs compsim with `args`; returns its exit code, stdout and the loaded files relative to the repository. */
function loadedBy(...args: string[]): { code: number | null; stdout: string; files: string[] } {
  const list = join(folder, `loaded-${args.join('-').replace(/[^a-z]+/gi, '-')}.txt`);
  writeFileSync(list, '');
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(join(folder, 'trace.mjs')).href, bin, ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, COMPSIM_LOADED: list },
  });
  const prefix = pathToFileURL(repo).href + '/';
  const bundle = JSON.parse(readFileSync(join(repo, BUNDLE, 'meta.json'), 'utf8')) as Record<string, string[]>;
  const loaded = readFileSync(list, 'utf8').split('\n').filter(Boolean).map((url) => url.replace(prefix, ''));
  const files = [...new Set(loaded.flatMap((file) => (file.startsWith(BUNDLE) ? (bundle[file.slice(BUNDLE.length)] ?? [file]) : [file])))];
  return { code: result.status, stdout: result.stdout, files };
}

const HEAVY_PACKAGES = ['vega', 'vega-lite', 'simple-statistics', 'cli-progress', 'seedrandom'];
const packagesOf = (files: string[]): string[] =>
  [...new Set(files.map((f) => /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(f)?.[1]).filter((p): p is string => p !== undefined))].sort();
const stagesOf = (files: string[]): string[] => [...new Set(files.map((f) => /^dist\/([^/]+)\//.exec(f)?.[1]).filter((s): s is string => s !== undefined))].sort();
/** Of the engine, only its one-function workers.ts (the default of --workers) may be loaded. */
const expectNoEngine = (files: string[]): void => expect(files.filter((f) => f.startsWith('dist/engine/'))).toEqual(['dist/engine/workers.js']);
const actionsOf = (files: string[]): string[] => files.filter((f) => f.endsWith('-action.js')).map((f) => f.replace('dist/cli/commands/', '')).sort();

beforeAll(() => {
  ensureBuilt();
  folder = mkdtempSync(join(tmpdir(), 'compsim-loading-'));
  writeFileSync(join(folder, 'hooks.mjs'), HOOKS);
  writeFileSync(join(folder, 'trace.mjs'), TRACE);
});

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('what a command loads', () => {
  it('compsim --help loads yargs and the command definitions, nothing that does the work', () => {
    const { code, stdout, files } = loadedBy('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('compsim <command> [options]');
    expect(files).toContain('dist/cli/commands/run.js');
    expect(stagesOf(files)).toEqual(['cli', 'engine']);
    expectNoEngine(files);
    expect(actionsOf(files)).toEqual([]);
    const packages = packagesOf(files);
    expect(packages).toContain('yargs');
    for (const name of [...HEAVY_PACKAGES, 'zod', 'yaml']) expect(packages).not.toContain(name);
  });

  it('compsim validate loads the scenario loader (zod, yaml) and its own action only', () => {
    const { code, stdout, files } = loadedBy('validate', 'scenarios/freight.yaml');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^scenarios\/freight\.yaml: valid — /);
    expect(stagesOf(files)).toEqual(['cli', 'engine', 'scenario']);
    expectNoEngine(files);
    expect(actionsOf(files)).toEqual(['validate-action.js']);
    const packages = packagesOf(files);
    expect(packages).toEqual(expect.arrayContaining(['yargs', 'zod', 'yaml']));
    for (const name of HEAVY_PACKAGES) expect(packages).not.toContain(name);
  });

  it('compsim run --help shows the engine\'s default number of workers without loading the engine', () => {
    const { code, stdout, files } = loadedBy('run', '--help');
    expect(code).toBe(0);
    expect(stdout.replace(/\s+/g, ' ')).toContain(`Worker threads (default: all cores, ${defaultWorkers()} here)`);
    expect(stagesOf(files)).toEqual(['cli', 'engine']);
    expectNoEngine(files);
    for (const name of HEAVY_PACKAGES) expect(packagesOf(files)).not.toContain(name);
  });
});

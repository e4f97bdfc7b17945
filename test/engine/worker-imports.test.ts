/**
 * A worker thread starts by loading the compiled engine (dist/engine/worker.js) and everything it
 * imports; every experiment pays that once per worker, while the workers compete for the cores.
 * The scenario is parsed and validated on the main thread, so a worker must not load zod (94
 * files), yaml, yargs or the charting libraries: this follows the static imports of the build.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, repo } from '../robustness/helpers/compiled-cli.js';

/** The packages and the files of dist/ that a module loads before it runs, following static imports. */
function staticGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'/gm)) {
      if (specifier === undefined) continue;
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
      else if (!specifier.startsWith('node:')) packages.add(specifier.split('/')[0]);
    }
  };
  visit(entry);
  return { files: [...files].map((f) => f.slice(repo.length + 1)).sort(), packages: [...packages].sort() };
}

beforeAll(() => ensureBuilt());

describe('what a worker thread loads', () => {
  it('the engine and the statistics, not the scenario parser or the charts', () => {
    const { files, packages } = staticGraph(join(repo, 'dist/engine/worker.js'));
    expect(files).toContain('dist/engine/month.js');
    expect(files).toContain('dist/schemes/pay-kernel.js');
    for (const name of ['zod', 'yaml', 'yargs', 'vega', 'vega-lite', 'cli-progress']) expect(packages).not.toContain(name);
    expect(files.filter((f) => f.startsWith('dist/scenario/'))).toEqual(['dist/scenario/vocabulary.js']);
    expect(files.filter((f) => f.startsWith('dist/report/') || f.startsWith('dist/cli/'))).toEqual([]);
  });
});

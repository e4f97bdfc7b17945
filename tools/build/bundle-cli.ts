/**
 * The command line as one bundle (run by `npm run build` after tsc): dist/cli/bundle/main.js
 * and the chunks its commands load on use. Loading the CLI from dist/ module by module costs
 * Node a file lookup, a read and a link for each of some 150 files (zod alone is 94, yargs
 * about 30): measured, `compsim validate` 0.47 s → 0.37 s and `compsim --help` 0.30 s →
 * 0.25 s from the bundle. What a command needs is still loaded only when it runs: every
 * `import()` of the sources becomes a chunk of its own (`splitting`).
 *
 * Left out of the bundle: vega and vega-lite (large, loaded only to draw charts, and they read
 * nothing relative to themselves that bundling would break). Worker threads and the library
 * API run the tsc output in dist/ (engine/workers.ts finds the worker script from any of them).
 * `meta.json` records which source files went into which output file, so a test can still tell
 * what a command loaded (test/cli/lazy-loading.test.ts).
 *
 * Tooling, not part of the library: tools/tsconfig.json compiles it into dist-tools/, which the
 * package does not ship.
 */
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = `${ROOT}dist/`;
const OUT = `${DIST}cli/bundle`;

/** Output file (relative to the bundle folder) → the files in it (relative to the repository). */
export type BundleMap = Record<string, string[]>;

export async function bundleCli(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  const result = await build({
    entryPoints: [`${DIST}cli/main.js`],
    outdir: OUT,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['vega', 'vega-lite'],
    // CommonJS packages (yaml, cli-progress) call require() for Node's own modules.
    banner: { js: "import { createRequire as __compsimRequire } from 'node:module'; const require = __compsimRequire(import.meta.url);" },
    metafile: true,
    logLevel: 'warning',
  });
  const map: BundleMap = {};
  for (const [output, { inputs }] of Object.entries(result.metafile.outputs)) {
    // The metafile's paths are relative to the working directory.
    map[relative(OUT, resolve(output))] = Object.keys(inputs).map((input) => relative(ROOT, resolve(input)));
  }
  writeFileSync(`${OUT}/meta.json`, JSON.stringify(map, null, 1) + '\n');
}

await bundleCli();

/**
 * The layering rules of .dependency-cruiser.cjs (run on src/ by `npm run lint:layers` in
 * `npm test`) must keep firing: here they run through dependency-cruiser's API on a tiny tree laid
 * out like src/, with at least one forbidden import per rule next to imports the flow allows, and
 * must report exactly the forbidden ones. A rule whose pattern stops matching (a folder renamed, a
 * typo) fails this test instead of passing everything silently.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Exception {
  rule: string;
  from: string;
  to: string;
  because: string;
}
type Rules = IConfiguration & { rules: { name: string }[]; exceptions: Exception[] };
const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as Rules;

/**
 * The tiny tree: path → source. Each file mixes imports the flow allows with forbidden ones (listed
 * in FORBIDDEN below); the allowed ones must stay silent.
 */
const TREE: Record<string, string> = {
  // Forbidden: codes.ts imports anything.
  'src/model/codes.ts': "import { Purpose } from './random.js';\nexport const HUNT = 0;\n",
  'src/model/random.ts': 'export const Purpose = {};\n',
  // Allowed: the model → schemes, stats, a type-only cycle with clients.ts. Forbidden: → the engine.
  'src/model/company.ts':
    "import { loseClient } from './clients.js';\nimport '../schemes/compile.js';\nimport '../stats/moments.js';\nimport '../engine/summary.js';\nexport class Company {}\n",
  'src/model/clients.ts': "import type { Company } from './company.js';\nexport function loseClient(company: Company) {}\n",
  // Allowed: schemes → the shared names. Forbidden: → the rest of the model, if only a type.
  'src/schemes/compile.ts': "import { HUNT } from '../model/codes.js';\nimport type { Company } from '../model/company.js';\nexport {};\n",
  // Forbidden: the input stages → anything after them.
  'src/scenario/load.ts': "import '../schemes/compile.js';\nexport {};\n",
  'src/book/book.ts': "import type { Company } from '../model/company.js';\nexport {};\n",
  // Forbidden: stats → the engine's summary types (type-only, as src/stats/ once did).
  'src/stats/moments.ts': "import type { Summary } from '../engine/summary.js';\nexport {};\n",
  'src/engine/summary.ts': "import '../stats/moments.js';\nexport interface Summary {}\n",
  // Allowed: the engine → the model. Forbidden: → the command line; an import that resolves nowhere.
  'src/engine/month.ts': "import '../model/company.js';\nimport '../cli/main.js';\nimport { mnth } from './mnth.js';\nexport {};\n",
  // Forbidden: cli-progress outside the command line; the library → the tooling.
  'src/engine/progress.ts': "import 'cli-progress';\nimport '../../tools/bench/bench.js';\nexport {};\n",
  // Forbidden: a cycle at run time (month-loop → phase → month-loop).
  'src/engine/month-loop.ts': "import { phase } from './phase.js';\nexport const loop = () => phase();\n",
  'src/engine/phase.ts': "import { loop } from './month-loop.js';\nexport const phase = () => loop;\n",
  // Allowed: what-if → the engine. Forbidden: worker threads, the report.
  'src/whatif/sweep.ts': "import '../engine/summary.js';\nimport { Worker } from 'node:worker_threads';\nimport '../report/chart.js';\nexport {};\n",
  'src/whatif/points.ts': 'export {};\n',
  // Allowed: the report → what-if results (sweep). Forbidden: → the simulation of the points, the command line.
  'src/report/page.ts': "import '../whatif/sweep.js';\nimport '../whatif/points.js';\nimport '../cli/main.js';\nexport {};\n",
  'src/report/chart.ts': 'export {};\n',
  // Allowed: the command line's packages in the command line.
  'src/cli/main.ts': "import 'yargs';\nimport 'cli-progress';\nexport {};\n",
  'tools/bench/bench.ts': "import '../../src/engine/month.js';\nexport {};\n",
  'node_modules/yargs/package.json': '{ "name": "yargs", "main": "index.js" }\n',
  'node_modules/yargs/index.js': 'module.exports = {};\n',
  'node_modules/cli-progress/package.json': '{ "name": "cli-progress", "main": "index.js" }\n',
  'node_modules/cli-progress/index.js': 'module.exports = {};\n',
};

/** Every violation the tree must produce: rule, importing file, imported module. */
const FORBIDDEN = [
  ['stats-is-a-leaf', 'src/stats/moments.ts', 'src/engine/summary.ts'],
  ['codes-import-nothing', 'src/model/codes.ts', 'src/model/random.ts'],
  ['input-stages-import-nothing-later', 'src/scenario/load.ts', 'src/schemes/compile.ts'],
  ['input-stages-import-nothing-later', 'src/book/book.ts', 'src/model/company.ts'],
  ['schemes-only-scenario-stats-codes', 'src/schemes/compile.ts', 'src/model/company.ts'],
  ['model-not-later', 'src/model/company.ts', 'src/engine/summary.ts'],
  ['engine-not-later', 'src/engine/month.ts', 'src/cli/main.ts'],
  ['whatif-not-later', 'src/whatif/sweep.ts', 'src/report/chart.ts'],
  ['whatif-no-worker-threads', 'src/whatif/sweep.ts', 'worker_threads'],
  ['report-not-cli', 'src/report/page.ts', 'src/cli/main.ts'],
  ['report-not-whatif-simulation', 'src/report/page.ts', 'src/whatif/points.ts'],
  ['command-line-packages-only-in-cli', 'src/engine/progress.ts', 'node_modules/cli-progress/index.js'],
  ['library-not-on-tools', 'src/engine/progress.ts', 'tools/bench/bench.ts'],
  ['no-runtime-cycles', 'src/engine/month-loop.ts', 'src/engine/phase.ts'],
  ['no-unresolvable', 'src/engine/month.ts', './mnth.js'],
].map(([rule, from, to]) => `${rule}: ${from} → ${to}`);

let tree = '';

beforeAll(() => {
  tree = mkdtempSync(join(tmpdir(), 'compsim-layers-'));
  for (const [path, source] of Object.entries(TREE)) {
    mkdirSync(dirname(join(tree, path)), { recursive: true });
    writeFileSync(join(tree, path), source);
  }
});

afterAll(() => {
  if (tree) rmSync(tree, { recursive: true, force: true });
});

/** The violations of `forbidden` when dependency-cruiser runs on `folders` of `baseDir`, as "rule: from → to". */
async function violations(baseDir: string, folders: string[], forbidden = config.forbidden): Promise<string[]> {
  const { output } = await cruise(folders, { ...config.options, baseDir, ruleSet: { forbidden }, validate: true });
  const result = output as ICruiseResult;
  return [...new Set(result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`))].sort();
}

describe('the layering rules', () => {
  it('report exactly the forbidden imports of a tiny tree', async () => {
    const found = await violations(tree, ['src']);
    expect(found).toEqual([...FORBIDDEN].sort());
  });

  it('each rule of the configuration is exercised by the tree', () => {
    const exercised = new Set(FORBIDDEN.map((v) => v.split(':')[0]));
    expect(config.rules.map((rule) => rule.name).filter((name) => !exercised.has(name))).toEqual([]);
  });

  it('every temporary exception still occurs in src/ (delete it from .dependency-cruiser.cjs once it does not)', async () => {
    const repo = fileURLToPath(new URL('../../', import.meta.url));
    const withoutExceptions = await violations(repo, ['src'], config.rules as IConfiguration['forbidden']);
    for (const exception of config.exceptions) {
      expect(withoutExceptions, `${exception.from} → ${exception.to}`).toContain(`${exception.rule}: ${exception.from} → ${exception.to}`);
    }
  });
});

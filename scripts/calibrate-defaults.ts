/**
 * Reproduces the calibration of the bundled scenario: `compsim calibrate` on scenarios/freight.yaml
 * with the scenario's own targets (all of them, the variant ones too), a Latin hypercube over the
 * uncertain parameters around the file's values, every point simulated with the same seed.
 * The accepted set is every point that meets every target; the file's own values are point 0,
 * and the output says whether they are accepted and how often each scheme is best by value
 * created over the accepted set (decision robustness).
 *
 *   npx tsx scripts/calibrate-defaults.ts [runs=64] [points=60] [out=reports/freight-calibrate-defaults]
 */
import { spawnSync } from 'node:child_process';
import { BUNDLED_CALIBRATION as PARAMETERS } from '../src/cli/commands/calibrate.js';

const runs = process.argv[2] ?? '64';
const points = process.argv[3] ?? '60';
const out = process.argv[4] ?? 'reports/freight-calibrate-defaults';

const args = ['bin/compsim.js', 'calibrate', 'scenarios/freight.yaml', '--design', 'lhs', '--points', points, '--runs', runs, '--seed', '11', '--out', out];
for (const p of PARAMETERS) args.push('--param', p);
console.log(`node ${args.join(' ')}`);
const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(result.status ?? 1);

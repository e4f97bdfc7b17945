/**
 * Calibrates the bundled scenario's effort costs to what the owner observed (DESIGN §4): the share
 * of hours on categories 1+2 (hunt + activate) is 50–70 % under the old lifetime commission and
 * 90–95 % under the current new-client bonus. A grid over the felt costs of hunting and farming,
 * each point simulated with common random numbers; prints every point and the best one.
 *
 *   npx tsx scripts/calibrate-defaults.ts [runs=32] [path=v1,v2,... ...]
 */
import { loadScenario } from '../src/scenario/index.js';
import { simulate } from '../src/engine/simulate.js';

const runs = Number(process.argv[2] ?? 32);
const axes: [string, number[]][] = process.argv.slice(3).map((arg) => {
  const [path, values] = arg.split('=');
  return [path, values.split(',').map(Number)];
});
if (axes.length === 0) {
  axes.push(['behavior.huntingEffortCost', [100, 150, 200, 250]], ['behavior.farmingEffortCost', [-60, -40, -20, 0]]);
}
const grid: string[][] = axes.reduce<string[][]>((points, [path, values]) => points.flatMap((p) => values.map((v) => [...p, `${path}=${v}`])), [[]]);
const targets = { 'lifetime-commission': [0.5, 0.7], 'new-client-bonus': [0.9, 0.95] } as const;
let best: { score: number; point: string } | null = null;
for (const set of grid) {
  {
    const scenario = loadScenario('scenarios/freight.yaml', { set });
    const summary = await simulate(scenario, { runs, seed: 11, schemes: ['lifetime-commission'], workers: 2, scenarioName: 'calibration' });
    let score = 0;
    const parts: string[] = [];
    for (const [id, [lo, hi]] of Object.entries(targets)) {
      const s = summary.schemes.find((x) => x.id === id)!;
      const share = s.timeShare.hunt.mean + s.timeShare.activate.mean;
      const middle = (lo + hi) / 2;
      score += ((share - middle) / ((hi - lo) / 2)) ** 2;
      parts.push(`${id} ${share.toFixed(3)} stuck ${s.end.stuckContracted.mean.toFixed(1)}`);
    }
    const point = set.join(' ');
    console.log(`${point}  ${parts.join('  ')}  score ${score.toFixed(2)}`);
    if (!best || score < best.score) best = { score, point };
  }
}
console.log(`best: ${best?.point} (score ${best?.score.toFixed(2)}; 1 = at the edge of a target range)`);

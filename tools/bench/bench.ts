/**
 * `npm run bench`: how fast compsim simulates, against the physical limit of its work. Each case
 * runs in a fresh Node process (so its peak resident memory is its own) and prints one line:
 *
 *   - the bundled scenario at 1000 and 10 000 runs (1000 only with --quick) with 1 worker and all cores:
 *     wall time, client-months and manager-months per second (from the summary's `work`), peak
 *     RSS, and for 1 worker the ratio of the engine's time per client-month to a bare loop that
 *     does the same per-client-month work without the model (timed in the same process);
 *   - where the time goes: a CPU profile of 256 runs on 1 worker cut into the parts of the model
 *     (time-parts.ts), each part's cost per client-month against the bare loop, and what the
 *     engine would cost if every loop over the book were free;
 *   - a company ten times larger (managers, market and its growth ×10) against the bundled one,
 *     per run: the cost should grow about tenfold, not a hundredfold;
 *   - the owner's and the analyst's commands, each in a fresh process timed from its start, pages
 *     included: `npm start`, `run --precision 0.02` (seeds 1, 2, 3; the runs it needed), the README's
 *     `sensitivity` example, a small `optimize` and `run` with its default 200 runs, each with the
 *     time per client-month it simulated against the bare loop; `compsim --help` and
 *     `compsim validate` (which must not load the charting libraries);
 *   - the dice: our counter-based hash against seedrandom's ARC4 stream.
 *
 * Timings are wall-clock on whatever else the machine is doing: the load average is printed
 * first, and a loaded machine makes every number worse. Nothing here is a test.
 */
import { spawn, spawnSync } from 'node:child_process';
import { Session } from 'node:inspector/promises';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// The compiled library, as it ships (dist/, built by `npm run build` before the bench compiles).
import { monthKey, purposeKey, uniform, uniformAt } from '../../dist/model/random.js';
import { simulate } from '../../dist/engine/simulate.js';
import { loadScenario } from '../../dist/scenario/index.js';
import { timeParts, type CpuProfile, type PartTime } from './time-parts.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCENARIO = join(ROOT, 'scenarios', 'freight.yaml');
const CLI = join(ROOT, 'bin', 'compsim.js');
const SELF = fileURLToPath(import.meta.url);

interface CaseResult {
  name: string;
  wallSeconds: number;
  runs?: number;
  clientMonths?: number;
  managerMonths?: number;
  peakRssMB?: number;
  bareNsPerClientMonth?: number;
  /** Shares of the time by part of the model (the profiled case). */
  parts?: PartTime[];
}

// ------------------------------------------------------------------ cases (child processes)

/** The month loop's dice per client-month: two for the client's move, one for its revenue noise. */
const DRAWS_PER_CLIENT_MONTH = 3;

/**
 * The bare loop: per client-month the same number of hashed uniform draws as the month loop
 * (with the same hoisting of the hash), one Math.exp and a few multiply-adds over typed arrays,
 * no model logic. Returns its median time per client-month in nanoseconds. Plain loops over typed
 * arrays, nothing allocated: this is the floor the engine is measured against.
 */
function bareLoopNs(): number {
  const clients = 400;
  const months = 250;
  const potential = new Float64Array(clients);
  const share = new Float64Array(clients);
  const revenue = new Float64Array(clients);
  for (let i = 0; i < clients; i++) {
    potential[i] = 1e5 * (1 + (i % 7));
    share[i] = 0.2 + (i % 5) * 0.1;
  }
  const keys = [purposeKey(7, 1), purposeKey(7, 2), purposeKey(7, 3)];
  const once = (): number => {
    let total = 0;
    for (let month = 0; month < months; month++) {
      const thisMonth = monthKey(month);
      for (let i = 0; i < clients; i++) {
        const a = uniformAt(keys[0], i, thisMonth);
        const b = uniformAt(keys[1], i, thisMonth);
        const c = uniformAt(keys[2], i, thisMonth);
        const grown = share[i] + 0.04 * a * (1 - share[i]) - 0.04 * b * share[i];
        share[i] = grown < 1 ? grown : 1;
        revenue[i] = potential[i] * share[i] * Math.exp(0.15 * c - 0.01);
        total += revenue[i];
      }
    }
    return total;
  };
  // Passes for about a second (each is 100 000 client-months, 1–2 ms): the median, because the
  // best of a few passes swung between 13 and 21 ns with the neighbours' load.
  const times: number[] = [];
  let sink = 0;
  const until = performance.now() + 1000;
  while (times.length < 12 || performance.now() < until) {
    const start = performance.now();
    sink += once();
    times.push(performance.now() - start);
  }
  if (!(sink > 0)) throw new Error('bare loop: no revenue');
  times.sort((a, b) => a - b);
  return (times[Math.floor(times.length / 2)] * 1e6) / (clients * months);
}

function companyOverrides(factor: number): string[] {
  if (factor === 1) return [];
  const base = loadScenario(SCENARIO);
  return [
    `team.managers=${base.team.managers * factor}`,
    `market.prospects=${base.market.prospects * factor}`,
    `market.newProspectsPerMonth=${base.market.newProspectsPerMonth * factor}`,
  ];
}

interface EngineCase {
  name: string;
  runs: number;
  workers: number;
  /** Company size: team and market × factor. */
  factor: number;
  /** Also time the bare loop in this process. */
  bare: boolean;
  /** Simulate a few runs first, untimed, so that a short case is not mostly compilation. */
  warm?: boolean;
  /** Simulate under V8's sampling profiler and report where the time goes (time-parts.ts). */
  profile?: boolean;
}

async function runCase(spec: EngineCase): Promise<CaseResult> {
  const scenario = loadScenario(SCENARIO, { set: companyOverrides(spec.factor) });
  if (spec.warm) await simulate(scenario, { runs: 8, seed: 2, workers: 1, scenarioName: scenario.name });
  const session = spec.profile ? await startProfiler() : undefined;
  const start = performance.now();
  const summary = await simulate(scenario, { runs: spec.runs, seed: 1, workers: spec.workers, scenarioName: scenario.name });
  const wallSeconds = (performance.now() - start) / 1000;
  return {
    ...(session ? { parts: timeParts(await stopProfiler(session), readCompiled) } : {}),
    name: spec.name,
    wallSeconds,
    runs: summary.runs,
    clientMonths: summary.work.clientMonths,
    managerMonths: summary.work.managerMonths,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    ...(spec.bare ? { bareNsPerClientMonth: bareLoopNs() } : {}),
  };
}

/**
 * A command as the owner or the analyst types it, in this (fresh) process: the command line's
 * bundle, as bin/compsim.js loads it, and the wall time since the process started (Node's own
 * start-up included, as the user waits for it). `--out` is added; `runs` is read back from a
 * summary.json the command wrote, and the client-months from the runner's count (work-done.ts).
 */
async function cliCase(name: string, command: string[]): Promise<CaseResult> {
  const out = mkdtempSync(join(tmpdir(), 'compsim-bench-'));
  const args = [...command, '--out', out];
  const bundle: string = new URL('../../dist/cli/bundle/main.js', import.meta.url).href;
  const { main, workDone } = (await import(bundle)) as { main: (argv: string[]) => Promise<number>; workDone: () => Promise<{ clientMonths: number }> };
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (() => true) as typeof process.stdout.write;
  let code: number;
  try {
    code = await main(args);
  } finally {
    process.stdout.write = write;
  }
  const wallSeconds = performance.now() / 1000;
  const { clientMonths } = await workDone();
  let runs: number | undefined;
  try {
    runs = (JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { runs: number }).runs;
  } catch {
    runs = undefined;
  }
  rmSync(out, { recursive: true, force: true });
  if (code !== 0) throw new Error(`compsim ${args.join(' ')} exited with ${code}`);
  return { name, wallSeconds, runs, clientMonths, peakRssMB: process.resourceUsage().maxRSS / 1024 };
}

/** The text of a compiled file the profile names (a file: URL), or undefined. */
function readCompiled(url: string): string | undefined {
  try {
    return readFileSync(fileURLToPath(url), 'utf8');
  } catch {
    return undefined;
  }
}

/** V8's sampling profiler on this thread, every 250 µs. */
async function startProfiler(): Promise<Session> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 250 });
  await session.post('Profiler.start');
  return session;
}

async function stopProfiler(session: Session): Promise<CpuProfile> {
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  return profile as CpuProfile;
}

/** Runs simulated under the profiler (1 worker, after a few untimed runs). */
const PROFILED_RUNS = 256;

// ------------------------------------------------------------------ orchestration

type CaseSpec = EngineCase | { cli: string[]; name: string };

/** Cases run at once, each in its own process, so that its peak resident memory is its own. */
function inChildren(specs: CaseSpec[]): Promise<CaseResult[]> {
  return Promise.all(
    specs.map(
      (spec) =>
        new Promise<CaseResult>((resolve, reject) => {
          const out = join(mkdtempSync(join(tmpdir(), 'compsim-bench-')), 'result.json');
          const child = spawn(process.execPath, [SELF, '--case', JSON.stringify(spec), out], { stdio: ['ignore', 'ignore', 'inherit'] });
          child.on('error', reject);
          child.on('exit', (code) => {
            if (code !== 0) return reject(new Error(`bench case ${JSON.stringify(spec)} failed (exit ${code})`));
            const result = JSON.parse(readFileSync(out, 'utf8')) as CaseResult;
            rmSync(out, { force: true });
            resolve(result);
          });
        }),
    ),
  );
}

/** One case alone, in its own process. */
async function inChild(spec: CaseSpec): Promise<CaseResult> {
  return (await inChildren([spec]))[0];
}

/** Best wall time of a few runs of the command line, in seconds. */
function cliSeconds(args: string[], times = 3): number {
  let best = Infinity;
  for (let k = 0; k < times; k++) {
    const start = performance.now();
    const child = spawnSync(process.execPath, [CLI, ...args], { stdio: 'ignore' });
    if (child.status !== 0) throw new Error(`compsim ${args.join(' ')} exited with ${child.status}`);
    best = Math.min(best, (performance.now() - start) / 1000);
  }
  return best;
}

/**
 * Millions of uniforms a second, best of a few passes. One loop per kind of draw, written out:
 * a shared loop calling a function argument would be specialised for the first kind only.
 * Purposes and months vary with i so that the compiler cannot hoist what the month loop cannot.
 */
const DRAWS = 4_000_000;
function bestRate(pass: () => number): number {
  let best = Infinity;
  let sink = 0;
  for (let rep = 0; rep < 5; rep++) {
    const start = performance.now();
    sink += pass();
    best = Math.min(best, performance.now() - start);
  }
  if (!(sink > 0)) throw new Error('no draws');
  return DRAWS / best / 1000;
}

function hashPass(): number {
  let sink = 0;
  for (let i = 0; i < DRAWS; i++) sink += uniform(12345, 7 + (i & 3), i, i >>> 12);
  return sink;
}

const hoistedKeys = Int32Array.from([7, 8, 9, 10], (purpose) => purposeKey(12345, purpose));
function hoistedPass(): number {
  let sink = 0;
  for (let i = 0; i < DRAWS; i++) sink += uniformAt(hoistedKeys[i & 3], i, monthKey(i >>> 12));
  return sink;
}

function streamPass(next: () => number): number {
  let sink = 0;
  for (let i = 0; i < DRAWS; i++) sink += next();
  return sink;
}

const number = (value: number, digits = 0): string => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function engineLine(r: CaseResult): string {
  const perSecond = (count = 0) => number(count / r.wallSeconds / 1e6, 2);
  const parts = [
    r.name.padEnd(26),
    `${number(r.wallSeconds, 2).padStart(7)} s`,
    `${perSecond(r.clientMonths).padStart(6)} M client-months/s`,
    `${number((r.managerMonths ?? 0) / r.wallSeconds / 1e3, 0).padStart(5)} k manager-months/s`,
    `peak RSS ${number(r.peakRssMB ?? 0).padStart(4)} MB`,
  ];
  if (r.bareNsPerClientMonth !== undefined && r.clientMonths) {
    const engineNs = (r.wallSeconds * 1e9) / r.clientMonths;
    parts.push(`${number(engineNs, 0)} ns/client-month = ${number(engineNs / r.bareNsPerClientMonth, 1)}× the bare loop (${number(r.bareNsPerClientMonth, 1)} ns)`);
  }
  return parts.join('  ');
}

/**
 * The profiled shares of time applied to the 1-worker reference case: what each part costs per
 * client-month, against the bare loop, and what the engine would cost if every loop over the
 * book (the per-client-month parts) were free, which bounds what faster client loops can give.
 */
function printTimeParts(reference: CaseResult, parts: PartTime[], print: (line: string) => void): void {
  const bare = reference.bareNsPerClientMonth ?? NaN;
  const engineNs = (reference.wallSeconds * 1e9) / (reference.clientMonths ?? NaN);
  print('');
  print(`Where the time goes (V8 CPU profile of ${PROFILED_RUNS} runs on 1 worker; its shares applied to the ${reference.name} case):`);
  const row = (name: string, share: number) =>
    `  ${(100 * share).toFixed(1).padStart(5)} %  ${number(share * engineNs, 0).padStart(4)} ns/client-month  ${number((share * engineNs) / bare, 1).padStart(5)}× the bare loop  ${name}`;
  for (const part of parts) print(row(part.name, part.share));
  const perClient = parts.filter((p) => p.per === 'client-month').reduce((sum, p) => sum + p.share, 0);
  print(row('all loops over the book (per client-month)', perClient));
  print(row('everything else (per manager-month, per run, other)', 1 - perClient));
  print(
    `  with every loop over the book free, the engine would still take ${number((1 - perClient) * engineNs, 0)} ns per client-month, ` +
      `${number(((1 - perClient) * engineNs) / bare, 1)}× the bare loop`,
  );
}

/** The commands the README gives the owner and the analyst; --precision on seeds 1, 2 and 3 (seed 1 only with --quick). */
function ownerCommands(full: boolean): { shown: string; args: string[] }[] {
  const pay = 'schemes.new-client-bonus.roles.generalist.pay';
  return [
    { shown: 'npm start (compsim run scenarios/freight.yaml --runs 1000 --lang ru)', args: ['run', SCENARIO, '--runs', '1000', '--lang', 'ru'] },
    ...(full ? [1, 2, 3] : [1]).map((seed) => ({
      shown: `compsim run scenarios/freight.yaml --precision 0.02 --seed ${seed}`,
      args: ['run', SCENARIO, '--precision', '0.02', '--seed', String(seed)],
    })),
    {
      shown: 'compsim sensitivity (the README example: 3 schemes, --runs 32 --months 24 --seed 3)',
      args: ['sensitivity', SCENARIO, '--schemes', 'threshold-promotion,lifetime-commission,farmer-handoff', '--range', 'behavior.farmingEffortCost=-30:30', '--runs', '32', '--months', '24', '--seed', '3'],
    },
    {
      shown: 'compsim optimize (new-client-bonus, its two rates, --budget-runs 2000)',
      args: ['optimize', SCENARIO, '--scheme', 'new-client-bonus', '--vary', `${pay}.servicing.rate=0.005:0.08`, '--vary', `${pay}.new-client.rate=0.1:0.4`, '--budget-runs', '2000'],
    },
  ];
}

async function orchestrate(full: boolean): Promise<void> {
  const cores = availableParallelism();
  const print = (line: string) => process.stdout.write(line + '\n');
  print(`compsim bench — ${cpus()[0]?.model ?? 'cpu'} × ${cores}, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  if (loadavg()[0] > cores) print(`  (the machine is busy: load ${loadavg()[0].toFixed(1)} on ${cores} cores; every time below is inflated)`);
  print('');
  print('Bundled scenario (scenarios/freight.yaml, every scheme, statistics included, no report):');
  const sizes = full ? [1000, 10_000] : [1000];
  let reference: CaseResult | undefined;
  for (const runs of sizes) {
    const one = await inChild({ name: `${runs} runs, 1 worker`, runs, workers: 1, factor: 1, bare: true });
    reference ??= one;
    print(engineLine(one));
    if (cores > 1) {
      const all = await inChild({ name: `${runs} runs, ${cores} workers`, runs, workers: cores, factor: 1, bare: false });
      print(`${engineLine(all)}  ×${number(one.wallSeconds / all.wallSeconds, 2)} faster than 1 worker`);
    }
  }
  if (!full) print('  10 000 runs skipped (--quick; about 6 minutes with them)');
  if (cores > 1) {
    // The ceiling for any multi-threaded speed-up here: the same single-threaded work, once alone
    // and then in `cores` separate processes at once (nothing shared but the hardware).
    const spec = (k: number): EngineCase => ({ name: `256 runs, 1 worker (${k})`, runs: 256, workers: 1, factor: 1, bare: false, warm: true });
    const alone = await inChild(spec(0));
    const together = await inChildren(Array.from({ length: cores }, (_, k) => spec(k + 1)));
    const slowest = Math.max(...together.map((r) => r.wallSeconds));
    print(
      `  the machine's own ceiling: 256 runs on 1 worker take ${number(alone.wallSeconds, 2)} s alone and ` +
        `${together.map((r) => number(r.wallSeconds, 2)).join(' s, ')} s as ${cores} processes at once, ` +
        `so ${cores} workers can be at most ×${number((cores * alone.wallSeconds) / slowest, 2)} faster than 1`,
    );
  }

  if (reference) printTimeParts(reference, (await inChild({ name: 'profile', runs: PROFILED_RUNS, workers: 1, factor: 1, bare: false, warm: true, profile: true })).parts ?? [], print);

  print('');
  print('A company ten times larger (team.managers, market.prospects, market.newProspectsPerMonth × 10), 1 worker, after 8 untimed runs:');
  const runs = 64;
  const small = await inChild({ name: `bundled, ${runs} runs`, runs, workers: 1, factor: 1, bare: false, warm: true });
  const large = await inChild({ name: `×10 company, ${runs} runs`, runs, workers: 1, factor: 10, bare: false, warm: true });
  for (const r of [small, large]) print(`${engineLine(r)}  ${number((r.wallSeconds * 1000) / runs, 1)} ms/run`);
  const costRatio = large.wallSeconds / small.wallSeconds;
  const workRatio = (large.clientMonths ?? 0) / (small.clientMonths ?? 1);
  print(`  cost per run ×${number(costRatio, 1)} for ×${number(workRatio, 1)} the client-months (linear would be ×${number(workRatio, 1)}, quadratic ×${number(workRatio * workRatio, 0)})`);

  print('');
  print(`The owner's and the analyst's commands (all cores, pages included), timed from process start; the time per client-month simulated is the wall time over every client-month the command simulated, on ${cores} cores, against the bare loop on one:`);
  const bare = reference?.bareNsPerClientMonth ?? NaN;
  const commandLine = (r: CaseResult, shown: string) => {
    const ns = r.clientMonths ? (r.wallSeconds * 1e9) / r.clientMonths : NaN;
    return (
      `  ${shown}: ${number(r.wallSeconds, 1)} s${r.runs !== undefined ? `, ${number(r.runs)} runs` : ''}, ${number((r.clientMonths ?? 0) / 1e6, 1)} M client-months, ` +
      `${number(ns, 0)} ns each = ${number(ns / bare, 1)}× the bare loop, peak RSS ${number(r.peakRssMB ?? 0)} MB`
    );
  };
  for (const c of ownerCommands(full)) print(commandLine(await inChild({ cli: c.args, name: c.shown }), c.shown));
  const defaultRun = await inChild({ cli: ['run', SCENARIO], name: 'default' });
  print(commandLine(defaultRun, 'compsim run scenarios/freight.yaml (the default 200 runs)'));
  print(`  compsim --help: ${number(cliSeconds(['--help']), 2)} s`);
  print(`  compsim validate scenarios/freight.yaml: ${number(cliSeconds(['validate', SCENARIO]), 2)} s`);

  print('');
  print('Dice (uniforms in (0, 1)):');
  // A devDependency, there only for this comparison; loaded here so no case process carries it.
  const { default: seedrandom } = await import('seedrandom');
  const arc4 = seedrandom('compsim');
  print(`  counter-based hash, uniform(key, purpose, entity, month), three mixes: ${number(bestRate(hashPass), 0)} M/s`);
  print(`  the same with the run-and-purpose part hoisted, as in the month loop (two mixes): ${number(bestRate(hoistedPass), 0)} M/s`);
  print(`  seedrandom 3 ARC4 stream (its default; a stream, so no common random numbers by key): ${number(bestRate(() => streamPass(arc4)), 0)} M/s`);
  print(`  (the month loop draws ${DRAWS_PER_CLIENT_MONTH} uniforms per client-month)`);
  print('');
  print(`load average at the end ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

const [flag, argument, resultFile] = process.argv.slice(2);
if (flag === '--case') {
  const spec = JSON.parse(argument) as CaseSpec;
  const result = 'cli' in spec ? await cliCase(spec.name, spec.cli) : await runCase(spec);
  writeFileSync(resultFile, JSON.stringify(result));
} else {
  await orchestrate(!process.argv.includes('--quick'));
}

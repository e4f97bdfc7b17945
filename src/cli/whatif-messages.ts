/**
 * Every sentence the what-if commands (sweep, sensitivity, calibrate, merge) say, in one place:
 * what is wrong with a flag, the what-if stage's problems worded from their codes, the lines a
 * command prints, and the English texts sweep.json, sensitivity.json and a calibrated scenario
 * file carry. The what-if stage itself writes no sentence (src/whatif/errors.ts); the pages word
 * its results in English and Russian (src/report/i18n.ts). Only types are imported from the
 * stage, so `compsim --help`, which loads this table through main.ts, loads none of it.
 */
import type { ObservableProblem, WhatIfCode, WhatIfError, WhatIfProblem } from '../whatif/errors.js';
import type { CalibrationDesign } from '../whatif/calibrate.js';
import type { CalibratedFileNotes } from '../whatif/calibrated-file.js';
import type { NoiseMethod, SensitivityFinding } from '../whatif/sensitivity.js';
import type { Ownership } from '../whatif/shard.js';
import type { Goal, IntervalKind } from '../whatif/sweep.js';

/** Four significant digits: parameter values, shares, calibrated values. */
const short = (value: number): string => String(Number(value.toPrecision(4)));
/** Money-sized numbers with thousands separators, small ones with four significant digits. */
const amount = (value: number): string => (Math.abs(value) >= 1000 ? Math.round(value).toLocaleString('en-US') : short(value));

// ---------------------------------------------------------------- problems of the what-if stage

type ProblemWords = { [C in WhatIfCode]: (problem: Extract<WhatIfProblem, { code: C }>) => string };

const problems: ProblemWords = {
  'unknown-parameter': ({ name, sections }) => `--params: ${name} names no parameter; expected a section (${sections.join(', ')}) or a path such as behavior.discountRate`,
  'no-parameters': () => 'sensitivity: no parameter to analyse (see --params)',
  'too-few-schemes': () => 'sensitivity: simulate at least two schemes (a ranking needs two)',
  'focus-not-simulated': ({ focus, simulated }) => `--scheme: ${focus} is not simulated; expected one of ${simulated.join(', ')}`,
  'focus-is-baseline': ({ metric, baseline }) => `--scheme: ${metric} compares a scheme with the baseline ${baseline}; name another scheme`,
  'only-baseline': ({ metric }) => `--metric ${metric}: no scheme besides the baseline is simulated`,
  'part-not-written': ({ path, reason }) => `could not write ${path}: ${reason}`,
  'part-unreadable': ({ path, reason }) => `${path}: cannot read (${reason})`,
  'part-read-failed': ({ path, reason }) => `${path}: cannot read the part file (${reason})`,
  'part-not-json': ({ path, line }) => `${path}: not a compsim part file (line ${line} is not JSON)`,
  'not-a-part': ({ path }) => `${path}: not a compsim part file (written by --shard i/n)`,
  'part-version': ({ path, version, expected }) => `${path}: part file version ${version}, expected ${expected}`,
  'part-damaged': ({ path, lines, endLine }) => `${path}: damaged part file (${lines} lines, the end line says ${endLine})`,
  'part-empty': ({ path }) => `${path}: empty part file`,
  'part-incomplete': ({ path }) => `${path}: incomplete part file (no end line): was the shard interrupted or the copy cut short?`,
  'no-parts': () => 'merge: name the part files (e.g. parts/*.jsonl.gz)',
  'parts-of-different-kinds': ({ file, kind, firstFile, firstKind }) => `merge: ${file} is a ${kind} part, ${firstFile} a ${firstKind} part`,
  'parts-of-different-experiments': ({ file, firstFile }) => `merge: ${file} and ${firstFile} are parts of different experiments (scenario, options or shard count differ)`,
  'shard-given-twice': ({ index, count, first, second }) => `merge: shard ${index}/${count} is given twice (${first} and ${second})`,
  'shards-missing': ({ missing, count }) => `merge: missing shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${count}`,
  'points-missing': ({ missing, first }) => `merge: the parts do not hold every point (missing ${missing}, first ${first})`,
  'bad-metric': ({ path, problem }) => `metric "${path}": ${observableProblem(problem)}`,
  'metric-not-in-summary': ({ path, scheme }) => `metric "${path}": the summary has no scheme ${scheme} (or no comparison of it with the baseline)`,
  'budget-too-small': ({ budget, least }) => `--budget-runs: ${budget} runs cannot hold a first race and a confirmation; expected at least ${least}`,
  'no-feasible-candidate': ({ tried, constraints, broken }) =>
    `optimize: none of the ${tried} candidates tried meets every constraint (${constraints.map((c, k) => `${c}: broken by ${broken[k]}`).join('; ')}); loosen a constraint or widen a --vary range`,
  'round-not-written': ({ path, round, shard, count, minutes }) =>
    `--shard: shard ${shard}/${count} wrote no part of round ${round} within ${minutes} minutes (expected ${path}); is it running with the same options and --out? (--shard-wait sets the wait)`,
  'round-of-another-search': ({ path }) => `--shard: ${path} belongs to another search (other options or scenario); give every shard of one search the same options and a fresh --out folder`,
};

function observableProblem(problem: ObservableProblem): string {
  switch (problem.kind) {
    case 'not-a-path':
      return 'expected a path starting with schemes.<id> or comparisons.<id>, or a shorthand such as netProfit, netProfitDiff, huntActivate';
    case 'unknown-scheme':
      return `no simulated scheme "${problem.scheme}"; expected one of ${problem.schemes.join(', ')}`;
    case 'baseline-with-itself':
      return `the baseline ${problem.baseline} is not compared with itself; name another scheme`;
    case 'unknown-comparison':
      return `expected comparisons.${problem.scheme}.netProfitDiff, .probBetter or .metrics.<${problem.paired.join('|')}>`;
    case 'unknown-field':
      return (
        `expected schemes.${problem.scheme}. followed by totals.<${problem.totals.join('|')}>, end.<${problem.end.join('|')}>, ` +
        `timeShare.<${problem.timeShares.join('|')}>, ${problem.rates.join(', ')}, ` +
        `or monthly.<metric>.<month index 0 to ${problem.months - 1}>`
      );
  }
}

/** A what-if problem in words, as stderr shows it after "compsim: ". */
export function whatifProblem(problem: WhatIfProblem): string {
  return (problems[problem.code] as (problem: WhatIfProblem) => string)(problem);
}

/** A WhatIfError, also one thrown by another copy of the module (the CLI bundle and dist/ each have one); checked without loading the stage. */
export function isWhatIfError(error: unknown): error is WhatIfError {
  return error instanceof Error && error.name === 'WhatIfError' && typeof (error as { problem?: unknown }).problem === 'object';
}

// ---------------------------------------------------------------- sensitivity findings

type FindingWords = { [C in SensitivityFinding['code']]: (finding: Extract<SensitivityFinding, { code: C }>) => string };

const findings: FindingWords = {
  'leader-uncertain': ({ winner, others, seeds }) => `At the base point ${winner} leads, but under ${others} of ${seeds} other seeds another scheme does: the ranking is already uncertain.`,
  'ranking-changes': ({ path, direction, value, base, newLeader, winner }) =>
    `The ranking of schemes changes if ${path} moves ${direction === 'up' ? 'above' : 'below'} ${short(value)} (now ${short(base)}): ${newLeader} then earns more than ${winner}.`,
  'leader-stable': ({ winner, paths }) => `${winner} stays first when any of ${paths.join(', ')} moves alone within the range searched.`,
  'above-noise': ({ loud, parameters, metric, scheme, delta }) =>
    `${loud} of ${parameters} parameters move ${metric} of ${scheme} by more than the noise floor when changed by ±${Math.round(delta * 100)} %.`,
};

// ---------------------------------------------------------------- the table

/** A wanted range as people write it: 0.25…0.35, at least 1.5, at most 2. */
export function wantedRange(low: number, high: number): string {
  if (!Number.isFinite(low)) return `at most ${short(high)}`;
  if (!Number.isFinite(high)) return `at least ${short(low)}`;
  return `${short(low)}…${short(high)}`;
}

export const whatifMessages = {
  // --vary (sweep-options.ts)
  noVary: () => '--vary: name at least one parameter to vary, e.g. --vary behavior.discountRate=0.04,0.08,0.12',
  varyMalformed: (argument: string) => `--vary ${argument}: expected path=v1,v2,... or path=from:to:steps, e.g. behavior.discountRate=0.02:0.12:6`,
  varyEnds: (argument: string) => `--vary ${argument}: from and to must be numbers`,
  varyStepsMissing: (argument: string) => `--vary ${argument}: a range needs the number of values too, from:to:steps (e.g. ${argument.split('=')[0]}=${argument.split('=')[1]}:4), or list the values, v1,v2,...`,
  varySteps: (argument: string) => `--vary ${argument}: steps must be a whole number from 2 to 1000 (the number of values, both ends included)`,
  varyEmptyValue: (argument: string) => `--vary ${argument}: an empty value in the list`,
  varyValueTwice: (argument: string) => `--vary ${argument}: a value is listed twice`,
  variedTwice: (path: string) => `--vary: ${path} is varied twice`,
  gridTooLarge: (points: number, limit: number) => `--vary: the grid has ${points} points, more than ${limit}; use fewer values`,
  /** Where a varied value comes from, in the scenario loader's messages (as a file name would be). */
  varySource: (path: string) => `--vary ${path}`,

  // --shard (whatif-options.ts)
  shardMalformed: (text: string) => `--shard: expected i/n with 1 ≤ i ≤ n (e.g. 3/8), found ${JSON.stringify(text)}`,

  // sensitivity's options (sensitivity-options.ts)
  deltaExpected: (value: number) => `--delta: expected a share between 0 and 1 (0.2 = ±20 %), found ${value}`,
  wholeOptionExpected: (option: string, min: number, max: number, value: number) => `--${option}: expected a whole number from ${min} to ${max}, found ${value}`,
  spanExpected: (value: number) => `--span: expected a number from 1 to 100, found ${value}`,
  rangeMalformed: (argument: string) => `--range ${argument}: expected path=low:high, e.g. behavior.farmingEffortCost=-30:30`,
  rangeNotAnalysed: (argument: string, path: string) => `--range ${argument}: ${path} is not among the analysed parameters (see --params)`,
  rangeLowHigh: (argument: string) => `--range ${argument}: low and high must be numbers with low < high`,
  rangeOutside: (argument: string, min: number, max: number) => `--range ${argument}: the parameter's range is ${min} to ${max}`,

  // calibrate's options (calibrate-options.ts)
  toleranceExpected: (value: unknown) => `--tolerance: expected a share between 0 and 1, found ${String(value)}`,
  targetMalformed: (argument: string) =>
    `--target ${argument}: expected observable=low:high or observable=value, e.g. schemes.lifetime-commission.timeShare.huntActivate=0.5:0.7`,
  targetNeedsScheme: (argument: string) => `--target ${argument}: a shorthand needs --scheme; or write the full path, schemes.<id>.…`,
  targetLowHigh: (argument: string) => `--target ${argument}: low and high must be numbers with low < high`,
  targetNotANumber: (argument: string) => `--target ${argument}: expected a number or low:high`,
  targetZero: (argument: string) => `--target ${argument}: a target of 0 needs a range, low:high`,
  noTargets: () => "--target: give at least one observed value to match, or put them in the scenario's targets: section",
  paramMalformed: (argument: string) => `--param ${argument}: expected path=low:high or path=v1,v2,..., e.g. behavior.discountRate=0.04:0.14`,
  paramLowHigh: (argument: string) => `--param ${argument}: low and high must be numbers with low < high`,
  paramNotNumbers: (argument: string) => `--param ${argument}: expected numbers separated by commas, or low:high`,
  /** Where a fitted value comes from, in the scenario loader's messages. */
  paramSource: (path: string) => `--param ${path}`,
  noParams: () => '--param: name at least one parameter to fit',
  paramTwice: (path: string) => `--param: ${path} is given twice`,
  pointsExpected: (value: number) => `--points: expected a whole number from 2 to 10000, found ${value}`,
  stepsExpected: (value: number) => `--steps: expected a whole number from 2 to 1000, found ${value}`,

  // optimize's options (optimize-options.ts)
  optimizeNoVary: () => '--vary: name at least one number of the scheme to search, e.g. --vary schemes.new-client-bonus.roles.generalist.pay.servicing.rate=0.005:0.08',
  optimizeVaryMalformed: (argument: string) => `--vary ${argument}: expected path=low:high or path=v1,v2,..., e.g. schemes.new-client-bonus.roles.generalist.pay.servicing.rate=0.005:0.08`,
  optimizeVaryOtherScheme: (argument: string, scheme: string) => `--vary ${argument}: expected a path of the scheme optimised, starting with schemes.${scheme}.`,
  optimizeVaryNotANumber: (argument: string, scheme: string) => `--vary ${argument}: the path leads to no number of schemes.${scheme} (a rate, window, threshold, salary…); see compsim validate --explain`,
  optimizeVaryLowHigh: (argument: string) => `--vary ${argument}: low and high must be numbers with low < high`,
  optimizeVaryValues: (argument: string) => `--vary ${argument}: expected two or more numbers separated by commas, or low:high`,
  optimizeVarySource: (path: string) => `--vary ${path}`,
  constraintMalformed: (argument: string) => `--constraint ${argument}: expected measure<=bound or measure>=bound, e.g. compCost<=baseline+5%, payCut<=0.15, quits<=baseline+1, activeClients>=switch`,
  constraintMeasure: (argument: string, names: readonly string[]) => `--constraint ${argument}: expected one of the measures ${names.join(', ')}`,
  constraintSwitch: (argument: string) => `--constraint ${argument}: switch (the book at the switch, ± a number of clients) is a bound for activeClients only`,
  constraintBound: (argument: string) => `--constraint ${argument}: expected a bound that is a number, baseline, baseline+N, baseline-N, baseline+N% or switch`,
  indifferenceExpected: (value: unknown) => `--indifference: expected an amount above 0 of the objective or a percentage of the baseline's mean (e.g. 1%), found ${String(value)}`,
  budgetExpected: (value: unknown) => `--budget-runs: expected a whole number of runs from 1 to 10000000, found ${String(value)}`,
  calibrationPoint: (file: string, index: number) => `${file}: points[${index}]: expected a point with values (a calibration.json from compsim calibrate)`,
  calibrationPointSource: (file: string, index: number) => `${file}: points[${index}].values`,
  calibrationNoneAccepted: (file: string) => `${file}: no accepted point to recheck the chosen values at; calibrate until some point meets every target`,

  // compsim optimize: the lines it prints and best.yaml's header (optimize-action.ts)
  optimizeSearched: (candidates: number, iterations: number, racing: number, finalists: number, selection: number, seed: number) =>
    `Raced ${candidates} candidates in ${iterations} iterations (${racing.toLocaleString('en-US')} runs, seed ${seed}), then chose among ${finalists} finalist${finalists === 1 ? '' : 's'} on seed ${seed + 1} (${selection.toLocaleString('en-US')} runs).`,
  optimizeChosen: (values: readonly [string, number][], own: boolean) =>
    `Chosen${own ? " (the scheme's own numbers: nothing searched beat them)" : ''}:\n${values.map(([path, v]) => `  ${path} = ${short(v)}`).join('\n')}`,
  optimizeVersusBaseline: (objective: string, baseline: string, difference: number, low: number, high: number, chosen: number, base: number, runs: number, seed: number) =>
    `  ${objective} against ${baseline}: ${difference >= 0 ? '+' : ''}${amount(difference)} (95 % ${amount(low)} … ${amount(high)}) on ${runs} fresh runs (seed ${seed}); chosen ${amount(chosen)}, baseline ${amount(base)}`,
  optimizeSelection: (ended: 'one-left' | 'budget' | 'single', delta: number, alpha: number) =>
    ended === 'one-left'
      ? `  Selection (Kim & Nelson): the best with probability at least ${Math.round((1 - alpha) * 100)} % if it leads the others by ${amount(delta)} or more`
      : ended === 'single'
        ? '  Selection: one finalist was left after the racing, so there was nothing to select among'
        : `  Selection (Kim & Nelson) stopped by the budget before one finalist was left: the probability of a correct selection is not guaranteed (more --budget-runs, or a larger --indifference)`,
  optimizeConstraint: (written: string, verdict: 'holds' | 'broken' | 'unclear', slack: number, low: number, high: number, keptOut: number) =>
    `  ${written}: ${verdict === 'holds' ? 'holds' : verdict === 'broken' ? 'BROKEN' : 'unclear (the interval of the slack spans 0)'} on the fresh runs (slack ${amount(slack)}, 95 % ${amount(low)} … ${amount(high)})${keptOut > 0 ? `; binds: it kept out ${keptOut} candidate${keptOut === 1 ? '' : 's'} with more value` : ''}`,
  optimizeShardDone: (index: number, count: number, out: string) => `Shard ${index}/${count} done; shard 1 writes the result to ${out}.`,
  shardWaitExpected: (value: unknown) => `--shard-wait: expected a number of minutes above 0, found ${String(value)}`,
  optimizeAtEdge: (paths: readonly string[]) =>
    `  At the edge of the range searched: ${paths.join(', ')}. The best may lie beyond it; widen the range if the scheme allows.`,
  optimizeRecheck: (beats: number, points: number, runs: number) => `  Rechecked at the ${points} accepted calibration points (${runs} runs each): beats the baseline at ${beats} of ${points}`,
  optimizeSpent: (total: number, budget: number, spent: { racing: number; selection: number; confirmation: number; recheck: number }) =>
    `Used ${total.toLocaleString('en-US')} of ${budget.toLocaleString('en-US')} runs (racing ${spent.racing.toLocaleString('en-US')}, selection ${spent.selection.toLocaleString('en-US')}, confirmation ${spent.confirmation.toLocaleString('en-US')}, recheck ${spent.recheck.toLocaleString('en-US')}).`,
  optimizeCommandLine: (file: string, scheme: string, varies: readonly string[], constraints: readonly string[], budget: number, seed: number) =>
    ['compsim optimize', file, `--scheme ${scheme}`, ...varies.map((v) => `--vary ${v}`), ...constraints.map((c) => `--constraint '${c}'`), `--budget-runs ${budget}`, `--seed ${seed}`].join(' '),
  bestHeader: (command: string, scheme: string, id: string, difference: number, low: number, high: number) => [
    `The scheme ${scheme} with the numbers compsim optimize chose, as a new scheme ${id}: paste it under schemes: in the scenario`,
    `(or copy its numbers into ${scheme}). Found by: ${command}`,
    `Against the baseline on fresh runs: ${difference >= 0 ? '+' : ''}${amount(difference)} (95 % ${amount(low)} … ${amount(high)}).`,
  ],

  // compsim targets (targets-action.ts)
  noScenarioTargets: (file: string) => `${file}: the scenario has no targets: section; add targets (see the README, "Targets") to measure them`,
  targetProblem: (file: string, index: number, id: string, problem: string) => `${file}: targets[${index}] (${id}): ${problem}`,
  targetSetSource: (file: string, index: number) => `${file}: targets[${index}].set`,
  targetsSummary: (met: number, total: number, runs: number, seed: number, variants: number) =>
    `${met} of ${total} targets met (${runs} runs, seed ${seed}, ${variants} variant${variants === 1 ? '' : 's'} on the same random numbers). Met: the mean lies in the wanted range; "interval inside": so does its whole 95 % interval.`,
  targetLine: (met: boolean, id: string, mean: string, ci: string, wanted: string, inside: boolean, distance: string) =>
    `${met ? 'met   ' : 'MISSED'} ${id}: measured ${mean} (95 % ${ci}), wanted ${wanted}${met ? (inside ? ', interval inside' : ', interval not wholly inside') : `, off by ${distance}`}`,
  targetDetail: (measure: string, against: string | undefined, form: string) => `         ${form === 'value' ? measure : `${form} of ${measure} against ${against}`}`,
  targetSource: (source: string) => `         source: ${source}`,

  // what sweep and sensitivity print
  shardWritten: (index: number, count: number, owned: number, units: number, ownership: Ownership, path: string) =>
    `Shard ${index}/${count}: ${owned} of ${units} ${ownership === 'points' ? 'points' : 'blocks'} → ${path}`,
  sweepSummary: (points: number, runs: number, metric: string, goal: Goal) => `${points} points × ${runs} runs, metric ${metric} (${goal === 'max' ? 'higher' : 'lower'} is better)`,
  sweepBest: (scheme: string, point: readonly string[], mean: number, [low, high]: readonly [number, number], flat: number, points: number) =>
    `  ${scheme}: best at ${point.join(' ')} = ${amount(mean)} [${amount(low)}, ${amount(high)}]; flat region ${flat} of ${points} points`,
  finding: (finding: SensitivityFinding) => (findings[finding.code] as (finding: SensitivityFinding) => string)(finding),
  noiseFloor: (metricPath: string, floor: number, seeds: number) => `Noise floor of ${metricPath}: ±${amount(floor)} (${seeds} seeds)`,
  widestSwings: () => 'Widest swings (tornado):',
  swing: (path: string, low: number, high: number, effectLow: number, effectHigh: number, aboveNoise: boolean) =>
    `  ${path} ${amount(low)}…${amount(high)}: ${amount(effectLow)} / ${amount(effectHigh)}${aboveNoise ? '' : '  (within noise)'}`,

  // the texts sweep.json and sensitivity.json carry (English, as they always have)
  sweepInterval: (kind: IntervalKind) =>
    kind === 'paired-difference'
      ? 'paired confidence interval of the mean difference against the baseline (95 %, Bonferroni-adjusted when several schemes are compared)'
      : '95 % confidence interval of the mean across runs',
  noiseMethod: (method: NoiseMethod) => {
    switch (method) {
      case 'seed-difference':
        return 't(0.975, seeds − 1) · √2 · sd of the metric across seeds: the 95 % half-width of a seed-only difference';
    }
  },

  // what calibrate prints
  calibrationDesign: (candidates: number, design: CalibrationDesign, runs: number) => `${candidates} candidate points (${design}) × ${runs} runs, plus the scenario as it is (point 0)`,
  calibrationAccepted: (accepted: number, scenarioAccepted: boolean, score: number) =>
    `Accepted (every target met): ${accepted} point${accepted === 1 ? '' : 's'}; the scenario as it is ${scenarioAccepted ? 'meets every target' : 'misses some target'} (score ${score.toFixed(2)})`,
  calibrationRobustness: (accepted: number, first: readonly [string, number][]) =>
    accepted === 0
      ? 'Decision robustness: no accepted point, so no ranking to check'
      : `Best by value created, over the ${accepted} accepted point${accepted === 1 ? '' : 's'}: ${first
          .filter(([, n]) => n > 0)
          .sort((a, b) => b[1] - a[1])
          .map(([id, n]) => `${id} in ${n} of ${accepted}`)
          .join(', ')}`,
  calibrationRange: (path: string, low: number, high: number) => `  ${path}: ${short(low)} … ${short(high)} in the accepted set`,
  calibrationBest: (accepted: boolean, values: readonly [string, number][], score: number) =>
    `${accepted ? 'Best' : 'Closest (no candidate meets every target)'}: ${values.map(([path, value]) => `${path}=${value}`).join(' ')} (score ${score.toFixed(2)}; 0 = every target at the middle of its range, 1 = one at an edge)`,
  calibrationFit: (path: string, mean: number, [low95, high95]: readonly [number, number], low: number, high: number, inside: boolean, atScenario: number) =>
    `  ${path}: ${short(mean)} [${short(low95)}, ${short(high95)}], target ${wantedRange(low, high)} ${inside ? 'met' : 'MISSED'}; the scenario as it is: ${short(atScenario)}`,
  noCalibratedFile: () => 'No candidate met every target, so no calibrated scenario was written: widen the --param ranges or check the targets.',

  // the header and notes of a calibrated scenario file
  calibrateCommand: (file: string, targets: readonly string[], parameters: readonly string[], runs: number, seed: number) =>
    ['compsim calibrate', file, ...targets.map((t) => `--target ${t}`), ...parameters.map((p) => `--param ${p}`), `--runs ${runs}`, `--seed ${seed}`].join(' '),
  calibratedBy: (command: string) => `Calibrated by \`compsim calibrate\` (${command}):`,
  calibratedTarget: (path: string, low: number, high: number, mean: number, [low95, high95]: readonly [number, number], inside: boolean) =>
    `  target ${path} ${wantedRange(low, high)}: simulated ${short(mean)} (95 % interval ${short(low95)}…${short(high95)})${inside ? '' : ' MISSED'}`,
  calibratedSet: (accepted: number, points: number, ranges: readonly [string, [number, number]][]) =>
    `  ${accepted} of ${points} points met every target; in that set ${ranges.map(([path, [low, high]]) => `${path} ${short(low)}…${short(high)}`).join(', ')}.`,
  calibratedRuns: (runs: number, seed: number, overrides: readonly string[]) =>
    `  ${runs} runs per point, seed ${seed}${overrides.length > 0 ? `, with ${overrides.join(' ')} (not written here)` : ''}.`,
  calibratedNotes: (): CalibratedFileNotes => ({
    changed: (was) => `[calibrated] by compsim calibrate (the file had ${was})`,
    rewritten: '(The file was rewritten by the yaml library because it left a fitted value to its default: comments are kept, their alignment is not.)',
  }),
};

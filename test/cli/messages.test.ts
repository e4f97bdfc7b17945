/**
 * The command line's message tables: the wording users and scripts match on (it must not drift),
 * every what-if problem code and sensitivity finding worded, and the English texts sweep.json and
 * sensitivity.json have always carried.
 */
import { describe, expect, it } from 'vitest';
import { messages as m } from '../../src/cli/messages.js';
import { isWhatIfError, whatifMessages as wm, whatifProblem } from '../../src/cli/whatif-messages.js';
import { WhatIfError, type WhatIfProblem } from '../../src/whatif/errors.js';

describe('the command line table', () => {
  it('names the option, what was expected and what was found', () => {
    expect(m.expectedWholeNumber('runs', 2, 1_000_000, 0)).toBe('--runs: expected a whole number from 2 to 1000000, found 0');
    expect(m.expectedWholeNumber('runs', 2, 1_000_000, NaN)).toBe('--runs: expected a whole number from 2 to 1000000, found something that is not a number');
    expect(m.expectedWholeNumber('runs', 2, 1_000_000, 1.5)).toBe('--runs: expected a whole number from 2 to 1000000, found 1.5');
    expect(m.precisionExpected(2)).toBe('--precision: expected a share between 0 and 1 (e.g. 0.02), found 2');
    expect(m.workersExpected('0')).toBe('--workers: expected a whole number from 1 to 256, found 0');
    expect(m.unknownSchemes('lifetime-commision', 'x.yaml', ['lifetime-commission', 'new-client-bonus'], 'lifetime-commission')).toBe(
      '--schemes: no scheme "lifetime-commision" in x.yaml; expected one of lifetime-commission, new-client-bonus — did you mean "lifetime-commission"?',
    );
    expect(m.unknownSchemes('zz', 'x.yaml', ['a'], undefined)).toBe('--schemes: no scheme "zz" in x.yaml; expected one of a');
    expect(m.tooMuchWork(3.6e11, 2e10)).toBe(
      'this would simulate about 3.6e+11 client-months, more than the 2e+10 one invocation allows; lower --runs (or --max-runs) or --months, simulate fewer --schemes, or split the runs over several invocations with different seeds',
    );
  });

  it('says what was written, and where a failure comes from', () => {
    expect(m.wrote(['out/summary.json', 'out/report.html'])).toBe('Wrote out/summary.json and out/report.html');
    expect(m.merged(3, ['out/sweep.json', 'out/sweep.html'])).toBe('Merged 3 parts. Wrote out/sweep.json and out/sweep.html');
    expect(m.failure('--runs: …')).toBe('compsim: --runs: …');
    expect(m.internalError('x is undefined')).toBe('compsim: internal error: x is undefined\n(please report this with the command you ran)');
    expect(m.cannotRead('march.yaml', m.statement(), m.noSuchFile())).toBe('march.yaml: cannot read the statement: there is no such file');
    expect(m.runShardWritten(3, 3, 1, 2, 6, 'p/part-003-of-003.jsonl.gz', 'p')).toBe(
      'Shard 3/3: 1 of 2 blocks (6 runs) → p/part-003-of-003.jsonl.gz\nWhen every shard is done: compsim merge p/part-*-of-*.jsonl.gz --out DIR',
    );
  });

  it('notes a book start, with the scenario numbers it did not use', () => {
    expect(m.bookNote('book', 4, 30, 5)).toBe('Started from the book in book: 4 managers, 30 active and 5 contracted clients');
    expect(m.bookNote('book', 4, 30, 5, { warmupMonths: 24, managers: 10 })).toBe(
      'Started from the book in book: 4 managers, 30 active and 5 contracted clients; warmupMonths (24) and team.managers (10) ignored',
    );
  });

  it('describes what a summary field held', () => {
    expect([undefined, null, [1], { a: 1 }, 'x', 3].map(m.summaryValue)).toEqual(['nothing', 'null', 'a list', 'an object', '"x"', '3']);
    expect(m.summaryExpected(m.summaryKinds.statistic, 'nothing')).toBe('expected a statistic {mean, sd, p5, p50, p95, ci95}, found nothing');
  });
});

describe('the what-if table', () => {
  /** One problem of every code: the table must word each, with its data. */
  const every: WhatIfProblem[] = [
    { code: 'unknown-parameter', name: 'behaviour', sections: ['market', 'behavior'] },
    { code: 'no-parameters' },
    { code: 'too-few-schemes', simulated: ['a'] },
    { code: 'focus-not-simulated', focus: 'nope', simulated: ['a', 'b'] },
    { code: 'focus-is-baseline', metric: 'netProfitDiff', baseline: 'a' },
    { code: 'only-baseline', metric: 'netProfitDiff' },
    { code: 'part-not-written', path: 'p.gz', reason: 'ENOSPC' },
    { code: 'part-unreadable', path: 'p.gz', reason: 'ENOENT' },
    { code: 'part-read-failed', path: 'p.gz', reason: 'unexpected end of file' },
    { code: 'part-not-json', path: 'p.gz', line: 2 },
    { code: 'not-a-part', path: 'p.gz' },
    { code: 'part-version', path: 'p.gz', version: '2', expected: 1 },
    { code: 'part-damaged', path: 'p.gz', lines: 3, endLine: 4 },
    { code: 'part-empty', path: 'p.gz' },
    { code: 'part-incomplete', path: 'p.gz' },
    { code: 'no-parts' },
    { code: 'parts-of-different-kinds', file: 'b.gz', kind: 'sweep', firstFile: 'a.gz', firstKind: 'run' },
    { code: 'parts-of-different-experiments', file: 'b.gz', firstFile: 'a.gz' },
    { code: 'shard-given-twice', index: 1, count: 2, first: 'a.gz', second: 'b.gz' },
    { code: 'shards-missing', missing: [2, 3], count: 3 },
    { code: 'points-missing', missing: 4, first: 7 },
    { code: 'bad-metric', path: 'x', problem: { kind: 'not-a-path' } },
    { code: 'metric-not-in-summary', path: 'schemes.c.netProfit', scheme: 'c' },
  ];

  it('words every problem of the what-if stage as the command line always said it', () => {
    const words = every.map(whatifProblem);
    expect(new Set(every.map((p) => p.code)).size).toBe(every.length);
    for (const text of words) expect(text).not.toMatch(/undefined|\[object/);
    expect(words).toContain('--params: behaviour names no parameter; expected a section (market, behavior) or a path such as behavior.discountRate');
    expect(words).toContain('--scheme: nope is not simulated; expected one of a, b');
    expect(words).toContain('--scheme: netProfitDiff compares a scheme with the baseline a; name another scheme');
    expect(words).toContain('merge: missing shards 2, 3 of 3');
    expect(whatifProblem({ code: 'shards-missing', missing: [2], count: 2 })).toBe('merge: missing shard 2 of 2');
    expect(words).toContain('p.gz: incomplete part file (no end line): was the shard interrupted or the copy cut short?');
    expect(words).toContain('metric "x": expected a path starting with schemes.<id> or comparisons.<id>, or a shorthand such as netProfit, netProfitDiff, huntActivate');
    expect(whatifProblem({ code: 'bad-metric', path: 'comparisons.a.x', problem: { kind: 'unknown-comparison', scheme: 'a', paired: ['netProfit', 'revenue'] } })).toBe(
      'metric "comparisons.a.x": expected comparisons.a.netProfitDiff, .probBetter or .metrics.<netProfit|revenue>',
    );
    expect(
      whatifProblem({ code: 'bad-metric', path: 'schemes.a.x', problem: { kind: 'unknown-field', scheme: 'a', totals: ['revenue'], end: ['activeClients'], timeShares: ['hunt'], rates: ['managerMonthlyPay', 'conversion'], months: 36 } }),
    ).toBe('metric "schemes.a.x": expected schemes.a. followed by totals.<revenue>, end.<activeClients>, timeShare.<hunt>, managerMonthlyPay, conversion, or monthly.<metric>.<month index 0 to 35>');
  });

  it('knows a what-if error by its name and problem, as one from another copy of the module', () => {
    expect(isWhatIfError(new WhatIfError({ code: 'no-parts' }))).toBe(true);
    expect(isWhatIfError(Object.assign(new Error('x'), { name: 'WhatIfError', problem: { code: 'no-parts' } }))).toBe(true);
    expect(isWhatIfError(new Error('no-parts'))).toBe(false);
  });

  it('words the findings of a sensitivity analysis as sensitivity.json has always had them', () => {
    expect(wm.finding({ code: 'leader-uncertain', winner: 'a', others: 1, seeds: 4 })).toBe(
      'At the base point a leads, but under 1 of 4 other seeds another scheme does: the ranking is already uncertain.',
    );
    expect(wm.finding({ code: 'ranking-changes', path: 'market.potentialMedian', direction: 'down', value: 131_312.5, base: 400_000, newLeader: 'b', winner: 'a' })).toBe(
      'The ranking of schemes changes if market.potentialMedian moves below 131300 (now 400000): b then earns more than a.',
    );
    expect(wm.finding({ code: 'leader-stable', winner: 'a', paths: ['x.y', 'x.z'] })).toBe('a stays first when any of x.y, x.z moves alone within the range searched.');
    expect(wm.finding({ code: 'above-noise', loud: 0, parameters: 47, metric: 'netProfitDiff', scheme: 'a', delta: 0.2 })).toBe(
      '0 of 47 parameters move netProfitDiff of a by more than the noise floor when changed by ±20 %.',
    );
    expect(wm.noiseMethod('seed-difference')).toBe('t(0.975, seeds − 1) · √2 · sd of the metric across seeds: the 95 % half-width of a seed-only difference');
    expect(wm.sweepInterval('mean')).toBe('95 % confidence interval of the mean across runs');
  });

  it('writes the lines the what-if commands print with their numbers formatted', () => {
    expect(wm.sweepBest('a', ['x=0.02'], 209_965_054.4, [192_151_390, 227_778_718], 3, 3)).toBe(
      '  a: best at x=0.02 = 209,965,054 [192,151,390, 227,778,718]; flat region 3 of 3 points',
    );
    expect(wm.swing('market.potentialMedian', 320_000, 480_000, -5_965_410, 5_086_488, false)).toBe('  market.potentialMedian 320,000…480,000: -5,965,410 / 5,086,488  (within noise)');
    expect(wm.calibrationAccepted(1, false, 0.6412)).toBe('Accepted (every target met): 1 point; the scenario as it is misses some target (score 0.64)');
    expect(wm.calibrateCommand('f.yaml', ['a=1:2'], ['b=1,2'], 32, 11)).toBe('compsim calibrate f.yaml --target a=1:2 --param b=1,2 --runs 32 --seed 11');
    expect(wm.calibratedNotes().changed('0.1')).toBe('[calibrated] by compsim calibrate (the file had 0.1)');
  });
});

import { describe, expect, it } from 'vitest';
import type { Stat, Summary } from '../../src/engine/summary.js';
import { createContext } from '../../src/report/context.js';
import { classifyDiff, moneyRange, notSeparatedFromTop, rankSchemes, verdictText } from '../../src/report/verdict.js';
import { buildFixtureSummary, makeStat } from './fixture.js';

const NBSP = '\u00a0';
const textFor = (summary: Summary, id: string, lang: 'en' | 'ru' = 'en') =>
  verdictText(createContext(summary, lang)).schemes.find((s) => s.id === id)?.text ?? '';
/** A paired difference with a given mean and interval half-widths. */
const diff = (mean: number, sd: number, ciHalf: number): Stat => ({
  mean,
  sd,
  p5: mean - 1.645 * sd,
  p50: mean,
  p95: mean + 1.645 * sd,
  ci95: [mean - ciHalf, mean + ciHalf],
});

describe('classifyDiff', () => {
  it('calls a difference clear only when its 90 % range of runs is on one side of zero', () => {
    expect(classifyDiff(diff(10, 3, 1))).toBe('clearlyHigher');
    expect(classifyDiff(diff(-10, 3, 1))).toBe('clearlyLower');
  });
  it('calls it likely when only the confidence interval of the mean excludes zero', () => {
    expect(classifyDiff(diff(10, 20, 3))).toBe('likelyHigher');
    expect(classifyDiff(diff(-10, 20, 3))).toBe('likelyLower');
  });
  it('calls it unclear when the confidence interval includes zero', () => {
    expect(classifyDiff(diff(1, 20, 3))).toBe('unclear');
    expect(classifyDiff(diff(0, 0, 0))).toBe('unclear');
  });
});

describe('the verdict', () => {
  const summary = buildFixtureSummary();

  it('ranks schemes by mean value created, highest first, with the rank by net profit beside it', () => {
    const rows = rankSchemes(createContext(summary, 'en'));
    const means = rows.map((r) => r.valueCreated.mean);
    expect(means).toEqual([...means].sort((a, b) => b - a));
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    const byNet = [...rows].sort((a, b) => b.netProfit.mean - a.netProfit.mean).map((r) => r.view.id);
    for (const row of rows) expect(byNet.indexOf(row.view.id) + 1).toBe(row.netRank);
    expect(rows.find((r) => r.view.isBaseline)?.comparison).toBeUndefined();
  });

  it('says a clearly better scheme earns more, by how much and how sure', () => {
    const text = textFor(summary, 'hunter-farmer-split');
    expect(text).toContain('Hunters and farmers earns more than New-client bonus (current) in almost every simulated future');
    expect(text).toContain(`on average 59.8${NBSP}million${NBSP}RUB more over 36 months`);
    expect(text).toContain('it does better in >99% of runs');
  });

  it('says "no clear difference" when the interval straddles zero, and claims no gain', () => {
    const text = textFor(summary, 'farmer-handoff');
    expect(text).toContain('Hand-off to hired farmers: no clear difference in net profit from New-client bonus (current)');
    expect(text).toContain('includes zero');
    expect(text).not.toMatch(/earns (on average )?[^;.]*more/);
  });

  it('hedges a difference that is better on average but not in every future', () => {
    const text = textFor(summary, 'threshold-promotion');
    expect(text).toContain('earns on average');
    expect(text).toContain('but not in every future: it does better in 82% of runs');
  });

  it('says when no scheme beats the baseline', () => {
    const flat = structuredClone(summary);
    for (const c of flat.comparisons) c.netProfitDiff = c.valueCreatedDiff = diff(1_000_000, 30_000_000, 4_000_000);
    const text = verdictText(createContext(flat, 'en'));
    expect(text.headline).toContain('No scheme creates clearly more value than the baseline, New-client bonus (current).');
    for (const s of text.schemes) expect(s.text).toContain('no clear difference in net profit');
  });

  it('says a clearly worse scheme earns less', () => {
    const worse = structuredClone(summary);
    worse.comparisons.find((c) => c.scheme === 'lifetime-commission')!.netProfitDiff = diff(-20_000_000, 5_000_000, 1_000_000);
    expect(textFor(worse, 'lifetime-commission')).toContain(
      `earns less than New-client bonus (current) in almost every simulated future: on average 20${NBSP}million${NBSP}RUB less`,
    );
  });

  it('names side effects only when their interval excludes zero', () => {
    const text = textFor(summary, 'farmer-handoff');
    // Fixture: hand-off to farmers costs 2.5 more quits and 9.2 more clients leaving with managers.
    expect(text).toContain('2.5 more managers quit');
    expect(text).toContain('9.2 more clients left together with departing managers');

    const quiet = structuredClone(summary);
    const comparison = quiet.comparisons.find((c) => c.scheme === 'farmer-handoff')!;
    for (const key of Object.keys(comparison.metrics)) comparison.metrics[key] = { ...makeStat(0.5, 10), probBetter: 0.5 };
    const quietText = textFor(quiet, 'farmer-handoff');
    expect(quietText).toContain('show no clear difference from New-client bonus (current)');
    expect(quietText).not.toContain('managers quit');
  });

  it('says in one sentence that it ranks by value created, and calls out a scheme that earns more by running its book down', () => {
    const down = structuredClone(summary);
    const ctx0 = createContext(down, 'en');
    const [first, second] = rankSchemes(ctx0);
    // The second by value created earns the most over the horizon, and its book ends below the switch's.
    const totals = down.schemes.find((s) => s.id === second.view.id)!.totals;
    totals.netProfit = makeStat(first.netProfit.mean + 50_000_000, 5_000_000);
    totals.bookValue = makeStat(150_000_000, 5_000_000);
    totals.bookValueAtSwitch = makeStat(200_000_000, 5_000_000);
    const text = verdictText(createContext(down, 'en'));
    expect(text.ranking[0]).toMatch(/^Schemes are ranked by the value they create — the net profit of the 36 months plus/);
    expect(text.ranking).toContain(
      `${second.view.label} is #1 by net profit but #2 by value created: it earns more in 36 months by running the client book down (worth 150${NBSP}million${NBSP}RUB at the end, against 200${NBSP}million${NBSP}RUB at the switch).`,
    );
    const ru = verdictText(createContext(down, 'ru'));
    expect(ru.ranking.join(' ')).toContain('1-я по чистой прибыли, но 2-я по созданной ценности: за 36 мес. она зарабатывает больше, проедая клиентскую базу');
  });

  it('speaks Russian with Russian numbers', () => {
    expect(textFor(summary, 'farmer-handoff', 'ru')).toContain('явной разницы в чистой прибыли');
    const text = textFor(summary, 'hunter-farmer-split', 'ru');
    expect(text).toContain('почти при любом развитии событий');
    expect(text).toContain(`в среднем на 59,8${NBSP}млн${NBSP}₽ больше за 36 мес.`);
  });
});

describe('the verdict on real-looking edge cases', () => {
  const summary = buildFixtureSummary();

  it('writes both ends of a money range in one unit with the same decimals', () => {
    const ctx = createContext(summary, 'en');
    expect(moneyRange(ctx, 38_912_000, 170_400_000, true)).toEqual(['+39', `+170${NBSP}million${NBSP}RUB`]);
    expect(moneyRange(createContext(summary, 'ru'), -6_000_000, 73_400_000, true)).toEqual(['−6,0', `+73,4${NBSP}млн${NBSP}₽`]);
  });

  it('says when the runs cannot separate other schemes from the top one', () => {
    const close = structuredClone(summary);
    const rows = rankSchemes(createContext(close, 'en'));
    const [top, second] = rows.filter((r) => !r.view.isBaseline);
    const topDiff = close.comparisons.find((c) => c.scheme === top.view.id)!;
    const secondDiff = close.comparisons.find((c) => c.scheme === second.view.id)!;
    topDiff.valueCreatedDiff = diff(100_000_000, 10_000_000, 12_000_000);
    secondDiff.valueCreatedDiff = diff(95_000_000, 10_000_000, 12_000_000);
    close.schemes.find((s) => s.id === top.view.id)!.totals.valueCreated.mean = 1e12;
    close.schemes.find((s) => s.id === second.view.id)!.totals.valueCreated.mean = 1e12 - 1;
    const ctx = createContext(close, 'en');
    expect(notSeparatedFromTop(ctx, rankSchemes(ctx)).map((r) => r.view.id)).toContain(second.view.id);
    expect(verdictText(ctx).headline[1]).toMatch(/^The simulation does not clearly separate /);
    expect(verdictText(ctx).headline[1]).toContain(`“${second.view.label}”`);

    // Far apart: no such sentence.
    secondDiff.valueCreatedDiff = diff(10_000_000, 10_000_000, 2_000_000);
    topDiff.valueCreatedDiff = diff(100_000_000, 10_000_000, 2_000_000);
    const apart = createContext(close, 'en');
    expect(notSeparatedFromTop(apart, rankSchemes(apart)).map((r) => r.view.id)).not.toContain(second.view.id);
  });

  it('warns when a scheme’s book of business shrinks and is still falling at the end', () => {
    const shrinking = structuredClone(summary);
    const scheme = shrinking.schemes.find((s) => s.id === 'hunter-farmer-split')!;
    scheme.monthly.activeClients = scheme.monthly.activeClients.map((_, i) => makeStat(250 - 4 * i, 20));
    const text = verdictText(createContext(shrinking, 'en'));
    const entry = text.schemes.find((s) => s.id === 'hunter-farmer-split')!;
    // The fixture's top scheme: the warning goes with the headline too.
    expect(text.headlineRisk).toBe(entry.risk);
    expect(entry.risk).toBe(
      'Its book of business shrinks: 250 active clients in the first month, 110 in the last (means across runs), and still falling at the end of the horizon.',
    );
    // Fallen but flat at the end: shrunk, with no "still falling" claim.
    scheme.monthly.activeClients = scheme.monthly.activeClients.map((_, i) => makeStat(Math.max(110, 250 - 10 * i), 20));
    expect(verdictText(createContext(shrinking, 'en')).schemes.find((s) => s.id === 'hunter-farmer-split')!.risk).toBe(
      'Its book of business shrinks: 250 active clients in the first month, 110 in the last (means across runs).',
    );
    // A fall the runs cannot tell from noise: nothing said.
    scheme.monthly.activeClients = scheme.monthly.activeClients.map((_, i) => makeStat(250 - 2 * i, 2000));
    expect(verdictText(createContext(shrinking, 'en')).schemes.find((s) => s.id === 'hunter-farmer-split')!.risk).toBeUndefined();
  });

  it('says a scheme identical to the baseline in every run is the same, not "unclear"', () => {
    const same = structuredClone(summary);
    same.comparisons.find((c) => c.scheme === 'account-developer')!.netProfitDiff = { mean: 0, sd: 0, p5: 0, p50: 0, p95: 0, ci95: [0, 0] };
    expect(textFor(same, 'account-developer')).toBe(
      'Dedicated client developer made exactly the same net profit as New-client bonus (current) in every run: in this scenario the two schemes do not differ.',
    );
  });

  it('names the change in active clients at the end when it is clear', () => {
    expect(textFor(summary, 'hunter-farmer-split')).toMatch(/\d+ (more|fewer) active clients at the end/);
  });
});

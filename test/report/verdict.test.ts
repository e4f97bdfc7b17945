import { describe, expect, it } from 'vitest';
import type { Stat, Summary } from '../../src/engine/summary.js';
import { createContext } from '../../src/report/context.js';
import { classifyDiff, rankSchemes, verdictText } from '../../src/report/verdict.js';
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

  it('ranks schemes by mean net profit, highest first', () => {
    const rows = rankSchemes(createContext(summary, 'en'));
    const means = rows.map((r) => r.netProfit.mean);
    expect(means).toEqual([...means].sort((a, b) => b - a));
    expect(rows[0].view.id).toBe('hunter-farmer-split');
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6]);
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
    expect(text).toMatch(/^Hand-off to hired farmers: no clear difference in net profit from New-client bonus \(current\)/);
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
    for (const c of flat.comparisons) c.netProfitDiff = diff(1_000_000, 30_000_000, 4_000_000);
    const text = verdictText(createContext(flat, 'en'));
    expect(text.headline).toContain('No scheme earns clearly more than the baseline, New-client bonus (current).');
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

  it('speaks Russian with Russian numbers', () => {
    expect(textFor(summary, 'farmer-handoff', 'ru')).toContain('явной разницы в чистой прибыли');
    const text = textFor(summary, 'hunter-farmer-split', 'ru');
    expect(text).toContain('почти при любом развитии событий');
    expect(text).toContain(`в среднем на 59,8${NBSP}млн${NBSP}₽ больше за 36 мес.`);
  });
});

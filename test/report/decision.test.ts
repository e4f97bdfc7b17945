/**
 * The first thing on the owner's page is the decision: which scheme, how much value it creates and
 * how sure in plain words, what it costs in pay, its risks with numbers (the book at the horizon,
 * the managers who leave and the clients with them, the worst-hit manager's pay) and whether the
 * model met its targets; a tie is said as a tie, with the runs that would separate the two.
 */
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import { runsToSeparate } from '../../src/report/sections/decision.js';
import { buildFixtureSummary } from './fixture.js';

/** The decision block's text, tags dropped. */
function decisionText(html: string): string {
  const block = /<div class="decision" id="decision">([\s\S]*?)<\/div>/.exec(html);
  if (!block) throw new Error('no decision block');
  return block[1].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('the decision block', () => {
  it('comes first in the verdict, before the ranking table', async () => {
    const html = await renderReport(buildFixtureSummary(), { lang: 'en' });
    expect(html.indexOf('id="decision"')).toBeGreaterThan(0);
    expect(html.indexOf('id="decision"')).toBeLessThan(html.indexOf('id="verdict-table"'));
  });

  it('names the value created, the cost in pay, the risks and the model\'s check, in English and in Russian', async () => {
    const summary = buildFixtureSummary();
    const en = decisionText(await renderReport(summary, { lang: 'en' }));
    expect(en).toMatch(/creates [\d.,]+ (million|thousand|billion)? ?RUB|creates .*RUB/);
    for (const label of ['Cost in pay:', 'Client book:', 'People:', 'The model:']) expect(en).toContain(label);
    expect(en).toMatch(/active clients/);
    expect(en).toMatch(/managers leave over 36 months/);
    const ru = decisionText(await renderReport(summary, { lang: 'ru' }));
    for (const label of ['Расходы на оплату:', 'Клиентская база:', 'Кадры:', 'Модель:']) expect(ru).toContain(label);
    expect(ru).toMatch(/за 36 месяцев/);
    expect(ru).not.toMatch(/\b(Cost|Risk|clients|managers)\b/);
  });

  it('without targets says the model is not checked against the company\'s numbers', async () => {
    const summary = buildFixtureSummary();
    summary.assumptions = { ...(summary.assumptions as object), targets: [] };
    expect(decisionText(await renderReport(summary, { lang: 'en' }))).toContain('the scenario sets no targets');
  });
});

describe('runsToSeparate', () => {
  it('scales the runs by (half-width / |mean|)²: 64 runs, mean 10, interval −5 … 25 → 144', () => {
    expect(runsToSeparate(64, 10, [-5, 25])).toBe(144); // half-width 15: 64 · (15/10)² = 144
  });
  it('says nothing when more than 100 times the runs would be needed, or the mean is 0', () => {
    expect(runsToSeparate(64, 0.1, [-5, 5.2])).toBeNull(); // 64 · (5.1/0.1)² ≈ 166 000 > 6 400
    expect(runsToSeparate(64, 0, [-5, 5])).toBeNull();
  });
});

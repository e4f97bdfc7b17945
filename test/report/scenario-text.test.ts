/**
 * The page's text comes from the scenario: the hours table and charts mark a time split only where
 * the scenario has a target for it, and a scenario without targets gets no words from the freight
 * thread.
 */
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import { observedSplit } from '../../src/report/references.js';
import { buildFixtureSummary } from './fixture.js';

const withTargets = (targets: unknown[]) => {
  const summary = buildFixtureSummary();
  summary.assumptions = { ...(summary.assumptions as object), targets };
  return summary;
};

describe('text from the scenario', () => {
  it("marks a scheme's time split from the scenario's own huntActivate target, and nothing else", () => {
    const id = buildFixtureSummary().schemes[0].id;
    const summary = withTargets([
      { id: 'mine', source: 'our CRM', measure: 'huntActivate', scheme: id, min: 0.4, max: 0.6, as: 'value', set: [] },
      // A comparison or a variant is not the scheme's split.
      { id: 'other', source: 'x', measure: 'huntActivate', scheme: id, min: 0, max: 1, as: 'value', set: ['behavior.discountRate=0.1'] },
    ]);
    expect(observedSplit(summary, id)).toEqual({ huntActivateLow: 0.4, huntActivateHigh: 0.6 });
    expect(observedSplit(withTargets([]), id)).toBeUndefined();
  });

  it('a scenario without targets: no thread, no freight on the page, in either language', async () => {
    const summary = withTargets([]);
    // The fixture's own name says "Freight": a user's name, not the page's words.
    summary.scenario = 'Software sales team';
    summary.assumptions = { ...(summary.assumptions as object), name: 'Software sales team' };
    for (const lang of ['en', 'ru'] as const) {
      const html = (await renderReport(summary, { lang })).replace(/<script[\s\S]*?<\/script>/g, '');
      const text = html.replace(/<[^>]+>/g, ' ');
      expect(text).not.toMatch(/thread|freight|тред|обсуждени|перевоз/i);
    }
  });
});

describe('a summary of one scheme', () => {
  it('says "1 scheme" and "the one scheme simulated", not "the highest", in both languages', async () => {
    const summary = buildFixtureSummary();
    summary.schemes = summary.schemes.filter((s) => s.id === summary.baseline);
    summary.comparisons = [];
    const en = await renderReport(summary, { lang: 'en' });
    expect(en).toContain('1 scheme · ');
    expect(en).toContain('the one scheme simulated, creates');
    expect(en).not.toContain('creates the most value');
    const ru = await renderReport(summary, { lang: 'ru' });
    expect(ru).toContain('(в расчёте она одна) создаёт');
  });
});

describe('the appendix in the page language', () => {
  it("shows a role's and a pay component's translated name in place of the English one, without the translation rows", async () => {
    const { inLanguage } = await import('../../src/report/sections/assumptions-section.js');
    const rows = inLanguage(
      [
        ['schemes.x.roles.hunter.name', 'Hunter'],
        ['schemes.x.roles.hunter.translations.ru.name', 'Хантер'],
        ['schemes.x.roles.hunter.pay.bonus.name', 'Bonus per activated client'],
        ['schemes.x.roles.hunter.pay.bonus.translations.ru.name', 'Бонус за каждого активированного клиента'],
        ['schemes.x.roles.hunter.pay.bonus.rate', 10000],
        ['schemes.x.roles.farmer.name', 'Farmer'],
      ],
      'ru',
    );
    expect(rows).toEqual([
      ['schemes.x.roles.hunter.name', 'Хантер'],
      ['schemes.x.roles.hunter.pay.bonus.name', 'Бонус за каждого активированного клиента'],
      ['schemes.x.roles.hunter.pay.bonus.rate', 10000],
      ['schemes.x.roles.farmer.name', 'Farmer'],
    ]);
  });
});

/**
 * Each chart's title says its point: the schemes at the top and the bottom of the number the chart
 * is about, with that number; one scheme, or schemes all level, keep the plain title.
 */
import { describe, expect, it } from 'vitest';
import type { Summary } from '../../src/engine/summary.js';
import { createContext } from '../../src/report/context.js';
import type { Lang } from '../../src/report/i18n.js';
import { moneyFanChart } from '../../src/report/charts/money-fan-chart.js';
import { timeShareOverTimeChart } from '../../src/report/charts/time-share-over-time-chart.js';
import { timeShareAverageChart } from '../../src/report/charts/time-share-average-chart.js';
import { clientsByCategoryChart } from '../../src/report/charts/clients-by-category-chart.js';
import { clientFlowsChart } from '../../src/report/charts/client-flows-chart.js';
import { payBoxChart } from '../../src/report/charts/pay-box-chart.js';
import { buildFixtureSummary, makeStat } from './fixture.js';

/** Three schemes named A, B and C with the numbers each title reads, set by hand. */
function threeSchemes(): Summary {
  const summary = buildFixtureSummary();
  summary.schemes = summary.schemes.slice(0, 3);
  const numbers = [
    { name: 'A', revenue: 4.3e9, netProfit: 5.0e8, hunt: 0.2, farm: 0.55, huntLast: 0.18, active: 480.4, contracts: 300, churned: 250, pay: 95_600 },
    { name: 'B', revenue: 5.0e9, netProfit: 5.55e8, hunt: 0.48, farm: 0.3, huntLast: 0.47, active: 601.6, contracts: 405, churned: 342, pay: 136_000 },
    { name: 'C', revenue: 4.6e9, netProfit: 4.94e8, hunt: 0.3, farm: 0.4, huntLast: 0.3, active: 550, contracts: 350, churned: 200, pay: 120_000 },
  ];
  summary.schemes.forEach((scheme, i) => {
    const n = numbers[i];
    scheme.name = n.name;
    scheme.translations = undefined;
    scheme.totals.revenue = makeStat(n.revenue, 1);
    scheme.totals.netProfit = makeStat(n.netProfit, 1);
    scheme.totals.newContracts = makeStat(n.contracts, 1);
    scheme.totals.churnedClients = makeStat(n.churned, 1);
    scheme.timeShare = { hunt: makeStat(n.hunt, 0.01), activate: makeStat(1 - n.hunt - n.farm, 0.01), farm: makeStat(n.farm, 0.01) };
    scheme.monthly.huntShare![summary.months - 1] = makeStat(n.huntLast, 0.01);
    scheme.end.activeClients = makeStat(n.active, 1);
    scheme.managerMonthlyPay = makeStat(n.pay, 1);
  });
  return summary;
}

/** Numbers keep their no-break spaces on the page; the expected strings are typed with plain ones. */
const plain = (text: string | undefined) => text?.replace(/[\u00a0\u202f]/g, ' ');

function titles(summary: Summary, lang: Lang) {
  const ctx = createContext(summary, lang);
  const all = {
    revenue: moneyFanChart(ctx, 'revenue').title,
    netProfit: moneyFanChart(ctx, 'netProfit').title,
    hoursOverTime: timeShareOverTimeChart(ctx).title,
    hoursAverage: timeShareAverageChart(ctx).title,
    clients: clientsByCategoryChart(ctx).title,
    flows: clientFlowsChart(ctx).title,
    pay: payBoxChart(ctx)?.title,
  };
  return Object.fromEntries(Object.entries(all).map(([key, title]) => [key, plain(title)])) as Record<keyof typeof all, string | undefined>;
}

describe('chart titles say their point', () => {
  it('in English, with the top and bottom schemes and their numbers', () => {
    const t = titles(threeSchemes(), 'en');
    expect(t.revenue).toBe('Monthly revenue by scheme: over 36 months “B” brings in the most, 5 billion RUB on average, and “A” the least, 4.3 billion RUB');
    expect(t.netProfit).toBe('Monthly net profit by scheme: over 36 months “B” earns the most, 555 million RUB on average, and “C” the least, 494 million RUB');
    expect(t.hoursOverTime).toBe('The team’s hours by activity, month by month: in the last month “B” puts the most into hunting, 47% of the hours, and “A” the least, 18%');
    expect(t.hoursAverage).toBe('Average share of hours by activity: farming takes the most under “A”, 55% of the hours; hunting under “B”, 48%');
    expect(t.clients).toBe('Clients by category over time: “B” ends with the most active clients, 602 on average, and “A” with the fewest, 480');
    expect(t.flows).toBe('Client flows per month: over 36 months “B” both signs the most new contracts, 405 on average, and loses the most active clients, 342');
    expect(t.pay).toBe('Monthly pay of one manager: highest under “B”, 136 thousand RUB a month on average, and lowest under “A”, 95.6 thousand RUB');
  });

  it('in Russian', () => {
    const summary = threeSchemes();
    summary.schemes[2].totals.churnedClients = makeStat(400, 1);
    const t = titles(summary, 'ru');
    expect(t.revenue).toBe('Выручка по месяцам: за 36 мес. больше всего приносит схема «B» — в среднем 5 млрд ₽, меньше всего схема «A» — 4,3 млрд ₽');
    expect(t.hoursAverage).toBe('Средняя доля времени по видам работы: больше всего времени на ведение клиентов уходит при схеме «A» (55 %), на поиск — при схеме «B» (48 %)');
    expect(t.flows).toBe('Движение клиентов за месяц: за 36 мес. больше всего новых договоров заключают при схеме «B» — в среднем 405; больше всего активных клиентов теряют при схеме «C» — 400');
    expect(t.pay).toBe('Месячная оплата одного менеджера: выше всего при схеме «B» — в среднем 136 тыс. ₽ в месяц, ниже всего при схеме «A» — 95,6 тыс. ₽');
  });

  it('keeps the plain title with one scheme, or when every scheme is level', () => {
    const one = threeSchemes();
    one.schemes = one.schemes.slice(0, 1);
    const t = titles(one, 'en');
    expect(t.revenue).toBe('Monthly revenue by scheme over 36 months');
    expect(t.clients).toBe('Clients by category over time: active, signed but not yet active, stuck');
    expect(t.pay).toBe('Monthly pay of one manager, by scheme and role');
    const level = threeSchemes();
    for (const scheme of level.schemes) scheme.totals.netProfit = makeStat(5e8, 1);
    expect(titles(level, 'en').netProfit).toBe('Monthly net profit by scheme over 36 months');
  });
});

describe('the book table', () => {
  it('reads a book of 0.8 billion moving by 0.2 billion in millions, so the change shows', async () => {
    const summary = threeSchemes();
    summary.schemes.forEach((scheme, i) => {
      scheme.totals.bookValueAtSwitch = makeStat(825e6, 1);
      scheme.totals.bookValue = makeStat([1037e6, 809e6, 851e6][i], 1);
      scheme.totals.pipelineValue = makeStat(12e6, 1);
    });
    const { clientsSection } = await import('../../src/report/sections/clients-section.js');
    const html = plain(await clientsSection(createContext(summary, 'en')))!;
    const book = html.slice(html.indexOf('The client book at the switch'));
    expect(book).toContain('Book value at the switch, million RUB');
    expect(book).toMatch(/>825<.*>1,037<.*>12<.*>\+212</s);
    expect(book).toMatch(/>809<.*>12<.*>−16</s);
  });
});

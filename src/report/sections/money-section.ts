/** Section 2, money over time: revenue and net profit fan charts, and the cumulative difference against the baseline. */
import type { ReportContext } from '../context.js';
import { renderFigure } from '../figure.js';
import { section } from '../html.js';
import { moneyFanChart } from '../charts/money-fan-chart.js';
import { cumulativeDiffChart } from '../charts/cumulative-diff-chart.js';

export async function moneySection(ctx: ReportContext): Promise<string> {
  const figures = [
    await renderFigure(ctx, moneyFanChart(ctx, 'revenue')),
    await renderFigure(ctx, moneyFanChart(ctx, 'netProfit')),
    await renderFigure(ctx, cumulativeDiffChart(ctx)),
    // Summaries written before the book was valued have no value-created series.
    ...(ctx.schemes.some((view) => view.scheme.monthly.valueCreated?.length) ? [await renderFigure(ctx, moneyFanChart(ctx, 'valueCreated'))] : []),
  ];
  return section('money', ctx.m.sectionMoney, figures.join('\n'), ctx.m.moneyIntro);
}

/**
 * Section 3, where the hours go: hunt / activate / farm over time and on average, per scheme and
 * role, next to the splits observed in the seed thread.
 */
import type { ReportContext } from '../context.js';
import { fill } from '../context.js';
import { escapeHtml } from '../escape.js';
import { renderFigure } from '../figure.js';
import { num, schemeName, section, table } from '../html.js';
import { observedSplit } from '../references.js';
import { timeShareOverTimeChart } from '../charts/timeShareOverTimeChart.js';
import { timeShareAverageChart } from '../charts/timeShareAverageChart.js';

function sharesTable(ctx: ReportContext): string {
  const { m, fmt } = ctx;
  const rows = ctx.schemes.map((view) => {
    const t = view.scheme.timeShare;
    const split = observedSplit(view.id);
    const huntActivate = (t.hunt?.mean ?? NaN) + (t.activate?.mean ?? NaN);
    const inside = split ? huntActivate >= split.huntActivateLow && huntActivate <= split.huntActivateHigh : undefined;
    return [
      { html: schemeName(ctx, view) },
      num(fmt.percent(t.hunt?.mean ?? NaN)),
      num(fmt.percent(t.activate?.mean ?? NaN)),
      num(fmt.percent(t.farm?.mean ?? NaN)),
      num(`<strong>${fmt.percent(huntActivate)}</strong>`),
      num(
        split
          ? `${fmt.percent(split.huntActivateLow)}–${fmt.percent(split.huntActivateHigh)} ${escapeHtml(inside ? m.observedInside : m.observedOutside)}`
          : '—',
      ),
    ];
  });
  return table({
    head: [
      escapeHtml(m.colScheme),
      num(escapeHtml(m.activityHunt)),
      num(escapeHtml(m.activityActivate)),
      num(escapeHtml(m.activityFarm)),
      num(escapeHtml(m.colHuntActivate)),
      num(escapeHtml(m.colObserved)),
    ],
    rows,
    id: 'time-share-table',
  });
}

export async function hoursSection(ctx: ReportContext): Promise<string> {
  const body = [
    sharesTable(ctx),
    await renderFigure(ctx, timeShareOverTimeChart(ctx)),
    await renderFigure(ctx, timeShareAverageChart(ctx)),
  ].join('\n');
  return section('hours', ctx.m.sectionHours, body, fill(ctx.m.hoursIntro, {}));
}

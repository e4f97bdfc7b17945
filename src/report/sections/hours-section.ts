/**
 * Section 3, where the hours go: hunt / activate / farm over time and on average, per scheme and
 * role, next to the splits observed in the seed thread.
 */
import type { ReportContext } from '../context.js';
import { fill } from '../context.js';
import { escapeHtml } from '../escape.js';
import { renderFigure } from '../figure.js';
import { behind, num, schemeName, section, table, type CellInput } from '../html.js';
import { roleViews } from '../roles.js';
import { observedSplit } from '../references.js';
import { timeShareOverTimeChart } from '../charts/time-share-over-time-chart.js';
import { timeShareAverageChart } from '../charts/time-share-average-chart.js';

/**
 * One row per scheme for the whole team, then — where a scheme has more than one role (hunters
 * and farmers, a client developer) — one indented row per role with its average head-count.
 */
function sharesTable(ctx: ReportContext): string {
  const { m, fmt } = ctx;
  const rows: CellInput[][] = [];
  for (const view of ctx.schemes) {
    const t = view.scheme.timeShare;
    const split = observedSplit(ctx.summary, view.id);
    const huntActivate = (t.hunt?.mean ?? NaN) + (t.activate?.mean ?? NaN);
    const inside = split ? huntActivate >= split.huntActivateLow && huntActivate <= split.huntActivateHigh : undefined;
    rows.push([
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
    ]);
    const roles = roleViews(view);
    if (roles.length < 2) continue;
    for (const { role, label, held } of roles) {
      const r = role.timeShare;
      const share = (a: 'hunt' | 'activate' | 'farm') => num(held ? fmt.percent(r?.[a]?.mean ?? NaN) : '—');
      const headcount = role.headcount?.mean;
      rows.push([
        {
          html: escapeHtml(
            held
              ? fill(m.roleHeadcount, { role: label, headcount: Number.isFinite(headcount) ? fmt.number(headcount, 1, true) : '—' })
              : fill(m.roleNobody, { role: label }),
          ),
          className: 'role-row',
        },
        share('hunt'),
        share('activate'),
        share('farm'),
        num(held ? fmt.percent((r?.hunt?.mean ?? NaN) + (r?.activate?.mean ?? NaN)) : '—'),
        num(''),
      ]);
    }
  }
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
    await renderFigure(ctx, timeShareOverTimeChart(ctx)),
    await renderFigure(ctx, timeShareAverageChart(ctx)),
    behind(ctx.m.hoursTableSummary, sharesTable(ctx)),
  ].join('\n');
  return section('hours', ctx.m.sectionHours, body, fill(ctx.m.hoursIntro, {}));
}

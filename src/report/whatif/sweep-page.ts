/**
 * The sweep page (sweep.html): what was varied, the best point of each scheme with the flat
 * region around it in words, the chart (line or heat maps), and every point in a table.
 */
import type { SweepResult } from '../../whatif/sweep.js';
import { fill } from '../context.js';
import { escapeHtml } from '../escape.js';
import type { Lang } from '../i18n.js';
import { formatMetric, metricKind } from './metric.js';
import { localNames, localScenario, table, whatIfContext, whatIfPage, type WhatIfContext } from './page.js';
import { focusPath, isDifference, sweepHeatMap, sweepLineChart, sweepMetricTitle, sweepWinnerMap } from './sweep-charts.js';
import { renderFigure } from '../figure.js';

/** Rows the table shows at most (sweep.json has them all). */
const MAX_ROWS = 400;

function pointText(result: SweepResult, index: number): string {
  return result.points[index].set.join(', ');
}

function bestSentences(ctx: WhatIfContext, result: SweepResult): string {
  const difference = isDifference(result);
  const kind = metricKind(focusPath(result));
  const items = result.schemes.map((s) => {
    const best = result.best[s];
    const value = formatMetric(ctx.fmt, kind, best.mean, difference);
    return `<li>${escapeHtml(
      fill(ctx.m.whatifSweepBest, {
        scheme: ctx.schemeLabel(s),
        point: pointText(result, best.point),
        value,
        flat: ctx.fmt.number(best.flat.length),
        points: ctx.fmt.number(result.points.length),
      }),
    )}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

/**
 * The best scheme at a point, or — where others' intervals overlap the best one's — the schemes the
 * runs cannot tell apart, so a table of tied schemes does not seem to flip between them.
 */
function leaderText(ctx: WhatIfContext, result: SweepResult, p: SweepResult['points'][number]): string {
  const best = p.metric[p.winner];
  if (!best) return ctx.schemeLabel(p.winner);
  const tied = result.schemes.filter((s) => s !== p.winner && p.metric[s] && p.metric[s].ci95[1] >= best.ci95[0] && p.metric[s].ci95[0] <= best.ci95[1]);
  if (tied.length === 0) return ctx.schemeLabel(p.winner);
  return fill(ctx.m.whatifTied, { scheme: ctx.schemeLabel(p.winner), count: tied.length }, ctx.lang);
}

/** Beyond this many schemes the table shows means only (the intervals are in sweep.json and the chart). */
const SCHEMES_WITH_INTERVALS = 3;

function pointsTable(ctx: WhatIfContext, result: SweepResult): string {
  const kindOf = metricKind(focusPath(result));
  const difference = isDifference(result);
  const withIntervals = result.schemes.length <= SCHEMES_WITH_INTERVALS;
  const headers = [
    ...result.axes.map((a) => ({ html: `<code>${escapeHtml(a.path)}</code>`, num: true })),
    ...result.schemes.map((s) => ({ html: escapeHtml(withIntervals ? fill(ctx.m.whatifColMetricOf, { scheme: ctx.schemeLabel(s) }) : ctx.schemeLabel(s)), num: true })),
    ...(result.schemes.length > 1 || difference ? [{ html: escapeHtml(ctx.m.whatifColLeader) }] : []),
  ];
  const rows = result.points.slice(0, MAX_ROWS).map((p) => {
    const cells = [
      ...p.values.map((v) => escapeHtml(typeof v === 'number' ? ctx.fmt.number(v, 6) : v)),
      ...result.schemes.map((s) => {
        const o = p.metric[s];
        const marks = `${result.best[s].point === p.index ? ' ★' : ''}${result.best[s].flat.includes(p.index) && result.best[s].point !== p.index ? ' ≈' : ''}`;
        const interval = withIntervals ? `<br><span class="note">${escapeHtml(formatMetric(ctx.fmt, kindOf, o.ci95[0], difference))} … ${escapeHtml(formatMetric(ctx.fmt, kindOf, o.ci95[1], difference))}</span>` : '';
        return `${escapeHtml(formatMetric(ctx.fmt, kindOf, o.mean, difference))}${marks}${interval}`;
      }),
      ...(result.schemes.length > 1 || difference ? [escapeHtml(leaderText(ctx, result, p))] : []),
    ];
    return { cells };
  });
  const notes = [
    `<p class="note">${escapeHtml(ctx.m.whatifTableMarks)}${withIntervals ? '' : ` ${escapeHtml(ctx.m.whatifTableNoIntervals)}`}</p>`,
    result.points.length > MAX_ROWS ? `<p class="note">${escapeHtml(fill(ctx.m.whatifRowsCut, { shown: MAX_ROWS, total: result.points.length }))}</p>` : '',
  ];
  return table(headers, rows) + notes.join('');
}

export async function renderSweepPage(result: SweepResult, options: { lang: Lang }): Promise<string> {
  const order = [...new Set([...result.schemes, result.baseline, ...result.points.map((p) => p.winner)])];
  const ctx = whatIfContext(options.lang, result.currency, localNames(result, options.lang), order);
  const { m } = ctx;
  const metric = sweepMetricTitle(ctx, result);
  const intro = fill(m.whatifSweepIntro, {
    metric,
    points: ctx.fmt.number(result.points.length),
    runs: ctx.fmt.number(result.runs),
    seed: String(result.seed),
    goal: result.goal === 'max' ? m.whatifGoalMax : m.whatifGoalMin,
  });
  const axes = result.axes.map((a) => `<li><code>${escapeHtml(a.path)}</code>: ${escapeHtml(a.values.join(', '))}</li>`).join('');
  const charts = [await renderFigure(ctx, sweepLineChart(ctx, result)), await renderFigure(ctx, sweepHeatMap(ctx, result)), await renderFigure(ctx, sweepWinnerMap(ctx, result))].join('\n');
  const noChart = result.axes.length > 2 ? `<p class="note">${escapeHtml(m.whatifSweepNoChart)}</p>` : '';
  const winners = new Set(result.points.map((p) => p.winner));
  const oneWinner = winners.size === 1 && (result.schemes.length > 1 || isDifference(result)) ? `<p>${escapeHtml(fill(m.whatifSweepOneWinner, { scheme: ctx.schemeLabel([...winners][0]) }))}</p>` : '';
  const overrides = result.overrides.length > 0 ? `<p class="note">${escapeHtml(m.whatifOverrides)} <code>${escapeHtml(result.overrides.join(' '))}</code></p>` : '';
  return whatIfPage(
    ctx,
    fill(m.whatifSweepTitle, { scenario: localScenario(result, options.lang) }),
    fill(m.whatifSubtitle, { months: ctx.fmt.number(result.months), runs: ctx.fmt.number(result.runs), seed: String(result.seed) }),
    [
      {
        id: 'best',
        title: m.whatifSweepSectionBest,
        html: `<p class="intro">${escapeHtml(intro)}</p><ul>${axes}</ul>${overrides}${bestSentences(ctx, result)}<p class="note">${escapeHtml(fill(m.whatifSweepFlatNote, { interval: isDifference(result) ? m.whatifIntervalPaired : m.whatifIntervalMean }))}</p>`,
      },
      { id: 'charts', title: m.whatifSweepSectionCharts, html: oneWinner + charts + noChart },
      { id: 'points', title: m.whatifSweepSectionPoints, html: pointsTable(ctx, result) },
    ],
  );
}

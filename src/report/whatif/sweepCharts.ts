/**
 * Charts of a sweep: the metric against one varied parameter (a line per scheme with its interval
 * band, the best point marked, the flat region shaded), or over two parameters (a heat map of the
 * focus scheme with the best cell starred and the flat region outlined, and a map of which scheme
 * leads where).
 */
import { observablePath } from '../../whatif/observables.js';
import type { SweepResult } from '../../whatif/sweep.js';
import { fill } from '../context.js';
import { chartConfig, CONTENT_WIDTH, type ChartDefinition } from '../charts/chart.js';
import { REFERENCE_INK } from '../palette.js';
import { axisUnit, formatMetric, metricKind, metricName } from './metric.js';
import type { WhatIfContext } from './page.js';

function metricPath(result: SweepResult, scheme: string): string {
  return observablePath(result.metric, scheme);
}

/** The full path of the metric of the scheme the charts centre on. */
export function focusPath(result: SweepResult): string {
  return metricPath(result, result.focus);
}

export function isDifference(result: SweepResult): boolean {
  return metricPath(result, result.focus).startsWith('comparisons.');
}

export function sweepMetricTitle(ctx: WhatIfContext, result: SweepResult): string {
  return metricName(ctx.m, metricPath(result, result.focus));
}

/** Contiguous runs of flat points along one axis, as [from, to] x ranges reaching halfway to the neighbours. */
function flatSegments(xs: readonly number[], flat: ReadonlySet<number>): { x0: number; x1: number }[] {
  const segments: { x0: number; x1: number }[] = [];
  const half = (k: number, side: -1 | 1): number => {
    const neighbour = xs[k + side];
    return neighbour === undefined ? xs[k] : (xs[k] + neighbour) / 2;
  };
  let start = -1;
  xs.forEach((_, k) => {
    if (flat.has(k) && start < 0) start = k;
    if (start >= 0 && (!flat.has(k + 1) || k === xs.length - 1)) {
      segments.push({ x0: half(start, -1), x1: half(k, 1) });
      start = -1;
    }
  });
  return segments;
}

export function sweepLineChart(ctx: WhatIfContext, result: SweepResult): ChartDefinition | undefined {
  if (result.axes.length !== 1) return undefined;
  const axis = result.axes[0];
  const numeric = axis.numbers !== undefined;
  const kind = metricKind(metricPath(result, result.focus));
  const all = result.points.flatMap((p) => result.schemes.flatMap((s) => [p.metric[s].ci95[0], p.metric[s].ci95[1]]));
  const unit = axisUnit(ctx.fmt, kind, all);
  const rows = result.points.flatMap((p) =>
    result.schemes.map((s) => ({
      x: p.values[0],
      scheme: ctx.schemeLabel(s),
      mean: p.metric[s].mean / unit.divisor,
      lo: p.metric[s].ci95[0] / unit.divisor,
      hi: p.metric[s].ci95[1] / unit.divisor,
      best: result.best[s].point === p.index,
      flat: s === result.focus && result.best[s].flat.includes(p.index),
    })),
  );
  const labels = result.schemes.map((s) => ctx.schemeLabel(s));
  const color = { field: 'scheme', type: 'nominal' as const, scale: { domain: labels, range: result.schemes.map((s) => ctx.schemeColor(s)) }, legend: { title: null, orient: 'bottom' as const } };
  const x = numeric
    ? { field: 'x', type: 'quantitative' as const, title: axis.path, scale: { zero: false, nice: false }, axis: (axis.numbers as number[]).length <= 15 ? { values: axis.numbers } : {} }
    : { field: 'x', type: 'ordinal' as const, title: axis.path, sort: axis.values };
  const yTitle = unit.label ? `${sweepMetricTitle(ctx, result)}, ${unit.label}` : sweepMetricTitle(ctx, result);
  const y = { field: 'mean', type: 'quantitative' as const, title: yTitle, axis: { format: unit.format }, scale: { zero: false } };
  const layers: unknown[] = [];
  if (numeric) {
    const xs = (axis.numbers as number[]).slice();
    const segments = flatSegments(xs, new Set(result.best[result.focus].flat));
    layers.push({ data: { values: segments }, mark: { type: 'rect', color: '#9e9e9e', opacity: 0.16 }, encoding: { x: { field: 'x0', type: 'quantitative' }, x2: { field: 'x1' } } });
  }
  if (isDifference(result)) layers.push({ data: { values: [{ zero: 0 }] }, mark: { type: 'rule', color: REFERENCE_INK, strokeDash: [4, 3] }, encoding: { y: { field: 'zero', type: 'quantitative' } } });
  layers.push(
    { mark: { type: 'area', opacity: 0.18 }, encoding: { x, y: { ...y, field: 'lo' }, y2: { field: 'hi' }, color } },
    { mark: { type: 'line', point: true }, encoding: { x, y, color } },
    { transform: [{ filter: 'datum.flat' }], mark: { type: 'point', size: 160, strokeWidth: 1.5, color: '#555' }, encoding: { x, y } },
    { transform: [{ filter: 'datum.best' }], mark: { type: 'point', shape: 'diamond', filled: true, size: 260, stroke: REFERENCE_INK, strokeWidth: 1.5 }, encoding: { x, y, color } },
  );
  return {
    id: 'sweep-line',
    title: fill(ctx.m.whatifSweepLineTitle, { metric: sweepMetricTitle(ctx, result), path: axis.path }),
    note: fill(ctx.m.whatifSweepLineNote, { scheme: ctx.schemeLabel(result.focus) }),
    spec: {
      config: chartConfig(),
      width: CONTENT_WIDTH - 120,
      height: 320,
      data: { values: rows },
      layer: layers,
    } as never,
  };
}

function cellRows(ctx: WhatIfContext, result: SweepResult) {
  const kind = metricKind(metricPath(result, result.focus));
  const best = result.best[result.focus];
  return result.points.map((p) => ({
    a: String(p.values[0]),
    b: String(p.values[1]),
    mean: p.metric[result.focus].mean,
    text: formatMetric(ctx.fmt, kind, p.metric[result.focus].mean, isDifference(result)),
    star: p.index === best.point ? '★' : '',
    flat: best.flat.includes(p.index),
    winner: ctx.schemeLabel(p.winner),
  }));
}

export function sweepHeatMap(ctx: WhatIfContext, result: SweepResult): ChartDefinition | undefined {
  if (result.axes.length !== 2) return undefined;
  const [first, second] = result.axes;
  const rows = cellRows(ctx, result);
  const means = rows.map((r) => r.mean);
  const straddles = Math.min(...means) < 0 && Math.max(...means) > 0;
  const width = Math.min(CONTENT_WIDTH - 200, 90 * first.values.length);
  const x = { field: 'a', type: 'ordinal' as const, title: first.path, sort: first.values };
  const y = { field: 'b', type: 'ordinal' as const, title: second.path, sort: [...second.values].reverse() };
  return {
    id: 'sweep-heatmap',
    title: fill(ctx.m.whatifSweepHeatTitle, { metric: sweepMetricTitle(ctx, result), scheme: ctx.schemeLabel(result.focus) }),
    note: ctx.m.whatifSweepHeatNote,
    spec: {
      config: chartConfig(),
      width,
      height: Math.min(480, 40 * second.values.length),
      data: { values: rows },
      layer: [
        {
          mark: { type: 'rect' },
          encoding: {
            x,
            y,
            color: {
              field: 'mean',
              type: 'quantitative',
              title: null,
              legend: null,
              scale: straddles ? { scheme: 'blueorange', reverse: result.goal === 'max', domainMid: 0 } : { scheme: result.goal === 'max' ? 'blues' : 'oranges' },
            },
          },
        },
        { transform: [{ filter: 'datum.flat' }], mark: { type: 'rect', fillOpacity: 0, stroke: REFERENCE_INK, strokeWidth: 2 }, encoding: { x, y } },
        { mark: { type: 'text', fontSize: 11, color: REFERENCE_INK, baseline: 'bottom', dy: -1 }, encoding: { x, y, text: { field: 'text' } } },
        { mark: { type: 'text', fontSize: 13, baseline: 'top', dy: 3 }, encoding: { x, y, text: { field: 'star' } } },
      ],
    } as never,
  };
}

export function sweepWinnerMap(ctx: WhatIfContext, result: SweepResult): ChartDefinition | undefined {
  if (result.axes.length !== 2 || (result.schemes.length < 2 && !isDifference(result))) return undefined;
  const [first, second] = result.axes;
  const rows = cellRows(ctx, result);
  const ids = [...new Set([...result.schemes, ...result.points.map((p) => p.winner)])];
  const x = { field: 'a', type: 'ordinal' as const, title: first.path, sort: first.values };
  const y = { field: 'b', type: 'ordinal' as const, title: second.path, sort: [...second.values].reverse() };
  return {
    id: 'sweep-winner',
    title: ctx.m.whatifSweepWinnerTitle,
    note: ctx.m.whatifSweepWinnerNote,
    spec: {
      config: chartConfig(),
      width: Math.min(CONTENT_WIDTH - 260, 90 * first.values.length),
      height: Math.min(480, 40 * second.values.length),
      data: { values: rows },
      mark: { type: 'rect', stroke: 'white', strokeWidth: 1 },
      encoding: {
        x,
        y,
        color: { field: 'winner', type: 'nominal', title: null, scale: { domain: ids.map(ctx.schemeLabel), range: ids.map(ctx.schemeColor) }, legend: { orient: 'right' } },
      },
    } as never,
  };
}

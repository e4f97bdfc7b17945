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
      focus: s === result.focus,
    })),
  );
  const labels = result.schemes.map((s) => ctx.schemeLabel(s));
  // The legend draws each scheme as its line, at full strength (not in the pale colour of a band).
  const color = {
    field: 'scheme',
    type: 'nominal' as const,
    scale: { domain: labels, range: result.schemes.map((s) => ctx.schemeColor(s)) },
    legend: { title: null, orient: 'bottom' as const, symbolType: 'stroke', symbolOpacity: 1, symbolStrokeWidth: 3 },
  };
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
    // One band, the focus scheme's: six overlapping bands read as a grey smear. The legend comes from the lines.
    { transform: [{ filter: 'datum.focus' }], mark: { type: 'area', opacity: 0.18 }, encoding: { x, y: { ...y, field: 'lo' }, y2: { field: 'hi' }, color } },
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

/** A grid value as the page's language writes it (0,02 on the Russian page). */
function axisLabel(ctx: WhatIfContext, value: number | string): string {
  return typeof value === 'number' ? ctx.fmt.number(value, 10) : value;
}

function axisOrder(ctx: WhatIfContext, axis: SweepResult['axes'][number]): string[] {
  return axis.numbers ? axis.numbers.map((v) => axisLabel(ctx, v)) : axis.values;
}

/** The grid's cells; money is written in one unit for the whole map (named in the title). */
function cellRows(ctx: WhatIfContext, result: SweepResult): { rows: { a: string; b: string; mean: number; text: string; star: string; flat: boolean; winner: string }[]; unitLabel: string } {
  const kind = metricKind(metricPath(result, result.focus));
  const best = result.best[result.focus];
  const means = result.points.map((p) => p.metric[result.focus].mean);
  const unit = kind === 'money' ? ctx.fmt.moneyUnit(Math.max(0, ...means.map(Math.abs))) : undefined;
  const text = (value: number): string =>
    unit ? ctx.fmt.inUnit(value, unit, { signed: isDifference(result), digits: ctx.fmt.columnDigits(means, unit) }) : formatMetric(ctx.fmt, kind, value, isDifference(result));
  const rows = result.points.map((p) => ({
    a: axisLabel(ctx, p.values[0]),
    b: axisLabel(ctx, p.values[1]),
    mean: p.metric[result.focus].mean,
    text: text(p.metric[result.focus].mean),
    star: p.index === best.point ? '★' : '',
    flat: best.flat.includes(p.index),
    winner: ctx.schemeLabel(p.winner),
  }));
  return { rows, unitLabel: unit?.label ?? '' };
}

export function sweepHeatMap(ctx: WhatIfContext, result: SweepResult): ChartDefinition | undefined {
  if (result.axes.length !== 2) return undefined;
  const [first, second] = result.axes;
  const { rows, unitLabel } = cellRows(ctx, result);
  const means = rows.map((r) => r.mean);
  const low = Math.min(...means);
  const high = Math.max(...means);
  const straddles = low < 0 && high > 0;
  // Dark cells get white text: the darker half of a sequential scale, or the far ends of a diverging one.
  const dark = straddles ? `abs(datum.mean) > ${0.6 * Math.max(-low, high)}` : result.goal === 'max' ? `datum.mean > ${low + 0.55 * (high - low)}` : `datum.mean > ${low + 0.55 * (high - low)}`;
  const x = { field: 'a', type: 'ordinal' as const, title: first.path, sort: axisOrder(ctx, first), axis: { labelAngle: 0 } };
  const y = { field: 'b', type: 'ordinal' as const, title: second.path, sort: axisOrder(ctx, second).reverse() };
  const textColor = { condition: { test: dark, value: 'white' }, value: REFERENCE_INK };
  const title = fill(ctx.m.whatifSweepHeatTitle, { metric: sweepMetricTitle(ctx, result), scheme: ctx.schemeLabel(result.focus) });
  return {
    id: 'sweep-heatmap',
    title: unitLabel ? `${title}, ${unitLabel}` : title,
    note: ctx.m.whatifSweepHeatNote,
    spec: {
      config: chartConfig(),
      width: Math.min(CONTENT_WIDTH - 200, 110 * first.values.length),
      height: Math.min(520, 44 * second.values.length),
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
        { transform: [{ filter: 'datum.flat' }], mark: { type: 'rect', fillOpacity: 0, stroke: REFERENCE_INK, strokeWidth: 2.5 }, encoding: { x, y } },
        { mark: { type: 'text', fontSize: 12, baseline: 'bottom', dy: 2 }, encoding: { x, y, text: { field: 'text' }, color: textColor } },
        { mark: { type: 'text', fontSize: 13, baseline: 'top', dy: 4 }, encoding: { x, y, text: { field: 'star' }, color: textColor } },
      ],
    } as never,
  };
}

export function sweepWinnerMap(ctx: WhatIfContext, result: SweepResult): ChartDefinition | undefined {
  if (result.axes.length !== 2 || new Set(result.points.map((p) => p.winner)).size < 2) return undefined;
  const [first, second] = result.axes;
  const { rows } = cellRows(ctx, result);
  const ids = [...new Set([...result.schemes, ...result.points.map((p) => p.winner)])];
  const x = { field: 'a', type: 'ordinal' as const, title: first.path, sort: axisOrder(ctx, first), axis: { labelAngle: 0 } };
  const y = { field: 'b', type: 'ordinal' as const, title: second.path, sort: axisOrder(ctx, second).reverse() };
  return {
    id: 'sweep-winner',
    title: ctx.m.whatifSweepWinnerTitle,
    note: ctx.m.whatifSweepWinnerNote,
    spec: {
      config: chartConfig(),
      width: Math.min(CONTENT_WIDTH - 260, 110 * first.values.length),
      height: Math.min(520, 44 * second.values.length),
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

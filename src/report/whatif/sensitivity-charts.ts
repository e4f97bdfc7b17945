/**
 * Charts of a sensitivity analysis: the tornado (each parameter's effect on the metric at the low
 * and high end of its box, widest swing on top, the seed-only noise floor as a grey band around
 * zero) and the Morris plane (μ*: how much a parameter matters; σ: how much its effect depends on
 * the others; points left of the noise floor are indistinguishable from the dice).
 */
import type { SensitivityResult } from '../../whatif/sensitivity.js';
import { fill } from '../context.js';
import { chartConfig, CONTENT_WIDTH, type ChartDefinition } from '../charts/chart.js';
import { REFERENCE_INK } from '../palette.js';
import { axisUnit, metricKind, metricName } from './metric.js';
import type { WhatIfContext } from './page.js';

/** Bars the tornado shows (the table lists every parameter). */
export const TORNADO_BARS = 20;
/** Parameters the Morris plane names. */
const MORRIS_LABELS = 12;
const MORRIS_WIDTH = CONTENT_WIDTH - 160;
const MORRIS_HEIGHT = 380;

interface PlacedLabel {
  text: string;
  x: number;
  y: number;
  /** Where the label's anchor goes (data units), and which side of it the text runs. */
  lx: number;
  ly: number;
  align: 'left' | 'right';
  moved: boolean;
}

/**
 * Labels of scatter points placed so that no two overlap: each in turn (the most important
 * first) tries the right of its point, then the left, then steps up and down, and takes the first
 * spot whose box (about 5.6 px a character at 10 px, 12 px high) touches no label already placed
 * and stays inside the plot. Worked in pixels from the chart's fixed domains [0, xMax] × [0, yMax].
 */
export function placeLabels(points: readonly { text: string; x: number; y: number }[], xMax: number, yMax: number, width: number, height: number): PlacedLabel[] {
  const boxes: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const placed: PlacedLabel[] = [];
  const offsets = [0, -14, 14, -28, 28, -42, 42, -56, 56];
  for (const p of points) {
    const px = (p.x / xMax) * width;
    const py = height - (p.y / yMax) * height;
    const w = p.text.length * 5.6;
    let chosen: PlacedLabel | undefined;
    search: for (const dy of offsets) {
      for (const align of ['left', 'right'] as const) {
        const ax = align === 'left' ? px + 7 : px - 7;
        const box = { x0: align === 'left' ? ax : ax - w, x1: align === 'left' ? ax + w : ax, y0: py + dy - 6, y1: py + dy + 6 };
        if (box.x0 < 0 || box.x1 > width || box.y0 < 0 || box.y1 > height) continue;
        if (boxes.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) continue;
        boxes.push(box);
        chosen = { text: p.text, x: p.x, y: p.y, lx: (ax / width) * xMax, ly: ((height - py - dy) / height) * yMax, align, moved: dy !== 0 };
        break search;
      }
    }
    // No free spot: the label is left out rather than drawn over another.
    if (chosen) placed.push(chosen);
  }
  return placed;
}

const short = (v: number): string => String(Number(v.toPrecision(3)));

export function tornadoChart(ctx: WhatIfContext, result: SensitivityResult): ChartDefinition | undefined {
  if (result.tornado.length === 0) return undefined;
  const bars = result.tornado.slice(0, TORNADO_BARS);
  const kind = metricKind(result.metricPath);
  const unit = axisUnit(ctx.fmt, kind, [...bars.flatMap((b) => [b.effectLow, b.effectHigh]), result.noise.floor]);
  const label = (b: (typeof bars)[number]): string => `${b.path} (${short(b.base)})`;
  const order = bars.map(label);
  const rows = bars.flatMap((b) => [
    { parameter: label(b), end: ctx.m.whatifTornadoLow, effect: b.effectLow / unit.divisor },
    { parameter: label(b), end: ctx.m.whatifTornadoHigh, effect: b.effectHigh / unit.divisor },
  ]);
  const floor = result.noise.floor / unit.divisor;
  const y = { field: 'parameter', type: 'nominal' as const, sort: order, title: null, axis: { labelLimit: 360 } };
  const metric = metricName(ctx.m, result.metricPath);
  const xTitle = fill(ctx.m.whatifTornadoAxis, { metric }) + (unit.label ? `, ${unit.label}` : '');
  return {
    id: 'tornado',
    title: fill(ctx.m.whatifTornadoTitle, { metric, scheme: ctx.schemeLabel(result.scheme), delta: Math.round(result.delta * 100) }),
    note: ctx.m.whatifTornadoNote,
    spec: {
      config: chartConfig(),
      width: CONTENT_WIDTH - 480,
      height: { step: 26 },
      data: { values: rows },
      layer: [
        { data: { values: [{ lo: -floor, hi: floor }] }, mark: { type: 'rect', color: '#9e9e9e', opacity: 0.25 }, encoding: { x: { field: 'lo', type: 'quantitative' }, x2: { field: 'hi' } } },
        {
          mark: { type: 'bar' },
          encoding: {
            y,
            yOffset: { field: 'end', type: 'nominal', sort: [ctx.m.whatifTornadoLow, ctx.m.whatifTornadoHigh] },
            x: { field: 'effect', type: 'quantitative', title: xTitle, axis: { format: unit.format }, stack: null },
            color: { field: 'end', type: 'nominal', title: null, scale: { domain: [ctx.m.whatifTornadoLow, ctx.m.whatifTornadoHigh], range: ['#0072B2', '#D55E00'] }, legend: { orient: 'bottom' } },
          },
        },
        { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', color: REFERENCE_INK }, encoding: { x: { field: 'zero', type: 'quantitative' } } },
      ],
    } as never,
  };
}

export function morrisChart(ctx: WhatIfContext, result: SensitivityResult): ChartDefinition | undefined {
  const effects = result.morris.effects.filter((e) => e.effects > 0);
  if (effects.length === 0) return undefined;
  const kind = metricKind(result.metricPath);
  const unit = axisUnit(ctx.fmt, kind, [...effects.flatMap((e) => [e.muStar, e.sigma]), result.noise.floor]);
  const rows = effects.map((e) => ({ parameter: e.path, muStar: e.muStar / unit.divisor, sigma: e.sigma / unit.divisor }));
  const floor = result.noise.floor / unit.divisor;
  const suffix = unit.label ? `, ${unit.label}` : '';
  // Fixed domains, so that label positions can be worked out in pixels and kept apart.
  const xMax = Math.max(floor, ...rows.map((r) => r.muStar)) * 1.08 || 1;
  const yMax = Math.max(...rows.map((r) => r.sigma)) * 1.12 || 1;
  const labels = placeLabels(rows.slice(0, MORRIS_LABELS).map((r) => ({ text: r.parameter, x: r.muStar, y: r.sigma })), xMax, yMax, MORRIS_WIDTH, MORRIS_HEIGHT);
  const x = { field: 'muStar', type: 'quantitative' as const, title: `${ctx.m.whatifMorrisMuStar}${suffix}`, axis: { format: unit.format }, scale: { domain: [0, xMax], nice: false } };
  const y = { field: 'sigma', type: 'quantitative' as const, title: `${ctx.m.whatifMorrisSigma}${suffix}`, axis: { format: unit.format }, scale: { domain: [0, yMax], nice: false } };
  return {
    id: 'morris',
    title: fill(ctx.m.whatifMorrisTitle, { trajectories: result.morris.trajectories }),
    note: ctx.m.whatifMorrisNote,
    spec: {
      config: chartConfig(),
      width: MORRIS_WIDTH,
      height: MORRIS_HEIGHT,
      data: { values: rows },
      layer: [
        { data: { values: [{ lo: 0, hi: floor }] }, mark: { type: 'rect', color: '#9e9e9e', opacity: 0.25 }, encoding: { x: { field: 'lo', type: 'quantitative' }, x2: { field: 'hi' } } },
        { mark: { type: 'point', filled: true, size: 50, color: '#0072B2' }, encoding: { x, y } },
        // A thin leader from a moved label back to its point.
        { data: { values: labels.filter((l) => l.moved) }, mark: { type: 'rule', color: '#999', strokeWidth: 0.6 }, encoding: { x: { ...x, field: 'x' }, y: { ...y, field: 'y' }, x2: { field: 'lx' }, y2: { field: 'ly' } } },
        ...(['left', 'right'] as const).map((align) => ({
          data: { values: labels.filter((l) => l.align === align) },
          mark: { type: 'text', align, baseline: 'middle', fontSize: 10, color: '#333' },
          encoding: { x: { ...x, field: 'lx' }, y: { ...y, field: 'ly' }, text: { field: 'text' } },
        })),
      ],
    } as never,
  };
}

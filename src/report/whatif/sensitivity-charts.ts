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
  const named = new Set(effects.slice(0, MORRIS_LABELS).map((e) => e.path));
  const rows = effects.map((e) => ({ parameter: e.path, muStar: e.muStar / unit.divisor, sigma: e.sigma / unit.divisor, label: named.has(e.path) ? e.path : '' }));
  const floor = result.noise.floor / unit.divisor;
  const suffix = unit.label ? `, ${unit.label}` : '';
  const x = { field: 'muStar', type: 'quantitative' as const, title: `${ctx.m.whatifMorrisMuStar}${suffix}`, axis: { format: unit.format } };
  const y = { field: 'sigma', type: 'quantitative' as const, title: `${ctx.m.whatifMorrisSigma}${suffix}`, axis: { format: unit.format } };
  return {
    id: 'morris',
    title: fill(ctx.m.whatifMorrisTitle, { trajectories: result.morris.trajectories }),
    note: ctx.m.whatifMorrisNote,
    spec: {
      config: chartConfig(),
      width: CONTENT_WIDTH - 160,
      height: 380,
      data: { values: rows },
      layer: [
        { data: { values: [{ lo: 0, hi: floor }] }, mark: { type: 'rect', color: '#9e9e9e', opacity: 0.25 }, encoding: { x: { field: 'lo', type: 'quantitative' }, x2: { field: 'hi' } } },
        { mark: { type: 'point', filled: true, size: 50, color: '#0072B2' }, encoding: { x, y } },
        { mark: { type: 'text', align: 'left', dx: 6, fontSize: 10, color: '#333' }, encoding: { x, y, text: { field: 'label' } } },
      ],
    } as never,
  };
}

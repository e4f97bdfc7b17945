/**
 * The warm-up under the current scheme: active clients month by month (mean across runs). The
 * comparison is only fair if the book of business had settled before the switch. The two windows
 * the warm-up check compares (the last w months and the w before them) are shaded, so the reader
 * sees what "settled" was judged on.
 */
import type { ReportContext } from '../context.js';
import { fill } from '../context.js';
import type { ChartDefinition } from './chart.js';
import { NUMBER_AXIS_FORMAT, chartConfig } from './chart.js';
import type { WarmupCheck } from '../../engine/summary.js';
import { DEFAULT_WARMUP_TOLERANCE } from '../../stats/warmup-check.js';

/** The warm-up check's tolerance: the summary's own when it carries one, else the engine's default. */
export function warmupTolerance(check: WarmupCheck | undefined): number {
  const own = (check as { tolerance?: unknown } | undefined)?.tolerance;
  return typeof own === 'number' && Number.isFinite(own) ? own : DEFAULT_WARMUP_TOLERANCE;
}

export function warmupChart(ctx: ReportContext): ChartDefinition | undefined {
  const { m, summary } = ctx;
  const check = summary.warmupCheck;
  const series = check?.activeClientsByMonth ?? [];
  const rows: Record<string, string | number>[] = series.flatMap((value, i) =>
    Number.isFinite(value) ? [{ kind: 'line', month: i + 1, active: value }] : [],
  );
  if (rows.length < 2) return undefined;
  const n = series.length;
  const w = check && Number.isInteger(check.months) && check.months >= 1 && 2 * check.months <= n ? check.months : 0;
  if (w > 0) {
    // Windows as month spans [start − ½, end + ½] so adjacent windows meet without a gap.
    rows.push({ kind: 'window', from: n - 2 * w + 0.5, to: n - w + 0.5, shade: 0.07 });
    rows.push({ kind: 'window', from: n - w + 0.5, to: n + 0.5, shade: 0.16 });
  }
  // The y scale spans at least ± the check's tolerance around the last window's level, so month-to-
  // month noise of a fraction of a percent does not look like a drifting book.
  const values = series.filter(Number.isFinite);
  const recent = w > 0 ? series.slice(n - w).reduce((a, b) => a + b, 0) / w : values[values.length - 1];
  const margin = Math.abs(recent) * warmupTolerance(check);
  const yDomain = [Math.min(...values, recent - margin), Math.max(...values, recent + margin)];
  const current = ctx.schemes.find((s) => s.isCurrent);
  const x = {
    field: 'month',
    type: 'quantitative' as const,
    title: m.axisWarmupMonth,
    axis: { format: 'd', tickMinStep: 1 },
    scale: { domain: [0.5, n + 0.5], nice: false },
  };
  return {
    id: 'warmup',
    title: m.chartWarmupTitle,
    note: fill(m.warmupNote, { months: w || (check?.months ?? 0) }),
    spec: {
      data: { values: rows },
      width: 560,
      height: 170,
      layer: [
        {
          transform: [{ filter: "datum.kind == 'window'" }],
          mark: { type: 'rect', color: '#555' },
          encoding: {
            x: { field: 'from', type: 'quantitative', scale: x.scale, title: x.title, axis: x.axis },
            x2: { field: 'to' },
            opacity: { field: 'shade', type: 'quantitative', scale: null },
          },
        },
        {
          transform: [{ filter: "datum.kind == 'line'" }],
          mark: { type: 'line', strokeWidth: 2, color: current?.color ?? '#444', point: false },
          encoding: {
            x,
            y: { field: 'active', type: 'quantitative', title: m.metricActiveClients, axis: { format: NUMBER_AXIS_FORMAT }, scale: { domain: yDomain } },
          },
        },
      ],
      config: chartConfig(),
    },
  };
}

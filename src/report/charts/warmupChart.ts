/**
 * The warm-up under the current scheme: active clients month by month (mean across runs). The
 * comparison is only fair if the book of business had settled before the switch.
 */
import type { ReportContext } from '../context.js';
import type { ChartDefinition } from './chart.js';
import { NUMBER_AXIS_FORMAT, chartConfig } from './chart.js';

export function warmupChart(ctx: ReportContext): ChartDefinition | undefined {
  const { m, summary } = ctx;
  const series = summary.warmupCheck?.activeClientsByMonth ?? [];
  const rows = series.flatMap((value, i) => (Number.isFinite(value) ? [{ month: i + 1, active: value }] : []));
  if (rows.length < 2) return undefined;
  const current = ctx.schemes.find((s) => s.isCurrent);
  return {
    id: 'warmup',
    title: m.chartWarmupTitle,
    note: m.warmupNote,
    spec: {
      data: { values: rows },
      width: 520,
      height: 160,
      mark: { type: 'line', strokeWidth: 2, color: current?.color ?? '#444', point: false },
      encoding: {
        x: { field: 'month', type: 'quantitative', title: m.axisWarmupMonth, axis: { format: 'd', tickMinStep: 1 }, scale: { nice: false } },
        y: { field: 'active', type: 'quantitative', title: m.metricActiveClients, axis: { format: NUMBER_AXIS_FORMAT }, scale: { zero: false } },
      },
      config: chartConfig(),
    },
  };
}

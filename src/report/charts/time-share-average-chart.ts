/**
 * Where the hours go on average over the horizon: one bar for the whole team and one per role,
 * split into hunt / activate / farm, one panel per scheme. The observed hunt + activate range from
 * the seed thread is framed on the whole-team bar of the two schemes the thread describes.
 */
import type { ReportContext } from '../context.js';
import { fill } from '../context.js';
import { ACTIVITIES, type Activity, type Stat } from '../../engine/summary.js';
import { observedSplit } from '../references.js';
import { REFERENCE_INK } from '../palette.js';
import type { ChartDefinition } from './chart.js';
import { extremes } from './chart-point.js';
import { panelWidth, PERCENT_AXIS_FORMAT, chartConfig } from './chart.js';
import { activityColorEncoding, activityLabel } from './activity-colors.js';
import { textWidth } from './text-width.js';
import { emptyRolesNote, roleViews } from '../roles.js';

const COLUMNS = 2;
/** Room for role names left of each panel: as wide as the longest name, within these bounds. */
const MIN_LABEL_WIDTH = 90;
const MAX_LABEL_WIDTH = 230;
const LABEL_FONT_SIZE = 11;
const BAR_STEP = 26;

const mean = (stat: Stat | undefined) => (stat && Number.isFinite(stat.mean) ? Math.max(0, stat.mean) : 0);

/** Half a percentage label's width, as a share of the bar (about 32 px of a 300 px bar). */
const LABEL_HALF = 0.055;

/**
 * Where in the segment [x0, x1] a label best keeps clear of the frame's edges: its middle when no
 * edge is within half a label of it, else the point of the segment (a label's half-width in from
 * its ends) farthest from every edge.
 */
export function labelClearOf(x0: number, x1: number, edges: number[]): number {
  const mid = (x0 + x1) / 2;
  const clearance = (x: number) => Math.min(...edges.map((e) => Math.abs(x - e)));
  if (clearance(mid) >= LABEL_HALF || x1 - x0 < 2 * LABEL_HALF) return mid;
  let best = mid;
  for (let i = 0; i <= 20; i++) {
    const x = x0 + LABEL_HALF + ((x1 - x0 - 2 * LABEL_HALF) * i) / 20;
    if (clearance(x) > clearance(best)) best = x;
  }
  return best;
}

/** The chart's point as its title: the schemes whose teams farm the most and hunt the most (whole-team shares of the hours, means across runs). */
function timeShareAverageTitle(ctx: ReportContext): string {
  const { m, fmt } = ctx;
  const farm = extremes(ctx, (view) => view.scheme.timeShare?.farm?.mean);
  const hunt = extremes(ctx, (view) => view.scheme.timeShare?.hunt?.mean);
  if (!farm || !hunt) return m.chartTimeShareAverageTitle;
  return fill(m.chartTimeShareAveragePoint, { farmTop: farm.top.label, farmValue: fmt.percent(farm.topValue), huntTop: hunt.top.label, huntValue: fmt.percent(hunt.topValue) });
}

export function timeShareAverageChart(ctx: ReportContext): ChartDefinition {
  const { m, fmt } = ctx;
  const rows: Record<string, string | number>[] = [];
  for (const view of ctx.schemes) {
    const bars: { label: string; shares: Record<Activity, Stat> }[] = [{ label: m.wholeTeam, shares: view.scheme.timeShare }];
    for (const role of roleViews(view)) {
      if (!role.held) continue;
      // The label is the bar's category: keep a role named like the team bar apart from it.
      let label = role.label;
      while (bars.some((b) => b.label === label)) label = `${label}′`;
      bars.push({ label, shares: role.role.timeShare });
    }
    bars.forEach((bar, b) => {
      const shares = ACTIVITIES.map((a) => mean(bar.shares?.[a]));
      const total = shares.reduce((s, v) => s + v, 0);
      if (total <= 0) return;
      let x0 = 0;
      ACTIVITIES.forEach((activity, k) => {
        const share = shares[k] / total;
        rows.push({
          kind: 'share',
          scheme: view.label,
          bar: bar.label,
          barOrder: b,
          activity: activityLabel(ctx, activity),
          order: k,
          x0,
          x1: x0 + share,
          mid: x0 + share / 2,
          text: share >= 0.08 ? fmt.percent(share) : '',
          ink: activity === 'farm' ? REFERENCE_INK : 'white',
        });
        x0 += share;
      });
    });
    const split = observedSplit(ctx.summary, view.id);
    if (split) {
      // The frame's edges cross the team bar: move a share's label off an edge it would sit on.
      for (const row of rows) {
        if (row.kind === 'share' && row.scheme === view.label && row.barOrder === 0 && row.text) {
          row.mid = labelClearOf(row.x0 as number, row.x1 as number, [split.huntActivateLow, split.huntActivateHigh]);
        }
      }
      rows.push({
        kind: 'reference',
        scheme: view.label,
        bar: m.wholeTeam,
        barOrder: 0,
        lo: split.huntActivateLow,
        hi: split.huntActivateHigh,
      });
    }
  }
  // Room for the longest bar label (role names come from the scenario), the same in every panel.
  const longest = Math.max(0, ...rows.map((r) => textWidth(String(r.bar), LABEL_FONT_SIZE)));
  const labelWidth = Math.ceil(Math.min(MAX_LABEL_WIDTH, Math.max(MIN_LABEL_WIDTH, longest + 12)));
  const width = panelWidth(COLUMNS, 2 * labelWidth) - 10;
  const y = {
    field: 'bar',
    type: 'nominal' as const,
    title: null,
    sort: { field: 'barOrder', op: 'min' as const },
    axis: { labelLimit: labelWidth - 8, minExtent: labelWidth, maxExtent: labelWidth, labelFontSize: LABEL_FONT_SIZE },
  };
  return {
    id: 'time-share-average',
    title: timeShareAverageTitle(ctx),
    note: [fill(m.timeShareAverageNote, { team: m.wholeTeam }), emptyRolesNote(ctx)].filter(Boolean).join(' '),
    spec: {
      data: { values: rows },
      facet: { field: 'scheme', type: 'nominal', sort: ctx.schemes.map((s) => s.label), title: null },
      columns: COLUMNS,
      spec: {
        width,
        height: { step: BAR_STEP },
        layer: [
          {
            transform: [{ filter: "datum.kind == 'share'" }],
            mark: { type: 'bar', height: { band: 0.8 } },
            encoding: {
              y,
              x: { field: 'x0', type: 'quantitative', scale: { domain: [0, 1] }, title: m.axisShareOfHours, axis: { format: PERCENT_AXIS_FORMAT, tickCount: 5 } },
              x2: { field: 'x1' },
              color: activityColorEncoding(ctx, true),
            },
          },
          {
            transform: [{ filter: "datum.kind == 'share'" }],
            mark: { type: 'text', fontSize: 11 },
            encoding: { y, x: { field: 'mid', type: 'quantitative' }, text: { field: 'text' }, color: { field: 'ink', type: 'nominal', scale: null } },
          },
          {
            transform: [{ filter: "datum.kind == 'reference'" }],
            mark: { type: 'bar', fillOpacity: 0, stroke: REFERENCE_INK, strokeWidth: 2, strokeDash: [5, 3], height: { band: 1 } },
            encoding: { y, x: { field: 'lo', type: 'quantitative' }, x2: { field: 'hi' } },
          },
        ],
      },
      resolve: { scale: { y: 'independent' } },
      config: chartConfig(),
    },
  };
}

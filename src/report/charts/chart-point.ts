/**
 * A chart's point as its title: which scheme stands highest and which lowest on the number the
 * chart is about (means across runs). A chart with one scheme, or with every scheme level, has no
 * such point and keeps its plain title.
 */
import type { ReportContext, SchemeView } from '../context.js';

export interface Extremes {
  top: SchemeView;
  topValue: number;
  bottom: SchemeView;
  bottomValue: number;
}

/** The schemes with the highest and the lowest value; undefined when fewer than two have one or all are equal. */
export function extremes(ctx: ReportContext, value: (view: SchemeView) => number | undefined): Extremes | undefined {
  const rows = ctx.schemes.flatMap((view) => {
    const v = value(view);
    return v !== undefined && Number.isFinite(v) ? [{ view, v }] : [];
  });
  if (rows.length < 2) return undefined;
  // Ties keep the scenario's order: the first scheme listed wins.
  let top = rows[0];
  let bottom = rows[0];
  for (const row of rows) {
    if (row.v > top.v) top = row;
    if (row.v < bottom.v) bottom = row;
  }
  if (top.v === bottom.v) return undefined;
  return { top: top.view, topValue: top.v, bottom: bottom.view, bottomValue: bottom.v };
}

/**
 * One chart on the page: its title and reading note, the SVG rendered in Node, and the vega-lite
 * spec with its data as JSON for re-use (`<script type="application/json">` is never executed).
 */
import type { ReportContext } from './context.js';
import type { ChartDefinition } from './charts/chart.js';
import { renderSvg } from './charts/render.js';
import { escapeHtml, jsonForScript } from './escape.js';

/** A chart as a figure of any page (the report, the what-if pages): only the language is read from `ctx`. */
export async function renderFigure(ctx: Pick<ReportContext, 'lang'>, chart: ChartDefinition | undefined): Promise<string> {
  if (!chart) return '';
  const svg = scopeSvgIds(await renderSvg(chart.spec, ctx.lang), chart.id);
  const embedded = { ...chart.spec, title: chart.title, description: chart.note ?? chart.title };
  const title = escapeHtml(chart.title);
  return [
    `<figure class="chart" id="chart-${chart.id}" data-chart="${chart.id}">`,
    `<figcaption><h3 id="chart-title-${chart.id}">${title}</h3>${chart.note ? `<p class="note">${escapeHtml(chart.note)}</p>` : ''}</figcaption>`,
    // Named by its visible title, not a copy of it: a title that names a scheme carries user text,
    // which stays out of attributes.
    `<div class="drawing" role="img" aria-labelledby="chart-title-${chart.id}">${svg}</div>`,
    `<script type="application/json" class="chart-spec" data-chart="${chart.id}">${jsonForScript(embedded)}</script>`,
    `</figure>`,
  ].join('\n');
}

/**
 * vega numbers the clip paths of clipped marks with a process-wide counter (`clip1`, `clip2`, …):
 * the same report would differ between renders, and two inline SVGs on one page could reuse an id
 * so one chart clips with the other's rectangle. Renumber them per chart, prefixed with its id.
 */
export function scopeSvgIds(svg: string, chartId: string): string {
  const ids = new Map<string, string>();
  for (const [, id] of svg.matchAll(/<clipPath id="([^"]+)"/g)) if (!ids.has(id)) ids.set(id, `${chartId}-clip${ids.size + 1}`);
  if (ids.size === 0) return svg;
  return svg
    .replace(/<clipPath id="([^"]+)"/g, (whole, id: string) => `<clipPath id="${ids.get(id) ?? id}"`)
    .replace(/url\(#([^)]+)\)/g, (whole, id: string) => (ids.has(id) ? `url(#${ids.get(id)})` : whole));
}

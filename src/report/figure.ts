/**
 * One chart on the page: its title and reading note, the SVG rendered in Node, and the vega-lite
 * spec with its data as JSON for re-use (`<script type="application/json">` is never executed).
 */
import type { ReportContext } from './context.js';
import type { ChartDefinition } from './charts/chart.js';
import { renderSvg } from './charts/render.js';
import { escapeHtml, jsonForScript } from './escape.js';

export async function renderFigure(ctx: ReportContext, chart: ChartDefinition | undefined): Promise<string> {
  if (!chart) return '';
  const svg = await renderSvg(chart.spec, ctx.lang);
  const embedded = { ...chart.spec, title: chart.title, description: chart.note ?? chart.title };
  const title = escapeHtml(chart.title);
  return [
    `<figure class="chart" id="chart-${chart.id}" data-chart="${chart.id}">`,
    `<figcaption><h3>${title}</h3>${chart.note ? `<p class="note">${escapeHtml(chart.note)}</p>` : ''}</figcaption>`,
    `<div class="drawing" role="img" aria-label="${title}">${svg}</div>`,
    `<script type="application/json" class="chart-spec" data-chart="${chart.id}">${jsonForScript(embedded)}</script>`,
    `</figure>`,
  ].join('\n');
}

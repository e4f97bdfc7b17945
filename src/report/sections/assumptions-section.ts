/**
 * Section 6, assumptions: what the run assumed (the resolved scenario after --set overrides, as
 * readable tables), how it was run (seed, runs, confidence level and adjustment) and how precise
 * the estimates are (precision reached, warm-up check, convergence). Parameter names are shown as
 * written in the scenario file, because that is what an analyst types after --set.
 */
import type { ReportContext } from '../context.js';
import { fill, scenarioName } from '../context.js';
import { escapeHtml } from '../escape.js';
import { renderFigure } from '../figure.js';
import { num, section, table, type CellInput } from '../html.js';
import { convergenceChart } from '../charts/convergence-chart.js';
import { warmupChart, warmupTolerance } from '../charts/warmup-chart.js';
import { usesApproximateBands } from '../bands.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

function formatValue(ctx: ReportContext, value: Json): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return escapeHtml(value ? ctx.m.yes : ctx.m.no);
  if (typeof value === 'number') return escapeHtml(ctx.fmt.number(value, Number.isInteger(value) ? 0 : 6));
  if (typeof value === 'string') return escapeHtml(value);
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((v) => formatValue(ctx, v)).join(', ');
  return escapeHtml(JSON.stringify(value));
}

/** Rows "dotted.path → value"; list items with an id are addressed by it (`pay.servicing.rate`), as `--set` does. */
export function flattenParameters(value: Json, prefix = '', rows: [string, Json][] = []): [string, Json][] {
  if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) flattenParameters(child, prefix ? `${prefix}.${key}` : key, rows);
  } else if (Array.isArray(value) && value.some((v) => isObject(v) || Array.isArray(v))) {
    value.forEach((item, i) => {
      const id = isObject(item) && (typeof item.id === 'string' || typeof item.id === 'number') ? String(item.id) : String(i);
      const rest = isObject(item) ? Object.fromEntries(Object.entries(item).filter(([k]) => k !== 'id')) : item;
      flattenParameters(rest, isObject(item) && id !== String(i) ? `${prefix}.${id}` : `${prefix}[${i}]`, rows);
    });
  } else {
    rows.push([prefix, value]);
  }
  return rows;
}

/**
 * A role's or a pay component's `name` in the page's language where the scenario gives one
 * (`….translations.ru.name`), and the translation rows themselves left out: the reader sees one
 * name per line, in his language.
 */
export function inLanguage(rows: [string, Json][], lang: string): [string, Json][] {
  const translated = new Map(rows.filter(([path]) => path.endsWith(`.translations.${lang}.name`)).map(([path, value]) => [path.slice(0, -`.translations.${lang}.name`.length), value]));
  return rows
    .filter(([path]) => !/\.translations\.\w+\.\w+$/.test(path))
    .map(([path, value]): [string, Json] => (path.endsWith('.name') && translated.has(path.slice(0, -'.name'.length)) ? [path, translated.get(path.slice(0, -'.name'.length)) as Json] : [path, value]));
}

function parameterTable(ctx: ReportContext, rows: [string, Json][]): string {
  return table({
    head: [escapeHtml(ctx.m.colParameter), escapeHtml(ctx.m.colValue)],
    rows: rows.map(([path, value]) => [`<code>${escapeHtml(path)}</code>`, formatValue(ctx, value)]),
    className: 'data params',
  });
}

const SECTION_LABELS: Record<string, 'paramsMarket' | 'paramsClients' | 'paramsTeam' | 'paramsBehavior'> = {
  market: 'paramsMarket',
  clients: 'paramsClients',
  team: 'paramsTeam',
  behavior: 'paramsBehavior',
};

function scenarioTables(ctx: ReportContext): string {
  const { m } = ctx;
  const scenario = ctx.summary.assumptions as Json;
  if (!isObject(scenario)) return `<p class="note">${escapeHtml(m.noAssumptions)}</p>`;
  const blocks: string[] = [];
  const scalars = Object.entries(scenario).filter(([, v]) => !isObject(v) && !(Array.isArray(v) && v.some(isObject)));
  const block = (title: string, rows: [string, Json][]) =>
    `<div class="params-block"><h4>${escapeHtml(title)}</h4>${parameterTable(ctx, rows)}</div>`;
  if (scalars.length) blocks.push(block(m.paramsGeneral, flattenParameters(Object.fromEntries(scalars))));
  for (const [key, value] of Object.entries(scenario)) {
    if (key === 'schemes' || !(isObject(value) || (Array.isArray(value) && value.some(isObject)))) continue;
    const label = SECTION_LABELS[key] ? `${m[SECTION_LABELS[key]]} (${key})` : key;
    blocks.push(block(label, flattenParameters(value, key)));
  }
  const parts = [`<div class="params-grid">${blocks.join('\n')}</div>`];
  const schemes = Array.isArray(scenario.schemes) ? scenario.schemes : [];
  if (schemes.length) parts.push(`<h4>${escapeHtml(m.paramsSchemes)}</h4>`);
  for (const scheme of schemes) {
    if (!isObject(scheme)) continue;
    const id = String(scheme.id ?? '');
    const view = ctx.schemes.find((s) => s.id === id);
    const name = view?.label ?? String(scheme.name ?? id);
    const rest = Object.fromEntries(Object.entries(scheme).filter(([k]) => k !== 'id' && k !== 'name' && k !== 'description' && k !== 'translations'));
    const description = view?.description ?? (typeof scheme.description === 'string' ? scheme.description : '');
    parts.push(
      `<details class="scheme-params"><summary>${view ? `<span class="swatch" style="background:${view.color}"></span>` : ''}${escapeHtml(name)} <code>${escapeHtml(id)}</code></summary>`,
      description ? `<p>${escapeHtml(description)}</p>` : '',
      parameterTable(ctx, inLanguage(flattenParameters(rest, `schemes.${id}`), ctx.lang)),
      `</details>`,
    );
  }
  return parts.join('\n');
}

function runTable(ctx: ReportContext): string {
  const { m, fmt, summary } = ctx;
  const rows: CellInput[][] = [];
  const add = (label: string, value: string) => rows.push([escapeHtml(label), num(value)]);
  add(m.runScenario, escapeHtml(scenarioName(summary, ctx.lang)));
  add(m.runSeed, escapeHtml(String(summary.seed)));
  add(m.runRuns, fmt.number(summary.runs));
  add(m.runMonths, fmt.number(summary.months));
  add(m.runWarmupMonths, fmt.number(summary.warmupMonths));
  add(m.runBaseline, escapeHtml(ctx.baseline?.label ?? summary.baseline));
  add(m.runCurrent, escapeHtml(ctx.schemes.find((s) => s.isCurrent)?.label ?? summary.current));
  add(m.runCurrency, escapeHtml(`${summary.currency} (${fmt.currency})`));
  const c = summary.confidence;
  if (c) {
    add(m.runConfidence, fmt.percent(c.level, 1));
    add(
      m.runAdjustment,
      escapeHtml(
        c.adjustment === 'bonferroni'
          ? fill(m.adjustmentBonferroni, { comparisons: c.comparisons, level: fmt.percent(c.comparisonLevel, 2) })
          : m.adjustmentNone,
      ),
    );
  }
  const p = summary.precision;
  if (p) {
    add(m.runPrecisionTarget, p.target === null ? escapeHtml(m.precisionNoTarget) : fmt.percent(p.target, 1));
    add(m.runPrecisionReached, fmt.percent(p.reached, 2));
    add(m.runRunsUsed, escapeHtml(fill(m.runsUsedValue, { used: fmt.number(p.runsUsed), min: fmt.number(p.minRuns), max: fmt.number(p.maxRuns) })));
  }
  const w = summary.warmupCheck;
  if (w) {
    add(
      m.runWarmupCheck,
      escapeHtml(
        fill(w.stable ? m.warmupStable : m.warmupUnstable, {
          drift: fmt.signedPercent(w.relativeDrift, 1),
          months: w.months,
          limit: fmt.percent(warmupTolerance(w), 0),
        }),
      ),
    );
  }
  if (summary.work) {
    add(m.runWork, escapeHtml(fill(m.workValue, { clients: fmt.number(summary.work.clientMonths), managers: fmt.number(summary.work.managerMonths) })));
  }
  return table({ head: [escapeHtml(m.colParameter), escapeHtml(m.colValue)], rows, id: 'run-table', className: 'data run' });
}

function overridesList(ctx: ReportContext): string {
  const overrides = ctx.summary.overrides ?? [];
  if (overrides.length === 0) return `<p>${escapeHtml(ctx.m.noOverrides)}</p>`;
  return `<ul class="overrides">${overrides.map((o) => `<li><code>--set ${escapeHtml(o)}</code></li>`).join('')}</ul>`;
}

export async function assumptionsSection(ctx: ReportContext): Promise<string> {
  const { m } = ctx;
  const body = [
    `<h3>${escapeHtml(m.runTitle)}</h3>`,
    runTable(ctx),
    `<h3>${escapeHtml(m.overridesTitle)}</h3>`,
    overridesList(ctx),
    `<details class="precision-charts"><summary><h3>${escapeHtml(m.precisionChartsTitle)}</h3></summary>`,
    await renderFigure(ctx, warmupChart(ctx)),
    await renderFigure(ctx, convergenceChart(ctx)),
    `</details>`,
    // The scenario's every setting: on demand, closed, so the page stays the owner's.
    `<details class="scenario-settings"><summary><h3>${escapeHtml(m.scenarioTitle)}</h3></summary>`,
    `<p class="note">${escapeHtml(m.scenarioNote)}</p>`,
    scenarioTables(ctx),
    `</details>`,
    `<p class="note">${escapeHtml(usesApproximateBands(ctx.summary) ? `${m.methodNote} ${m.methodApproximate}` : m.methodNote)}</p>`,
  ].join('\n');
  return section('assumptions', m.sectionAssumptions, body, m.assumptionsIntro);
}

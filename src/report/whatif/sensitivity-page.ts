/**
 * The sensitivity page (sensitivity.html): the headline (where the ranking of schemes flips), the
 * ranking at the base point, the noise floor, the tornado and Morris charts, and tables of every
 * parameter's effect and of the crossings found.
 */
import type { SensitivityFinding, SensitivityResult, SkipReason, Skipped } from '../../whatif/sensitivity.js';
import { fill } from '../context.js';
import { escapeHtml } from '../escape.js';
import type { Lang } from '../i18n.js';
import { formatMetric, metricKind, metricName } from './metric.js';
import { localNames, localScenario, table, whatIfContext, whatIfPage, type WhatIfContext } from './page.js';
import { morrisChart, tornadoChart } from './sensitivity-charts.js';
import { renderFigure } from '../figure.js';

/** A parameter value with four significant digits, as the page's language writes numbers. */
function short(v: number, ctx?: WhatIfContext): string {
  const rounded = Number(v.toPrecision(4));
  return ctx ? ctx.fmt.number(rounded, 10) : String(rounded);
}

/** One finding of the analysis in the page's language. */
function finding(ctx: WhatIfContext, f: SensitivityFinding): string {
  const { m, fmt } = ctx;
  switch (f.code) {
    case 'leader-uncertain':
      return fill(m.whatifHeadlineUncertain, { winner: ctx.schemeLabel(f.winner), others: fmt.number(f.others), seeds: fmt.number(f.seeds) });
    case 'ranking-changes':
      return fill(f.direction === 'up' ? m.whatifHeadlineAbove : m.whatifHeadlineBelow, {
        path: f.path,
        value: short(f.value, ctx),
        base: short(f.base, ctx),
        leader: ctx.schemeLabel(f.newLeader),
        winner: ctx.schemeLabel(f.winner),
      });
    case 'leader-stable':
      return fill(m.whatifHeadlineStable, { winner: ctx.schemeLabel(f.winner), paths: f.paths.join(', ') });
    case 'above-noise':
      return fill(m.whatifHeadlineLoud, { loud: fmt.number(f.loud), total: fmt.number(f.parameters), delta: Math.round(f.delta * 100) });
  }
}

function headline(ctx: WhatIfContext, result: SensitivityResult): string {
  const lines = result.headline.map((f) => finding(ctx, f));
  return `<div class="verdict-text"><ul>${lines.map((l, k) => `<li${k === 0 ? ' class="headline"' : ''}>${escapeHtml(l)}</li>`).join('')}</ul></div>`;
}

/**
 * Why a parameter was not analysed, in the page's language. A part file written before the reasons
 * became codes carries an English sentence instead: it is shown as it is.
 */
function skipReason(ctx: WhatIfContext, result: SensitivityResult, skipped: Skipped): string {
  const words: Record<SkipReason, string> = { 'zero-value': ctx.m.whatifSkippedZeroValue, 'fixed-range': ctx.m.whatifSkippedFixedRange };
  const text = Object.hasOwn(words, skipped.reason) ? words[skipped.reason] : undefined;
  return text === undefined ? String(skipped.reason) : fill(text, { path: skipped.path, delta: Math.round(result.delta * 100) });
}

function rankingTable(ctx: WhatIfContext, result: SensitivityResult): string {
  return table(
    [{ html: '#' }, { html: escapeHtml(ctx.m.colScheme) }, { html: escapeHtml(ctx.m.whatifColNetProfit), num: true }, { html: escapeHtml(ctx.m.whatifColInterval), num: true }],
    result.ranking.map((r, k) => ({
      cells: [
        String(k + 1),
        escapeHtml(ctx.schemeLabel(r.scheme)),
        escapeHtml(ctx.fmt.money(r.netProfit.mean)),
        `${escapeHtml(ctx.fmt.money(r.netProfit.ci95[0]))} … ${escapeHtml(ctx.fmt.money(r.netProfit.ci95[1]))}`,
      ],
    })),
  );
}

function tornadoTable(ctx: WhatIfContext, result: SensitivityResult): string {
  const kind = metricKind(result.metricPath);
  const morris = new Map(result.morris.effects.map((e) => [e.path, e]));
  const value = (v: number): string => escapeHtml(formatMetric(ctx.fmt, kind, v, true));
  return table(
    [
      { html: escapeHtml(ctx.m.whatifColParameter) },
      { html: escapeHtml(ctx.m.whatifColBox), num: true },
      { html: escapeHtml(ctx.m.whatifColEffectLow), num: true },
      { html: escapeHtml(ctx.m.whatifColEffectHigh), num: true },
      { html: escapeHtml(ctx.m.whatifMorrisMuStar), num: true },
      { html: escapeHtml(ctx.m.whatifMorrisSigma), num: true },
    ],
    result.tornado.map((b) => {
      const e = morris.get(b.path);
      return {
        className: b.aboveNoise ? undefined : 'unclear',
        cells: [
          `<code>${escapeHtml(b.path)}</code>${b.aboveNoise ? '' : ` <span class="badge">${escapeHtml(ctx.m.whatifBadgeNoise)}</span>`}`,
          escapeHtml(`${short(b.low, ctx)} … ${short(b.base, ctx)} … ${short(b.high, ctx)}`),
          value(b.effectLow),
          value(b.effectHigh),
          e && e.effects > 0 ? escapeHtml(formatMetric(ctx.fmt, kind, e.muStar)) : '—',
          e && e.effects > 1 ? escapeHtml(formatMetric(ctx.fmt, kind, e.sigma)) : '—',
        ],
      };
    }),
  );
}

function crossingsTable(ctx: WhatIfContext, result: SensitivityResult): string {
  if (result.crossings.length === 0) return `<p class="note">${escapeHtml(ctx.m.whatifNoCrossingSearch)}</p>`;
  return table(
    [{ html: escapeHtml(ctx.m.whatifColParameter) }, { html: escapeHtml(ctx.m.whatifColDirection) }, { html: escapeHtml(ctx.m.whatifColSearched), num: true }, { html: escapeHtml(ctx.m.whatifColCrossing), num: true }, { html: escapeHtml(ctx.m.whatifColNewLeader) }],
    result.crossings.map((c) => ({
      cells: [
        `<code>${escapeHtml(c.path)}</code>`,
        escapeHtml(c.direction === 'up' ? ctx.m.whatifUp : ctx.m.whatifDown),
        escapeHtml(`${short(c.base, ctx)} → ${short(c.searchedTo, ctx)}`),
        c.found ? escapeHtml(`${short(c.value as number, ctx)} (${short((c.bracket as [number, number])[0], ctx)} … ${short((c.bracket as [number, number])[1], ctx)})`) : escapeHtml(ctx.m.whatifNoCrossing),
        c.found ? escapeHtml(ctx.schemeLabel(c.newLeader as string)) : '—',
      ],
    })),
  );
}

export async function renderSensitivityPage(result: SensitivityResult, options: { lang: Lang }): Promise<string> {
  const order = [...new Set([...result.ranking.map((r) => r.scheme), result.baseline])];
  const ctx = whatIfContext(options.lang, result.currency, localNames(result, options.lang), order);
  const { m, fmt } = ctx;
  const kind = metricKind(result.metricPath);
  const metric = metricName(m, result.metricPath);
  const noise = fill(m.whatifNoiseText, {
    seeds: fmt.number(result.noise.seeds.length),
    floor: formatMetric(fmt, kind, result.noise.floor),
    metric,
    base: formatMetric(fmt, kind, result.atBase.mean, result.metricPath.startsWith('comparisons.')),
  });
  const skipped =
    result.skipped.length > 0
      ? `<p class="note">${escapeHtml(m.whatifSkipped)}</p><ul>${result.skipped.map((s) => `<li><code>${escapeHtml(s.path)}</code>: ${escapeHtml(skipReason(ctx, result, s))}</li>`).join('')}</ul>`
      : '';
  const overrides = result.overrides.length > 0 ? `<p class="note">${escapeHtml(m.whatifOverrides)} <code>${escapeHtml(result.overrides.join(' '))}</code></p>` : '';
  return whatIfPage(
    ctx,
    fill(m.whatifSensitivityTitle, { scenario: localScenario(result, options.lang) }),
    fill(m.whatifSubtitle, { months: fmt.number(result.months), runs: fmt.number(result.runs), seed: String(result.seed) }),
    [
      {
        id: 'headline',
        title: m.whatifSectionHeadline,
        html:
          `<p class="intro">${escapeHtml(fill(m.whatifSensitivityIntro, { metric, scheme: ctx.schemeLabel(result.scheme), points: fmt.number(result.points), runs: fmt.number(result.runs) }))}</p>` +
          headline(ctx, result) +
          `<h3>${escapeHtml(m.whatifRankingTitle)}</h3>` +
          rankingTable(ctx, result) +
          `<p class="note">${escapeHtml(noise)}</p>` +
          overrides,
      },
      { id: 'tornado', title: m.whatifSectionTornado, html: (await renderFigure(ctx, tornadoChart(ctx, result))) + tornadoTable(ctx, result) + skipped },
      { id: 'morris', title: m.whatifSectionMorris, html: await renderFigure(ctx, morrisChart(ctx, result)) },
      { id: 'crossings', title: m.whatifSectionCrossings, html: `<p class="note">${escapeHtml(m.whatifCrossingsNote)}</p>` + crossingsTable(ctx, result) },
    ],
  );
}

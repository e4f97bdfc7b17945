/**
 * The optimisation page (optimize.html): the answer first (the chosen numbers beside today's,
 * the difference from the baseline on fresh runs, how sure the selection is, the constraints and
 * which of them bind), then the search over time, value against the worst pay cut for every
 * candidate, the best candidates with their intervals, and how the search works.
 */
import type { CandidateSummary, OptimizationResult } from '../../whatif/optimize-result.js';
import { chartConfig, CONTENT_WIDTH, panelWidth, type ChartDefinition } from '../charts/chart.js';
import { fill } from '../context.js';
import { escapeHtml } from '../escape.js';
import { renderFigure } from '../figure.js';
import type { Lang, Messages } from '../i18n.js';
import { REFERENCE_INK, schemeColor } from '../palette.js';
import { table, whatIfContext, whatIfPage, type WhatIfContext } from './page.js';

/** Rows of the best-candidates table. */
const TOP = 10;

function objectiveName(m: Messages, result: OptimizationResult): string {
  return result.objective === 'valueCreated' ? m.metricValueCreated : m.metricNetProfit;
}

/** A searched value as an owner reads it: whole amounts grouped, rates to three significant digits (0.0371). */
function valueText(ctx: WhatIfContext, value: number): string {
  if (Math.abs(value) >= 1000 || Number.isInteger(value)) return ctx.fmt.number(Math.round(value), 0);
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value) || 1)));
  return ctx.fmt.number(value, digits);
}

/** A constraint's slack in its measure's unit: money, a share, a count. */
function slackText(ctx: WhatIfContext, measure: string, value: number): string {
  if (measure === 'compCost' || measure === 'valueCreated' || measure === 'netProfit') return ctx.fmt.money(value, { signed: true });
  if (measure === 'worstPayCut') return ctx.fmt.signedPercent(value, 1);
  return ctx.fmt.signed(value, 1);
}

function answer(ctx: WhatIfContext, result: OptimizationResult): string {
  const { m, fmt } = ctx;
  const objective = objectiveName(m, result);
  const own = result.candidates.find((c) => c.own);
  const headers = [{ html: escapeHtml(m.optColParameter) }, { html: escapeHtml(m.optColNow), num: true }, { html: escapeHtml(m.optColRange) }, { html: escapeHtml(m.optColChosen), num: true }];
  const rows = result.dimensions.map((d) => ({
    cells: [
      `<code>${escapeHtml(d.path)}</code>`,
      own ? escapeHtml(valueText(ctx, own.values[d.path])) : '—',
      escapeHtml(d.values ? d.values.map((v) => valueText(ctx, v)).join(', ') : `${valueText(ctx, d.low)} … ${valueText(ctx, d.high)}`),
      `<strong>${escapeHtml(valueText(ctx, result.chosen.values[d.path]))}</strong>`,
    ],
  }));
  const measure = result.confirmation.measures[result.objective];
  const versus = fill(m.optVersus, {
    objective,
    baseline: ctx.schemeLabel(result.baseline),
    difference: fmt.money(measure.difference.mean, { signed: true }),
    low: fmt.money(measure.difference.ci95[0], { signed: true }),
    high: fmt.money(measure.difference.ci95[1], { signed: true }),
    runs: fmt.number(result.confirmation.runs),
    chosen: fmt.money(measure.chosen.mean),
    base: fmt.money(measure.baseline.mean),
  });
  const { selection } = result;
  const sure =
    selection.ended === 'one-left'
      ? fill(m.optSelectionOneLeft, { delta: fmt.money(selection.delta), level: fmt.percent(1 - selection.alpha) })
      : selection.ended === 'single'
        ? m.optSelectionSingle
        : m.optSelectionBudget;
  const recheck = result.recheck ? `<p>${escapeHtml(fill(m.optRecheck, { points: fmt.number(result.recheck.points), runs: fmt.number(result.recheck.runs), beats: fmt.number(result.recheck.beats) }))}</p>` : '';
  const intro = fill(m.optAnswerIntro, { candidates: fmt.number(result.candidates.length), scheme: ctx.schemeLabel(result.scheme), baseline: ctx.schemeLabel(result.baseline) });
  return [
    `<p class="intro">${escapeHtml(intro)}</p>`,
    table(headers, rows),
    result.chosen.own ? `<p><strong>${escapeHtml(m.optOwnChosen)}</strong></p>` : '',
    result.atEdge.length > 0 ? `<p class="note">${escapeHtml(fill(m.optAtEdge, { paths: result.atEdge.join(', ') }))}</p>` : '',
    `<p><strong>${escapeHtml(versus)}</strong></p>`,
    versusTable(ctx, result),
    `<p>${escapeHtml(sure)}</p>`,
    recheck,
    constraintsTable(ctx, result),
  ].join('\n');
}

/** The chosen numbers against the baseline on the fresh runs: every measure the owner weighs, both sides and the paired difference. */
function versusTable(ctx: WhatIfContext, result: OptimizationResult): string {
  const { m, fmt } = ctx;
  const rows: [string, 'valueCreated' | 'netProfit' | 'compCost' | 'managerQuits' | 'worstPayCut' | 'activeClients'][] = [
    [m.metricValueCreated, 'valueCreated'],
    [m.metricNetProfit, 'netProfit'],
    [m.metricCompCost, 'compCost'],
    [m.metricManagerQuits, 'managerQuits'],
    [m.optColPayCut, 'worstPayCut'],
    [m.optActiveAtEnd, 'activeClients'],
  ];
  const show = (name: string, value: number, signed = false): string =>
    name === 'worstPayCut' ? (signed ? fmt.signedPercent(value, 1) : fmt.percent(value, 1)) : name === 'managerQuits' || name === 'activeClients' ? (signed ? fmt.signed(value, 1) : fmt.number(value, 1)) : fmt.money(value, { signed });
  const headers = [{ html: '' }, { html: escapeHtml(m.optColChosen), num: true }, { html: escapeHtml(ctx.schemeLabel(result.baseline)), num: true }, { html: escapeHtml(m.optColDifference), num: true }];
  const body = rows.map(([label, name]) => {
    const { chosen, baseline, difference } = result.confirmation.measures[name];
    return {
      cells: [
        escapeHtml(label),
        escapeHtml(show(name, chosen.mean)),
        escapeHtml(show(name, baseline.mean)),
        `${escapeHtml(show(name, difference.mean, true))}<br><span class="note">${escapeHtml(show(name, difference.ci95[0], true))} … ${escapeHtml(show(name, difference.ci95[1], true))}</span>`,
      ],
    };
  });
  return table(headers, body) + `<p class="note">${escapeHtml(fill(m.optVersusNote, { runs: fmt.number(result.confirmation.runs) }))}</p>`;
}

function constraintsTable(ctx: WhatIfContext, result: OptimizationResult): string {
  const { m, fmt } = ctx;
  if (result.constraints.length === 0) return `<p class="note">${escapeHtml(m.optNoConstraints)}</p>`;
  const verdicts = { holds: m.optHolds, broken: m.optBroken, unclear: m.optUnclear };
  const headers = [{ html: escapeHtml(m.optColConstraint) }, { html: escapeHtml(m.optColVerdict) }, { html: escapeHtml(m.optColSlack), num: true }, { html: escapeHtml(m.optColBinds) }];
  const rows = result.confirmation.constraints.map((c) => {
    const binding = result.binding.find((b) => b.written === c.written);
    const number = (v: number): string => slackText(ctx, c.measure, v);
    return {
      cells: [
        `<code>${escapeHtml(c.written)}</code>`,
        escapeHtml(verdicts[c.verdict]),
        escapeHtml(`${number(c.slack.mean)} (${number(c.slack.ci95[0])} … ${number(c.slack.ci95[1])})`),
        escapeHtml(binding ? fill(m.optBinds, { count: fmt.number(binding.keptOut) }) : m.optBindsNone),
      ],
    };
  });
  return table(headers, rows) + `<p class="note">${escapeHtml(m.optConstraintNote)}</p>`;
}

function searchChart(ctx: WhatIfContext, result: OptimizationResult): ChartDefinition | undefined {
  const points = result.history.filter((h) => h.leaderGain !== null);
  if (points.length === 0) return undefined;
  const unit = ctx.fmt.moneyUnit(Math.max(...points.map((h) => Math.abs(h.leaderGain as number))));
  const iterations = [...new Set(points.map((h) => h.iteration))];
  const label = (n: number): string => fill(ctx.m.optIteration, { n: String(n) });
  const rows = points.map((h) => ({ spent: h.spent, mean: (h.leaderGain as number) / unit.divisor, iteration: label(h.iteration) }));
  const color = { field: 'iteration', type: 'nominal' as const, scale: { domain: iterations.map(label), range: iterations.map((_, k) => schemeColor(k)) }, legend: { title: null, orient: 'bottom' as const } };
  return {
    id: 'optimize-search',
    title: fill(ctx.m.optSearchTitle, { objective: objectiveName(ctx.m, result) }),
    note: ctx.m.optSearchNote,
    spec: {
      config: chartConfig(),
      width: CONTENT_WIDTH - 140,
      height: 260,
      data: { values: rows },
      layer: [
        { mark: { type: 'line', interpolate: 'step-after', color: '#9e9e9e' }, encoding: { x: { field: 'spent', type: 'quantitative', title: ctx.m.optRunsSpent }, y: { field: 'mean', type: 'quantitative' } } },
        {
          mark: { type: 'point', filled: true, size: 50 },
          encoding: {
            x: { field: 'spent', type: 'quantitative', title: ctx.m.optRunsSpent },
            y: { field: 'mean', type: 'quantitative', title: `${objectiveName(ctx.m, result)}, ${unit.label}`, scale: { zero: false } },
            color,
          },
        },
      ],
    } as never,
  };
}

function statusLabel(m: Messages, status: CandidateSummary['status']): string {
  return { chosen: m.optStatusChosen, finalist: m.optStatusFinalist, survivor: m.optStatusSurvivor, worse: m.optStatusWorse, infeasible: m.optStatusInfeasible }[status];
}

function riskChart(ctx: WhatIfContext, result: OptimizationResult): ChartDefinition | undefined {
  const raced = result.candidates.filter((c) => c.runs > 0);
  if (raced.length === 0) return undefined;
  const unit = ctx.fmt.moneyUnit(Math.max(...raced.map((c) => Math.abs(c.measures[result.objective].mean))));
  const order: CandidateSummary['status'][] = ['chosen', 'finalist', 'survivor', 'worse', 'infeasible'];
  const present = order.filter((s) => raced.some((c) => c.status === s));
  const colors: Record<CandidateSummary['status'], string> = { chosen: REFERENCE_INK, finalist: schemeColor(0), survivor: schemeColor(2), worse: '#b0b0b0', infeasible: schemeColor(3) };
  // Every candidate on the same runs (the first ones, which all had): points that compare.
  const rows = raced.map((c) => ({
    p5: c.firstRuns.p5 / unit.divisor,
    quits: c.firstRuns.measures.managerQuits,
    cut: c.firstRuns.measures.worstPayCut,
    mean: c.firstRuns.measures[result.objective] / unit.divisor,
    status: statusLabel(ctx.m, c.status),
    chosen: c.status === 'chosen',
    front: c.onFront,
  }));
  const y = { field: 'mean', type: 'quantitative' as const, title: `${objectiveName(ctx.m, result)}, ${unit.label}`, scale: { zero: false } };
  const color = { field: 'status', type: 'nominal' as const, scale: { domain: present.map((s) => statusLabel(ctx.m, s)), range: present.map((s) => colors[s]) }, legend: { title: null, orient: 'bottom' as const } };
  // One panel per risk: the bad case of the objective, quits, the worst-hit manager's pay cut.
  const panel = (x: Record<string, unknown>, first: boolean) => ({
    width: panelWidth(3, 70),
    height: 260,
    layer: [
      { transform: [{ filter: '!datum.chosen' }], mark: { type: 'point', filled: true, size: 40, opacity: 0.8 }, encoding: { x, y: first ? y : { ...y, title: null }, color } },
      { transform: [{ filter: 'datum.front && !datum.chosen' }], mark: { type: 'point', size: 110, strokeWidth: 1.2, color: '#333' }, encoding: { x, y } },
      { transform: [{ filter: 'datum.chosen' }], mark: { type: 'point', shape: 'diamond', filled: true, size: 260, color: REFERENCE_INK }, encoding: { x, y } },
    ],
  });
  return {
    id: 'optimize-risk',
    title: fill(ctx.m.optRiskTitle, { objective: objectiveName(ctx.m, result) }),
    note: fill(ctx.m.optRiskNote, { runs: ctx.fmt.number(result.method.firstRuns) }),
    spec: {
      config: chartConfig(),
      data: { values: rows },
      hconcat: [
        panel({ field: 'p5', type: 'quantitative', title: `${ctx.m.optColP5}, ${unit.label}`, scale: { zero: false }, axis: { tickCount: 5 } }, true),
        panel({ field: 'quits', type: 'quantitative', title: ctx.m.optColQuits, scale: { zero: false }, axis: { tickCount: 5 } }, false),
        panel({ field: 'cut', type: 'quantitative', title: ctx.m.optPayCutAxis, axis: { format: '.0%', tickCount: 4 }, scale: { zero: false } }, false),
      ],
    } as never,
  };
}

function topTable(ctx: WhatIfContext, result: OptimizationResult): string {
  const { m, fmt } = ctx;
  const first = result.method.firstRuns;
  const objective = objectiveName(m, result);
  // Ranked by the paired difference from the chosen over the runs both have: the one statistic that compares.
  const top = result.candidates
    .filter((c) => c.runs >= first && c.status !== 'infeasible')
    .sort((a, b) => b.versusChosen.mean - a.versusChosen.mean || a.id - b.id)
    .slice(0, TOP);
  const headers = [
    ...result.dimensions.map((d) => ({ html: `<code>${escapeHtml(d.path.split('.').slice(-2).join('.'))}</code>`, num: true })),
    { html: escapeHtml(m.optColRuns), num: true },
    { html: escapeHtml(fill(m.optColVersusChosen, { objective })), num: true },
    { html: escapeHtml(m.optColP5), num: true },
    { html: escapeHtml(m.optColQuits), num: true },
    { html: escapeHtml(m.optColPayCut), num: true },
    { html: escapeHtml(m.optColCompCost), num: true },
    { html: escapeHtml(m.optActiveAtEnd), num: true },
    { html: escapeHtml(m.optColStatus) },
  ];
  const rows = top.map((c) => {
    return {
      className: c.status === 'chosen' ? 'best' : undefined,
      cells: [
        ...result.dimensions.map((d) => escapeHtml(valueText(ctx, c.values[d.path]))),
        escapeHtml(fmt.number(c.runs)),
        c.status === 'chosen'
          ? '—'
          : `${escapeHtml(fmt.money(c.versusChosen.mean, { signed: true }))}<br><span class="note">${escapeHtml(fmt.money(c.versusChosen.ci95[0], { signed: true }))} … ${escapeHtml(fmt.money(c.versusChosen.ci95[1], { signed: true }))}</span>`,
        escapeHtml(fmt.money(c.p5)),
        escapeHtml(fmt.number(c.measures.managerQuits.mean, 1)),
        escapeHtml(fmt.percent(c.measures.worstPayCut.mean)),
        escapeHtml(fmt.money(c.measures.compCost.mean)),
        escapeHtml(fmt.number(c.measures.activeClients.mean, 0)),
        escapeHtml(`${statusLabel(m, c.status)}${c.own ? ` ${m.optOwnMark}` : ''}`),
      ],
    };
  });
  return `<p>${escapeHtml(fill(m.optTopIntro, { count: fmt.number(top.length), runs: fmt.number(first) }))}</p>${table(headers, rows)}`;
}

function method(ctx: WhatIfContext, result: OptimizationResult): string {
  const { m, fmt } = ctx;
  const { method: race, spent } = result;
  const paragraphs = [
    fill(m.optMethodRacing, { iterations: fmt.number(race.iterations), first: fmt.number(race.firstRuns), step: fmt.number(race.stepRuns) }),
    fill(m.optMethodSelection, { finalists: fmt.number(race.finalists), delta: fmt.money(result.selection.delta) }),
    fill(m.optMethodBudget, { racing: fmt.number(spent.racing), selection: fmt.number(spent.selection), confirmation: fmt.number(spent.confirmation), recheck: fmt.number(spent.recheck) }),
  ];
  return paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
}

export async function renderOptimizationPage(result: OptimizationResult, lang: Lang): Promise<string> {
  const names = Object.fromEntries(Object.entries(result.schemeNames).map(([id, s]) => [id, s.translations?.[lang]?.name ?? s.name]));
  const ctx = whatIfContext(lang, result.currency, names, [...new Set([result.scheme, result.baseline])]);
  const { m, fmt } = ctx;
  const scenario = result.scenarioTranslations?.[lang]?.name ?? result.scenario;
  const charts = [await renderFigure(ctx, searchChart(ctx, result)), await renderFigure(ctx, riskChart(ctx, result))];
  return whatIfPage(
    ctx,
    fill(m.optTitle, { scheme: ctx.schemeLabel(result.scheme), scenario }),
    fill(m.optSubtitle, { months: fmt.number(result.months), spent: fmt.number(result.spent.total), budget: fmt.number(result.budget), seed: String(result.seed) }),
    [
      { id: 'answer', title: m.optSectionAnswer, html: answer(ctx, result) },
      { id: 'search', title: m.optSectionSearch, html: charts[0] },
      { id: 'risk', title: m.optSectionRisk, html: charts[1] },
      { id: 'top', title: m.optSectionTop, html: topTable(ctx, result) },
      { id: 'method', title: m.optSectionMethod, html: method(ctx, result) },
    ],
    m.optFooter,
  );
}

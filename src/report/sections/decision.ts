/**
 * The decision, the first thing on the owner's page: which scheme, by how much value created and
 * how sure in plain words (a tie said as a tie, with how many more runs would separate the two, or
 * that they are equivalent within a margin), what it costs in pay, its three largest risks with
 * numbers (the client book at the horizon, the managers who leave and the clients who go with
 * them, the worst-hit manager's pay) and whether the model met the scenario's targets. The
 * statistics behind it are further down ("How these numbers were computed").
 */
import type { ReportContext } from '../context.js';
import { fill } from '../context.js';
import { escapeHtml } from '../escape.js';
import { classifyDiff, metricDiff, rankSchemes, valueDiff } from '../verdict.js';
import type { TrustInputs } from './targets-section.js';

/** More runs than this many times those simulated do not count as "would separate them": say they are equivalent. */
const MOST_RUNS_FACTOR = 100;

/**
 * Runs that would make a difference known to exclude zero at the same confidence: the interval's
 * half-width shrinks as 1/√runs, so runs · (half-width / |mean|)². Null when the mean is 0 or it
 * would take more than MOST_RUNS_FACTOR times the runs simulated.
 */
export function runsToSeparate(runs: number, mean: number, ci: [number, number]): number | null {
  const half = (ci[1] - ci[0]) / 2;
  if (!(Math.abs(mean) > 0) || !(half > 0)) return null;
  const needed = Math.ceil(runs * (half / Math.abs(mean)) ** 2);
  return needed > runs * MOST_RUNS_FACTOR ? null : needed;
}

export function decisionBlock(ctx: ReportContext, trust?: TrustInputs): string {
  const { m, fmt, summary } = ctx;
  const rows = rankSchemes(ctx);
  const top = rows[0];
  if (!top) return '';
  const baseline = ctx.baseline;
  const months = summary.months;
  const totals = top.view.scheme.totals;
  const value = top.valueCreated;
  const headline = (() => {
    if (rows.length === 1 || !baseline) return fill(m.decisionOnly, { scheme: top.view.label, value: fmt.money(value.mean), months }, ctx.lang);
    if (top.view.isBaseline) {
      return fill(m.decisionKeep, { baseline: baseline.label, others: rows.length - 1, value: fmt.money(value.mean), months }, ctx.lang);
    }
    const diff = valueDiff(top.comparison);
    const prob = top.comparison?.probValueBetter ?? top.comparison?.probBetter;
    if (!diff || prob === undefined) return fill(m.decisionOnly, { scheme: top.view.label, value: fmt.money(value.mean), months }, ctx.lang);
    const values = { scheme: top.view.label, baseline: baseline.label, value: fmt.money(value.mean), diff: fmt.money(diff.mean), months, prob: fmt.probability(prob) };
    const kind = classifyDiff(diff);
    if (kind === 'clearlyHigher') return fill(m.decisionClear, values, ctx.lang);
    if (kind === 'likelyHigher') return fill(m.decisionLikely, values, ctx.lang);
    const runs = runsToSeparate(summary.runs, diff.mean, diff.ci95);
    return runs === null
      ? fill(m.decisionEquivalent, { ...values, margin: fmt.money((diff.ci95[1] - diff.ci95[0]) / 2) }, ctx.lang)
      : fill(m.decisionTie, { ...values, runs: fmt.number(runs) }, ctx.lang);
  })();
  const facts: string[] = [];
  const against = (key: 'compCost' | 'activeClients' | 'managerQuits', format: (x: number) => string): string => {
    const d = baseline && !top.view.isBaseline ? metricDiff(ctx, top.view, key) : undefined;
    return d ? fill(m.decisionAgainst, { diff: format(d.mean), baseline: baseline!.label }, ctx.lang) : '';
  };
  if (totals.compCost) {
    const share = totals.margin && totals.margin.mean > 0 ? fmt.percent(totals.compCost.mean / totals.margin.mean, 1) : '—';
    facts.push(
      `<li class="decision-cost"><strong>${escapeHtml(m.decisionCostLabel)}</strong> ${escapeHtml(
        fill(m.decisionCost, { cost: fmt.money(totals.compCost.mean), months, share, against: against('compCost', (x) => fmt.money(x, { signed: true })) }, ctx.lang),
      )}</li>`,
    );
  }
  const risks: [string, string][] = [];
  const active = top.view.scheme.end?.activeClients;
  if (active && totals.bookValue && totals.bookValueAtSwitch) {
    risks.push([
      m.decisionBookLabel,
      fill(m.decisionRiskBook, {
        count: fmt.number(Math.round(active.mean)),
        against: against('activeClients', (x) => fmt.signed(x, 0, true)),
        bookChange: fmt.money(totals.bookValue.mean - totals.bookValueAtSwitch.mean, { signed: true }),
      }, ctx.lang),
    ]);
  }
  if (totals.managerQuits && totals.clientsLostWithManagers) {
    risks.push([
      m.decisionPeopleLabel,
      fill(m.decisionRiskPeople, {
        quits: fmt.number(totals.managerQuits.mean, 1),
        months,
        against: against('managerQuits', (x) => fmt.signed(x, 1, true)),
        count: fmt.number(Math.round(totals.clientsLostWithManagers.mean)),
      }, ctx.lang),
    ]);
  }
  const cut = totals.worstPayCut;
  if (cut) {
    // Within half a percent either way the worst-hit manager earns what he is used to.
    const template = cut.mean >= 0.005 ? m.decisionRiskPayCut : cut.mean <= -0.005 ? m.decisionRiskNoPayCut : m.decisionRiskPayFlat;
    risks.push([m.decisionPayLabel, fill(template, { cut: fmt.percent(Math.abs(cut.mean), 0) }, ctx.lang)]);
  }
  for (const [label, risk] of risks) facts.push(`<li class="decision-risk"><strong>${escapeHtml(label)}</strong> ${escapeHtml(risk)}</li>`);
  const measured = trust?.results ?? [];
  const met = measured.filter((r) => r.met).length;
  const unchecked = trust ? trust.needVariants.length + trust.notSimulated.length : 0;
  facts.push(
    `<li class="decision-trust"><strong>${escapeHtml(m.decisionTrustLabel)}</strong> ${escapeHtml(
      measured.length > 0 ? fill(m.decisionTargets, { met, total: measured.length }, ctx.lang) : m.decisionNoTargets,
    )}${unchecked > 0 ? ` ${escapeHtml(fill(m.decisionTargetsUnchecked, { count: unchecked }, ctx.lang))}` : ''}</li>`,
  );
  return [
    `<div class="decision" id="decision">`,
    `<p class="decision-headline">${escapeHtml(headline)}</p>`,
    `<ul class="decision-facts">${facts.join('\n')}</ul>`,
    `<p class="decision-more"><a href="#method">${escapeHtml(m.decisionMethodLink)}</a></p>`,
    `</div>`,
  ].join('\n');
}

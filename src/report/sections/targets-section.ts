/**
 * "How far to trust these numbers": the scenario's targets (what the owner observed, published
 * rates, the responses to pay rules research reports) as measured, met or missed, with their 95 %
 * intervals; and, when a calibration is given, how often each scheme is best by value created
 * over the parameter sets consistent with the targets (decision robustness). The owner's report
 * shows it after the verdict; `compsim targets` writes it as a page of its own (targets.html).
 * Sources are the scenario's text, escaped like all user text.
 */
import type { Lang, Messages } from '../i18n.js';
import type { NumberFormatter } from '../format.js';
import { fill } from '../context.js';
import { escapeHtml } from '../escape.js';
import { behind, num, section, table } from '../html.js';
import type { TargetResult } from '../../whatif/targets.js';

/** Where the measured targets come from and what could not be measured. */
export interface TrustInputs {
  results: TargetResult[];
  runs: number;
  seed: number;
  /** Measured by `compsim targets` (the scenario and its variants), or by the run itself. */
  byTargetsCommand: boolean;
  /** Variants simulated beside the scenario as it is (`compsim targets` only). */
  variants: number;
  /** Ids of the targets this run could not measure: they need variants, or a scheme not simulated. */
  needVariants: string[];
  notSimulated: string[];
  robustness?: {
    /** Parameter sets tried (the scenario's own included) and those meeting every target. */
    tried: number;
    accepted: number;
    runs: number;
    /** Per scheme id: the accepted sets where it is first by value created. */
    first: Record<string, number>;
  };
}

/** What the section needs of a page: words, numbers and the schemes' names. */
export interface TrustView {
  lang: Lang;
  m: Messages;
  fmt: NumberFormatter;
  schemeLabel: (id: string) => string;
}

/** Three significant digits in the page's language; measured values keep trailing zeros (1.004 reads "1.00", not "1"). */
function shown(fmt: NumberFormatter, value: number, fixed = false): string {
  if (!Number.isFinite(value)) return '—';
  const rounded = Number(value.toPrecision(3));
  const abs = Math.abs(rounded);
  const digits = abs === 0 ? 0 : Math.min(6, Math.max(0, 2 - Math.floor(Math.log10(abs))));
  return fmt.number(rounded, digits, fixed);
}

/** A target's wanted range in words: "0.5 to 0.7", "at least 1", "at most 2" (null: no such bound). */
export function wantedRange(m: Messages, low: number | null, high: number | null, show: (value: number) => string): string {
  if (low !== null && high !== null) return fill(m.trustWantedBetween, { low: show(low), high: show(high) });
  if (low !== null) return fill(m.trustWantedAtLeast, { low: show(low) });
  return high !== null ? fill(m.trustWantedAtMost, { high: show(high) }) : '—';
}

function wanted(view: TrustView, t: TargetResult): string {
  return wantedRange(view.m, t.low, t.high, (value) => shown(view.fmt, value));
}

function result(view: TrustView, t: TargetResult): string {
  const { m, fmt } = view;
  if (!t.met) return `<span class="trust-missed">${escapeHtml(fill(m.trustMissed, { distance: shown(fmt, t.distance) }))}</span>`;
  return `<span class="trust-met">${escapeHtml(t.intervalInside ? m.trustMetInside : m.trustMet)}</span>`;
}

function targetCell(view: TrustView, t: TargetResult): string {
  const { m } = view;
  const form = { value: '', difference: m.trustFormDifference, ratio: m.trustFormRatio, elasticity: m.trustFormElasticity }[t.form];
  const source = t.translations?.[view.lang]?.source ?? t.source;
  return `<strong>${escapeHtml(t.id)}</strong>${form ? ` <span class="trust-form">(${escapeHtml(form)})</span>` : ''}<span class="sub">${escapeHtml(source)}</span>`;
}

function robustnessLine(view: TrustView, robustness: NonNullable<TrustInputs['robustness']>): string {
  const { m, fmt } = view;
  if (robustness.accepted === 0) return fill(m.trustRobustNone, { tried: fmt.number(robustness.tried) });
  const firsts = Object.entries(robustness.first)
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([id, count]) => fill(m.trustRobustItem, { scheme: view.schemeLabel(id), count: fmt.number(count), accepted: fmt.number(robustness.accepted) }));
  return fill(m.trustRobust, { accepted: fmt.number(robustness.accepted), tried: fmt.number(robustness.tried), runs: fmt.number(robustness.runs), list: firsts.join('; ') });
}

export const TRUST_STYLE = `<style>
table.trust td .sub { display: block; font-size: 11.5px; color: var(--muted); max-width: 620px; }
table.trust .trust-form { font-size: 12px; color: var(--muted); }
table.trust .trust-met { color: #1b7837; white-space: nowrap; }
table.trust .trust-missed { color: #a34200; font-weight: 600; white-space: nowrap; }
table.trust td.num { white-space: nowrap; }
</style>`;

/** The targets section; `collapsed` puts the table behind a line (the run's page), open when a target is missed. */
export function targetsSection(view: TrustView, trust: TrustInputs, collapsed = false): string {
  const { m, fmt } = view;
  const met = trust.results.filter((t) => t.met).length;
  const paragraphs = [
    fill(m.trustCount, { met: fmt.number(met), total: fmt.number(trust.results.length) }) +
      ' ' +
      (trust.byTargetsCommand
        ? fill(m.trustByTargets, { variants: fmt.number(trust.variants), runs: fmt.number(trust.runs), seed: String(trust.seed) })
        : fill(m.trustByRun, { runs: fmt.number(trust.runs), seed: String(trust.seed) })),
  ];
  if (trust.needVariants.length > 0) paragraphs.push(fill(m.trustNeedVariants, { count: fmt.number(trust.needVariants.length), ids: trust.needVariants.join(', ') }));
  if (trust.notSimulated.length > 0) paragraphs.push(fill(m.trustNotSimulated, { ids: trust.notSimulated.join(', ') }));
  if (trust.robustness) paragraphs.push(robustnessLine(view, trust.robustness));
  const rows = trust.results.map((t) => [
    targetCell(view, t),
    num(escapeHtml(wanted(view, t))),
    num(escapeHtml(shown(fmt, t.mean, true))),
    num(escapeHtml(`${shown(fmt, t.ci95[0], true)} … ${shown(fmt, t.ci95[1], true)}`)),
    result(view, t),
  ]);
  const targetsTable = table({
    className: 'data trust',
    head: [escapeHtml(m.trustColTarget), num(escapeHtml(m.trustColWanted)), num(escapeHtml(m.trustColMeasured)), num(escapeHtml(m.trustColInterval)), escapeHtml(m.trustColResult)],
    rows,
  });
  const body = [
    TRUST_STYLE,
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    trust.results.length > 0 ? (collapsed ? behind(m.trustTableSummary, targetsTable, met < trust.results.length) : targetsTable) : '',
  ].join('\n');
  return section('trust', m.sectionTrust, body, m.trustIntro);
}

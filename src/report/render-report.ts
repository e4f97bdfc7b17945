/**
 * The owner's report: one self-contained HTML page comparing the schemes of a summary.json, in
 * English or Russian. Pure: returns the page as a string and writes nothing (the CLI writes it
 * atomically). Sections: verdict, money, hours, clients, people, assumptions.
 */
import type { Summary } from '../engine/summary.js';
import { createContext } from './context.js';
import { LANGS, type Lang } from './i18n.js';
import { pageHtml, type PageSection } from './page.js';
import { methodSection, verdictSection } from './sections/verdict-section.js';
import { moneySection } from './sections/money-section.js';
import { hoursSection } from './sections/hours-section.js';
import { clientsSection } from './sections/clients-section.js';
import { peopleSection } from './sections/people-section.js';
import { assumptionsSection } from './sections/assumptions-section.js';
import { bookOf, payrollSection } from './sections/payroll-section.js';
import { targetsSection, type TrustInputs } from './sections/targets-section.js';
import { measureOwnTargets, type TargetsResult } from '../whatif/targets.js';
import type { CalibrationResult } from '../whatif/calibrate.js';
import type { ScenarioTarget } from '../scenario/schema.js';

export interface ReportOptions {
  lang: Lang;
  /** A `compsim targets` result for the same scenario: the trust section shows it instead of the targets this run can measure itself. */
  targets?: TargetsResult;
  /** A `compsim calibrate` result for the same scenario: the trust section says how often each scheme is best over its accepted set. */
  calibration?: Pick<CalibrationResult, 'points' | 'runs' | 'robustness'>;
}

/** The trust section's inputs, or none when the scenario has no targets and no calibration is given. */
export function trustInputs(summary: Summary, options: ReportOptions): TrustInputs | undefined {
  const calibration = options.calibration;
  const robustness = calibration
    ? { tried: calibration.points.length, accepted: calibration.robustness.accepted, runs: calibration.runs, first: calibration.robustness.first }
    : undefined;
  if (options.targets) {
    const t = options.targets;
    return { results: t.targets, runs: t.runs, seed: t.seed, byTargetsCommand: true, variants: t.variants.length - 1, needVariants: [], notSimulated: [], robustness };
  }
  const assumed = (summary.assumptions as { targets?: ScenarioTarget[] } | undefined)?.targets;
  const targets = Array.isArray(assumed) ? assumed : [];
  if (targets.length === 0 && !robustness) return undefined;
  const own = measureOwnTargets(targets, summary);
  return { results: own.measured, runs: summary.runs, seed: summary.seed, byTargetsCommand: false, variants: 0, needVariants: own.needVariants, notSimulated: own.notSimulated, robustness };
}

export async function renderReport(summary: Summary, options: ReportOptions): Promise<string> {
  if (!LANGS.includes(options.lang)) {
    throw new Error(`renderReport requires lang to be one of ${LANGS.join(', ')}, got ${JSON.stringify(options.lang)}`);
  }
  if (!summary || !Array.isArray(summary.schemes) || summary.schemes.length === 0) {
    throw new Error('renderReport requires a summary with at least one scheme');
  }
  const ctx = createContext(summary, options.lang);
  const { m } = ctx;
  const trust = trustInputs(summary, options);
  const labels = new Map(ctx.schemes.map((s) => [s.id, s.label]));
  const view = { lang: ctx.lang, m, fmt: ctx.fmt, schemeLabel: (id: string) => labels.get(id) ?? id };
  const sections: PageSection[] = [
    { id: 'verdict', title: m.sectionVerdict, html: verdictSection(ctx, trust) },
    // Only when the scenario has targets (or a calibration is given).
    ...(trust ? [{ id: 'trust', title: m.sectionTrust, html: targetsSection(view, trust, true) }] : []),
    { id: 'money', title: m.sectionMoney, html: await moneySection(ctx) },
    { id: 'hours', title: m.sectionHours, html: await hoursSection(ctx) },
    { id: 'clients', title: m.sectionClients, html: await clientsSection(ctx) },
    { id: 'people', title: m.sectionPeople, html: await peopleSection(ctx) },
    // Only when the runs started from the company's book.
    ...(bookOf(ctx) ? [{ id: 'payroll', title: m.sectionPayroll, html: payrollSection(ctx) }] : []),
    { id: 'method', title: m.sectionMethod, html: methodSection(ctx) },
    { id: 'assumptions', title: m.sectionAssumptions, html: await assumptionsSection(ctx) },
  ];
  return pageHtml(ctx, sections);
}

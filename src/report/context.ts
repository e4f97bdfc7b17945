/**
 * What every section and chart needs to know about one report: the summary, the language, its
 * messages and number formats, and each scheme's display label and fixed colour.
 */
import type { SchemeSummary, Summary } from '../engine/summary.js';
import type { Lang, Messages } from './i18n.js';
import { messages } from './i18n.js';
import { createFormatter, type NumberFormatter } from './format.js';
import { schemeColor } from './palette.js';

export interface SchemeView {
  scheme: SchemeSummary;
  id: string;
  /** The scheme's name, made unique within the report (charts use it as the category). */
  label: string;
  color: string;
  index: number;
  isBaseline: boolean;
  isCurrent: boolean;
  lang: Lang;
  /** The scheme's description in the report's language (or the default one). */
  description: string;
}

export interface ReportContext {
  summary: Summary;
  lang: Lang;
  m: Messages;
  fmt: NumberFormatter;
  schemes: SchemeView[];
  baseline: SchemeView | undefined;
  /** Months of the horizon, 1-based, as the charts' x axis. */
  months: number[];
}

export function createContext(summary: Summary, lang: Lang): ReportContext {
  const m = messages(lang);
  const seen = new Set<string>();
  const schemes = summary.schemes.map((scheme, index): SchemeView => {
    const name = scheme.translations?.[lang]?.name ?? scheme.name;
    let label = String(name || scheme.id).trim() || String(scheme.id);
    // Two schemes with the same name would share a colour and a facet: tell them apart by id.
    if (seen.has(label)) label = `${label} (${scheme.id})`;
    while (seen.has(label)) label = `${label}′`;
    seen.add(label);
    return {
      scheme,
      id: scheme.id,
      label,
      color: schemeColor(index),
      index,
      isBaseline: scheme.id === summary.baseline,
      isCurrent: scheme.id === summary.current,
      lang,
      description: String(scheme.translations?.[lang]?.description ?? scheme.description ?? ''),
    };
  });
  const months = Array.from({ length: Math.max(0, summary.months) }, (_, i) => i + 1);
  return {
    summary,
    lang,
    m,
    fmt: createFormatter(lang, summary.currency),
    schemes,
    baseline: schemes.find((s) => s.isBaseline),
    months,
  };
}

/** The scenario's name in the report's language (or the default one). */
export function scenarioName(summary: Summary, lang: Lang): string {
  return summary.scenarioTranslations?.[lang]?.name ?? summary.scenario;
}

/** Fill `{name}` placeholders of a message. Values are inserted as given (escape afterwards for HTML). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole,
  );
}

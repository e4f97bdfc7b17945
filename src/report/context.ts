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

/**
 * Fill `{name}` placeholders of a message. Values are inserted as given (escape afterwards for
 * HTML). A plural placeholder in ICU MessageFormat's form, `{n, plural, one {# схема} few {# схемы}
 * many {# схем} other {# схемы}}`, picks its branch by `Intl.PluralRules` of `lang` for the number
 * (a formatted value is read back as its digits) and puts the value where `#` is.
 */
export function fill(template: string, values: Record<string, string | number>, language?: Lang): string {
  // Plural rules and the decimal mark are the template's own language's unless told: a Russian
  // sentence takes Russian plural forms whichever caller fills it.
  const lang: Lang = language ?? (/[\u0400-\u04ff]/.test(template) ? 'ru' : 'en');
  const plurals = template.replace(/\{(\w+), plural,((?:\s*\w+ \{[^{}]*\})+)\s*\}/g, (whole, key: string, branches: string) => {
    if (!Object.prototype.hasOwnProperty.call(values, key)) return whole;
    const value = values[key];
    // A formatted number read back: digit groups dropped; the decimal mark is ',' in Russian, '.' in English.
    const digits = String(value).replace(/[\s\u00a0\u202f]/g, '');
    const count = typeof value === 'number' ? value : Number(lang === 'ru' ? digits.replace(',', '.') : digits.replace(/,/g, ''));
    const forms = Object.fromEntries([...branches.matchAll(/(\w+) \{([^{}]*)\}/g)].map(([, form, text]) => [form, text]));
    const text = forms[new Intl.PluralRules(lang === 'ru' ? 'ru-RU' : 'en-US').select(count)] ?? forms.other ?? '';
    return text.replace(/#/g, String(value));
  });
  return plurals.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole));
}

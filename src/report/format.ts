/**
 * Numbers, money and percentages as the owner reads them: grouped thousands, the language's
 * decimal mark (Russian: spaces between thousands, comma decimals), money in the scenario's currency.
 * The same conventions go to vega as a d3-format locale, so chart axes and HTML tables agree.
 */
import type { Lang } from './i18n.js';
import { messages } from './i18n.js';

/** No-break space: Russian thousands separator, and between a number and its unit so they never part. */
const NBSP = '\u00a0';
/** A true minus sign, as d3-format writes it, so tables and axes look the same. */
const MINUS = '\u2212';

/** Currency symbols the Russian page uses instead of ISO codes; anything else keeps its code. */
const RU_CURRENCY_SYMBOLS: Record<string, string> = { RUB: '₽', USD: '$', EUR: '€' };

/** A power of a thousand that money is shown in, with its name ("million RUB"). */
export interface MoneyUnit {
  divisor: number;
  /** e.g. "million RUB" / "млн ₽" */
  label: string;
}

export interface NumberFormatter {
  lang: Lang;
  /** The symbol or code money is labelled with: "RUB" (en), "₽" (ru). */
  currency: string;
  /** A number with grouped thousands and at most `digits` decimals (exactly `digits` when `fixed`). */
  number(value: number, digits?: number, fixed?: boolean): string;
  /** Like `number`, with an explicit "+" for positive values (differences). */
  signed(value: number, digits?: number, fixed?: boolean): string;
  /** A share 0..1 as a percentage. */
  percent(share: number, digits?: number): string;
  /** Like `percent`, with an explicit "+" for positive values (changes): "+4 %", "−2,5 %". */
  signedPercent(share: number, digits?: number): string;
  /** A probability as a percentage that never claims certainty the runs cannot give: ">99 %", "<1 %". */
  probability(p: number): string;
  /** Decimals for a column of money values in one unit: 0 from 100 up, else 1 (2 below 1). */
  columnDigits(values: number[], unit: MoneyUnit): number;
  /** The unit a set of money values reads best in (largest power of 1000 below the biggest value). */
  moneyUnit(maxAbs: number): MoneyUnit;
  /** One money amount with its own unit: "12.3 million RUB", "12,3 млн ₽". */
  money(value: number, options?: { signed?: boolean }): string;
  /** A money amount expressed in a given unit, without the unit ("412.3"); `digits` fixes the decimals. */
  inUnit(value: number, unit: MoneyUnit, options?: { signed?: boolean; digits?: number }): string;
}

const LOCALES: Record<Lang, string> = { en: 'en-US', ru: 'ru-RU' };

export function currencyLabel(lang: Lang, currency: string): string {
  if (lang === 'ru') return RU_CURRENCY_SYMBOLS[currency] ?? currency;
  return currency;
}

/** Decimals that keep about three significant digits for a value already in its display unit. */
function digitsFor(value: number): number {
  const abs = Math.abs(value);
  if (abs >= 100) return 0;
  if (abs >= 10) return 1;
  return abs >= 1 ? 1 : 2;
}

export function createFormatter(lang: Lang, currencyCode: string): NumberFormatter {
  const locale = LOCALES[lang];
  const m = messages(lang);
  const currency = currencyLabel(lang, currencyCode);
  const cache = new Map<string, Intl.NumberFormat>();
  const formatterFor = (digits: number, fixed: boolean): Intl.NumberFormat => {
    const key = `${digits}${fixed ? 'f' : ''}`;
    let f = cache.get(key);
    if (!f) {
      // useGrouping 'always': ru-RU otherwise leaves 4-digit numbers ungrouped (minimumGroupingDigits 2).
      f = new Intl.NumberFormat(locale, {
        minimumFractionDigits: fixed ? digits : 0,
        maximumFractionDigits: digits,
        useGrouping: 'always',
      } as unknown as Intl.NumberFormatOptions); // 'always' is ES2023 Intl; tsconfig's lib is ES2022
      cache.set(key, f);
    }
    return f;
  };
  const number = (value: number, digits = 0, fixed = false): string => {
    if (!Number.isFinite(value)) return '—';
    let text = formatterFor(digits, fixed).format(value);
    if (lang === 'ru') text = text.replace(/[\u202f ]/g, NBSP);
    text = text.replace(/^-/, MINUS);
    // "−0" after rounding reads as a difference that does not exist.
    return /^\u2212[0.,\u00a0]*$/.test(text) ? text.slice(1) : text;
  };
  const signed = (value: number, digits = 0, fixed = false): string => {
    const text = number(value, digits, fixed);
    return value > 0 && /[1-9]/.test(text) ? `+${text}` : text;
  };
  const percent = (share: number, digits = 0): string => {
    if (!Number.isFinite(share)) return '—';
    const text = number(share * 100, digits);
    return lang === 'ru' ? `${text}${NBSP}%` : `${text}%`;
  };
  const signedPercent = (share: number, digits = 0): string => {
    const text = percent(share, digits);
    return share > 0 && /[1-9]/.test(text) ? `+${text}` : text;
  };
  const units: MoneyUnit[] = [
    { divisor: 1, label: currency },
    { divisor: 1e3, label: `${m.unitThousand}${NBSP}${currency}` },
    { divisor: 1e6, label: `${m.unitMillion}${NBSP}${currency}` },
    { divisor: 1e9, label: `${m.unitBillion}${NBSP}${currency}` },
  ];
  const moneyUnit = (maxAbs: number): MoneyUnit => {
    // The largest unit the biggest value still reaches 1 of: 412 000 000 → "412 million".
    let unit = units[0];
    for (const candidate of units) if (Math.abs(maxAbs) >= candidate.divisor) unit = candidate;
    return unit;
  };
  const inUnit = (value: number, unit: MoneyUnit, options?: { signed?: boolean; digits?: number }): string => {
    const scaled = value / unit.divisor;
    const fixed = options?.digits !== undefined;
    const digits = options?.digits ?? (unit.divisor === 1 ? 0 : digitsFor(scaled));
    return options?.signed ? signed(scaled, digits, fixed) : number(scaled, digits, fixed);
  };
  const columnDigits = (values: number[], unit: MoneyUnit): number => {
    if (unit.divisor === 1) return 0;
    const max = Math.max(0, ...values.filter(Number.isFinite).map((v) => Math.abs(v / unit.divisor)));
    return max >= 100 ? 0 : max >= 1 ? 1 : 2;
  };
  const probability = (p: number): string => {
    if (!Number.isFinite(p)) return '—';
    if (p > 0.99) return `>${percent(0.99)}`;
    if (p < 0.01) return `<${percent(0.01)}`;
    return percent(p);
  };
  const money = (value: number, options?: { signed?: boolean }): string => {
    const unit = moneyUnit(Math.abs(value));
    return `${inUnit(value, unit, options)}${NBSP}${unit.label}`;
  };
  return { lang, currency, number, signed, percent, signedPercent, probability, columnDigits, moneyUnit, money, inUnit };
}

/**
 * The same conventions as a d3-format locale for vega (`View` option `locale.number`), so axis
 * labels formatted with ",.2~f" or ".0%" come out as "1 234,5" and "52 %" on the Russian page.
 */
export function vegaNumberLocale(lang: Lang): Record<string, unknown> {
  if (lang === 'ru') {
    return { decimal: ',', thousands: NBSP, grouping: [3], currency: ['', `${NBSP}₽`], minus: MINUS, percent: `${NBSP}%` };
  }
  return { decimal: '.', thousands: ',', grouping: [3], currency: ['', ' RUB'], minus: MINUS, percent: '%' };
}

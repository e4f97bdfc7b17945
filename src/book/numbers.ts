/**
 * Numbers as Russian spreadsheets and 1C write them: "1 234 567,89" with a space, a no-break
 * space (U+00A0, Excel) or a narrow no-break space (U+202F, newer ICU locales) between thousands,
 * a decimal comma, maybe a currency ("руб.", "р.", "₽", "RUB") and accounting parentheses for
 * negatives. English exports ("1,234,567.89") are read too.
 *
 * Rule for the one ambiguous case: a single comma with no dot is a DECIMAL comma ("1,234" =
 * 1.234), because the files this reads are Russian exports; an English file with thousands
 * commas always has either a dot or more than one comma in large numbers.
 */

// Units that may precede or follow an amount; compared case-insensitively.
const CURRENCY = /^(?:₽|руб(?:\.|лей|ля|ль)?|р\.?|rub|rur)\s*|\s*(?:₽|руб(?:\.|лей|ля|ль)?|р\.?|rub|rur)$/giu;
// Any Unicode space separator (U+0020, U+00A0, U+2007, U+2009, U+202F, ...) counts as a thousands gap.
const GAPS = /[\s\p{Zs}]+/gu;
const GROUPED = /^\d{1,3}(?: \d{3})+$/;
const PLAIN = /^\d+$/;

/** The number written in `text`, or undefined when it is not a number. Empty text is not a number. */
export function parseNumber(text: string): number | undefined {
  let body = text.trim().replace(CURRENCY, '').trim();
  let sign = 1;
  if (/^\(.*\)$/.test(body)) {
    sign = -1;
    body = body.slice(1, -1).trim();
  }
  if (/^[-−–+]/.test(body)) {
    if (body[0] !== '+') sign = -sign;
    body = body.slice(1).trim();
  }
  body = body.replace(GAPS, ' ');

  const decimal = decimalSeparator(body);
  const [whole, fraction, extra] = decimal === undefined ? [body] : body.split(decimal);
  if (extra !== undefined) return undefined;
  if (fraction !== undefined && !PLAIN.test(fraction)) return undefined;

  // Whatever is not the decimal separator may only be a thousands separator between groups of three.
  const thousands = decimal === ',' ? /\./g : decimal === '.' ? /,/g : /[.,]/g;
  const integerPart = whole.replace(thousands, ' ');
  if (integerPart === '' && fraction === undefined) return undefined;
  if (integerPart !== '' && !PLAIN.test(integerPart) && !GROUPED.test(integerPart)) return undefined;

  const value = Number(`${integerPart.replaceAll(' ', '') || '0'}.${fraction ?? '0'}`);
  return sign * value;
}

/** Which of "," and "." is the decimal separator in `body`, if any (see the rule above). */
function decimalSeparator(body: string): ',' | '.' | undefined {
  const commas = body.split(',').length - 1;
  const dots = body.split('.').length - 1;
  if (commas > 0 && dots > 0) return body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
  if (commas === 1) return ',';
  if (dots === 1) return '.';
  return undefined;
}

/** A share such as a temperament: "0,7" or "70 %" both give 0.7. */
export function parseShare(text: string): number | undefined {
  const trimmed = text.trim();
  if (!trimmed.endsWith('%')) return parseNumber(trimmed);
  const percent = parseNumber(trimmed.slice(0, -1));
  return percent === undefined ? undefined : percent / 100;
}

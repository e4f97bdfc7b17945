import { describe, expect, it } from 'vitest';
import { createFormatter, vegaNumberLocale } from '../../src/report/format.js';
import { renderSvg } from '../../src/report/charts/render.js';

const NBSP = '\u00a0';
const MINUS = '\u2212';

describe('numbers in English', () => {
  const fmt = createFormatter('en', 'RUB');
  it('groups thousands with commas and uses a decimal point', () => {
    expect(fmt.number(1234567.456, 1)).toBe('1,234,567.5');
    expect(fmt.number(1234)).toBe('1,234');
  });
  it('writes negatives with a true minus and never shows −0', () => {
    expect(fmt.number(-2500)).toBe(`${MINUS}2,500`);
    expect(fmt.number(-0.04, 1)).toBe('0');
  });
  it('signs differences', () => {
    expect(fmt.signed(12.34, 1)).toBe('+12.3');
    expect(fmt.signed(-12.34, 1)).toBe(`${MINUS}12.3`);
    expect(fmt.signed(0)).toBe('0');
  });
  it('formats percentages and probabilities without claiming certainty', () => {
    expect(fmt.percent(0.523)).toBe('52%');
    expect(fmt.probability(0.99997)).toBe('>99%');
    expect(fmt.probability(0.0001)).toBe('<1%');
    expect(fmt.probability(0.84)).toBe('84%');
  });
  it('labels money with the ISO code and a readable unit', () => {
    expect(fmt.currency).toBe('RUB');
    expect(fmt.money(412_345_678)).toBe(`412${NBSP}million${NBSP}RUB`);
    expect(fmt.money(12_340_000)).toBe(`12.3${NBSP}million${NBSP}RUB`);
    expect(fmt.money(-630)).toBe(`${MINUS}630${NBSP}RUB`);
    expect(fmt.money(5_900, { signed: true })).toBe(`+5.9${NBSP}thousand${NBSP}RUB`);
    expect(fmt.moneyUnit(60_000_000).label).toBe(`million${NBSP}RUB`);
    expect(fmt.inUnit(56_000_000, fmt.moneyUnit(1e8), { signed: true, digits: 1 })).toBe('+56.0');
  });
});

describe('numbers in Russian', () => {
  const fmt = createFormatter('ru', 'RUB');
  it('groups thousands with spaces (also 4-digit numbers) and uses a decimal comma', () => {
    expect(fmt.number(1234567.456, 1)).toBe(`1${NBSP}234${NBSP}567,5`);
    expect(fmt.number(1234)).toBe(`1${NBSP}234`);
    expect(fmt.number(-0.25, 2)).toBe(`${MINUS}0,25`);
  });
  it('writes percentages with a space before the sign', () => {
    expect(fmt.percent(0.523)).toBe(`52${NBSP}%`);
    expect(fmt.percent(0.0125, 1)).toBe(`1,3${NBSP}%`);
  });
  it('labels money with ₽ and Russian units', () => {
    expect(fmt.currency).toBe('₽');
    expect(fmt.money(412_345_678)).toBe(`412${NBSP}млн${NBSP}₽`);
    expect(fmt.money(12_340_000)).toBe(`12,3${NBSP}млн${NBSP}₽`);
    expect(fmt.money(1_500)).toBe(`1,5${NBSP}тыс.${NBSP}₽`);
    expect(fmt.money(2.4e9)).toBe(`2,4${NBSP}млрд${NBSP}₽`);
  });
  it('keeps an unknown currency code', () => {
    expect(createFormatter('ru', 'KZT').currency).toBe('KZT');
    expect(createFormatter('ru', 'USD').currency).toBe('$');
  });
});

describe('chart axes use the same conventions', () => {
  it('gives vega a Russian d3-format locale', () => {
    expect(vegaNumberLocale('ru')).toMatchObject({ decimal: ',', thousands: NBSP });
    expect(vegaNumberLocale('en')).toMatchObject({ decimal: '.', thousands: ',' });
  });
  it('renders Russian axis labels with space-grouped thousands and decimal commas', async () => {
    const spec = {
      data: { values: [{ x: 0, y: 0 }, { x: 1, y: 2500.5 }] },
      mark: 'line' as const,
      encoding: {
        x: { field: 'x', type: 'quantitative' as const, axis: { format: '.1f', title: 'x' } },
        y: { field: 'y', type: 'quantitative' as const, axis: { format: ',.0f', title: 'y' } },
      },
    };
    const ru = await renderSvg(spec, 'ru');
    expect(ru).toContain(`>2${NBSP}500<`);
    expect(ru).toContain('>0,5<');
    const en = await renderSvg(spec, 'en');
    expect(en).toContain('>2,500<');
    expect(en).toContain('>0.5<');
  });
});

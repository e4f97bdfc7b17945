import { describe, expect, it } from 'vitest';
import { parseNumber, parseShare } from '../../src/book/numbers.js';

describe('parseNumber', () => {
  it.each([
    ['1234', 1234],
    ['1 234,5', 1234.5],
    ['1\u00a0234\u00a0567,89', 1234567.89],
    ['312\u202f450', 312450],
    ['1\u2009000', 1000],
    ['1 234 567,89 руб.', 1234567.89],
    ['312 450 ₽', 312450],
    ['100 р.', 100],
    ['руб. 100', 100],
    ['250000 RUB', 250000],
    ['1,234,567.89', 1234567.89],
    ['1.234.567,89', 1234567.89],
    ['1.234.567', 1234567],
    ['0,15', 0.15],
    [',5', 0.5],
    ['-5', -5],
    ['−5 000', -5000],
    ['(1 234)', -1234],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toBeCloseTo(value, 10);
  });

  it('reads a single comma as a decimal comma, as Russian exports mean it', () => {
    expect(parseNumber('1,234')).toBe(1.234);
  });

  it.each(['', 'abc', '12 34', '1,2,3', '12.5.6', '5,', '1 2345', '250 тыс.'])('rejects %j', (text) => {
    expect(parseNumber(text)).toBeUndefined();
  });
});

describe('parseShare', () => {
  it('reads fractions and percentages', () => {
    expect(parseShare('0,7')).toBe(0.7);
    expect(parseShare('70 %')).toBe(0.7);
    expect(parseShare('12,5%')).toBe(0.125);
    expect(parseShare('x%')).toBeUndefined();
  });
});

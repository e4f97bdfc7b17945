/** Plural forms in messages (ICU's `{n, plural, …}` in fill), by Intl.PluralRules, in both languages. */
import { describe, expect, it } from 'vitest';
import { fill } from '../../src/report/context.js';

const RU = '{n, plural, one {# схема} few {# схемы} many {# схем} other {# схемы}}';
const EN = '{n, plural, one {# scheme} other {# schemes}}';

describe('plural forms', () => {
  it.each([
    [1, '1 схема', '1 scheme'],
    [2, '2 схемы', '2 schemes'],
    [5, '5 схем', '5 schemes'],
    [11, '11 схем', '11 schemes'],
    [21, '21 схема', '21 schemes'],
    [22, '22 схемы', '22 schemes'],
  ])('%i', (n, ru, en) => {
    expect(fill(RU, { n }, 'ru')).toBe(ru);
    expect(fill(EN, { n }, 'en')).toBe(en);
  });

  it('reads a formatted number back: 1 021 (ru), 1,021 (en), a fraction takes "other"', () => {
    expect(fill(RU, { n: '1 021' }, 'ru')).toBe('1 021 схема');
    expect(fill(EN, { n: '1,021' }, 'en')).toBe('1,021 schemes');
    expect(fill('{n, plural, one {# клиент} few {# клиента} many {# клиентов} other {# клиента}}', { n: '231,4' }, 'ru')).toBe('231,4 клиента');
    expect(fill('{n, plural, one {# клиент} few {# клиента} many {# клиентов} other {# клиента}}', { n: '231' }, 'ru')).toBe('231 клиент');
  });

  it("takes a Russian sentence's plural rules when the caller names no language", () => {
    expect(fill(RU, { n: 5 })).toBe('5 схем');
    expect(fill(RU, { n: '2,5' })).toBe('2,5 схемы');
    expect(fill(EN, { n: 1 })).toBe('1 scheme');
  });

  it('leaves plain placeholders as before, and a plural without its value as written', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(fill(EN, {})).toBe(EN);
  });
});

import { describe, expect, it } from 'vitest';
import { allMessages, LANGS } from '../../src/report/i18n.js';

// A plain {name}, or the name of a plural {name, plural, one {…} other {…}}.
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]).sort();

describe('report messages', () => {
  const { en, ru } = allMessages();

  it('has both languages', () => {
    expect([...LANGS]).toEqual(['en', 'ru']);
  });

  it('has the same keys in English and Russian', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
  });

  it('fills the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(ru[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('has no empty message', () => {
    for (const table of [en, ru]) for (const [key, text] of Object.entries(table)) expect(text.trim() || key === 'clauseSeparator', key).toBeTruthy();
  });

  it('translates every message that has words (Russian text is not a copy of the English)', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      if (/[A-Za-z]{3}/.test(en[key].replace(/\{\w+\}/g, ''))) expect(ru[key], key).not.toBe(en[key]);
    }
  });
});

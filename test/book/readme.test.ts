import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORY_VALUES, CLIENT_COLUMNS, MANAGER_COLUMNS, PAYMENT_VALUES, ROLE_VALUES } from '../../src/book/columns.js';

// The format page is what analysts read; it must name exactly what the parser accepts.
const README = readFileSync(new URL('../../scenarios/book-example/README.md', import.meta.url), 'utf8');

function section(file: string): string {
  return README.split(`## \`${file}\``)[1].split('\n## ')[0];
}

function tableRow(text: string, key: string): string {
  const row = text.split('\n').find((line) => line.startsWith(`| \`${key}\` |`));
  if (row === undefined) throw new Error(`README has no row for column ${key}`);
  return row;
}

const quoted = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]);

describe('scenarios/book-example/README.md documents the format the parser reads', () => {
  it.each([
    ['managers.csv', MANAGER_COLUMNS],
    ['clients.csv', CLIENT_COLUMNS],
  ] as const)('lists every column of %s with exactly its aliases', (file, columns) => {
    const text = section(file);
    for (const column of columns) {
      const headerCell = tableRow(text, column.key).split('|')[3];
      expect(quoted(headerCell)).toEqual(column.aliases.slice(1));
    }
  });

  it('lists every accepted role, category and payment word', () => {
    const words = new Set(quoted(README));
    for (const values of [...Object.values(ROLE_VALUES), ...Object.values(PAYMENT_VALUES), ...Object.values(CATEGORY_VALUES)]) {
      for (const word of values) expect(words, word).toContain(word);
    }
  });
});

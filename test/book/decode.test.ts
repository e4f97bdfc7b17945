import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/book/decode.js';
import { encodeCp1251 } from './cp1251.js';

const TEXT = 'Код;Ответственный;Оплата\r\nК-1;Ёлкин;с задержкой №2\r\n';

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(new TextEncoder().encode(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('reads UTF-8 with the BOM Excel writes, and drops the BOM', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('reads Windows-1251 when the bytes are not valid UTF-8', () => {
    const bytes = encodeCp1251(TEXT);
    expect(bytes[0]).toBe(0xca); // К
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding: 'windows-1251' });
  });

  it('reads UTF-16 LE with a BOM (Excel "Unicode text")', () => {
    const units = [0xfeff, ...[...TEXT].map((char) => char.charCodeAt(0))];
    const bytes = new Uint8Array(units.length * 2);
    units.forEach((unit, i) => new DataView(bytes.buffer).setUint16(i * 2, unit, true));
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding: 'utf-16le' });
  });
});

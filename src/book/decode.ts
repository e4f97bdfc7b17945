import type { TextEncodingName } from './types.js';

/**
 * Turns the bytes of an export into text. Russian exports come in three flavours: UTF-8 (with or
 * without the BOM Excel adds), Windows-1251 (1C and older Excel "CSV (разделители — точка с
 * запятой)"), and UTF-16 with a BOM (Excel "Текст Юникод"). There is no header that says which,
 * so we rely on a property of UTF-8: random cp1251 Cyrillic is almost never valid UTF-8 (a
 * Cyrillic letter in cp1251 is a byte ≥ 0xC0 that would have to be followed by continuation
 * bytes 0x80–0xBF, which are rarely letters). Valid UTF-8 → UTF-8, anything else → cp1251.
 * Pure ASCII is valid in both, and then both readings agree.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    // fatal: throw on the first invalid sequence instead of inserting U+FFFD; a leading BOM is dropped.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Node's full-ICU TextDecoder knows windows-1251; every byte maps to some character, so this cannot fail.
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
  }
}

/**
 * A small Windows-1251 encoder for tests, from the code page table
 * (https://www.unicode.org/Public/MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1251.TXT): ASCII as is,
 * А..я at 0xC0..0xFF, and the few other characters our fixtures use.
 */
const EXTRA: Record<string, number> = { Ё: 0xa8, ё: 0xb8, '№': 0xb9, '\u00a0': 0xa0, '«': 0xab, '»': 0xbb };

export function encodeCp1251(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (code >= 0x410 && code <= 0x44f) bytes.push(code - 0x410 + 0xc0);
    else if (EXTRA[char] !== undefined) bytes.push(EXTRA[char]);
    else throw new Error(`no Windows-1251 byte for ${JSON.stringify(char)}`);
  }
  return Uint8Array.from(bytes);
}

/**
 * Text widths for vega's layout in Node. Without a canvas vega guesses 0.8 em per character,
 * which is far too wide: headers get truncated early and rotated axis titles push charts down.
 * The charts use Liberation Sans / Arial (metric-compatible), so widths come from Arial's advance
 * widths (1/1000 em, from the Adobe font metrics of Arial/Helvetica); Cyrillic and other letters
 * use per-class averages. A 6 % margin covers fallback fonts, so labels never collide in the browser.
 * vega supports replacing `textMetrics.width` (vl-convert does the same).
 */

// Printable ASCII 32..126.
const ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
  556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

const SPECIAL: Record<string, number> = {
  '\u00a0': 278, // no-break space (Russian thousands)
  '\u202f': 200, // narrow no-break space
  '\u2212': 584, // minus
  '\u2013': 556, // en dash
  '\u2014': 1000, // em dash
  '\u2026': 1000, // ellipsis
  '₽': 620,
  '€': 556,
  '′': 250,
  '«': 556,
  '»': 556,
  '’': 222,
};

const MARGIN = 1.06;
const BOLD = 1.08;

function charWidth(ch: string): number {
  const code = ch.codePointAt(0)!;
  if (code >= 32 && code <= 126) return ASCII[code - 32];
  const special = SPECIAL[ch];
  if (special !== undefined) return special;
  if ((code >= 0x410 && code <= 0x42f) || code === 0x401) return 700; // Cyrillic capitals
  if ((code >= 0x430 && code <= 0x44f) || code === 0x451) return 565; // Cyrillic small letters
  return 600;
}

/** Width in pixels of `text` at `fontSize` px, bold or not. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch);
  return (units / 1000) * fontSize * MARGIN * (bold ? BOLD : 1);
}

interface TextItem {
  fontSize?: number | string;
  fontWeight?: number | string;
  limit?: number;
}

/** A drop-in for vega's `textMetrics.width(item, text)`. */
export function vegaTextWidth(item: TextItem, text: unknown): number {
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  const weight = item.fontWeight;
  const bold = weight === 'bold' || weight === 'bolder' || (typeof weight === 'number' && weight >= 600);
  const value = text == null ? '' : String(text).trim();
  return textWidth(value, size, bold);
}

/**
 * Colours. Schemes get the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"),
 * distinguishable with the common colour-vision deficiencies, one fixed colour per scheme by its
 * position in the summary, the same in every chart. The yellow comes last: it is hard to see as a
 * thin line on white. Beyond eight schemes the colours repeat; the facet titles still tell them apart.
 */
export const SCHEME_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'] as const;

export function schemeColor(index: number): string {
  return SCHEME_COLORS[index % SCHEME_COLORS.length];
}

/**
 * Activities (hunt / activate / farm) are coloured apart from the schemes so the two are never
 * confused: one blue hue in three lightness steps (safe for colour-blind readers, and in grey print).
 */
export const ACTIVITY_COLORS = { hunt: '#08306B', activate: '#4A90C2', farm: '#C6DBEF' } as const;

/** Ink for reference marks (observed splits, zero lines). */
export const REFERENCE_INK = '#222222';

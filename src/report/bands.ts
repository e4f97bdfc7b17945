/**
 * Fan-chart bands from a `Stat` (mean, sd, p5, p25, p50, p75, p95 across runs).
 *
 * The 90 % band is p5–p95 and the 50 % band is p25–p75, both straight from the summary (the
 * quartiles across runs that `compsim run` writes). Summaries written before the quartiles were
 * added (or by other tools) carry only p5/p50/p95; for them the 50 % band is approximated: each half
 * of the distribution is taken to be normal-shaped around the median, so the quartile sits at the
 * same fraction of the way from the median to the 5 %/95 % quantile as z(0.75) is of z(0.95):
 * 0.6745 / 1.6449 ≈ 0.41 (standard normal quantiles, e.g. Abramowitz & Stegun table 26.5). Using
 * each side separately keeps the skew the p5/p95 show. A band made that way is flagged
 * `approximate`, and the chart captions then say the 50 % band is approximate.
 */
import type { Stat, Summary } from '../engine/summary.js';

const Z75 = 0.6744897501960817;
const Z95 = 1.6448536269514722;
export const QUARTILE_FRACTION = Z75 / Z95;

export interface FanBand {
  p5: number;
  q25: number;
  p50: number;
  q75: number;
  p95: number;
  mean: number;
  /** True when the quartiles were approximated from p5/p50/p95 (the Stat had no p25/p75). */
  approximate: boolean;
}

export function fanBand(stat: Stat): FanBand {
  const { p5, p50, p95, mean, p25, p75 } = stat;
  if (Number.isFinite(p25) && Number.isFinite(p75)) {
    return { p5, q25: p25!, p50, q75: p75!, p95, mean, approximate: false };
  }
  return {
    p5,
    q25: p50 - QUARTILE_FRACTION * (p50 - p5),
    p50,
    q75: p50 + QUARTILE_FRACTION * (p95 - p50),
    p95,
    mean,
    approximate: true,
  };
}

/** A Stat whose numbers can all be drawn (the engine may write null for an empty month). */
export function isDrawable(stat: Stat | null | undefined): stat is Stat {
  return (
    !!stat &&
    Number.isFinite(stat.mean) &&
    Number.isFinite(stat.p5) &&
    Number.isFinite(stat.p50) &&
    Number.isFinite(stat.p95)
  );
}

/** Does any fan chart of this summary have to approximate its 50 % band (no p25/p75 in its Stats)? */
export function usesApproximateBands(summary: Summary): boolean {
  const approximate = (stats: (Stat | null)[] | undefined) => (stats ?? []).some((s) => isDrawable(s) && fanBand(s).approximate);
  return (
    summary.schemes.some((s) => approximate(s.monthly?.revenue) || approximate(s.monthly?.netProfit)) ||
    summary.comparisons.some((c) => approximate(c.cumulativeNetProfitDiff))
  );
}

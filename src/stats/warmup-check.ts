import { mean } from 'simple-statistics';

/** What `warmupCheck` finds (summary.json's warmupCheck). */
export interface WarmupCheck {
  /** Mean (across runs) active clients in each warm-up month under the current scheme. */
  activeClientsByMonth: number[];
  stable: boolean;
  /** Relative change of active clients over the last months of warm-up (e.g. 0.03 = +3 %). */
  relativeDrift: number;
  months: number;
}

/** Default window: compare the last 6 months of warm-up with the 6 before them. */
export const DEFAULT_WARMUP_WINDOW = 6;
/** Default tolerance: the book counts as settled if it moved by at most 5 % between the windows. */
export const DEFAULT_WARMUP_TOLERANCE = 0.05;

/**
 * Was the book of business settled when the warm-up ended? A mechanical version of Welch's graphical
 * procedure (Welch 1983; Law & Kelton, Simulation Modeling and Analysis, 5th ed., §9.5.1): average
 * the series across runs (the input is already that mean, one value per warm-up month), smooth it with
 * a moving average of w months, and see whether it has flattened out.
 *
 * The rule: w = min(lastMonths, ⌊months/2⌋). `relativeDrift` = (mean of the last w months − mean of the
 * w months before them) / |mean of those earlier months| — the change of the w-month moving average
 * over its last w steps (0.03 = +3 %). Stable when |relativeDrift| ≤ tolerance. If the earlier window
 * averages zero, the drift is 0 when the last window is zero too and ±1 (±100 %) otherwise.
 * `months` in the result is w, the window compared.
 */
export function warmupCheck(
  activeClientsByMonth: number[],
  lastMonths: number = DEFAULT_WARMUP_WINDOW,
  tolerance: number = DEFAULT_WARMUP_TOLERANCE,
): WarmupCheck {
  const months = activeClientsByMonth.length;
  if (months < 2) {
    throw new Error(`warmupCheck requires at least 2 months of warm-up (got ${months})`);
  }
  if (!(Number.isInteger(lastMonths) && lastMonths >= 1)) {
    throw new Error(`warmupCheck requires lastMonths to be a whole number ≥ 1 (got ${lastMonths})`);
  }
  if (!(tolerance >= 0)) {
    throw new Error(`warmupCheck requires tolerance ≥ 0 (got ${tolerance})`);
  }
  const badMonth = activeClientsByMonth.findIndex((value) => !Number.isFinite(value));
  if (badMonth >= 0) {
    throw new Error(`warmupCheck requires finite numbers (month ${badMonth + 1} is ${activeClientsByMonth[badMonth]})`);
  }
  const window = Math.min(lastMonths, Math.floor(months / 2));
  const recent = mean(activeClientsByMonth.slice(months - window));
  const earlier = mean(activeClientsByMonth.slice(months - 2 * window, months - window));
  const relativeDrift = earlier !== 0 ? (recent - earlier) / Math.abs(earlier) : Math.sign(recent);
  return {
    activeClientsByMonth: activeClientsByMonth.slice(),
    stable: Math.abs(relativeDrift) <= tolerance,
    relativeDrift,
    months: window,
  };
}


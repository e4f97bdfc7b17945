/**
 * A component's schedule: what a basis amount pays after rates, tiers, threshold and cap.
 * Marginal tiers pay each tier's rate on the part of the amount inside it (like income tax);
 * retroactive tiers pay the rate of the highest tier reached on the whole amount. A threshold
 * pays nothing below it and the full schedule from it on; a cap bounds the result.
 */
import type { CompiledComponent } from './compile.js';

export function applySchedule(c: CompiledComponent, amount: number): number {
  if (!(amount > 0) || amount < c.threshold) return 0;
  const from = c.tierFrom;
  const rate = c.tierRate;
  let pay = 0;
  if (c.retroactive) {
    for (let i = from.length - 1; i >= 0; i--) {
      if (amount >= from[i]) {
        pay = amount * rate[i];
        break;
      }
    }
  } else {
    for (let i = 0; i < from.length; i++) {
      const upper = i + 1 < from.length ? from[i + 1] : Infinity;
      if (amount <= from[i]) break;
      pay += (Math.min(amount, upper) - from[i]) * rate[i];
    }
  }
  return pay < c.cap ? pay : c.cap;
}

/** The bonus one unit of a count basis is worth, which a clawback takes back. */
export function unitBonus(c: CompiledComponent): number {
  return c.tierRate[0];
}

/**
 * The schedule of a component measured over a period or against a quota: `applySchedule` with
 * the tier starts multiplied by the quota when they are attainments, and the tier starts,
 * threshold and cap multiplied by `share`, the part of the period the amount stands for (1 at the
 * period's end; m/P for a monthly advance after m of P months, so the advance is the period's
 * schedule pro-rated to date). With share 1 and money tiers it is `applySchedule` to the last bit.
 */
export function periodSchedule(c: CompiledComponent, amount: number, quota: number, share: number): number {
  if (!(amount > 0) || amount < c.threshold * share) return 0;
  const scale = (c.attainmentTiers ? quota : 1) * share;
  const from = c.tierFrom;
  const rate = c.tierRate;
  let pay = 0;
  if (c.retroactive) {
    for (let i = from.length - 1; i >= 0; i--) {
      if (amount >= from[i] * scale) {
        pay = amount * rate[i];
        break;
      }
    }
  } else {
    for (let i = 0; i < from.length; i++) {
      const lower = from[i] * scale;
      const upper = i + 1 < from.length ? from[i + 1] * scale : Infinity;
      if (amount <= lower) break;
      pay += (Math.min(amount, upper) - lower) * rate[i];
    }
  }
  const cap = c.cap * share;
  return pay < cap ? pay : cap;
}

/** The quota a manager starts a period with when none is carried: the fixed amount, or the multiple of his month's basis over the period. */
export function startingQuota(c: CompiledComponent, monthBasis: number): number {
  if (!Number.isNaN(c.quotaAmount)) return c.quotaAmount;
  const fromBook = c.quotaFromBook * monthBasis * c.periodMonths;
  return fromBook > c.quotaAtLeast ? fromBook : c.quotaAtLeast;
}

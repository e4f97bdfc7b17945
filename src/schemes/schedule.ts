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

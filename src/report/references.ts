/**
 * The time splits observed in the seed thread: the share of managers' hours on
 * categories 1 + 2 (hunt + activate). Used only to *mark* the observed range on the charts of the
 * two schemes the thread describes, keyed by scheme id; never as a number the report computes with.
 */
export interface ObservedSplit {
  /** Lowest and highest observed share of hours on hunt + activate. */
  huntActivateLow: number;
  huntActivateHigh: number;
}

export const OBSERVED_SPLITS: Readonly<Record<string, ObservedSplit>> = {
  // Old scheme: salary + bonus from the profit of every client brought in, for life: 50–70 %.
  'lifetime-commission': { huntActivateLow: 0.5, huntActivateHigh: 0.7 },
  // Current scheme: main bonus from new clients' money + small servicing commission: 90–95 %.
  'new-client-bonus': { huntActivateLow: 0.9, huntActivateHigh: 0.95 },
};

export function observedSplit(schemeId: string): ObservedSplit | undefined {
  return Object.prototype.hasOwnProperty.call(OBSERVED_SPLITS, schemeId) ? OBSERVED_SPLITS[schemeId] : undefined;
}

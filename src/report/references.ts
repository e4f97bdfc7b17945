/**
 * The time splits a scenario's targets ask for: the share of managers' hours on categories 1 + 2
 * (hunt + activate) that a target of the scenario (`measure: huntActivate` on a scheme, compared
 * with nothing) wants. Used only to *mark* the wanted range on the charts of those schemes; never
 * as a number the report computes with. A scenario without such targets gets no marks.
 */
import type { Summary } from '../engine/summary.js';
import type { ScenarioTarget } from '../scenario/schema.js';
import { wantedRange } from '../whatif/targets.js';

export interface ObservedSplit {
  /** Lowest and highest wanted share of hours on hunt + activate. */
  huntActivateLow: number;
  huntActivateHigh: number;
}

export function observedSplit(summary: Summary, schemeId: string): ObservedSplit | undefined {
  const targets = (summary.assumptions as { targets?: ScenarioTarget[] } | undefined)?.targets;
  if (!Array.isArray(targets)) return undefined;
  const target = targets.find(
    (t) => (t.measure === 'huntActivate' || t.measure === `schemes.${schemeId}.timeShare.huntActivate`) && t.scheme === schemeId && (t.set ?? []).length === 0 && !t.against && (t.as ?? 'value') === 'value',
  );
  if (!target) return undefined;
  const [low, high] = wantedRange(target);
  return { huntActivateLow: Number.isFinite(low) ? low : 0, huntActivateHigh: Number.isFinite(high) ? high : 1 };
}

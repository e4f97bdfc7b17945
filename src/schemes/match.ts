/**
 * Which clients a pay component counts, and how much of each. Both the payslip calculator and
 * the month loop call these with plain numbers, so there is one definition of every filter.
 */
import type { CompiledComponent } from './compile.js';
import { ACTIVATIONS, ACTIVE, COLLECTED_MARGIN, COLLECTED_REVENUE, CONTRACTED, CREDIT, GROWTH, MARGIN, NEW_CONTRACTS, ORIGINATED, ORIGINATED_BIT, OWNED, OWNS_BIT, REVENUE, TRAILING, VOLUME_REACHED } from '../model/codes.js';

/** Whether a component with this relation code counts a client with these relation bits. */
export function relationMatches(relation: number, relationBits: number): boolean {
  switch (relation) {
    case OWNED:
      return (relationBits & OWNS_BIT) !== 0;
    case ORIGINATED:
      return (relationBits & ORIGINATED_BIT) !== 0;
    case TRAILING: // brought in by him, serviced by someone else now
      return relationBits === ORIGINATED_BIT;
    case CREDIT: // a split: the owner's share, the originator's share, or both when they are one person
      return (relationBits & (OWNS_BIT | ORIGINATED_BIT)) !== 0;
    default: // team
      return true;
  }
}

/**
 * The share of a client's basis a component credits to a manager with these relation bits: with a
 * credit split, the owner's share if he services it plus the originator's if he brought it in
 * (both when he did both); 1 for every other relation.
 */
export function creditShare(c: CompiledComponent, relationBits: number): number {
  if (c.relation !== CREDIT) return 1;
  return ((relationBits & OWNS_BIT) !== 0 ? c.creditOwner : 0) + ((relationBits & ORIGINATED_BIT) !== 0 ? c.creditOriginator : 0);
}

/**
 * Whether the component counts this client this month. Count bases count events of this month:
 * a new contract is a client signed this month, an activation a client whose first shipment is
 * this month. Month counters are 0 in the month of the event.
 */
export function componentMatches(
  c: CompiledComponent,
  state: number,
  monthsSinceSigning: number,
  monthsSinceActivation: number,
  relationBits: number,
): boolean {
  if (!relationMatches(c.relation, relationBits)) return false;
  if (state !== CONTRACTED && state !== ACTIVE) return false;
  if (monthsSinceSigning < c.signingFrom || monthsSinceSigning >= c.signingTo) return false;
  if (c.basis === NEW_CONTRACTS) return monthsSinceSigning === 0;
  if (c.basis === ACTIVATIONS) return state === ACTIVE && monthsSinceActivation === 0;
  if (c.basis === VOLUME_REACHED) return state === ACTIVE; // and the volume reached this month for the first time: volumeFirstReached
  if ((c.stateMask & state) === 0) return false;
  if (c.needsActivation) {
    if (state !== ACTIVE) return false;
    if (monthsSinceActivation < c.activationFrom || monthsSinceActivation >= c.activationTo) return false;
  }
  return true;
}

/** Whether this month is the client's first with revenue at or above the component's volume (`peakRevenue`: its highest month before). */
export function volumeFirstReached(c: CompiledComponent, revenue: number, peakRevenue: number): boolean {
  return revenue >= c.volume && peakRevenue < c.volume;
}

/** The amount of the component's basis one client contributes this month (1 for count bases). */
export function basisAmount(
  c: CompiledComponent,
  revenue: number,
  margin: number,
  collectedRevenue: number,
  growth: number,
): number {
  switch (c.basis) {
    case REVENUE:
      return revenue;
    case MARGIN:
      return margin;
    case COLLECTED_REVENUE:
      return collectedRevenue;
    case COLLECTED_MARGIN: // what is left of the margin after the uncollected revenue is written off
      return margin - (revenue - collectedRevenue);
    case GROWTH:
      return growth;
    default:
      return 1;
  }
}

/**
 * Whether losing this client this month takes back a count bonus paid for it: the client was
 * signed (newContracts) or activated (activations) less than `clawbackMonths` months ago.
 */
export function clawbackApplies(
  c: CompiledComponent,
  wasActive: boolean,
  monthsSinceSigning: number,
  monthsSinceActivation: number,
  relationBits: number,
): boolean {
  if (c.clawbackMonths <= 0 || !relationMatches(c.relation, relationBits)) return false;
  if (c.basis === NEW_CONTRACTS) {
    const bonusWasPaid = c.signingFrom === 0;
    return bonusWasPaid && monthsSinceSigning < c.clawbackMonths;
  }
  if (c.basis === ACTIVATIONS) {
    const signingAgeAtActivation = monthsSinceSigning - monthsSinceActivation;
    const bonusWasPaid = wasActive && signingAgeAtActivation >= c.signingFrom && signingAgeAtActivation < c.signingTo;
    return bonusWasPaid && monthsSinceActivation < c.clawbackMonths;
  }
  return false;
}

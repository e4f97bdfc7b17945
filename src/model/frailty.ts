/**
 * How fickle a client is (docs/model.md, "Churn"): its frailty multiplies its churn hazard. New
 * clients draw it as a unit-mean gamma of variance `clients.churnHeterogeneity` (distributions.ts);
 * a client that has already stayed for a while (a starting client, a client of the company's book)
 * is a survivor, and its frailty is the gamma posterior given that it stayed.
 */
import type { ClientsParameters } from '../scenario/schema.js';
import type { Company } from './company.js';
import { unitMeanGamma } from './distributions.js';
import { Purpose } from './random.js';

/** Client number `id`'s frailty at signing, from its own dice (month 0, draw n for the sampler's n-th uniform). */
export function drawFrailty(company: Company, id: number): number {
  const dice = company.dice;
  return unitMeanGamma(company.params.scenario.clients.churnHeterogeneity, (draw) => dice.uniform(Purpose.ClientFrailty, id, 0, draw));
}

/**
 * The frailty of a client that has been active `monthsActive` months, from its draw at signing.
 * The draw is Gamma(shape k, rate k), k = 1/v (mean 1, variance v). A client that has stayed
 * t months has survived a cumulative hazard H = h·t with no churn event, and the gamma prior is
 * conjugate to that exposure: its frailty is Gamma(shape k + 0 events, rate k + H) (Fader & Hardie
 * 2007, "How to project customer retention", J. Interactive Marketing 21(1); docs/model.md,
 * "Starting from a book"). Scaling a Gamma(k, k) draw by k / (k + H) gives exactly that
 * distribution, so the client keeps its own die. h is the part of the hazard that frailty
 * multiplies (all of it), for a client looked after half the time who pays:
 * baseChurn + (neglectChurn + incidentRate · incidentChurn) / 2 [assumed].
 */
export function survivorFrailty(draw: number, monthsActive: number, clients: ClientsParameters, incidentRate: number): number {
  const variance = clients.churnHeterogeneity;
  if (!(variance > 0) || !(monthsActive > 0)) return draw;
  const k = 1 / variance;
  const hazard = clients.baseChurn + (clients.neglectChurn + incidentRate * clients.incidentChurn) / 2;
  return (draw * k) / (k + hazard * monthsActive);
}

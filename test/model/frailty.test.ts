/**
 * A client's frailty (src/model/frailty.ts): drawn at signing as a unit-mean gamma from the
 * client's own dice, and for a client that has already stayed a while (a starting client, a
 * client of the company's book) the gamma posterior given that it stayed, Gamma(k, rate k + H).
 */
import { describe, expect, it } from 'vitest';
import { populate } from '../../src/engine/company-start.js';
import { setUpExperiment } from '../../src/engine/experiment-setup.js';
import { ACTIVE } from '../../src/model/codes.js';
import { Company } from '../../src/model/company.js';
import { unitMeanGamma } from '../../src/model/distributions.js';
import { drawFrailty, survivorFrailty } from '../../src/model/frailty.js';
import { Purpose, runKey, uniform } from '../../src/model/random.js';
import { loadScenario } from '../../src/scenario/index.js';

const scenario = loadScenario('scenarios/freight.yaml');

describe('drawFrailty', () => {
  it('is the unit-mean gamma of the client\'s own frailty dice, month 0, draw n for the n-th uniform', () => {
    const { experiment } = setUpExperiment(scenario, { seed: 2 });
    const company = new Company(experiment.params, runKey(2, 0), experiment.schemes, experiment.current);
    for (const id of [0, 1, 17, 4096]) {
      const expected = unitMeanGamma(scenario.clients.churnHeterogeneity, (draw) => uniform(runKey(2, 0), Purpose.ClientFrailty, id, 0, draw));
      expect(drawFrailty(company, id)).toBe(expected);
    }
  });
});

describe('survivorFrailty', () => {
  it('frailty: a survivor of t months keeps k/(k + h·t) of its draw (gamma frailty)', () => {
    const variance = scenario.clients.churnHeterogeneity;
    const { incidentRate } = scenario.market;
    const h = scenario.clients.baseChurn + (scenario.clients.neglectChurn + incidentRate * scenario.clients.incidentChurn) / 2;
    expect(survivorFrailty(1, 0, scenario.clients, incidentRate)).toBe(1);
    expect(survivorFrailty(2, 24, scenario.clients, incidentRate)).toBeCloseTo((2 * (1 / variance)) / (1 / variance + h * 24), 12);
  });

  it('frailty: the thinned draws are the survivors of the gamma prior, Gamma(k, rate k + h·t)', () => {
    // The survivors, found independently of the formula: weight every client's prior draw f by its
    // chance exp(−f·H) of staying through the cumulative hazard H = h·t (Bayes' rule). Their mean and
    // variance must be those of the thinned draws, k/(k + H) and k/(k + H)² (k = 1/v).
    const key = runKey(1, 0);
    for (const variance of [0.5, 1, 2]) {
      const clients = { ...scenario.clients, churnHeterogeneity: variance };
      const k = 1 / variance;
      const months = 36;
      const H = (clients.baseChurn + (clients.neglectChurn + 0.08 * clients.incidentChurn) / 2) * months; // (0.008 + (0.03 + 0.02)/2)·36 = 1.188
      let weights = 0, weighted = 0, weightedSquares = 0, thinned = 0, thinnedSquares = 0;
      const N = 100_000;
      for (let entity = 0; entity < N; entity++) {
        const f = unitMeanGamma(variance, (draw) => uniform(key, Purpose.ClientFrailty, entity, 0, draw));
        const w = Math.exp(-f * H);
        weights += w;
        weighted += w * f;
        weightedSquares += w * f * f;
        const g = survivorFrailty(f, months, clients, 0.08);
        thinned += g;
        thinnedSquares += g * g;
      }
      const survivorMean = weighted / weights;
      const survivorVariance = weightedSquares / weights - survivorMean ** 2;
      const thinnedMean = thinned / N;
      expect(survivorMean).toBeCloseTo(k / (k + H), 2);
      expect(thinnedMean).toBeCloseTo(k / (k + H), 2);
      expect(survivorVariance).toBeCloseTo(k / (k + H) ** 2, 1);
      expect(thinnedSquares / N - thinnedMean ** 2).toBeCloseTo(k / (k + H) ** 2, 1);
    }
  });

});

describe('the starting company (populate)', () => {
  it('gives an initial active client the survivor frailty of the months it has shipped, a contracted one its draw', () => {
    const { experiment } = setUpExperiment(scenario, { seed: 4 });
    const company = new Company(experiment.params, runKey(4, 0), experiment.schemes, experiment.current);
    populate(company);
    const book = company.book;
    let active = 0;
    let contracted = 0;
    for (let i = 0; i < book.count; i++) {
      const draw = drawFrailty(company, book.id[i]);
      if (book.state[i] === ACTIVE) {
        active++;
        const months = -book.activatedMonth[i]; // active since month activatedMonth < 0, month 0 now
        expect(months).toBeGreaterThanOrEqual(1);
        // v = 2, h = 0.007 + (0.011 + 0.08·0.1)/2 = 0.0165, v·h = 0.033: the draw × 1/(1 + 0.033·months)
        expect(book.frailty[i]).toBeCloseTo(draw / (1 + 0.033 * months), 12);
      } else {
        contracted++;
        expect(book.frailty[i]).toBe(draw);
      }
    }
    expect(active).toBe(500); // 10 managers × 50
    expect(contracted).toBe(30); // 10 × 3
  });
});

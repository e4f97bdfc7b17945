/**
 * Hunting (docs/model.md, "Hunting"): `hunt` signs Poisson(μ) contracts a manager, μ =
 * contractsPerHuntHour·skill·rampUp·availability·h^α, the Hunt die placed between Poisson CDF
 * values worked by hand, less the bad candidates a screening manager turns away (a Binomial
 * placed by the Screening die); `signContract` draws a new client's attributes from its own dice,
 * with the payment bands of a screened signer; `marketGrows` refills the market. Hours are set by
 * hand in `allocation.hours[slot·3 + HUNT]`. Every expected number is worked in the comment next to it.
 */
import { describe, expect, it } from 'vitest';
import { CONTRACTED, HUNT, NEW_CONTRACTS, OWNED_BASES, PAYS_BADLY, PAYS_LATE, PAYS_ON_TIME } from '../../src/model/codes.js';
import type { Company } from '../../src/model/company.js';
import { hunt, marketAvailability, marketGrows, signContract } from '../../src/model/hunting.js';
import { Purpose } from '../../src/model/random.js';
import { MonthTally } from '../../src/model/tally.js';
import { chosenDice, type Dice } from './helpers/scripted-dice.js';
import { tinyCompany, type TinyOptions } from './helpers/tiny-company.js';

const MONTH = 5;

/**
 * A new client's dice unless a test says otherwise: potential, margin and frailty at the median
 * (normalFromUniform(0.5) = 0) and the payment die at 0.9, above badShare + latePayerShare: pays on time.
 */
const MEDIAN_CLIENT = {
  [Purpose.ClientPotential]: 0.5,
  [Purpose.ClientMargin]: 0.5,
  [Purpose.ClientFrailty]: 0.5,
  [Purpose.ClientPayment]: 0.9,
};

/** c = 0.5 contracts per hour, α = 0.5, full skill: 64 hours give μ = 0.5·64^0.5 = 0.5·8 = 4. */
const BEHAVIOR = { contractsPerHuntHour: 0.5, huntElasticity: 0.5 };

function company(options: TinyOptions, hunt: Record<number, number>, table: Dice = {}): Company {
  return tinyCompany({ behavior: BEHAVIOR, ...options, script: chosenDice({ [Purpose.Hunt]: hunt, ...table }, MEDIAN_CLIENT) }).company;
}

function huntMonth(c: Company, month = MONTH): MonthTally {
  const tally = new MonthTally();
  tally.reset(c.scheme.roles.length);
  hunt(c, month, tally);
  return tally;
}

const setHours = (c: Company, slot: number, hours: number) => (c.allocation.hours[slot * 3 + HUNT] = hours);
const newContractsOf = (c: Company, slot: number) => c.ledger.ownedMoney[slot * OWNED_BASES + NEW_CONTRACTS];

// Poisson(4): P(0) = e⁻⁴ = 0.018315639, P(≤1) = 5e⁻⁴ = 0.091578194, P(≤2) = 13e⁻⁴ = 0.238103306,
// P(≤3) = (1 + 4 + 8 + 32/3)·e⁻⁴ = (71/3)·e⁻⁴ = 0.433470120, P(≤4) = (71/3 + 32/3)·e⁻⁴ = (103/3)·e⁻⁴ = 0.628836935.
// Poisson(2): P(0) = e⁻² = 0.135335283, P(≤1) = 3e⁻² = 0.406005850, P(≤2) = 5e⁻² = 0.676676416.

describe('hunt', () => {
  it('signs four contracts for μ = 0.5·64^0.5 = 4 and a die between P(≤3) and P(≤4), and books them', () => {
    const c = company({}, { 0: 0.5 }); // 0.433470 < 0.5 ≤ 0.628837: four
    setHours(c, 0, 64);
    const tally = huntMonth(c);
    expect(c.book.count).toBe(4);
    expect(c.prospectsLeft).toBe(2996); // market.prospects 3000 − 4
    expect(tally.newContracts).toBe(4);
    expect(newContractsOf(c, 0)).toBe(4);
    for (let i = 0; i < 4; i++) {
      expect(c.book.id[i]).toBe(i);
      expect(c.book.state[i]).toBe(CONTRACTED);
      expect(c.book.owner[i]).toBe(0);
      expect(c.book.originSlot[i]).toBe(0);
      expect(c.book.originPerson[i]).toBe(0);
      expect(c.book.signedMonth[i]).toBe(MONTH);
      expect(c.book.relationStart[i]).toBe(MONTH);
      expect(c.book.activatedMonth[i]).toBe(-1);
      expect(c.book.share[i]).toBe(0);
    }
  });

  it.each([
    [0.0183, 0], // < P(0) = 0.018316
    [0.0184, 1], // > P(0), < P(≤1) = 0.091578
    [0.4334, 3], // < P(≤3) = 0.433470
    [0.4335, 4], // > P(≤3)
    [0.6288, 4], // < P(≤4) = 0.628837
    [0.6289, 5], // > P(≤4)
  ])('inverts the Poisson(4) CDF: the Hunt die %f signs %i contracts', (u, n) => {
    const c = company({}, { 0: u });
    setHours(c, 0, 64);
    const tally = huntMonth(c);
    expect(tally.newContracts).toBe(n);
    expect(c.book.count).toBe(n);
    expect(c.prospectsLeft).toBe(3000 - n);
  });

  it('scales the mean by the availability prospectsLeft/prospects: 500 of 1000 left halves μ to 2', () => {
    // A = 500/1000 = 0.5, μ = 0.5·1·1·0.5·8 = 2: the die 0.5 falls between P(≤1) = 0.406006 and P(≤2) = 0.676676.
    const c = company({ market: { prospects: 1000 } }, { 0: 0.5 });
    c.prospectsLeft = 500;
    expect(marketAvailability(c)).toBe(0.5);
    setHours(c, 0, 64);
    const tally = huntMonth(c);
    expect(tally.newContracts).toBe(2); // with A = 1 the same die would sign four
    expect(c.prospectsLeft).toBe(498);

    const d = company({ market: { prospects: 1000 } }, { 0: 0.406 }); // 0.406 < P(≤1) = 0.4060058
    d.prospectsLeft = 500;
    setHours(d, 0, 64);
    expect(huntMonth(d).newContracts).toBe(1);
  });

  it('multiplies the mean by hunting skill and takes hours to the power α', () => {
    // skill 2, α = 0.25, 16 h: μ = 0.5·2·16^0.25 = 0.5·2·2 = 2
    const c = company({ behavior: { ...BEHAVIOR, huntElasticity: 0.25 } }, { 0: 0.5 }); // P(≤1) < 0.5 < P(≤2): two
    c.team.huntSkill[0] = 2;
    setHours(c, 0, 16);
    expect(huntMonth(c).newContracts).toBe(2);

    const d = company({ behavior: { ...BEHAVIOR, huntElasticity: 0.25 } }, { 0: 0.6767 }); // > P(≤2) = 0.6766764: three
    d.team.huntSkill[0] = 2;
    setHours(d, 0, 16);
    expect(huntMonth(d).newContracts).toBe(3);
  });

  it('limits the contracts to floor(prospectsLeft), so a later manager finds none left', () => {
    // prospects 3, 3.7 left: A = min(1, 3.7/3) = 1, μ = 4 for both; the die 0.5 draws four, capped at ⌊3.7⌋ = 3.
    const c = company({ managers: 2, market: { prospects: 3 } }, { 0: 0.5, 1: 0.99 });
    c.prospectsLeft = 3.7;
    setHours(c, 0, 64);
    setHours(c, 1, 64);
    const tally = huntMonth(c);
    expect(newContractsOf(c, 0)).toBe(3);
    expect(newContractsOf(c, 1)).toBe(0); // his die 0.99 draws 9 (P(≤8) = 0.978637 < 0.99 ≤ P(≤9) = 0.991868), capped at ⌊0.7⌋ = 0
    expect(tally.newContracts).toBe(3);
    expect(c.book.count).toBe(3);
    expect(c.prospectsLeft).toBeCloseTo(0.7, 12); // 3.7 − 3
  });

  it('takes the availability once, before anybody hunts', () => {
    // prospects 10, all 10 left: A = 1, μ = 4 for both. Slot 0 signs 4 (6 left); slot 1 still has μ = 4
    // (not 4·6/10 = 2.4, for which P(≤2) = e^−2.4·(1 + 2.4 + 2.88) = 0.569709 > 0.5 would give two).
    const c = company({ managers: 2, market: { prospects: 10 } }, { 0: 0.5, 1: 0.5 });
    setHours(c, 0, 64);
    setHours(c, 1, 64);
    huntMonth(c);
    expect(newContractsOf(c, 0)).toBe(4);
    expect(newContractsOf(c, 1)).toBe(4);
    expect(c.prospectsLeft).toBe(2);
    expect(c.book.owner[4]).toBe(1);
  });

  it('halves the mean of a hire in his second month when rampUpMonths is 3: rampUp = (1 + 1)/(3 + 1)', () => {
    // μ = 0.5·1·(2/4)·1·8 = 2: the die 0.5 signs two, 0.406 one (P(≤1) = 0.4060058)
    const c = company({ team: { rampUpMonths: 3 } }, { 0: 0.5 });
    c.team.tenure[0] = 1;
    setHours(c, 0, 64);
    expect(huntMonth(c).newContracts).toBe(2);

    const d = company({ team: { rampUpMonths: 3 } }, { 0: 0.406 });
    d.team.tenure[0] = 1;
    setHours(d, 0, 64);
    expect(huntMonth(d).newContracts).toBe(1);
  });

  it('signs nothing for a vacancy or a manager with no hunting hours', () => {
    const c = company({ managers: 2 }, { 0: 0.99, 1: 0.99 });
    c.team.person[0] = -1; // vacant, hours left over
    setHours(c, 0, 64);
    setHours(c, 1, 0);
    const tally = huntMonth(c);
    expect(tally.newContracts).toBe(0);
    expect(c.book.count).toBe(0);
    expect(c.prospectsLeft).toBe(3000);
  });

  it('screens with the signer\'s valuation.screening q = 1: fewer hours, bad candidates turned away, a lower bad share', () => {
    // b = 0.2, e = 0.5, q = 1, screeningTimeShare 0.1: selling hours 64·0.9 = 57.6, μ = 0.5·√57.6 = 3.794733.
    // Poisson(3.794733): P(0) = 0.022489, P(≤1) = 0.107828, so the Hunt die 0.05 meets one candidate;
    // refused ~ Binomial(1, 0.2·0.5·1 = 0.1): the Screening die 0.5 < P(0) = 0.9 refuses none (0.95 would refuse it).
    // Among the signed: bad 0.2·0.5/0.9 = 0.111111, late up to 0.111111 + 0.15/0.9 = 0.277778.
    const c = company(
      { market: { badPayerShare: 0.2, screeningEfficacy: 0.5, latePayerShare: 0.15, screeningTimeShare: 0.1 } },
      { 0: 0.05 },
      { [Purpose.ClientPayment]: { 0: 0.15 }, [Purpose.Screening]: { 0: 0.5 } },
    );
    c.valuation.screening[0] = 1;
    setHours(c, 0, 64);
    expect(huntMonth(c).newContracts).toBe(1);
    expect(c.book.payment[0]).toBe(PAYS_LATE); // unscreened, 0.15 < 0.2 would be a bad payer
  });
});

describe('hunt with screening (docs/model.md, "Hunting")', () => {
  const market = { badPayerShare: 0.2, screeningEfficacy: 0.5, latePayerShare: 0.15, screeningTimeShare: 0.1 };

  it('q = 0 gives the unscreened numbers: μ = 0.5·√64 = 4, nothing refused, no Screening die drawn', () => {
    // The test's dice throw for a purpose it did not choose: the Screening die must not be read.
    const c = company({ market }, { 0: 0.5 }); // 0.433470 < 0.5 ≤ 0.628837: four
    setHours(c, 0, 64);
    expect(huntMonth(c).newContracts).toBe(4);
    expect(c.prospectsLeft).toBe(2996);
  });

  it('q = 1 cuts the selling hours to 64·(1 − 0.1) = 57.6, so μ = 3.794733: the die 0.45 meets three candidates, not four', () => {
    // Poisson(4): P(≤3) = 0.433470 < 0.45 ≤ P(≤4): four at q = 0. Poisson(3.794733): P(≤2) = 0.269748 < 0.45 ≤
    // P(≤3) = 0.474563: three at q = 1. Binomial(3, 0.1): P(0) = 0.9³ = 0.729, so the Screening die 0.5 refuses none.
    const unscreened = company({ market }, { 0: 0.45 });
    setHours(unscreened, 0, 64);
    expect(huntMonth(unscreened).newContracts).toBe(4);

    const screened = company({ market }, { 0: 0.45 }, { [Purpose.Screening]: { 0: 0.5 } });
    screened.valuation.screening[0] = 1;
    setHours(screened, 0, 64);
    expect(huntMonth(screened).newContracts).toBe(3);
    expect(screened.prospectsLeft).toBe(2997);
  });

  it('refuses Binomial(candidates, b·e·q) bad candidates, who stay in the market', () => {
    // q = 1, the Hunt die 0.6 meets four candidates at μ = 3.794733 (P(≤3) = 0.474563 < 0.6 ≤ P(≤4) = 0.668867).
    // Binomial(4, 0.1): P(0) = 0.9⁴ = 0.6561, P(≤1) = 0.6561 + 4·0.1·0.9³ = 0.9477, P(≤2) = 0.9477 + 6·0.01·0.81 = 0.9963.
    const cases: [number, number][] = [
      [0.656, 0], // < P(0)
      [0.6562, 1], // > P(0), < P(≤1)
      [0.95, 2], // > P(≤1), < P(≤2)
    ];
    for (const [die, refused] of cases) {
      const c = company({ market }, { 0: 0.6 }, { [Purpose.Screening]: { 0: die } });
      c.valuation.screening[0] = 1;
      setHours(c, 0, 64);
      const tally = huntMonth(c);
      expect(tally.newContracts).toBe(4 - refused);
      expect(newContractsOf(c, 0)).toBe(4 - refused);
      expect(c.book.count).toBe(4 - refused);
      expect(c.prospectsLeft).toBe(3000 - (4 - refused)); // the refused are not taken off the market
    }
  });

  it('scales both with q: q = 0.5 sells with 64·(1 − 0.05) = 60.8 hours and refuses with b·e·q = 0.05', () => {
    // μ = 0.5·√60.8 = 3.898718: P(≤8) = 0.981502 < 0.99 ≤ P(≤9) = 0.993125, nine candidates.
    // Binomial(9, 0.05): P(0) = 0.95⁹ = 0.630249, P(≤1) = P(0) + 9·0.05·0.95⁸ = 0.928789.
    for (const [die, signed] of [[0.63, 9], [0.7, 8], [0.93, 7]]) {
      const c = company({ market }, { 0: 0.99 }, { [Purpose.Screening]: { 0: die } });
      c.valuation.screening[0] = 0.5;
      setHours(c, 0, 64);
      expect(huntMonth(c).newContracts).toBe(signed);
    }
  });
});

describe('signContract', () => {
  it('gives a new client the median potential, the market margin rate and the median frailty for dice at 0.5', () => {
    const c = company(
      { market: { potentialMedian: 600_000, potentialSigma: 0.9, marginRate: 0.15, marginRateSd: 0.03 }, clients: { churnHeterogeneity: 1, contractedShareOfWallet: 0.03 } },
      {},
    );
    const i = signContract(c, 0, MONTH);
    expect(i).toBe(0);
    expect(c.book.potential[i]).toBe(600_000); // 600 000 · exp(0.9·0)
    expect(c.book.marginRate[i]).toBe(0.15); // 0.15 + 0.03·0
    // unit-mean gamma of variance 1 (shape 1): every frailty die at 0.5 gives x = 0, y = 1 and the
    // first proposal accepted, d·y·v = (1 − 1/3)·1·1 = 2/3 (distributions.test.ts works the sampler)
    expect(c.book.frailty[i]).toBeCloseTo(2 / 3, 12);
    expect(c.book.payment[i]).toBe(PAYS_ON_TIME);
    expect(c.book.revenue[i]).toBeCloseTo(18_000, 9); // 600 000 · 0.03
    expect(c.book.margin[i]).toBeCloseTo(2_700, 9); // 18 000 · 0.15
    expect(c.book.collected[i]).toBeCloseTo(18_000, 9); // on time
    expect(c.book.baseMargin[i]).toBe(0);
    expect(c.book.share[i]).toBe(0);
  });

  it('clamps the margin rate to [0.01, 0.9]', () => {
    // σ_m = 0.5: die 0.001 → z = −3.090…, 0.15 − 1.545 = −1.395 → 0.01; die 0.999 → z = 3.090…, 0.15 + 1.545 = 1.695 → 0.9
    const c = company({ market: { marginRate: 0.15, marginRateSd: 0.5 } }, {}, { [Purpose.ClientMargin]: { 0: 0.001, 1: 0.999 } });
    const low = signContract(c, 0, MONTH);
    const high = signContract(c, 0, MONTH);
    expect(c.book.marginRate[low]).toBe(0.01);
    expect(c.book.marginRate[high]).toBe(0.9);
  });

  it('screens bad payers: among the signed, bad b(1 − e·q)/(1 − b·e·q), then the late band L/(1 − b·e·q) above it', () => {
    // b = 0.2, e = 0.5, q = 0.6: b·e·q = 0.06; bad 0.2·0.7/0.94 = 0.148936, late up to 0.148936 + 0.15/0.94 = 0.308511
    const market = { badPayerShare: 0.2, screeningEfficacy: 0.5, latePayerShare: 0.15, lateUncollected: 0.02 };
    const c = company({ market }, {}, { [Purpose.ClientPayment]: { 0: 0.1489, 1: 0.149, 2: 0.3085, 3: 0.3086 } });
    const payments = [0, 1, 2, 3].map(() => c.book.payment[signContract(c, 0, MONTH, 0.6)]);
    expect(payments).toEqual([PAYS_BADLY, PAYS_LATE, PAYS_LATE, PAYS_ON_TIME]);
    // a late payer's collected revenue: 600 000·0.03·(1 − 0.02) = 18 000·0.98 = 17 640
    expect(c.book.collected[1]).toBeCloseTo(17_640, 9);

    // q = 1: b·e = 0.1; bad 0.1/0.9 = 0.111111, late up to 0.111111 + 0.15/0.9 = 0.277778
    const f = company({ market }, {}, { [Purpose.ClientPayment]: { 0: 0.1111, 1: 0.1112, 2: 0.2777, 3: 0.2778 } });
    const full = [0, 1, 2, 3].map(() => f.book.payment[signContract(f, 0, MONTH, 1)]);
    expect(full).toEqual([PAYS_BADLY, PAYS_LATE, PAYS_LATE, PAYS_ON_TIME]);

    // Unscreened (screening 0): badShare = 0.2, late up to 0.35.
    const d = company({ market }, {}, { [Purpose.ClientPayment]: { 0: 0.1401, 1: 0.1999, 2: 0.2001, 3: 0.3499, 4: 0.3501 } });
    const unscreened = [0, 1, 2, 3, 4].map(() => d.book.payment[signContract(d, 0, MONTH)]);
    expect(unscreened).toEqual([PAYS_BADLY, PAYS_BADLY, PAYS_LATE, PAYS_LATE, PAYS_ON_TIME]);
  });

  it('draws a client\'s attributes from its own number, whatever the month it signs', () => {
    // ClientPotential die for client 1: Φ(0) = 0.5 → median; for client 0 something else. The dice
    // are keyed by (number, month 0), so signing later changes nothing.
    const c = company({ market: { potentialMedian: 600_000 } }, {}, { [Purpose.ClientPotential]: { 0: 0.9, 1: 0.5 } });
    signContract(c, 0, MONTH);
    const second = signContract(c, 0, MONTH + 7);
    expect(c.book.id[second]).toBe(1);
    expect(c.book.potential[second]).toBe(600_000);
    expect(c.book.potential[0]).toBeGreaterThan(600_000); // z = Φ⁻¹(0.9) = 1.2816 > 0
  });
});

describe('marketGrows', () => {
  it('adds newProspectsPerMonth to the prospects left, and availability stays capped at 1', () => {
    const c = company({ market: { prospects: 3000, newProspectsPerMonth: 15 } }, {});
    marketGrows(c);
    expect(c.prospectsLeft).toBe(3015); // 3000 + 15
    expect(marketAvailability(c)).toBe(1); // min(1, 3015/3000)
    c.prospectsLeft = 1500;
    marketGrows(c);
    expect(c.prospectsLeft).toBe(1515);
    expect(marketAvailability(c)).toBeCloseTo(0.505, 12); // 1515/3000
  });
});

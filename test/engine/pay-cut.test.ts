/** The worst-hit manager's pay cut over the first six months after the switch (engine/pay-cut.ts), worked by hand. */
import { describe, expect, it } from 'vitest';
import type { Company } from '../../src/model/company.js';
import { PAY_CUT_MONTHS, PayCutTracker } from '../../src/engine/pay-cut.js';

/** Just what the tracker reads: who holds each slot and the month's pay. */
function company(person: number[], pay: number[]): Company {
  return { team: { person: Int32Array.from(person), pay: Float64Array.from(pay) } } as unknown as Company;
}

describe('PayCutTracker', () => {
  it('takes each manager of the switch by his average pay of the months he stayed, and the worst cut', () => {
    // The last month's pay (who is paid) and the pay each is used to (the reference income the cut is measured from).
    const paid = Float64Array.from([60_000, 140_000, 100_000, 0]);
    const reference = Float64Array.from([100_000, 100_000, 100_000, 80_000]);
    const c = company([10, 11, 12, -1], [0, 0, 0, 0]);
    const tracker = new PayCutTracker(4);
    tracker.start(c, paid, reference);
    // Slot 0: 90 000 then 70 000 … → average 80 000, a 20 % cut. Slot 1: 120 000, a rise.
    // Slot 2: 50 000 twice, then he quits and person 13 takes the slot on 200 000 (not followed).
    const months = [
      { person: [10, 11, 12, -1], pay: [90_000, 120_000, 50_000, 0] },
      { person: [10, 11, 12, -1], pay: [70_000, 120_000, 50_000, 0] },
      { person: [10, 11, 13, -1], pay: [90_000, 120_000, 200_000, 0] },
      { person: [10, 11, 13, -1], pay: [70_000, 120_000, 200_000, 0] },
      { person: [10, 11, 13, -1], pay: [90_000, 120_000, 200_000, 0] },
      { person: [10, 11, 13, -1], pay: [70_000, 120_000, 200_000, 0] },
      // Month 7 is past the window: not counted.
      { person: [10, 11, 13, -1], pay: [0, 120_000, 200_000, 0] },
    ];
    months.forEach((month, m) => {
      c.team.person.set(month.person);
      c.team.pay.set(month.pay);
      tracker.afterMonth(c, m);
    });
    expect(PAY_CUT_MONTHS).toBe(6);
    // Slot 2: (50 000 + 50 000) / 2 = 50 000 against 100 000 → 0.5, the worst.
    expect(tracker.worstCut()).toBeCloseTo(0.5, 12);
  });

  it('is negative when everybody earns more, and 0 when nobody is followed', () => {
    const tracker = new PayCutTracker(2);
    const c = company([1, 2], [110_000, 150_000]);
    tracker.start(c, Float64Array.from([90_000, 130_000]), Float64Array.from([100_000, 100_000]));
    tracker.afterMonth(c, 0);
    expect(tracker.worstCut()).toBeCloseTo(-0.1, 12);
    const empty = new PayCutTracker(2);
    empty.start(company([-1, -1], [0, 0]), Float64Array.from([0, 0]), Float64Array.from([0, 0]));
    empty.afterMonth(company([-1, -1], [0, 0]), 0);
    expect(empty.worstCut()).toBe(0);
  });
});

/**
 * The company's state copies explicitly: every typed array of every part is in that part's list
 * of what it copies (so a new field cannot be shared between scheme branches by accident), a copy
 * shares no array with its source, and a company reused for another run's branch continues
 * exactly as a fresh copy of that run would.
 */
import { describe, expect, it } from 'vitest';
import { populate } from '../../src/engine/company-start.js';
import { setUpExperiment } from '../../src/engine/experiment-setup.js';
import { simulateMonth } from '../../src/engine/month.js';
import { Allocation } from '../../src/model/allocation.js';
import { ARRAY_FIELDS } from '../../src/model/book.js';
import { Company } from '../../src/model/company.js';
import { ManagerValuation } from '../../src/model/manager-valuation.js';
import { PayLedger } from '../../src/model/pay.js';
import { runKey } from '../../src/model/random.js';
import { MonthTally } from '../../src/model/tally.js';
import { TEAM_ARRAYS } from '../../src/model/team.js';
import { loadScenario } from '../../src/scenario/index.js';
import { Changeover } from '../../src/schemes/changeover.js';

const scenario = loadScenario('scenarios/freight.yaml', { set: ['horizonMonths=6', 'warmupMonths=4'] });
const { experiment } = setUpExperiment(scenario, { seed: 5 });

function warmedUp(run: number): Company {
  const company = new Company(experiment.params, runKey(5, run), experiment.schemes, experiment.current);
  populate(company);
  const tally = new MonthTally();
  for (let month = 0; month < 4; month++) simulateMonth(company, month, tally);
  return company;
}

/** Names of an object's own typed-array fields. */
function typedArrayFields(object: object): string[] {
  return Object.entries(object)
    .filter(([, value]) => ArrayBuffer.isView(value))
    .map(([name]) => name);
}

/** Every typed array reachable from the company's parts, with a path for messages. */
function arraysOf(company: Company): Map<string, ArrayBufferView> {
  const found = new Map<string, ArrayBufferView>();
  const parts: [string, object][] = [
    ['book', company.book],
    ['team', company.team],
    ['ledger', company.ledger],
    ['valuation', company.valuation],
    ['allocation', company.allocation],
    ['allocation.attention', company.allocation.attention],
    ['changeover', company.changeover],
  ];
  for (const [path, part] of parts) {
    for (const [name, value] of Object.entries(part)) if (ArrayBuffer.isView(value)) found.set(`${path}.${name}`, value);
  }
  return found;
}

describe('the company\'s parts list what they copy', () => {
  const company = warmedUp(0);
  const cases: [string, object, readonly string[]][] = [
    ['ClientBook', company.book, ARRAY_FIELDS],
    ['Team', company.team, TEAM_ARRAYS],
    ['PayLedger', company.ledger, PayLedger.COPIED],
    ['ManagerValuation', company.valuation, ManagerValuation.COPIED],
    ['Allocation', company.allocation, Allocation.COPIED],
    ['Allocation.attention', company.allocation.attention, Allocation.ATTENTION_COPIED],
    ['Changeover', company.changeover, Changeover.COPIED],
  ];
  for (const [name, part, listed] of cases) {
    it(`${name}: every typed array is listed`, () => {
      // ClientBook's `kept` is the scratch of copyLiveFrom itself.
      const unlisted = typedArrayFields(part).filter((field) => !listed.includes(field) && !(name === 'ClientBook' && field === 'kept'));
      expect(unlisted).toEqual([]);
    });
  }

  it('Company: every field is a part, a shared immutable (rules, dice, params) or named scratch', () => {
    const known = ['params', 'dice', 'book', 'team', 'rules', 'prospectsLeft', 'demand', 'ledger', 'valuation', 'allocation', 'changeover', 'clientMonths', 'managerMonths', 'lost', 'teamWorkers', 'handedTo', 'valueScratch', 'valueInput', 'money', 'schemes'];
    expect(Object.keys(company).filter((field) => !known.includes(field))).toEqual([]);
  });
});

describe('copying a company', () => {
  it('shares no array with the source, and holds the same numbers', () => {
    const source = warmedUp(0);
    const copy = source.clone();
    const mine = arraysOf(copy);
    for (const [path, array] of arraysOf(source)) {
      expect(mine.get(path), path).not.toBe(array);
    }
    expect(Array.from(copy.team.split)).toEqual(Array.from(source.team.split));
    expect(Array.from(copy.ledger.previousSums)).toEqual(Array.from(source.ledger.previousSums));
    expect(copy.prospectsLeft).toBe(source.prospectsLeft);
    // The market's demand is state too: the copy carries it in an object of its own.
    expect(copy.demand).not.toBe(source.demand);
    expect({ ...copy.demand }).toEqual({ ...source.demand });
    expect(source.demand.logFactor).not.toBe(0); // the bundled market has moved in the warm-up
    // Writing to the source after the copy leaves the copy alone.
    const before = copy.valuation.farmingStake[0];
    source.valuation.farmingStake[0] = before + 1;
    expect(copy.valuation.farmingStake[0]).toBe(before);
  });

  it('keeps only the live clients, in their order', () => {
    const source = warmedUp(0);
    const copy = source.clone();
    const live = Array.from(source.book.id.subarray(0, source.book.count)).filter((_, i) => source.book.state[i] !== 3);
    expect(Array.from(copy.book.id.subarray(0, copy.book.count))).toEqual(live);
  });

  it('a company reused for run 1 continues exactly as a fresh copy of run 1', () => {
    // The branch company of a worker is first made from run 0, then reused for run 1.
    const reused = warmedUp(0).clone();
    const run1 = warmedUp(1);
    reused.copyFrom(run1);
    const fresh = run1.clone();
    const tally = new MonthTally();
    for (let month = 4; month < 7; month++) {
      simulateMonth(reused, month, tally);
      simulateMonth(fresh, month, tally);
    }
    expect(reused.book.count).toBe(fresh.book.count);
    expect({ ...reused.demand }).toEqual({ ...fresh.demand });
    for (const [path, array] of arraysOf(fresh)) {
      // copyLiveFrom's scratch of kept indices is read only up to the live count: past it the
      // reused company still holds run 0's.
      if (path === 'book.kept') continue;
      expect(Array.from(arraysOf(reused).get(path) as Float64Array).slice(0, 400), path).toEqual(Array.from(array as Float64Array).slice(0, 400));
    }
  });
});

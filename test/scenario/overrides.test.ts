import { describe, expect, it } from 'vitest';
import { applyOverrides, loadScenario, parseSetArgument, parseSetValue, ScenarioError } from '../../src/scenario/index.js';

const base = () => loadScenario('test/scenario/fixtures/two-schemes.yaml');

describe('parseSetValue', () => {
  it.each([
    ['0.05', 0.05],
    ['30000', 30000],
    ['-2', -2],
    ['1e6', 1e6],
    ['true', true],
    ['false', false],
    ['null', null],
    ['[1, 2]', [1, 2]],
    ['{"salary": 35000}', { salary: 35000 }],
    ['"42"', '42'],
    ['new-client-bonus', 'new-client-bonus'],
    ['  spaced  ', 'spaced'],
    ['15%', '15%'],
    ['', ''],
  ])('reads %j as %j', (text, value) => {
    expect(parseSetValue(text)).toEqual({ ok: true, value });
  });

  it('refuses text that looks like JSON but is not', () => {
    expect(parseSetValue('{salary: 1}')).toMatchObject({ ok: false, message: expect.stringContaining('not valid JSON') });
  });
});

describe('parseSetArgument', () => {
  it('splits at the first = and accepts the bracket form of messages', () => {
    expect(parseSetArgument('schemes[new-client-bonus].roles.generalist.pay[servicing].rate=0.05')).toEqual({
      ok: true,
      value: {
        argument: 'schemes[new-client-bonus].roles.generalist.pay[servicing].rate=0.05',
        segments: ['schemes', 'new-client-bonus', 'roles', 'generalist', 'pay', 'servicing', 'rate'],
        value: 0.05,
      },
    });
    expect(parseSetArgument('description=a=b')).toMatchObject({ ok: true, value: { value: 'a=b' } });
  });
});

describe('applyOverrides', () => {
  it('addresses list items by id or by position', () => {
    const scenario = applyOverrides(base(), [
      'schemes.new-client-bonus.roles.generalist.pay.servicing.rate=0.05',
      'schemes.0.roles.generalist.salary=25000',
    ]);
    expect(scenario.schemes[1].roles.generalist.pay[1].rate).toBe(0.05);
    expect(scenario.schemes[0].roles.generalist.salary).toBe(25000);
  });

  it('leaves the scenario it was given unchanged', () => {
    const original = base();
    const copy = structuredClone(original);
    applyOverrides(original, ['team.managers=50']);
    expect(original).toEqual(copy);
  });

  it('applies overrides in order, the last one winning', () => {
    expect(applyOverrides(base(), ['horizonMonths=24', 'horizonMonths=48']).horizonMonths).toBe(48);
  });

  it('sets an optional key the file leaves out', () => {
    const scenario = applyOverrides(base(), ['schemes.new-client-bonus.roles.generalist.pay.new-client.cap=100000', 'baseline=lifetime-commission']);
    expect(scenario.schemes[1].roles.generalist.pay[0].cap).toBe(100000);
    expect(scenario.baseline).toBe('lifetime-commission');
  });

  it('creates a section the file leaves out and checks it', () => {
    const scenario = applyOverrides(base(), ['schemes.new-client-bonus.hiring.headcount.generalist=4']);
    expect(scenario.schemes[1].hiring).toEqual({ headcount: { generalist: 4 }, assignment: 'temperament' });
  });

  it('adds a role when the value is the whole entry, then addresses it', () => {
    const scenario = applyOverrides(base(), [
      'schemes.new-client-bonus.roles.farmer={"salary": 35000, "pay": [{"id": "book", "basis": "margin", "rate": 0.1}]}',
      'schemes.new-client-bonus.roles.farmer.pay.book.rate=0.08',
    ]);
    expect(scenario.schemes[1].roles.farmer.salary).toBe(35000);
    expect(scenario.schemes[1].roles.farmer.pay[0]).toMatchObject({ id: 'book', rate: 0.08, relation: 'owned' });
  });

  it('appends a list item at the next free position', () => {
    const scenario = applyOverrides(base(), [
      'schemes.new-client-bonus.roles.generalist.pay.2={"id": "activation", "basis": "activations", "rate": 5000}',
    ]);
    expect(scenario.schemes[1].roles.generalist.pay.map((component) => component.id)).toEqual(['new-client', 'servicing', 'activation']);
  });

  it('removes a key with null, so its default applies again', () => {
    const scenario = applyOverrides(base(), ['team.managers=null', 'schemes.new-client-bonus.roles.generalist.pay.new-client.monthsSinceSigning=null']);
    expect(scenario.team.managers).toBe(10);
    expect(scenario.schemes[1].roles.generalist.pay[0].monthsSinceSigning).toBeUndefined();
  });

  it('names the --set argument and the scenario in its problems', () => {
    let error: unknown;
    try {
      applyOverrides(base(), ['team.managers=many'], { file: 'freight.yaml' });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as ScenarioError).problems).toEqual([
      { file: 'freight.yaml', set: 'team.managers=many', path: 'team.managers', message: 'expected a whole number from 1 to 10000, found "many"' },
    ]);
  });
});

describe('applyOverrides refuses', () => {
  it.each(['schemes.new-client-bonus.roles.__proto__={"salary": 1}', '__proto__.polluted=1', 'schemes.0.roles.constructor={}'])('%s', (argument) => {
    expect(() => applyOverrides(base(), [argument])).toThrow(ScenarioError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('--set reaches the scheme language\'s new rules (scenarios/software.yaml)', () => {
  const RATCHET = 'schemes.quota-with-ratchet.roles.executive.pay.quota-bonus';
  it('sets a ratchet inside a quota written as a section, a tier\'s attainment and a period', () => {
    const scenario = loadScenario('scenarios/software.yaml', {
      set: [`${RATCHET}.quota.ratchet=0.8`, 'schemes.quarterly-quota.roles.executive.pay.quota-bonus.tiers.2.attainment=1.2', `${RATCHET}.period=year`],
    });
    const component = (scheme: string) => scenario.schemes.find((s) => s.id === scheme)!.roles.executive.pay[1];
    expect(component('quota-with-ratchet').quota).toEqual({ amount: 12_000, ratchet: 0.8 });
    expect(component('quota-with-ratchet').period).toBe('year');
    expect(component('quarterly-quota').tiers?.[2]).toEqual({ attainment: 1.2, rate: 0.2 });
  });

  it('a misspelt key inside a quota says what it may be', () => {
    expect(() => loadScenario('scenarios/software.yaml', { set: [`${RATCHET}.quota.ratchett=1`] })).toThrow(/unknown key "ratchett" — did you mean schemes\.quota-with-ratchet\.roles\.executive\.pay\.quota-bonus\.quota\.ratchet\?/);
  });
});

describe('--set reaches credit splits and changeovers (scenarios/freight.yaml)', () => {
  it('adds a changeover to a scheme without one and moves a split\'s share', () => {
    const scenario = loadScenario('scenarios/freight.yaml', {
      set: ['schemes.hunter-farmer-split.changeover.protect=blend', 'schemes.hunter-farmer-split.changeover.months=6', 'schemes.farmer-handoff-split.roles.farmer.pay.shared.credit.owner=0.5'],
    });
    expect(scenario.schemes.find((s) => s.id === 'hunter-farmer-split')!.changeover).toEqual({ protect: 'blend', months: 6 });
    expect(scenario.schemes.find((s) => s.id === 'farmer-handoff-split')!.roles.farmer.pay[0].credit).toEqual({ owner: 0.5, originator: 0.4 });
  });
});

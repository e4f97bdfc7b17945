/** `--vary` read into axes and checked against the scenario before anything is simulated. */
import { describe, expect, it } from 'vitest';
import { checkGridSize, parseVary, varyOption } from '../../src/cli/sweep-options.js';
import { loadScenario } from '../../src/scenario/index.js';
import { makeAxis } from '../../src/whatif/grid.js';

describe('--vary', () => {
  it('reads listed values and evenly spaced ranges without floating-point dust', () => {
    expect(parseVary('behavior.discountRate=0.02:0.12:6')).toEqual({
      path: 'behavior.discountRate',
      values: ['0.02', '0.04', '0.06', '0.08', '0.1', '0.12'],
      numbers: [0.02, 0.04, 0.06, 0.08, 0.1, 0.12],
    });
    expect(parseVary('x.y=1, 3,5').values).toEqual(['1', '3', '5']);
    expect(parseVary('schemes.a.roles.b.salaryIsDraw=true,false').numbers).toBeUndefined();
  });

  it('names what is wrong with a --vary, quoting it', () => {
    expect(() => parseVary('behavior.discountRate')).toThrow(
      '--vary behavior.discountRate: expected path=v1,v2,... or path=from:to:steps, e.g. behavior.discountRate=0.02:0.12:6',
    );
    expect(() => parseVary('a=1:2:1')).toThrow('--vary a=1:2:1: steps must be a whole number from 2 to 1000 (the number of values, both ends included)');
    expect(() => parseVary('a=x:2:3')).toThrow('--vary a=x:2:3: from and to must be numbers');
    expect(() => parseVary('a=1,,2')).toThrow('--vary a=1,,2: an empty value in the list');
    expect(() => parseVary('a=1,1')).toThrow('--vary a=1,1: a value is listed twice');
  });

  it('checks every value against the scenario, and each parameter once', () => {
    const scenario = loadScenario('scenarios/freight.yaml');
    expect(varyOption(['behavior.discountRate=0.1,0.2'], scenario)).toHaveLength(1);
    expect(() => varyOption([], scenario)).toThrow('--vary: name at least one parameter to vary, e.g. --vary behavior.discountRate=0.04,0.08,0.12');
    expect(() => varyOption(['behavior.discountRate=0.1', 'behavior.discountRate=0.2'], scenario)).toThrow('--vary: behavior.discountRate is varied twice');
    // The step count missing: said so, with the range completed as an example.
    expect(() => varyOption(['behavior.discountRate=0.04:0.16'], scenario)).toThrow(
      '--vary behavior.discountRate=0.04:0.16: a range needs the number of values too, from:to:steps (e.g. behavior.discountRate=0.04:0.16:4), or list the values, v1,v2,...',
    );
  });

  it('refuses a grid of more than 10 000 points', () => {
    const hundred = Array.from({ length: 101 }, (_, k) => String(k));
    expect(() => checkGridSize([makeAxis('a', hundred), makeAxis('b', hundred)])).toThrow('--vary: the grid has 10201 points, more than 10000; use fewer values');
    expect(() => checkGridSize([makeAxis('a', hundred.slice(0, 100)), makeAxis('b', hundred.slice(0, 100))])).not.toThrow();
  });
});

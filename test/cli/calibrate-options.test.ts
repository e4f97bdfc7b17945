/** `--target`, `--param` and the design's numbers of `compsim calibrate`, read and checked. */
import { describe, expect, it } from 'vitest';
import { checkDesign, checkTargetsAndParameters, parseCalibrationParameter, parseTarget, toleranceOption } from '../../src/cli/calibrate-options.js';
import { loadScenario } from '../../src/scenario/index.js';
import type { ExperimentBase } from '../../src/whatif/points.js';

const scenario = loadScenario('scenarios/freight.yaml');
const base: ExperimentBase = { scenario, scenarioName: scenario.name, overrides: [], runs: 4 };

describe('--target', () => {
  it('reads ranges, or values widened by the tolerance', () => {
    expect(parseTarget('schemes.a.timeShare.huntActivate=0.5:0.7', 0.05)).toEqual({ path: 'schemes.a.timeShare.huntActivate', low: 0.5, high: 0.7, written: 'schemes.a.timeShare.huntActivate=0.5:0.7' });
    expect(parseTarget('annualChurnRate=0.2', 0.1, 'a')).toMatchObject({ path: 'schemes.a.annualChurnRate', low: 0.18, high: 0.22 });
  });

  it('names what is wrong, quoting the target', () => {
    expect(() => parseTarget('x', 0.1)).toThrow('--target x: expected observable=low:high or observable=value, e.g. schemes.lifetime-commission.timeShare.huntActivate=0.5:0.7');
    expect(() => parseTarget('annualChurnRate=0.2', 0.1)).toThrow('--target annualChurnRate=0.2: a shorthand needs --scheme; or write the full path, schemes.<id>.…');
    expect(() => parseTarget('schemes.a.conversion=0.7:0.5', 0.1)).toThrow('--target schemes.a.conversion=0.7:0.5: low and high must be numbers with low < high');
    expect(() => parseTarget('schemes.a.conversion=abc', 0.1)).toThrow('--target schemes.a.conversion=abc: expected a number or low:high');
    expect(() => parseTarget('schemes.a.conversion=0', 0.1)).toThrow('--target schemes.a.conversion=0: a target of 0 needs a range, low:high');
    expect(() => toleranceOption(0)).toThrow('--tolerance: expected a share between 0 and 1, found 0');
  });
});

describe('--param', () => {
  it('reads a range or values, with the scenario’s value and whether it is whole', () => {
    expect(parseCalibrationParameter('behavior.discountRate=0.04:0.14', base)).toEqual({ path: 'behavior.discountRate', whole: false, base: 0.1, low: 0.04, high: 0.14 });
    expect(parseCalibrationParameter('behavior.grievanceMonths=3,6,9', base)).toEqual({ path: 'behavior.grievanceMonths', whole: true, base: 6, values: [3, 6, 9] });
  });

  it('names what is wrong, and checks every value against the scenario', () => {
    expect(() => parseCalibrationParameter('x', base)).toThrow('--param x: expected path=low:high or path=v1,v2,..., e.g. behavior.discountRate=0.04:0.14');
    expect(() => parseCalibrationParameter('behavior.discountRate=0.2:0.1', base)).toThrow('--param behavior.discountRate=0.2:0.1: low and high must be numbers with low < high');
    expect(() => parseCalibrationParameter('behavior.discountRate=a,b', base)).toThrow('--param behavior.discountRate=a,b: expected numbers separated by commas, or low:high');
    expect(() => parseCalibrationParameter('behavior.discountRate=0.1,7', base)).toThrow(/^--param behavior\.discountRate \(--set behavior\.discountRate=7\) behavior\.discountRate: expected a fraction from 0 to 1, found 7/);
  });

  it('wants targets and parameters, each parameter once, and a design of a sensible size', () => {
    const parameter = { path: 'behavior.discountRate', whole: false, values: [0.1] };
    expect(() => checkTargetsAndParameters({ targets: [], parameters: [parameter] })).toThrow('--target: give at least one observed value to match');
    expect(() => checkTargetsAndParameters({ targets: [{ path: 'x', low: 0, high: 1, written: 'x=0:1' }], parameters: [] })).toThrow('--param: name at least one parameter to fit');
    expect(() => checkDesign({ parameters: [parameter, parameter], design: 'grid', points: 30, steps: 5 })).toThrow('--param: behavior.discountRate is given twice');
    expect(() => checkDesign({ parameters: [parameter], design: 'lhs', points: 1, steps: 5 })).toThrow('--points: expected a whole number from 2 to 10000, found 1');
    expect(() => checkDesign({ parameters: [parameter], design: 'grid', points: 1, steps: 1 })).toThrow('--steps: expected a whole number from 2 to 1000, found 1');
  });
});

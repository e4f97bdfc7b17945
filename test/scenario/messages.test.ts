import { describe, expect, it } from 'vitest';
import { describeExpectation, formatProblem, shown, validSummary } from '../../src/scenario/messages.js';

describe('messages', () => {
  it('formats a problem as file:line:column path: message', () => {
    expect(formatProblem({ file: 'scenarios/x.yaml', line: 12, column: 7, path: 'team.managers', message: 'expected ...' })).toBe(
      'scenarios/x.yaml:12:7 team.managers: expected ...',
    );
    expect(formatProblem({ file: 'x.yaml', set: 'team.managers=0', path: 'team.managers', message: 'm' })).toBe('x.yaml (--set team.managers=0) team.managers: m');
    expect(formatProblem({ file: 'x.yaml', path: '', message: 'cannot read the file' })).toBe('x.yaml: cannot read the file');
  });

  it('describes what a value must be in plain words', () => {
    expect(describeExpectation({ kind: 'number', min: 1, max: 600, whole: true })).toBe('a whole number from 1 to 600');
    expect(describeExpectation({ kind: 'number', min: 0, max: 1, whole: false })).toBe('a fraction from 0 to 1');
    expect(describeExpectation({ kind: 'number', min: 0, max: 1e12, whole: false })).toBe('a number from 0 to 1000000000000');
    expect(describeExpectation({ kind: 'choice', values: ['own', 'team'] })).toBe('one of own, team');
  });

  it('shows found values so they can be told apart', () => {
    expect(shown('abc')).toBe('"abc"');
    expect(shown(0.5)).toBe('0.5');
    expect(shown(null)).toBe('an empty value');
    expect(shown([])).toBe('an empty list');
    expect(shown({ a: 1 })).toBe('a mapping (key: value lines)');
    expect(shown('x'.repeat(100))).toHaveLength(62);
  });

  it('summarises a valid scenario in one line', () => {
    const scenario = { schemes: [1, 2, 3, 4, 5, 6], horizonMonths: 36, warmupMonths: 24, current: 'new-client-bonus' };
    expect(validSummary(scenario)).toBe('valid — 6 schemes, 36 months after 24 months of warm-up, current new-client-bonus');
    expect(validSummary({ ...scenario, schemes: [1], horizonMonths: 1, warmupMonths: 0, baseline: 'old' })).toBe(
      'valid — 1 scheme, 1 month, no warm-up, current new-client-bonus, baseline old',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/scenario/similar.js';

describe('editDistance', () => {
  it.each([
    ['salary', 'salary', 0],
    ['salry', 'salary', 1], // one letter left out
    ['slaary', 'salary', 1], // two neighbours swapped
    ['kitten', 'sitting', 3], // the textbook example (Levenshtein 1966)
    ['', 'abc', 3],
  ])('%s → %s takes %i edits', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('closest', () => {
  const keys = ['salary', 'salaryIsDraw', 'activities', 'worksOn', 'pay', 'name'];
  it('finds plausible typos, ignoring case', () => {
    expect(closest('salry', keys)).toBe('salary');
    expect(closest('Salary', keys)).toBe('salary');
    expect(closest('activites', keys)).toBe('activities');
    expect(closest('worksOnn', keys)).toBe('worksOn');
  });
  it('suggests a key the word starts', () => {
    expect(closest('horizon', ['horizonMonths', 'warmupMonths'])).toBe('horizonMonths');
  });
  it('suggests nothing for a word that is not close to any', () => {
    expect(closest('weather', keys)).toBeUndefined();
    expect(closest('xyz', keys)).toBeUndefined();
  });
});

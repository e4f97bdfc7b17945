/**
 * Experimental designs: sweep grids, Latin hypercubes, Morris trajectories and their elementary
 * effects, checked on their defining properties and on functions whose effects are known.
 */
import { describe, expect, it } from 'vitest';
import { gridCoordinates, gridPoints, gridSize, makeAxis, spacedValues, tidy } from '../../src/whatif/grid.js';
import { latinHypercube } from '../../src/whatif/latin-hypercube.js';
import { morrisDesign, morrisEffects, morrisSets, morrisValue } from '../../src/whatif/morris.js';
import type { Parameter } from '../../src/whatif/parameters.js';
import { bestAndFlat } from '../../src/whatif/sweep.js';

describe('sweep axes and grids', () => {
  it('spaces values evenly, both ends included, without floating-point dust', () => {
    expect(spacedValues(0.02, 0.12, 6)).toEqual(['0.02', '0.04', '0.06', '0.08', '0.1', '0.12']);
    expect(spacedValues(2, -2, 3)).toEqual(['2', '0', '-2']);
    expect(tidy(0.1 + 0.2)).toBe(0.3);
  });

  it('makes an axis numeric only when every value is a number', () => {
    expect(makeAxis('behavior.discountRate', ['0.02', '0.1'])).toEqual({ path: 'behavior.discountRate', values: ['0.02', '0.1'], numbers: [0.02, 0.1] });
    expect(makeAxis('schemes.a.roles.b.salaryIsDraw', ['true', 'false']).numbers).toBeUndefined();
  });

  it('builds the full grid, first axis slowest, and finds a point’s coordinates', () => {
    const axes = [makeAxis('a', ['1', '2']), makeAxis('b', ['10', '20', '30'])];
    expect(gridSize(axes)).toBe(6);
    expect(gridPoints(axes)).toEqual([
      ['a=1', 'b=10'], ['a=1', 'b=20'], ['a=1', 'b=30'],
      ['a=2', 'b=10'], ['a=2', 'b=20'], ['a=2', 'b=30'],
    ]);
    expect(gridCoordinates(axes, 4)).toEqual([1, 1]);
  });
});

describe('best point and flat region', () => {
  const o = (mean: number, half: number) => ({ mean, sd: 0, ci95: [mean - half, mean + half] as [number, number] });

  it('takes the highest mean and every point whose interval overlaps the best one’s', () => {
    // best 10 ± 1 → [9, 11]; 8.5 ± 1 → [7.5, 9.5] overlaps; 7 ± 1 → [6, 8] does not.
    expect(bestAndFlat([o(7, 1), o(10, 1), o(8.5, 1)], 'max')).toEqual({ point: 1, mean: 10, ci95: [9, 11], flat: [1, 2] });
    expect(bestAndFlat([o(7, 1), o(10, 1), o(12.5, 1)], 'max').flat).toEqual([2]);
    expect(bestAndFlat([o(7, 1), o(10, 1), o(8.5, 1)], 'min').flat).toEqual([0, 2]);
  });
});

describe('Latin hypercube', () => {
  it('puts exactly one point in each of the n slices of every axis', () => {
    const points = latinHypercube(10, 3, 42);
    expect(points).toHaveLength(10);
    for (let j = 0; j < 3; j++) {
      const slices = points.map((p) => Math.floor(p[j] * 10)).sort((a, b) => a - b);
      expect(slices).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    }
  });

  it('is the same for the same seed and different for another', () => {
    expect(latinHypercube(5, 2, 1)).toEqual(latinHypercube(5, 2, 1));
    expect(latinHypercube(5, 2, 2)).not.toEqual(latinHypercube(5, 2, 1));
  });
});

describe('Morris elementary effects', () => {
  const parameter = (path: string, base: number, whole = false): Parameter => ({ path, description: '', min: -1e9, max: 1e9, whole, base });
  const params = [parameter('a', 10), parameter('b', 10), parameter('c', 10)];
  const boxes = [{ low: 0, high: 20 }, { low: 0, high: 20 }, { low: 0, high: 20 }];

  it('moves one parameter at a time by Δ = p / (2(p − 1)) on a p-level grid', () => {
    const design = morrisDesign(3, 5, 4, 7);
    expect(design).toHaveLength(5);
    for (const t of design) {
      expect(t.points).toHaveLength(4);
      expect([...t.moved].sort()).toEqual([0, 1, 2]);
      t.moved.forEach((i, j) => {
        const changed = t.points[j + 1].map((x, k) => (x !== t.points[j][k] ? k : -1)).filter((k) => k >= 0);
        expect(changed).toEqual([i]);
        expect(Math.abs(t.points[j + 1][i] - t.points[j][i])).toBeCloseTo(2 / 3, 12);
      });
      for (const x of t.points.flat()) expect([0, 1 / 3, 2 / 3, 1].some((level) => Math.abs(level - x) < 1e-12)).toBe(true);
    }
  });

  it('gives μ* = |slope| × box width and σ = 0 for a straight line, σ > 0 for an interaction', () => {
    const design = morrisDesign(3, 6, 4, 3);
    const sets = morrisSets(params, boxes, design);
    const value = (set: string[]) => Object.fromEntries(set.map((s) => s.split('=')).map(([k, v]) => [k, Number(v)]));
    // y = 2a − 0.5b + 0·c: elementary effects per box width (20) are 40 and −10.
    const linear = morrisEffects(params, boxes, design, sets.map((s) => 2 * value(s).a - 0.5 * value(s).b));
    expect(linear.map((e) => [e.path, e.mu, e.muStar, e.sigma])).toEqual([
      ['a', expect.closeTo(40, 9), expect.closeTo(40, 9), expect.closeTo(0, 9)],
      ['b', expect.closeTo(-10, 9), expect.closeTo(10, 9), expect.closeTo(0, 9)],
      ['c', 0, 0, 0],
    ]);
    // y = a·c: a's effect depends on where c is, so its σ is positive.
    const interaction = morrisEffects(params, boxes, design, sets.map((s) => value(s).a * value(s).c));
    expect(interaction[0].sigma).toBeGreaterThan(0);
    expect(interaction[1].muStar).toBe(0);
  });

  it('rounds whole-number parameters and measures their effect by the move that remains', () => {
    const months = parameter('m', 6, true);
    expect(morrisValue(months, { low: 5, high: 7 }, 1 / 3)).toBe(6);
    expect(morrisValue(months, { low: 5, high: 7 }, 1)).toBe(7);
  });
});

describe('calibration designs', () => {
  it('spreads a Latin hypercube over every range, at four significant digits, inside the range', async () => {
    const { calibrationCandidates } = await import('../../src/whatif/calibrate.js');
    const inputs = {
      base: {} as never,
      seed: 3,
      targets: [],
      parameters: [
        { path: 'clients.baseChurn', low: 0.004, high: 0.02, whole: false },
        { path: 'behavior.grievanceMonths', low: 1, high: 12, whole: true },
        { path: 'behavior.inertia', values: [0.3, 0.5, 0.7], whole: false },
      ],
      design: 'lhs' as const,
      points: 8,
      steps: 5,
    };
    const points = calibrationCandidates(inputs);
    expect(points).toHaveLength(8);
    const churn = points.map((p) => p[0]);
    for (const v of churn) {
      expect(v).toBeGreaterThanOrEqual(0.004);
      expect(v).toBeLessThanOrEqual(0.02);
      expect(Number(v.toPrecision(4))).toBe(v);
    }
    // One value in each eighth of the range.
    expect(churn.map((v) => Math.floor(((v - 0.004) / 0.016) * 8)).sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(points.every((p) => Number.isInteger(p[1]) && [0.3, 0.5, 0.7].includes(p[2]))).toBe(true);
    const grid = calibrationCandidates({ ...inputs, design: 'grid', parameters: inputs.parameters.slice(0, 2), steps: 3 });
    expect(grid).toEqual([
      [0.004, 1], [0.004, 7], [0.004, 12],
      [0.012, 1], [0.012, 7], [0.012, 12],
      [0.02, 1], [0.02, 7], [0.02, 12],
    ]);
  });
});

/** Scatter labels kept apart (the Morris chart): worked in pixels from fixed domains. */
import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../src/report/whatif/sensitivity-charts.js';

describe('placeLabels', () => {
  it('puts a lone label to the right of its point, unmoved', () => {
    // Point (5, 5) of a 0…10 × 0…10 plot 200 × 100 px: at (100, 50) px; the label's anchor 7 px right.
    const [label] = placeLabels([{ text: 'abc', x: 5, y: 5 }], 10, 10, 200, 100);
    expect(label).toMatchObject({ text: 'abc', x: 5, y: 5, ly: 5, align: 'left', moved: false });
    expect(label.lx).toBeCloseTo(5.35, 12);
  });

  it('moves labels of points on top of each other so that no two boxes overlap', () => {
    const points = Array.from({ length: 4 }, (_, k) => ({ text: `behavior.parameter${k}`, x: 5, y: 5 }));
    const placed = placeLabels(points, 10, 10, 400, 200);
    expect(placed).toHaveLength(4);
    const boxes = placed.map((l) => {
      const px = (l.lx / 10) * 400;
      const py = 200 - (l.ly / 10) * 200;
      const w = l.text.length * 5.6;
      return { x0: l.align === 'left' ? px : px - w, x1: l.align === 'left' ? px + w : px, y0: py - 6, y1: py + 6 };
    });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1, `${i} × ${j}`).toBe(false);
      }
    // The first stays at its point; the second takes the left side; later ones step up or down.
    expect(placed.map((l) => [l.align, l.moved])).toEqual([['left', false], ['right', false], ['left', true], ['right', true]]);
  });

  it('leaves a label out when no spot inside the plot is free', () => {
    const points = Array.from({ length: 30 }, () => ({ text: 'a-long-parameter-name', x: 5, y: 5 }));
    expect(placeLabels(points, 10, 10, 300, 60).length).toBeLessThan(30);
  });
});

describe('a share label keeps clear of the dashed frame\'s edges', () => {
  it('stays in the middle when no edge is near, moves to the clearest point of its segment when one is', async () => {
    const { labelClearOf } = await import('../../src/report/charts/time-share-average-chart.js');
    expect(labelClearOf(0, 0.3, [0.5, 0.7])).toBeCloseTo(0.15, 12); // 0.35 from the nearest edge: the middle
    // Lifetime commission's activation share, 30 % … 67 %, against a 50–70 % frame: the middle (48.5 %) is 1.5 points
    // from the edge; the clearest point a label's half-width (5.5 points) in from the segment's left end is 35.5 %.
    expect(labelClearOf(0.3, 0.67, [0.5, 0.7])).toBeCloseTo(0.355, 12);
  });
});

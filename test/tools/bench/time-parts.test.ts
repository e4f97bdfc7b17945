import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OTHER, PARTS, partOf, sourceOf, timeParts, type CpuProfile } from '../../../tools/bench/time-parts.js';

const SRC = fileURLToPath(new URL('../../../src/', import.meta.url));
const MONTH = 'file:///repo/dist/engine/month.js';
const CLIENTS = 'file:///repo/dist/model/clients.js';
const SPLIT = 'file:///repo/dist/model/optimal-split.js';

describe('time parts of a CPU profile', () => {
  it('maps compiled files to their sources', () => {
    expect(sourceOf(MONTH)).toBe('engine/month.ts');
    expect(sourceOf('node:internal/timers')).toBe('');
  });

  it('puts functions into parts by file, by file and name, and by runtime name', () => {
    expect(partOf('moveClients', CLIENTS)).toBe(PARTS[0].name);
    expect(partOf('simulateMonth', MONTH)).toMatch(/^the rest of the month/);
    expect(partOf('quits', 'file:///repo/dist/model/people.js')).toMatch(/^the rest of the month/);
    expect(partOf('handOver', 'file:///repo/dist/model/people.js')).toMatch(/^hand-offs/);
    expect(partOf('payKernel', '')).toMatch(/^pay and valuation/);
    expect(partOf('fastBisection', SPLIT)).toMatch(/^time allocation/);
    expect(partOf('add', 'file:///repo/dist/stats/quantile-sketch.js')).toMatch(/^statistics/);
    expect(partOf('(garbage collector)', '')).toBe('garbage collection');
    expect(partOf('payKernel', 'file:///elsewhere.js')).toBe(OTHER);
  });

  it('shares the sampled time, giving an inlined callee the samples on its call line', () => {
    // simulateMonth 40 µs (3 of 4 ticks on the line calling the inlined moveClients), payKernel 20,
    // fastBisection 30, the collector 5, Node's own code 5: 100 µs in all.
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: { functionName: 'simulateMonth', url: MONTH }, positionTicks: [{ line: 2, ticks: 3 }, { line: 3, ticks: 1 }] },
        { id: 2, callFrame: { functionName: 'payKernel', url: '' } },
        { id: 3, callFrame: { functionName: 'fastBisection', url: SPLIT } },
        { id: 4, callFrame: { functionName: '(garbage collector)', url: '' } },
        { id: 5, callFrame: { functionName: 'processTicksAndRejections', url: 'node:internal/process/task_queues' } },
        // Seen in the profile (so its name is known to be a client move), but all its time is inlined.
        { id: 6, callFrame: { functionName: 'moveClients', url: CLIENTS } },
      ],
      samples: [1, 2, 1, 3, 3, 1, 2, 3, 1, 4, 5],
      timeDeltas: [10, 10, 10, 10, 10, 10, 10, 10, 10, 5, 5],
    };
    const source = 'export function simulateMonth(company) {\n  const lost = moveClients(company, tally);\n  company.managerMonths++;\n}';
    const shares = Object.fromEntries(timeParts(profile, (url) => (url === MONTH ? source : undefined)).map((p) => [p.name.split(' (')[0], p.share]));
    expect(shares).toEqual({
      'client moves': 0.3,
      'pay and valuation of every client': 0.2,
      'hand-offs': 0,
      'the book’s value every month': 0,
      'time allocation': 0.3,
      'activation tables and the value of a new contract': 0,
      'the rest of the month': 0.1,
      'statistics': 0,
      'garbage collection': 0.05,
      other: 0.05,
    });
    // Without the source, the inlined callee's samples stay with its caller.
    const blind = timeParts(profile);
    expect(blind[0].share).toBe(0);
    expect(blind.find((p) => p.name.startsWith('the rest'))?.share).toBe(0.4);
  });

  it('names only sources and functions that exist', () => {
    for (const part of PARTS) {
      for (const rule of part.sources) {
        const [file, fn] = rule.split('#');
        expect(existsSync(join(SRC, file)), rule).toBe(true);
        if (fn !== undefined) expect(readFileSync(join(SRC, file), 'utf8'), rule).toMatch(new RegExp(`(function |^\\s+)${fn}\\(`, 'm')); // a function or a method
      }
    }
    const generated = readFileSync(join(SRC, 'schemes/pay-kernel.ts'), 'utf8') + readFileSync(join(SRC, 'model/valuation-kernel.ts'), 'utf8');
    for (const name of PARTS.flatMap((p) => p.generated ?? [])) expect(generated).toContain(`function ${name}(`);
  });

  it('puts every file of the month loop into a part, so nothing it runs is "other"', () => {
    const claimed = (file: string) => PARTS.some((part) => part.sources.some((rule) => rule.split('#')[0] === file || (rule.endsWith('/') && file.startsWith(rule))));
    // What only sets a run up or writes its summary, once per run or per command, may stay unclaimed.
    const setUp = ['codes.ts', 'experiment-setup.ts', 'simulate.ts', 'summarize.ts', 'summary.ts', 'work.ts', 'work-done.ts', 'runner.ts', 'worker.ts', 'workers.ts', 'payroll.ts', 'book-summary.ts'];
    for (const folder of ['model', 'engine'])
      for (const file of readdirSync(join(SRC, folder)).filter((f) => f.endsWith('.ts') && !setUp.includes(f))) expect(claimed(`${folder}/${file}`), `${folder}/${file}`).toBe(true);
  });
});

/**
 * The shape the code keeps so that a newcomer finds things in one guess: a client is lost only in
 * the clients phase, a manager is promoted only in the promotions phase, the month is a short
 * sequence of phases, files are short enough to read at once, codes have names, and comments point
 * into the repository rather than to documents or issue numbers outside it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

const files = sources(SRC).map((path) => ({ file: relative(SRC, path), text: readFileSync(path, 'utf8') }));
const where = (pattern: RegExp, among = files) => among.filter(({ text }) => pattern.test(text)).map(({ file }) => file);
const domain = files.filter(({ file }) => file.startsWith('model/') || file.startsWith('engine/'));

describe('one guess', () => {
  it('a client is lost only in the clients phase (model/clients.ts)', () => {
    // Any assignment of LOST (not a comparison): `x = LOST`, `state[i] = LOST`.
    expect(where(/[^=!<>]=\s*LOST\b/)).toEqual(['model/clients.ts']);
  });

  it('role transitions are applied only in the promotions phase (model/promotions.ts)', () => {
    expect(where(/\.transitions\b/, domain)).toEqual(['model/promotions.ts']);
  });

  it('the month only sequences the phases: engine/month.ts fits on a screen', () => {
    const month = files.find(({ file }) => file === 'engine/month.ts');
    expect(month?.text.split('\n').length).toBeLessThanOrEqual(60);
  });
});

describe('readable files', () => {
  it('no file under src/model/ or src/engine/ is longer than 400 lines', () => {
    const long = domain.filter(({ text }) => text.split('\n').length > 400).map(({ file }) => file);
    expect(long).toEqual([]);
  });

  it('file names are kebab-case', () => {
    expect(files.map(({ file }) => file).filter((file) => !/^([a-z0-9]+(-[a-z0-9]+)*\/)*[a-z0-9]+(-[a-z0-9]+)*\.ts$/.test(file))).toEqual([]);
  });

  it('client states and payment classes are named, not written as numbers, in the model and engine', () => {
    expect(where(/\b(state|payment)\[[^\]]+\]\s*[!=]==?\s*\d/, domain)).toEqual([]);
    expect(where(/\bcase \d+:/, domain)).toEqual([]);
  });

  it('comments point into the repository, not to the design brief or to issue numbers', () => {
    expect(where(/DESIGN §|\bissue #?\d/)).toEqual([]);
  });
});

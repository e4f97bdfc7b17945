/**
 * The command line run in this process for a test file: stdout and stderr captured, a temporary
 * folder for outputs (removed after the file's tests), `compsim(...)` returning the exit code.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

export interface CliHarness {
  dir: string;
  compsim: (...args: string[]) => Promise<number>;
  /** A file under `dir`. */
  read: (...path: string[]) => string;
  /** What the last `compsim` call printed. */
  readonly stdout: string;
  readonly stderr: string;
}

export function cliHarness(prefix: string): CliHarness {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const printed = { stdout: '', stderr: '' };
  beforeAll(() => {
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((printed.stdout += String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((printed.stderr += String(chunk)), true));
  });
  afterAll(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    dir,
    compsim: async (...args) => {
      printed.stdout = printed.stderr = '';
      return main(args);
    },
    read: (...path) => readFileSync(join(dir, ...path), 'utf8'),
    get stdout() {
      return printed.stdout;
    },
    get stderr() {
      return printed.stderr;
    },
  };
}

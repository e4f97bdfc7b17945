/**
 * The compiled CLI as a user runs it: `node bin/compsim.js ...` in a child process, so exit codes,
 * stderr and the files left behind are exactly what a person would see.
 */
import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repo = resolve('.');
export const bin = join(repo, 'bin/compsim.js');

/**
 * Builds dist/, the tooling in dist-tools/ and the command line's bundle (what `npm run build`
 * does) when they are missing or older than the sources (`npm test` builds before vitest).
 * Test files run in parallel, and two compilers writing dist/ at once leave it half-written for
 * a while, so the build is taken in turns under a lock folder.
 */
export function ensureBuilt(): void {
  const built = join(repo, 'dist/cli/bundle/main.js');
  const newest = (dir: string): number =>
    Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)));
  const fresh = () => existsSync(built) && statSync(built).mtimeMs >= Math.max(newest(join(repo, 'src')), newest(join(repo, 'tools')));
  if (fresh()) return;
  const lock = join(tmpdir(), `compsim-build-${createHash('sha1').update(repo).digest('hex').slice(0, 8)}.lock`);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than five minutes belongs to a build that died.
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      Atomics.wait(pause, 0, 0, 250);
    }
  }
  try {
    // Type errors elsewhere do not stop tsc from emitting; the CLI runs are the check.
    if (!fresh()) {
      spawnSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', join(repo, 'tsconfig.build.json')], { cwd: repo });
      spawnSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', join(repo, 'tools')], { cwd: repo });
      spawnSync(process.execPath, [join(repo, 'dist-tools/build/bundle-cli.js')], { cwd: repo });
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `compsim ...args` in `cwd` and resolves when it exits (never rejects on a non-zero exit). */
export function compsim(args: string[], cwd: string, timeoutMs = 60_000): Promise<CliResult> {
  return new Promise((done) => {
    execFile(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const failure = error as (NodeJS.ErrnoException & { code?: number | string; signal?: NodeJS.Signals }) | null;
      done({
        code: failure ? (typeof failure.code === 'number' ? failure.code : null) : 0,
        signal: failure?.signal ?? null,
        stdout,
        stderr,
      });
    });
  });
}

/** Every file under `dir` with its content, so a test can assert that nothing changed. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string, prefix: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isSymbolicLink()) files[prefix + entry.name] = `-> ${readlinkSync(path)}`; // e.g. a fixture pointing at /dev/zero
      else if (entry.isDirectory()) {
        files[`${prefix}${entry.name}/`] = '';
        walk(path, `${prefix}${entry.name}/`);
      } else files[prefix + entry.name] = readFileSync(path, 'latin1');
    }
  };
  walk(dir, '');
  return files;
}

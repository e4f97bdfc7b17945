/**
 * The Dockerfile the README's Kubernetes recipe builds: every file it copies from the repository
 * exists, it builds on Node 20, and the runtime image gets what `compsim` loads (bin/, dist/, the
 * production node_modules, scenarios/). (No Docker engine runs in CI; the closing note of the
 * issue shows its steps run by hand.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dockerfile = readFileSync('Dockerfile', 'utf8');
const lines = dockerfile.split('\n').filter((l) => !l.startsWith('#'));

describe('Dockerfile', () => {
  it('copies only files that exist', () => {
    const sources = lines.filter((l) => l.startsWith('COPY ') && !l.includes('--from=')).flatMap((l) => l.slice(5).trim().split(/\s+/).slice(0, -1));
    expect(sources.length).toBeGreaterThan(5);
    for (const source of sources) expect(existsSync(source), source).toBe(true);
  });

  it('builds on Node 20 and gives the runtime image what compsim loads', () => {
    expect(lines.filter((l) => l.startsWith('FROM ')).every((l) => /node:20[-\w]*/.test(l))).toBe(true);
    for (const path of ['bin', 'dist', 'node_modules', 'package.json']) expect(dockerfile).toContain(`COPY --from=build /compsim/${path}`);
    expect(dockerfile).toContain('COPY scenarios ./scenarios');
    expect(dockerfile).toContain('npm prune --omit=dev');
    expect(dockerfile).toContain('ENTRYPOINT ["compsim"]');
  });
});

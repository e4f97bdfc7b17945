/** The README's parameter table is generated; this keeps it from going stale. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parameterTable } from '../../src/scenario/parameter-table.js';

describe('README', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('lists every behavioural and market parameter as the schema and bundled scenario say (npx tsx scripts/parameter-table.ts --write)', () => {
    expect(readme).toContain(parameterTable('scenarios/freight.yaml'));
  });

  it('lists in "What it reproduces" exactly the bundled scenario\'s targets, in its order', () => {
    const from = readme.indexOf('**What it reproduces.**');
    const table = readme.slice(from, readme.indexOf('\n\n', readme.indexOf('|---|', from)));
    const listed = [...table.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((row) => row[1]);
    const scenario = parse(readFileSync('scenarios/freight.yaml', 'utf8')) as { targets: { id: string }[] };
    expect(listed).toEqual(scenario.targets.map((t) => t.id));
    expect(readme).toContain(`carries ${scenario.targets.length} targets`);
  });

  it('has the two quick-start commands', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm install && npm test');
  });
});

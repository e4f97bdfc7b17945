/** The README's parameter table is generated; this keeps it from going stale. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parameterTable } from '../../src/scenario/parameter-table.js';

describe('README', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('lists every behavioural and market parameter as the schema and bundled scenario say (npx tsx scripts/parameter-table.ts --write)', () => {
    expect(readme).toContain(parameterTable('scenarios/freight.yaml'));
  });

  it('has the two quick-start commands', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm install && npm test');
  });
});

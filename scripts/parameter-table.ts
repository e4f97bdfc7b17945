/**
 * Regenerates the parameter table in README.md from the schema and scenarios/freight.yaml.
 *   npx tsx scripts/parameter-table.ts --write
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parameterTable } from '../src/scenario/parameter-table.js';

const START = '<!-- parameters:start -->';
const END = '<!-- parameters:end -->';
const readme = readFileSync('README.md', 'utf8');
const table = parameterTable('scenarios/freight.yaml');
const updated = readme.replace(new RegExp(`${START}[\\s\\S]*${END}`), `${START}\n${table}\n${END}`);
if (process.argv.includes('--write')) writeFileSync('README.md', updated);
else process.stdout.write(table + '\n');

/**
 * The README's table of behavioural and market parameters, generated from the schema (meaning,
 * unit, range) and the bundled scenario (value, and the source tag in its comment: [thread],
 * [published], [assumed], [calibrated]), so the documentation cannot drift from the code.
 */
import { readFileSync } from 'node:fs';
import { isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import { z } from 'zod';
import { BehaviorSchema, ClientsSchema, MarketSchema, TeamSchema } from './schema.js';

const SECTIONS = { market: MarketSchema, clients: ClientsSchema, team: TeamSchema, behavior: BehaviorSchema } as const;

function describe(schema: z.ZodType): { description: string; defaultValue: unknown } {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { description?: string; default?: unknown };
  return { description: json.description ?? '', defaultValue: json.default };
}

/** A value as the table shows it: a list as its numbers separated by spaces. */
function shown(value: unknown): string {
  return Array.isArray(value) ? value.map(String).join(' ') : String(value);
}

/** Markdown table rows for every parameter of the four sections, with the bundled values. */
export function parameterTable(scenarioFile: string): string {
  const document = parseDocument(readFileSync(scenarioFile, 'utf8'));
  const lines = ['| parameter | bundled value | default | meaning [range] | source |', '|---|---|---|---|---|'];
  for (const [section, schema] of Object.entries(SECTIONS)) {
    const node = document.get(section, true);
    for (const [key, field] of Object.entries(schema.shape)) {
      const { description, defaultValue } = describe(field as z.ZodType);
      let value: unknown = defaultValue;
      let source = 'default';
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
        // A number, or a list of numbers on one line (market.seasonality), with its tag after it.
        if (pair && isPair(pair) && (isScalar(pair.value) || isSeq(pair.value))) {
          value = isScalar(pair.value) ? pair.value.value : pair.value.toJSON();
          const tag = /\[(thread|published|assumed|calibrated)\]/.exec(pair.value.comment ?? '');
          source = tag ? tag[1] : 'assumed';
        }
      }
      lines.push(`| \`${section}.${key}\` | ${shown(value)} | ${shown(defaultValue)} | ${description.replace(/\|/g, '\\|')} | ${source} |`);
    }
  }
  return lines.join('\n');
}

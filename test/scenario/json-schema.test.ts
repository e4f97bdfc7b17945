import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchemaText } from '../../src/scenario/index.js';

describe('schema/scenario.schema.json', () => {
  it('is the schema generated from the zod definition (refresh: npx compsim schema --out schema/scenario.schema.json)', () => {
    expect(readFileSync('schema/scenario.schema.json', 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('describes the sections of a scenario and forbids unknown keys', () => {
    const schema = JSON.parse(scenarioJsonSchemaText()) as { required: string[]; properties: Record<string, unknown>; additionalProperties: boolean };
    expect(schema.required).toEqual(expect.arrayContaining(['name', 'current', 'schemes']));
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['market', 'clients', 'team', 'behavior', 'schemes']));
    expect(schema.additionalProperties).toBe(false);
  });
});

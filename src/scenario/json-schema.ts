/**
 * The JSON Schema of the scenario format as text: what `compsim schema` prints and what
 * schema/scenario.schema.json holds (a test keeps the two identical).
 */
import { scenarioJsonSchema } from './schema.js';

export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

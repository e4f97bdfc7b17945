/** What `compsim validate` does (the command is declared in validate.ts). */
import { loadScenario, validSummary } from '../../scenario/index.js';
import { messages as m } from '../messages.js';
import { setArguments } from '../shared-options.js';

export async function validateAction(args: Record<string, unknown>): Promise<number> {
  const file = String(args.scenario);
  const scenario = loadScenario(file, { set: setArguments(args.set) });
  process.stdout.write(m.valid(file, validSummary(scenario)) + '\n');
  return 0;
}

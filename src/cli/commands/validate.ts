/** `compsim validate <scenario> [--set path=value ...]`: check a scenario file, change nothing. */
import type { CommandModule } from '../command.js';
import { withExamples, withSetOption } from '../shared-options.js';

const EXAMPLES: [string, string][] = [
  ['compsim validate scenarios/freight.yaml', 'Check the bundled scenario'],
  ['compsim validate scenarios/freight.yaml --set team.managers=20', 'Check it with 20 managers'],
  ['compsim validate my.yaml --set schemes.new-client-bonus.roles.generalist.salary=30000', 'Check a salary change'],
];

export const validateCommand: CommandModule = {
  command: 'validate <scenario>',
  describe: 'Check a scenario file: every problem with its line, path and what was expected',
  builder: (yargs) =>
    withExamples(
      withSetOption(yargs.positional('scenario', { type: 'string', describe: 'Scenario file (YAML or JSON)', demandOption: true })),
      EXAMPLES,
    ),
  handler: async (args) => (await import('./validate-action.js')).validateAction(args),
  examples: EXAMPLES,
};

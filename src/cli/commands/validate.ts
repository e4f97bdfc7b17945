/** `compsim validate <scenario> [--set path=value ...]`: check a scenario file, change nothing. */
import type { Argv } from 'yargs';
import type { CommandModule } from '../command.js';
import { loadScenario, validSummary } from '../../scenario/index.js';

/** The `--set` option, as every command that reads a scenario takes it. */
export function withSetOption(yargs: Argv): Argv {
  return yargs.option('set', {
    type: 'string',
    requiresArg: true,
    describe: 'Change one value of the scenario: a dotted path (list items by id) = a number, true/false, JSON or text; repeatable',
  });
}

/** The `--set` values as a list, however often the option was given. */
export function setArguments(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

/** Examples also shown by `compsim <command> --help` (the top-level help lists them too). */
export function withExamples(yargs: Argv, examples: [string, string][]): Argv {
  return examples.reduce((parser, [example, description]) => parser.example(example, description), yargs);
}

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
  handler: async (args) => {
    const file = String(args.scenario);
    const scenario = loadScenario(file, { set: setArguments(args.set) });
    process.stdout.write(`${file}: ${validSummary(scenario)}\n`);
    return 0;
  },
  examples: EXAMPLES,
};

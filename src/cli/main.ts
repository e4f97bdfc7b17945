/**
 * The compsim command line: gathers the command modules for yargs and turns every failure into a
 * message on stderr and exit code 1. Only this folder knows about argv, stdout and exit codes.
 */
import yargs from 'yargs';
import { commands } from './commands/index.js';
import { messages as m } from './messages.js';
import { UserError } from './user-error.js';
import { isWhatIfError, whatifProblem } from './whatif-messages.js';

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const parser = yargs(argv)
    .scriptName('compsim')
    .usage(m.usage())
    .strict()
    // The help and the messages are in English (the descriptions are); yargs would otherwise
    // translate only its own words ("Options:", "Show help") from the system's LANG.
    .locale('en')
    .demandCommand(1, m.nameACommand(commands.map((c) => c.command.split(' ')[0])))
    .recommendCommands()
    .help()
    .alias('h', 'help')
    .version(false)
    .wrap(Math.min(110, process.stdout.columns || 110))
    .fail((message, error) => {
      // yargs' own argument errors (e.g. "Not enough arguments following: runs") are the user's to fix.
      throw error && error.name !== 'YError' ? error : new UserError(message ?? error?.message ?? m.invalidArguments());
    });
  for (const command of commands) {
    parser.command({
      command: command.command,
      describe: command.describe,
      builder: command.builder,
      handler: async (args: Record<string, unknown>) => {
        exitCode = await command.handler(args);
      },
    } as never);
    for (const [example, description] of command.examples ?? []) parser.example(example, description);
  }
  try {
    await parser.parseAsync();
    return exitCode;
  } catch (error) {
    process.stderr.write(formatFailure(error) + '\n');
    return error instanceof UserError ? error.exitCode : 1;
  }
}

/**
 * What stderr says: the message of a failure the user can fix — a UserError, a what-if problem
 * (a code, worded here), a scenario's or another stage's own `userMessage` — or "internal error".
 */
function formatFailure(error: unknown): string {
  if (error instanceof UserError) return m.failure(error.message);
  if (isWhatIfError(error)) return m.failure(whatifProblem(error.problem));
  if (error instanceof Error && typeof (error as { userMessage?: unknown }).userMessage === 'string') {
    return m.failure((error as unknown as { userMessage: string }).userMessage);
  }
  return m.internalError(error instanceof Error ? error.message : String(error));
}

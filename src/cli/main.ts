/**
 * The compsim command line: gathers the command modules for yargs and turns every failure into a
 * message on stderr and exit code 1. Only this folder knows about argv, stdout and exit codes.
 */
import yargs, { type Argv } from 'yargs';
import { commands } from './commands/index.js';
import { messages as m, setTerminalLanguage } from './messages.js';
import { UserError } from './user-error.js';
import { isWhatIfError, whatifProblem } from './whatif-messages.js';

export async function main(argv: string[]): Promise<number> {
  // Before yargs reads anything: its failures are said in the language asked for too.
  setTerminalLanguage(RUSSIAN_TERMINAL.has(argv[0]) ? languageAskedFor(argv) : 'en');
  let exitCode = 0;
  let known: string[] = [];
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
      if (error && error.name !== 'YError') throw error;
      throw new ArgumentSlip(message ?? error?.message ?? m.invalidArguments(), known);
    });
  for (const command of commands) {
    parser.command({
      command: command.command,
      describe: command.describe,
      // The options the command declares, for the nearest-option suggestion of an unknown one.
      builder: (y: Argv) => {
        const built = command.builder(y);
        known = Object.keys((built as unknown as { getOptions(): { key: Record<string, unknown> } }).getOptions().key);
        return built;
      },
      handler: async (args: Record<string, unknown>) => {
        exitCode = await command.handler(args);
      },
    } as never);
    for (const [example, description] of command.examples ?? []) parser.example(example, description);
  }
  try {
    await parser.parseAsync();
    return exitCode;
  } catch (caught) {
    const error = caught instanceof ArgumentSlip ? new UserError(await argumentProblem(caught.message, argv, caught.known)) : caught;
    process.stderr.write(formatFailure(error) + '\n');
    return error instanceof UserError ? error.exitCode : 1;
  }
}

/**
 * The commands whose every printed line has Russian words: the owner's (a run, its report, the
 * payroll). The what-if commands print analysts' lines in English whatever the page's language,
 * so a Russian "wrote" line would only mix the two.
 */
const RUSSIAN_TERMINAL = new Set(['run', 'report', 'payroll']);

/** The language --lang names (`--lang ru` or `--lang=ru`), English when none or another. */
export function languageAskedFor(argv: readonly string[]): 'en' | 'ru' {
  let lang: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--lang') lang = argv[i + 1];
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
  });
  return lang === 'ru' ? 'ru' : 'en';
}

/** A yargs argument error, worded by argumentProblem once the command line has failed. */
class ArgumentSlip extends Error {
  constructor(
    message: string,
    readonly known: readonly string[],
  ) {
    super(message);
    this.name = 'ArgumentSlip';
  }
}

/**
 * yargs' words for two common slips, said the way compsim's own messages are: a command without
 * its file names what it expects with an example; an unknown option gets the nearest known one.
 */
async function argumentProblem(message: string, argv: readonly string[], known: readonly string[]): Promise<string> {
  // Loaded only now: `compsim --help` loads no stage (test/cli/lazy-loading.test.ts).
  const { closest } = await import('../scenario/similar.js');
  const name = argv.find((a) => !a.startsWith('-'));
  const command = commands.find((c) => c.command.split(' ')[0] === name);
  if (command && /^Not enough non-option arguments/.test(message)) {
    const expected = /<([^>]+)>/.exec(command.command)?.[1] ?? 'argument';
    return m.missingPositional(command.command.split(' ')[0], expected, command.examples?.[0]?.[0]);
  }
  const unknown = /^Unknown arguments?: (.+)$/.exec(message);
  if (unknown) {
    const options = known.filter((k) => k.length > 1 && k !== '$0');
    const names = commands.map((c) => c.command.split(' ')[0]);
    return unknown[1]
      .split(', ')
      .map((word) =>
        argv.some((a) => a === `--${word}` || a.startsWith(`--${word}=`) || a === `-${word}`) ? m.unknownOption(word, closest(word, options)) : m.unknownCommand(word, names, closest(word, names)),
      )
      .join('; ');
  }
  return message;
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

/** The client-months simulated in this process so far (the bench times whole commands by it); loaded only when asked. */
export async function workDone(): Promise<{ clientMonths: number }> {
  return (await import('../engine/work-done.js')).workDone();
}

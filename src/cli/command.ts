import type { Argv } from 'yargs';

/**
 * One CLI command: its yargs name, a description, typed options and a thin handler returning the
 * exit code (it loads the command's action module: see commands/index.ts).
 */
export interface CommandModule {
  command: string;
  describe: string;
  builder: (yargs: Argv) => Argv;
  handler: (args: Record<string, unknown>) => Promise<number>;
  examples?: [string, string][];
}

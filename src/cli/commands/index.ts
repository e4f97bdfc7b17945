import type { CommandModule } from '../command.js';

/** Every command, in the order `compsim --help` lists them. */
export const commands: CommandModule[] = [];

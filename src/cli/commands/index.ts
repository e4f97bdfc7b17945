/**
 * The commands, gathered for yargs. Each command is two files:
 *
 *   run.ts         its definition: command, describe, builder, examples, and a handler that only
 *                  does `(await import('./run-action.js')).runAction(args)`;
 *   run-action.ts  what it does, importing the scenario loader, engine, what-if, report as it needs.
 *
 * Every definition is imported here, so `compsim --help` and `compsim validate` load every one of
 * them: a definition imports only ../shared-options.ts (the option declarations several commands
 * share), Node's own modules and `import type`s, never a module that does the work. The action
 * module, and what it pulls in (simulation, statistics, charts, progress bar), is loaded only when
 * its command runs. test/cli/lazy-loading.test.ts checks this.
 */
import type { CommandModule } from '../command.js';
import { calibrateCommand } from './calibrate.js';
import { mergeCommand } from './merge.js';
import { optimizeCommand } from './optimize.js';
import { payCommand } from './pay.js';
import { payrollCommand } from './payroll.js';
import { reportCommand } from './report.js';
import { runCommand } from './run.js';
import { schemaCommand } from './schema.js';
import { sensitivityCommand } from './sensitivity.js';
import { sweepCommand } from './sweep.js';
import { targetsCommand } from './targets.js';
import { validateCommand } from './validate.js';

/** Every command, in the order `compsim --help` lists them. */
export const commands: CommandModule[] = [runCommand, reportCommand, payCommand, payrollCommand, validateCommand, schemaCommand, sweepCommand, sensitivityCommand, calibrateCommand, targetsCommand, optimizeCommand, mergeCommand];

import type { CommandModule } from '../command.js';
import { calibrateCommand } from './calibrate.js';
import { mergeCommand } from './merge.js';
import { payCommand } from './pay.js';
import { payrollCommand } from './payroll.js';
import { reportCommand } from './report.js';
import { runCommand } from './run.js';
import { schemaCommand } from './schema.js';
import { sensitivityCommand } from './sensitivity.js';
import { sweepCommand } from './sweep.js';
import { validateCommand } from './validate.js';

/** Every command, in the order `compsim --help` lists them. */
export const commands: CommandModule[] = [runCommand, reportCommand, payCommand, payrollCommand, validateCommand, schemaCommand, sweepCommand, sensitivityCommand, calibrateCommand, mergeCommand];

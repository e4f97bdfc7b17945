/**
 * `--targets targets.json` and `--calibration calibration.json` of `compsim run` and `compsim
 * report`: results of `compsim targets` and `compsim calibrate` on the same scenario, which the
 * report's "How far to trust these numbers" shows (every target, and how often each scheme is best
 * over the calibration's accepted set). Read and checked before anything is simulated or written.
 */
import type { ReportOptions } from '../report/render-report.js';
import type { TargetsResult } from '../whatif/targets.js';
import type { CalibrationResult } from '../whatif/calibrate.js';
import { messages as m } from './messages.js';
import { readTextFile } from './read-text.js';
import { UserError } from './user-error.js';

type Evidence = Pick<ReportOptions, 'targets' | 'calibration'>;

function read(file: string, option: 'targets' | 'calibration', scenario: string): Record<string, unknown> {
  const text = readTextFile(file, m.evidenceFile(option), 64 * 1024 * 1024);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError(m.evidenceNotJson(file, option, error instanceof Error ? error.message : String(error)));
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new UserError(m.evidenceField(file, option, '(top)', 'object'));
  const record = value as Record<string, unknown>;
  const kind = option === 'targets' ? 'targets' : 'calibration';
  if (record.kind !== kind) throw new UserError(m.evidenceField(file, option, 'kind', `"${kind}"`));
  if (record.scenario !== scenario) throw new UserError(m.evidenceOtherScenario(file, option, String(record.scenario), scenario));
  return record;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The files named by --targets and --calibration, checked against the scenario the report is of. */
export function loadEvidence(args: Record<string, unknown>, scenario: string): Evidence {
  const evidence: Evidence = {};
  if (args.targets !== undefined) {
    const file = String(args.targets);
    const record = read(file, 'targets', scenario);
    if (!Array.isArray(record.targets)) throw new UserError(m.evidenceField(file, 'targets', 'targets', 'targets'));
    record.targets.forEach((t: unknown, i: number) => {
      const target = t as Record<string, unknown> | null;
      if (!target || typeof target.id !== 'string' || typeof target.source !== 'string' || typeof target.met !== 'boolean' || !Array.isArray(target.ci95)) {
        throw new UserError(m.evidenceField(file, 'targets', `targets[${i}]`, 'target'));
      }
    });
    if (!Array.isArray(record.variants) || !isNumber(record.runs) || !isNumber(record.seed)) throw new UserError(m.evidenceField(file, 'targets', ['runs', 'seed', 'variants'], 'targetsRun'));
    evidence.targets = record as unknown as TargetsResult;
  }
  if (args.calibration !== undefined) {
    const file = String(args.calibration);
    const record = read(file, 'calibration', scenario);
    const robustness = record.robustness as Record<string, unknown> | undefined;
    if (!robustness || !isNumber(robustness.accepted) || !robustness.first || typeof robustness.first !== 'object') {
      throw new UserError(m.evidenceField(file, 'calibration', 'robustness', 'robustness'));
    }
    if (!Array.isArray(record.points) || !isNumber(record.runs)) throw new UserError(m.evidenceField(file, 'calibration', ['points', 'runs'], 'points'));
    evidence.calibration = record as unknown as CalibrationResult;
  }
  return evidence;
}

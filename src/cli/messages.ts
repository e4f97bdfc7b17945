/**
 * Every sentence the command line says to a person (as vega-lite keeps its messages in src/log/),
 * so wording stays consistent and tests can rely on it: failures, what a command printed and
 * wrote, the tables' headings. The what-if commands' own words are in whatif-messages.ts; the
 * pages' words, in English and Russian, in src/report/i18n.ts. The command line speaks English;
 * with `--lang ru` the sentences an owner meets on a run (what was written, the progress bar, the
 * files and options he may get wrong) are in Russian from the `ru` table below — for run, report
 * and payroll (main.ts) — and the rest — the help, yargs' words, the what-if commands' lines and the
 * scenario file's problems, whose keys and descriptions are English — stay English.
 *
 * Messages about an option start with the option as typed (`--runs: …`), say what was expected
 * and what was found, and quote values the user wrote so he can find them.
 */

/** "found 0", or "found something that is not a number" for yargs' NaN (JSON would show "null"). */
function found(value: unknown): string {
  return typeof value === 'number' && Number.isNaN(value) ? 'something that is not a number' : JSON.stringify(value);
}

/** What each part of a --targets or --calibration file should be. */
const EVIDENCE_EXPECTED = {
  object: 'an object',
  targets: 'a list of measured targets',
  target: 'a measured target (id, source, mean, ci95, met)',
  targetsRun: 'the runs and seed as numbers and the variants as a list',
  robustness: "the accepted points and the firsts per scheme (calibrate with the scenario's targets writes them)",
  points: 'the points as a list and the runs as a number',
};

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const en = {
  // ------------------------------------------------------------ the command line itself
  usage: () => 'compsim <command> [options]\n\nSimulate sales-compensation schemes before rolling them out.',
  nameACommand: (commands: readonly string[]) => `Name a command: ${commands.join(', ')} (compsim --help explains them).`,
  invalidArguments: () => 'invalid arguments',
  noPartsInFolder: (folder: string) => `merge: ${folder} is a folder with no part files in it (expected part-001-of-004.jsonl.gz and the like, written by --shard i/n)`,
  missingPositional: (command: string, expected: string, example?: string) =>
    `${command}: expected the ${expected} file${example ? `, e.g. ${example.split(' --')[0]}` : ''} (compsim ${command} --help lists the options)`,
  unknownCommand: (word: string, commands: readonly string[], suggestion: string | undefined) =>
    `unknown command or argument "${word}"; expected one of the commands ${commands.join(', ')}${suggestion ? ` — did you mean ${suggestion}?` : ''}`,
  unknownOption: (option: string, suggestion: string | undefined) =>
    `unknown option --${option}${suggestion ? `; did you mean --${suggestion}?` : ' (compsim <command> --help lists the options)'}`,
  /** Every failure the user can fix, as stderr shows it. */
  failure: (message: string) => `compsim: ${message}`,
  internalError: (message: string) => `compsim: internal error: ${message}\n(please report this with the command you ran)`,
  interrupted: () => 'interrupted: nothing was written',
  progressFormat: () => '{bar} {percentage}% | {value}/{total} runs | ETA {eta_formatted}',

  // ------------------------------------------------------------ files read and written
  outputParentIsFile: (dir: string, parent: string) => `--out ${dir}: expected a folder for the report, but ${parent} is a file`,
  outputIsFile: (dir: string) => `--out ${dir}: expected a folder for the report, found a file`,
  notWritten: (paths: readonly string[], reason: string) => `could not write ${paths.join(', ')}: ${reason}`,
  cannotRead: (file: string, what: string, reason: string) => `${file}: cannot read the ${what}: ${reason}`,
  noSuchFile: () => 'there is no such file',
  isAFolder: () => 'it is a folder',
  permissionDenied: () => 'permission denied',
  fileTooLarge: (file: string, megabytes: number, what: string) => `${file}: the file is larger than ${megabytes} MB, the most a ${what} may be (is it the right file?)`,
  /** What readTextFile is reading, in "cannot read the …". */
  statement: () => 'statement',
  summary: () => 'summary',
  wrote: (paths: readonly string[], replaced: readonly string[] = []) =>
    `Wrote ${paths.join(' and ')}${replaced.length === 0 ? '' : replaced.length === paths.length ? ` (replacing the earlier file${paths.length === 1 ? '' : 's'})` : ` (replacing the earlier ${replaced.join(' and ')})`}`,
  outputIsFolder: (path: string) => `${path}: expected to write a file there, found a folder; name another file with --out (or remove the folder)`,

  // ------------------------------------------------------------ run options (run-options.ts)
  expectedWholeNumber: (option: string, min: number, max: number, value: unknown) => `--${option}: expected a whole number from ${min} to ${max}, found ${found(value)}`,
  schemesEmpty: (file: string, ids: readonly string[]) => `--schemes: expected scheme ids separated by commas (the baseline is always added), found none; ${file} has ${ids.join(', ')}`,
  unknownSchemes: (id: string, file: string, ids: readonly string[], suggestion: string | undefined, option = '--schemes') =>
    `${option}: no scheme "${id}" in ${file}; expected one of ${ids.join(', ')}${suggestion ? ` — did you mean "${suggestion}"?` : ''}`,
  tooMuchWork: (clientMonths: number, limit: number) =>
    `this would simulate about ${clientMonths.toExponential(1)} client-months, more than the ${limit.toExponential(0)} one invocation allows; ` +
    'lower --runs (or --max-runs) or --months, simulate fewer --schemes, or split the runs over several invocations with different seeds',
  precisionNotReached: (target: number, reached: number, runs: number) =>
    `compsim: warning: --precision ${target} not reached: after ${runs} runs (--max-runs) the value-created differences are known within ±${(100 * reached).toFixed(1)} % of the baseline's net profit; raise --max-runs for more`,
  precisionExpected: (value: unknown) => `--precision: expected a share between 0 and 1 (e.g. 0.02), found ${found(value)}`,
  runLimitsExpected: (minRuns: number, maxRuns: number) => `--min-runs/--max-runs: expected whole numbers with 2 ≤ min-runs ≤ max-runs ≤ 1000000, found ${minRuns} and ${maxRuns}`,
  workersExpected: (value: unknown) => `--workers: expected a whole number from 1 to 256, found ${String(value)}`,

  // ------------------------------------------------------------ run --shard (run-shard.ts)
  shardWithPrecision: () => '--shard: cannot be combined with --precision (the stopping rule needs every run in one place); give --runs',
  runShardWritten: (index: number, count: number, owned: number, units: number, runs: number, path: string, out: string) =>
    `Shard ${index}/${count}: ${owned} of ${units} blocks (${runs} runs) → ${path}\nWhen every shard is done: compsim merge ${out}/part-*-of-*.jsonl.gz --out DIR`,
  merged: (parts: number, paths: readonly string[]) => `Merged ${parts} parts. Wrote ${paths.join(' and ')}`,

  // ------------------------------------------------------------ the company's book (book-option.ts)
  bookWithoutManagers: (folder: string) => `the book in ${folder} has no managers: managers.csv needs at least one row`,
  noBook: (file: string) => `--book: name the folder with managers.csv and clients.csv (or add "book: <folder>" to ${file}); see scenarios/book-example/README.md`,
  bookNote: (folder: string, managers: number, active: number, contracted: number, ignored?: { warmupMonths: number; managers: number }) =>
    `Started from the book in ${folder}: ${managers} managers, ${active} active and ${contracted} contracted clients` +
    (ignored ? `; warmupMonths (${ignored.warmupMonths}) and team.managers (${ignored.managers}) ignored` : ''),

  // ------------------------------------------------------------ pay, validate, schema
  unknownScheme: (id: string, file: string, ids: readonly string[]) => `--scheme: no scheme "${id}" in ${file}; expected one of ${ids.join(', ')}`,
  unknownRole: (scheme: string, role: string, roles: readonly string[]) => `--role: scheme "${scheme}" has no role "${role}"; expected one of ${roles.join(', ')}`,
  valid: (file: string, summary: string) => `${file}: ${summary}`,
  schemaOutIsFolder: (file: string) => `--out ${file}: is a folder; expected a file name such as ${file}/scenario.schema.json`,
  schemaNotWritten: (file: string, reason: string) => `--out ${file}: cannot write the file: ${reason}`,
  folderMissing: (folder: string) => `the folder ${folder} does not exist`,

  // ------------------------------------------------------------ report: reading a summary.json (summary-check.ts)
  notASummary: (file: string, reason: string) => `${file}: expected a summary.json written by compsim run (${reason})`,
  summaryProblem: (file: string, path: string, message: string) => `${file}${path ? ` ${path}` : ''}: ${message}`,
  resultNotDrawn: (file: string, kind: string, reason: string) => `${file}: expected a complete ${kind} result written by compsim; the page could not be drawn from it (${reason})`,
  resultTooOld: (kind: string) => `this ${kind} result was written by an older compsim that did not keep what the page needs; run the command again to get a file the report can redraw`,
  summaryNotDrawn: (file: string, reason: string) => `${file}: expected a complete summary.json written by compsim run; the report could not be drawn from it (${reason})`,
  /** What a summary field should have been, and what it was (`value` as `summaryValue` shows it). */
  summaryExpected: (what: string, value: string) => `expected ${what}, found ${value}`,

  // ------------------------------------------------------------ run/report --targets and --calibration (evidence-options.ts)
  evidenceFile: (kind: 'targets' | 'calibration') => (kind === 'targets' ? 'targets.json' : 'calibration.json'),
  evidenceNotJson: (file: string, option: string, reason: string) => `${file} (--${option}): expected JSON written by compsim ${option === 'targets' ? 'targets' : 'calibrate'} (${reason})`,
  evidenceField: (file: string, option: string, path: string | readonly string[], expected: keyof typeof EVIDENCE_EXPECTED | string) =>
    `${file} (--${option}) ${typeof path === 'string' ? path : path.join(', ')}: expected ${EVIDENCE_EXPECTED[expected as keyof typeof EVIDENCE_EXPECTED] ?? expected}`,
  evidenceOtherScenario: (file: string, option: string, theirs: string, ours: string) =>
    `${file} (--${option}) scenario: measured on "${theirs}", but this report is of "${ours}"; give the file compsim wrote for this scenario`,
  summaryValue: (value: unknown) =>
    value === undefined ? 'nothing' : value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : JSON.stringify(value),
  /** The kinds of field `summaryExpected` names. */
  summaryKinds: {
    number: 'a number',
    text: 'a text',
    list: 'a list',
    statistic: 'a statistic {mean, sd, p5, p50, p95, ci95}',
    interval: 'two numbers [low, high]',
    statistics: 'an object of statistics',
    monthly: 'an object of monthly statistics',
    scheme: 'a scheme',
    comparison: 'a comparison',
    summary: 'a summary.json written by compsim run (an object)',
    version: '1 (a summary.json written by compsim run)',
  },
  summaryWithoutSchemes: () => 'expected a list of at least one scheme, found an empty list',

  // ------------------------------------------------------------ the tables run and pay print
  // The summary table follows --lang (the owner's `npm start` is in Russian).
  summaryTitle: (scenario: string, runs: number, months: number, seed: number, currency: string, lang: 'en' | 'ru' = 'en') =>
    lang === 'ru'
      ? `${scenario}: прогонов — ${runs}, ${months} мес. после перехода, начальное число генератора ${seed}, деньги в ${currency} за весь срок`
      : `${scenario}: ${runs} runs × ${months} months, seed ${seed}, money in ${currency} over the horizon`,
  summaryHeader: (lang: 'en' | 'ru' = 'en') =>
    lang === 'ru'
      ? ['схема', 'созданная ценность (p5..p95)', 'P(лучше)', 'чистая прибыль', 'выручка', 'новых дог.', 'активных', 'зависших', 'ушло', 'поиск/акт./вед.', 'медиана оплаты', 'уволились']
      : ['scheme', 'value created (p5..p95)', 'P(better)', 'net profit', 'revenue', 'new contr.', 'active end', 'stuck', 'churned', 'hunt/act/farm', 'median pay', 'quits'],
  baselineTag: (scheme: string, lang: 'en' | 'ru' = 'en') => (lang === 'ru' ? `${scheme} (базовая)` : `${scheme} (baseline)`),
  payslipTitle: (scheme: string, role: string) => `${scheme} / ${role}`,
  payslipHeader: (currency: string) => ['line', 'basis', `pay, ${currency}`],
  payslipTotal: () => 'total',
  payslipMonthsHeader: (months: number[], currency: string) => ['line', ...months.map((month) => MONTH_NAMES[month - 1]), `period, ${currency}`],
  payslipQuota: (name: string, quota: string, result: string, attainment: string, next: string | null) =>
    `${name}: quota ${quota}, result ${result} (${attainment} of the quota)` + (next === null ? '; the period is still open' : `; next period's quota ${next}`),
  statementRoleAtSwitchUnknown: (file: string, role: string, current: string, roles: string[]) =>
    `${file}: roleAtSwitch: expected a role of the current scheme ${current} (${roles.join(', ')}), found "${role}"`,
  statementQuotaUnknown: (file: string, id: string, scheme: string, role: string, withQuota: string[]) =>
    `${file}: quota.${id}: expected a component of ${scheme} / ${role} that has a quota (${withQuota.length > 0 ? withQuota.join(', ') : 'none has'}), found "${id}"`,
};

/** The Russian of the sentences an owner meets on a run; anything missing falls back to English. */
const ru: { [K in keyof typeof en]?: (typeof en)[K] } = {
  nameACommand: (commands) => `Укажите команду: ${commands.join(', ')} (compsim --help рассказывает о каждой).`,
  missingPositional: (command, expected, example) =>
    `${command}: нужен файл (${expected})${example ? `, например ${example.split(' --')[0]}` : ''}; compsim ${command} --help перечисляет параметры`,
  unknownCommand: (word, commands, suggestion) =>
    `неизвестная команда или аргумент «${word}»; ожидалась одна из команд ${commands.join(', ')}${suggestion ? ` — может быть, ${suggestion}?` : ''}`,
  unknownOption: (option, suggestion) =>
    `неизвестный параметр --${option}${suggestion ? `; может быть, --${suggestion}?` : ' (compsim <команда> --help перечисляет параметры)'}`,
  internalError: (message) => `compsim: внутренняя ошибка: ${message}\n(сообщите о ней, приложив команду, которую вы запускали)`,
  interrupted: () => 'прервано: ничего не записано',
  progressFormat: () => '{bar} {percentage}% | прогонов {value} из {total} | осталось {eta_formatted}',
  outputParentIsFile: (dir, parent) => `--out ${dir}: для отчёта нужна папка, а ${parent} — это файл`,
  outputIsFile: (dir) => `--out ${dir}: для отчёта нужна папка, а здесь файл`,
  notWritten: (paths, reason) => `не удалось записать ${paths.join(', ')}: ${reason}`,
  cannotRead: (file, what, reason) => `${file}: не удаётся прочитать ${what}: ${reason}`,
  noSuchFile: () => 'такого файла нет',
  isAFolder: () => 'это папка',
  permissionDenied: () => 'нет прав доступа',
  fileTooLarge: (file, megabytes) => `${file}: файл больше ${megabytes} МБ — больше, чем бывает у таких файлов (тот ли это файл?)`,
  statement: () => 'выписку',
  summary: () => 'итоги',
  wrote: (paths, replaced = []) =>
    paths.length === 1
      ? `Записан ${paths[0]}${replaced.length === 0 ? '' : ' (вместо прежнего файла)'}`
      : `Записаны ${paths.join(' и ')}${replaced.length === 0 ? '' : replaced.length === paths.length ? ' (вместо прежних файлов)' : ` (вместо прежнего ${replaced.join(' и ')})`}`,
  outputIsFolder: (path) => `${path}: здесь нужен файл, а это папка; укажите другой файл в --out (или удалите папку)`,
  expectedWholeNumber: (option, min, max, value) => `--${option}: нужно целое число от ${min} до ${max}, а указано ${foundRu(value)}`,
  schemesEmpty: (file, ids) => `--schemes: нужны идентификаторы схем через запятую (базовая схема добавляется всегда), а не указано ни одного; в ${file} есть ${ids.join(', ')}`,
  unknownSchemes: (id, file, ids, suggestion, option = '--schemes') =>
    `${option}: в ${file} нет схемы «${id}»; есть ${ids.join(', ')}${suggestion ? ` — может быть, «${suggestion}»?` : ''}`,
  tooMuchWork: (clientMonths, limit) =>
    `это около ${clientMonths.toExponential(1)} клиенто-месяцев моделирования, больше допустимых за один запуск ${limit.toExponential(0)}; ` +
    'уменьшите --runs (или --max-runs) или --months, возьмите меньше схем в --schemes или разбейте прогоны на несколько запусков с разными --seed',
  precisionNotReached: (target, reached, runs) =>
    `compsim: предупреждение: точность --precision ${target} не достигнута: после ${runs} прогонов (--max-runs) разница в созданной ценности известна с точностью ±${(100 * reached).toFixed(1).replace('.', ',')} % чистой прибыли базовой схемы; увеличьте --max-runs`,
  precisionExpected: (value) => `--precision: нужна доля от 0 до 1 (например, 0.02), а указано ${foundRu(value)}`,
  runLimitsExpected: (minRuns, maxRuns) => `--min-runs/--max-runs: нужны целые числа, 2 ≤ min-runs ≤ max-runs ≤ 1000000, а указано ${minRuns} и ${maxRuns}`,
  workersExpected: (value) => `--workers: нужно целое число от 1 до 256, а указано ${String(value)}`,
  bookWithoutManagers: (folder) => `в данных из ${folder} нет менеджеров: в managers.csv нужна хотя бы одна строка`,
  noBook: (file) => `--book: укажите папку с managers.csv и clients.csv (или добавьте «book: <папка>» в ${file}); см. scenarios/book-example/README.md`,
  bookNote: (folder, managers, active, contracted, ignored) =>
    `Начальное состояние — из ${folder}: менеджеров ${managers}, активных клиентов ${active}, подписанных без отгрузок ${contracted}` +
    (ignored ? `; warmupMonths (${ignored.warmupMonths}) и team.managers (${ignored.managers}) не используются` : ''),
  unknownScheme: (id, file, ids) => `--scheme: в ${file} нет схемы «${id}»; есть ${ids.join(', ')}`,
  unknownRole: (scheme, role, roles) => `--role: в схеме «${scheme}» нет роли «${role}»; есть ${roles.join(', ')}`,
  folderMissing: (folder) => `папки ${folder} нет`,
};

/** "0", or "не число" for yargs' NaN. */
function foundRu(value: unknown): string {
  return typeof value === 'number' && Number.isNaN(value) ? 'не число' : JSON.stringify(value);
}

let language: 'en' | 'ru' = 'en';

/** The terminal's language for the rest of the process: main() sets it from --lang before anything is said. */
export function setTerminalLanguage(lang: 'en' | 'ru'): void {
  language = lang;
}

/** Every sentence, in the terminal's language where the `ru` table has it, else in English. */
export const messages: typeof en = Object.fromEntries(
  Object.entries(en).map(([key, english]) => {
    if (typeof english !== 'function') return [key, english];
    const russian = (ru as Record<string, unknown>)[key] as typeof english | undefined;
    return [key, (...args: never[]) => ((language === 'ru' && russian ? russian : english) as (...a: never[]) => unknown)(...args)];
  }),
) as typeof en;

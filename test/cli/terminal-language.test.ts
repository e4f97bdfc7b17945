/**
 * `--lang ru` on the command line: the sentences an owner meets on a run are Russian, the rest
 * falls back to English, and `--lang` is read before yargs says anything.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { messages as m, setTerminalLanguage } from '../../src/cli/messages.js';
import { languageAskedFor } from '../../src/cli/main.js';

afterEach(() => setTerminalLanguage('en'));

describe('the terminal in Russian', () => {
  it('says what was written, what was wrong with an option and what is missing in Russian', () => {
    setTerminalLanguage('ru');
    expect(m.wrote(['out/summary.json', 'out/report.html'])).toBe('Записаны out/summary.json и out/report.html');
    expect(m.wrote(['out/report.html'], ['out/report.html'])).toBe('Записан out/report.html (вместо прежнего файла)');
    expect(m.expectedWholeNumber('runs', 2, 1_000_000, NaN)).toBe('--runs: нужно целое число от 2 до 1000000, а указано не число');
    expect(m.unknownSchemes('foo', 'x.yaml', ['a', 'b'], 'a')).toBe('--schemes: в x.yaml нет схемы «foo»; есть a, b — может быть, «a»?');
    expect(m.cannotRead('march.yaml', m.statement(), m.noSuchFile())).toBe('march.yaml: не удаётся прочитать выписку: такого файла нет');
    expect(m.precisionNotReached(0.02, 0.0314, 4096)).toBe(
      'compsim: предупреждение: точность --precision 0.02 не достигнута: после 4096 прогонов (--max-runs) разница в созданной ценности известна с точностью ±3,1 % чистой прибыли базовой схемы; увеличьте --max-runs',
    );
    // A sentence the Russian table does not have stays English rather than missing.
    expect(m.payslipTotal()).toBe('total');
  });

  it('speaks English by default and again after Russian', () => {
    setTerminalLanguage('ru');
    setTerminalLanguage('en');
    expect(m.wrote(['a.json'])).toBe('Wrote a.json');
  });

  it('reads --lang in both spellings, English for anything else', () => {
    expect(languageAskedFor(['run', 'x.yaml', '--lang', 'ru'])).toBe('ru');
    expect(languageAskedFor(['run', 'x.yaml', '--lang=ru'])).toBe('ru');
    expect(languageAskedFor(['run', 'x.yaml'])).toBe('en');
    expect(languageAskedFor(['run', 'x.yaml', '--lang', 'de'])).toBe('en');
  });

  it('fails an option in Russian from the built command line, exit code 1', () => {
    let stderr = '';
    let status = 0;
    try {
      execFileSync(process.execPath, ['bin/compsim.js', 'run', 'scenarios/freight.yaml', '--runs', 'abc', '--lang', 'ru'], { stdio: 'pipe' });
    } catch (error) {
      const failed = error as { status: number; stderr: Buffer };
      status = failed.status;
      stderr = failed.stderr.toString();
    }
    expect(status).toBe(1);
    expect(stderr.trim()).toBe('compsim: --runs: нужно целое число от 2 до 1000000, а указано не число');
  });
});

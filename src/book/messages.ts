/**
 * Every sentence a user may read about his book, in one place (like vega-lite's src/log), so
 * wording stays consistent and a translation has one file to cover. Values are quoted as written
 * in the file, so the user can search for them.
 */
const en = {
  folderNotFound: (dir: string) => `folder not found: ${dir}`,
  notAFolder: (dir: string) => `not a folder: ${dir}`,
  fileNotFound: (path: string) => `file not found: ${path}`,
  fileUnreadable: (path: string, reason: string) => `cannot read ${path}: ${reason}`,
  noHeader: () => 'the file is empty: expected a header row with column names',
  noRows: () => 'no managers below the header: a book needs at least one manager',
  unclosedQuote: () => 'a quoted value opens here and never closes (a missing "?), so the rest of the file was read as one value',
  missingColumn: (accepted: readonly string[], suggestion: string | undefined) =>
    `required column is missing${suggestion === undefined ? '' : `; did you mean "${suggestion}"?`} (accepted names: ${accepted.join(', ')})`,
  duplicateColumn: (header: string, first: string) => `header "${header}" names the same column as "${first}"; keep one of them`,
  tooManyValues: (count: number, expected: number, separator: string) =>
    `row has ${count} values but the header has ${expected}; a value that contains ${separatorName(separator)} must be in double quotes`,
  empty: () => 'is empty; a value is required',
  notANumber: (text: string) => `"${text}" is not a number`,
  notWholeMonths: (text: string) => `must be a whole number of months, got "${text}"`,
  negativeMoney: (text: string) => `money must not be negative, got "${text}"`,
  negativeMonths: (text: string) => `months must not be negative, got "${text}"`,
  shareOutOfRange: (text: string) => `must be between 0 and 1 (or 0 % and 100 %), got "${text}"`,
  multiplierOutOfRange: (text: string) => `must be a multiplier above 0 and at most 5 (1 = an average manager), got "${text}"`,
  duplicateId: (id: string, firstLine: number) => `id "${id}" is already used on line ${firstLine}`,
  unknownManager: (id: string, lookalike: string | undefined) =>
    `manager "${id}" is not in managers.csv${lookalike === undefined ? '' : `; did you mean "${lookalike}"? (ids must match exactly: letters that look Latin may be Cyrillic)`}`,
  unknownCategory: (text: string) =>
    `category must be 2 (contract signed, ships little) or 3 (ships regularly), got "${text}"; prospects (category 1) do not belong in the book`,
  activeWithoutFirstShipment: () => 'an active client (category 3) needs the months since its first shipment; fill it in or set category 2',
  firstShipmentBeforeSigning: (firstShipment: number, signed: number) =>
    `first shipment ${firstShipment} months ago is before the contract was signed ${signed} months ago`,
  marginAboveRevenue: (margin: string, revenue: string) => `margin "${margin}" is above revenue "${revenue}"`,
  unknownValue: (text: string, accepted: string, suggestion: string | undefined) =>
    `unknown value "${text}"${suggestion === undefined ? '' : `; did you mean "${suggestion}"?`} (accepted: ${accepted})`,
  problemCount: (count: number) => (count === 1 ? '1 problem' : `${count} problems`),
  title: (count: string, where: string | undefined) => (where === undefined ? `The book has ${count}:` : `The book in ${where} has ${count}:`),
  column: () => 'column',
};

function separatorName(separator: string): string {
  if (separator === '\t') return 'a tab';
  return `"${separator}"`;
}

function separatorNameRu(separator: string): string {
  if (separator === '\t') return 'табуляцию';
  return `«${separator}»`;
}

const ru: typeof en = {
  folderNotFound: (dir) => `папка не найдена: ${dir}`,
  notAFolder: (dir) => `это не папка: ${dir}`,
  fileNotFound: (path) => `файл не найден: ${path}`,
  fileUnreadable: (path, reason) => `не удаётся прочитать ${path}: ${reason}`,
  noHeader: () => 'файл пуст: нужна строка заголовка с названиями столбцов',
  noRows: () => 'под заголовком нет ни одного менеджера: в базе должен быть хотя бы один',
  unclosedQuote: () => 'здесь открываются кавычки и нигде не закрываются (не хватает "?), поэтому остаток файла прочитан как одно значение',
  missingColumn: (accepted, suggestion) =>
    `нет обязательного столбца${suggestion === undefined ? '' : `; может быть, это «${suggestion}»?`} (подходящие названия: ${accepted.join(', ')})`,
  duplicateColumn: (header, first) => `заголовок «${header}» называет тот же столбец, что и «${first}»; оставьте один из них`,
  tooManyValues: (count, expected, separator) =>
    `в строке ${count} значений, а в заголовке ${expected}; значение, в котором есть ${separatorNameRu(separator)}, нужно взять в двойные кавычки`,
  empty: () => 'пусто; нужно значение',
  notANumber: (text) => `«${text}» — не число`,
  notWholeMonths: (text) => `нужно целое число месяцев, а не «${text}»`,
  negativeMoney: (text) => `сумма не может быть отрицательной, а здесь «${text}»`,
  negativeMonths: (text) => `число месяцев не может быть отрицательным, а здесь «${text}»`,
  shareOutOfRange: (text) => `нужна доля от 0 до 1 (или от 0 % до 100 %), а здесь «${text}»`,
  multiplierOutOfRange: (text) => `нужен множитель больше 0 и не больше 5 (1 — средний менеджер), а здесь «${text}»`,
  duplicateId: (id, firstLine) => `идентификатор «${id}» уже занят в строке ${firstLine}`,
  unknownManager: (id, lookalike) =>
    `менеджера «${id}» нет в managers.csv${lookalike === undefined ? '' : `; может быть, это «${lookalike}»? (идентификаторы должны совпадать точно: похожие на латинские буквы могут быть кириллицей)`}`,
  unknownCategory: (text) =>
    `категория должна быть 2 (договор подписан, отгрузок мало) или 3 (регулярные отгрузки), а здесь «${text}»; потенциальным клиентам (категория 1) в базе не место`,
  activeWithoutFirstShipment: () => 'у активного клиента (категория 3) нужно указать, сколько месяцев назад была первая отгрузка; заполните или поставьте категорию 2',
  firstShipmentBeforeSigning: (firstShipment, signed) =>
    `первая отгрузка ${firstShipment} мес. назад раньше подписания договора ${signed} мес. назад`,
  marginAboveRevenue: (margin, revenue) => `маржа «${margin}» больше выручки «${revenue}»`,
  unknownValue: (text, accepted, suggestion) =>
    `неизвестное значение «${text}»${suggestion === undefined ? '' : `; может быть, «${suggestion}»?`} (подходят: ${accepted})`,
  problemCount: (count) => {
    const form = new Intl.PluralRules('ru-RU').select(count);
    return `${count} ${form === 'one' ? 'ошибка' : form === 'few' ? 'ошибки' : 'ошибок'}`;
  },
  title: (count, where) => (where === undefined ? `В базе ${count}:` : `В базе (папка ${where}) ${count}:`),
  column: () => 'столбец',
};

export type BookMessages = typeof en;
export type BookLang = 'en' | 'ru';
export const BOOK_MESSAGES: Record<BookLang, BookMessages> = { en, ru };
/** The English messages (the default of every reader). */
export const messages = en;

import type { ClientCategory, PaymentBehaviour } from './types.js';

/**
 * Every name a column or a value may have in a real export, in one place, so the README, the
 * messages and the parser cannot drift apart. Names are compared after `normalizeName`, so
 * "Выручка в месяц, руб.", "выручка  в месяц (₽)" and "monthly_revenue" all match the alias
 * "выручка в месяц" / "monthly revenue". The first alias of a column is its canonical name, the
 * one the README documents and messages use.
 */

export interface ColumnSpec {
  key: string;
  required: boolean;
  aliases: readonly string[];
}

export const MANAGER_COLUMNS = [
  { key: 'id', required: true, aliases: ['id', 'manager id', 'код', 'код менеджера', 'ид', 'идентификатор', 'табельный номер', 'таб номер'] },
  { key: 'name', required: true, aliases: ['name', 'имя', 'фио', 'ф и о', 'менеджер', 'сотрудник'] },
  { key: 'role', required: true, aliases: ['role', 'роль', 'должность'] },
  {
    key: 'monthsInCompany',
    required: true,
    aliases: ['monthsInCompany', 'tenure', 'tenure months', 'стаж', 'стаж мес', 'стаж месяцев', 'стаж в месяцах', 'стаж в компании', 'месяцев в компании', 'мес в компании'],
  },
  {
    key: 'monthlyPay',
    required: true,
    aliases: ['monthlyPay', 'pay', 'зарплата', 'зарплата в месяц', 'заработная плата', 'зп', 'текущая зарплата', 'доход в месяц', 'заработок в месяц', 'начислено в месяц'],
  },
  { key: 'hunterAffinity', required: false, aliases: ['hunterAffinity', 'affinity', 'темперамент', 'склонность к охоте', 'склонность к поиску'] },
  { key: 'huntingSkill', required: false, aliases: ['huntingSkill', 'навык охоты', 'навык поиска', 'навык привлечения'] },
  { key: 'farmingSkill', required: false, aliases: ['farmingSkill', 'навык сопровождения', 'навык ведения', 'навык развития'] },
  { key: 'notes', required: false, aliases: ['notes', 'note', 'comment', 'comments', 'примечание', 'примечания', 'комментарий', 'заметки'] },
] as const satisfies readonly ColumnSpec[];

export const CLIENT_COLUMNS = [
  { key: 'id', required: true, aliases: ['id', 'client id', 'код', 'код клиента', 'ид', 'идентификатор'] },
  { key: 'name', required: true, aliases: ['name', 'наименование', 'наименование клиента', 'название', 'клиент', 'контрагент', 'имя'] },
  {
    key: 'owner',
    required: true,
    aliases: ['owner', 'owner id', 'менеджер', 'ответственный', 'ответственный менеджер', 'ведущий менеджер', 'менеджер клиента', 'владелец'],
  },
  { key: 'originator', required: true, aliases: ['originator', 'originator id', 'кто привел', 'привел', 'кто привлек', 'привлек', 'менеджер привлекший'] },
  { key: 'category', required: true, aliases: ['category', 'категория', 'категория клиента', 'кат'] },
  {
    key: 'signedMonthsAgo',
    required: true,
    aliases: ['signedMonthsAgo', 'договор мес назад', 'договор месяцев назад', 'подписан мес назад', 'месяцев с подписания', 'мес с подписания', 'месяцев с договора', 'мес с договора'],
  },
  {
    key: 'firstShipmentMonthsAgo',
    required: true,
    aliases: [
      'firstShipmentMonthsAgo',
      'первая отгрузка мес назад',
      'первая отгрузка месяцев назад',
      'первая перевозка мес назад',
      'месяцев с первой отгрузки',
      'мес с первой отгрузки',
      'месяцев с первой перевозки',
    ],
  },
  {
    key: 'monthlyRevenue',
    required: true,
    aliases: ['monthlyRevenue', 'revenue', 'выручка в месяц', 'выручка', 'выручка мес', 'средняя выручка', 'средняя выручка в месяц', 'оборот', 'оборот в месяц'],
  },
  {
    key: 'monthlyMargin',
    required: true,
    aliases: ['monthlyMargin', 'margin', 'маржа', 'маржа в месяц', 'маржа мес', 'средняя маржа', 'валовая прибыль', 'валовая прибыль в месяц'],
  },
  { key: 'payment', required: true, aliases: ['payment', 'payment behaviour', 'payment behavior', 'оплата', 'платежная дисциплина', 'дисциплина оплаты', 'как платит'] },
] as const satisfies readonly ColumnSpec[];

export type ManagerColumn = (typeof MANAGER_COLUMNS)[number]['key'];
export type ClientColumn = (typeof CLIENT_COLUMNS)[number]['key'];

/** Accepted words for each payment behaviour; the first is canonical. */
export const PAYMENT_VALUES: Record<PaymentBehaviour, readonly string[]> = {
  'on-time': ['on-time', 'on time', 'good', 'вовремя', 'в срок', 'своевременно', 'хорошо'],
  late: ['late', 'с задержкой', 'задержка', 'задерживает', 'с опозданием'],
  bad: ['bad', 'плохо', 'плохой', 'не платит', 'проблемный'],
};

/** Accepted words for each category; the digit is canonical. */
export const CATEGORY_VALUES: Record<ClientCategory, readonly string[]> = {
  2: ['2', 'contracted', 'почти клиент', 'договор'],
  3: ['3', 'active', 'клиент', 'активный'],
};

/** Russian and English words for the default roles; a scenario's own role ids are always accepted as written. */
export const ROLE_VALUES: Record<string, readonly string[]> = {
  generalist: ['generalist', 'менеджер', 'менеджер по продажам', 'универсал', 'продавец'],
  hunter: ['hunter', 'хантер', 'охотник', 'менеджер по привлечению'],
  farmer: ['farmer', 'account manager', 'фермер', 'аккаунт', 'аккаунт менеджер', 'клиентский менеджер', 'менеджер по сопровождению'],
  developer: ['developer', 'client developer', 'развитие клиентов', 'менеджер по развитию клиентов'],
};

// Currency words in a header ("Выручка, руб.") say nothing about which column it is.
const UNIT_WORDS = new Set(['руб', 'рублей', 'р', 'rub', 'rur']);

/**
 * The comparable form of a header or a value: camelCase split into words, lower case, ё → е,
 * punctuation and currency signs turned into spaces, currency words dropped.
 */
export function normalizeName(text: string): string {
  return text
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '' && !UNIT_WORDS.has(word))
    .join(' ');
}

/** A lookup from normalized alias to what it stands for. */
export function aliasLookup<T>(entries: Iterable<[T, readonly string[]]>): Map<string, T> {
  const lookup = new Map<string, T>();
  for (const [target, aliases] of entries) {
    for (const alias of aliases) lookup.set(normalizeName(alias), target);
  }
  return lookup;
}

import { CATEGORY_VALUES, PAYMENT_VALUES, aliasLookup, normalizeName, type ClientColumn } from './columns.js';
import { parseNumber } from './numbers.js';
import type { BookProblem } from './problems.js';
import { Row, type Table } from './table.js';
import type { BookClient, ClientCategory, PaymentBehaviour } from './types.js';

const PAYMENT_LOOKUP = aliasLookup<PaymentBehaviour>(Object.entries(PAYMENT_VALUES) as [PaymentBehaviour, readonly string[]][]);
const ACCEPTED_PAYMENTS = Object.values(PAYMENT_VALUES)
  .map((words) => `${words[0]} (${words.slice(1).join(', ')})`)
  .join('; ');
const CATEGORY_LOOKUP = aliasLookup<ClientCategory>([
  [2, CATEGORY_VALUES[2]],
  [3, CATEGORY_VALUES[3]],
]);

/**
 * The clients of clients.csv. `managerIds` are the ids of managers.csv, or undefined when that
 * file could not be read: then owners cannot be checked, and saying so for every client would bury
 * the one message that matters.
 */
export function readClients(table: Table<ClientColumn>, managerIds: ReadonlySet<string> | undefined, problems: BookProblem[]): BookClient[] {
  const firstLineOfId = new Map<string, number>();
  const lookalikes = managerIds === undefined ? new Map<string, string>() : new Map([...managerIds].map((id) => [foldId(id), id]));
  const clients: BookClient[] = [];

  const checkManager = (row: Row<ClientColumn>, key: 'owner' | 'originator', id: string): void => {
    if (managerIds === undefined || managerIds.has(id)) return;
    row.report(key, table.messages.unknownManager(id, lookalikes.get(foldId(id))));
  };

  for (const record of table.rows) {
    const row = new Row(table, record, problems);
    const before = problems.length;
    const id = row.text('id', true);
    if (id) {
      const first = firstLineOfId.get(id);
      if (first === undefined) firstLineOfId.set(id, row.line);
      else row.report('id', table.messages.duplicateId(id, first));
    }
    const name = row.text('name', true);
    const owner = row.text('owner', true);
    if (owner) checkManager(row, 'owner', owner);
    // Empty = brought in by someone who has left: nobody is owed a trailing commission on it.
    const originator = row.text('originator', false);
    if (originator) checkManager(row, 'originator', originator);
    const category = readCategory(row);
    const signedMonthsAgo = row.number('signedMonthsAgo', 'months', true);
    const firstShipmentMonthsAgo = row.number('firstShipmentMonthsAgo', 'months', false);
    if (category === 3 && firstShipmentMonthsAgo === null) row.report('firstShipmentMonthsAgo', table.messages.activeWithoutFirstShipment());
    if (typeof firstShipmentMonthsAgo === 'number' && typeof signedMonthsAgo === 'number' && firstShipmentMonthsAgo > signedMonthsAgo) {
      row.report('firstShipmentMonthsAgo', table.messages.firstShipmentBeforeSigning(firstShipmentMonthsAgo, signedMonthsAgo));
    }
    const monthlyRevenue = row.number('monthlyRevenue', 'money', true);
    const monthlyMargin = row.number('monthlyMargin', 'money', true);
    if (typeof monthlyRevenue === 'number' && typeof monthlyMargin === 'number' && monthlyMargin > monthlyRevenue) {
      row.report('monthlyMargin', table.messages.marginAboveRevenue(row.cell('monthlyMargin')!, row.cell('monthlyRevenue')!));
    }
    const payment = row.choice('payment', PAYMENT_LOOKUP, ACCEPTED_PAYMENTS, true);

    // A required value is missing only if its column is (reported once, at the header) or the cell is wrong.
    if (problems.length > before || !id || !name || !owner || originator === undefined || !category || !payment) continue;
    if (signedMonthsAgo == null || firstShipmentMonthsAgo === undefined || monthlyRevenue == null || monthlyMargin == null) continue;
    clients.push({
      id,
      name,
      owner,
      originator,
      category,
      signedMonthsAgo,
      firstShipmentMonthsAgo,
      monthlyRevenue,
      monthlyMargin,
      payment,
      line: row.line,
    });
  }
  return clients;
}

/** "2", "3", "2,0" (a number column in Excel), or a word such as «почти клиент» / «клиент». */
function readCategory(row: Row<ClientColumn>): ClientCategory | undefined {
  const cell = row.text('category', true);
  if (!cell) return undefined;
  const word = CATEGORY_LOOKUP.get(normalizeName(cell));
  if (word !== undefined) return word;
  const number = parseNumber(cell);
  if (number === 2 || number === 3) return number;
  row.report('category', row.messages.unknownCategory(cell));
  return undefined;
}

// Cyrillic letters that look like Latin ones: a manager id typed on a Russian keyboard ("М7")
// differs from "M7" in managers.csv, and no one can see why.
const LOOKALIKES: Record<string, string> = { а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x' };

/** An id reduced to how it looks: lower case, Cyrillic lookalikes made Latin, blanks dropped. */
function foldId(id: string): string {
  return [...id.toLowerCase().replace(/\s+/g, '')].map((char) => LOOKALIKES[char] ?? char).join('');
}

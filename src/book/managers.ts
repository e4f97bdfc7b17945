import { ROLE_VALUES, normalizeName, type ManagerColumn } from './columns.js';
import type { BookProblem } from './problems.js';
import { Row, type Table } from './table.js';
import type { BookManager } from './types.js';

export interface ManagersRead {
  managers: BookManager[];
  /** Every id written in the file, even on rows with other problems, so clients.csv is checked against what the user meant. */
  ids: Set<string>;
}

/** The managers of managers.csv; problems are added to `problems`, and then the list is incomplete. */
export function readManagers(table: Table<ManagerColumn>, roles: readonly string[], problems: BookProblem[]): ManagersRead {
  const roleLookup = roleWords(roles);
  const acceptedRoles = roles.map((role) => [role, ...(ROLE_VALUES[role] ?? []).slice(1)].join(' / ')).join(', ');
  const firstLineOfId = new Map<string, number>();
  const managers: BookManager[] = [];
  if (table.rows.length === 0 && table.columns.size > 0) problems.push({ file: table.file, line: table.headerLine, message: table.messages.noRows() });

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
    const role = row.choice('role', roleLookup, acceptedRoles, true);
    const monthsInCompany = row.number('monthsInCompany', 'months', true);
    const monthlyPay = row.number('monthlyPay', 'money', true);
    const hunterAffinity = row.number('hunterAffinity', 'share', false);
    const huntingSkill = row.number('huntingSkill', 'multiplier', false);
    const farmingSkill = row.number('farmingSkill', 'multiplier', false);
    const notes = row.text('notes', false);
    // A required value is missing only if its column is (reported once, at the header) or the cell is wrong.
    if (problems.length > before || !id || !name || !role || monthsInCompany == null || monthlyPay == null) continue;

    managers.push({
      id,
      name,
      role,
      monthsInCompany,
      monthlyPay,
      ...(typeof hunterAffinity === 'number' ? { hunterAffinity } : {}),
      ...(typeof huntingSkill === 'number' ? { huntingSkill } : {}),
      ...(typeof farmingSkill === 'number' ? { farmingSkill } : {}),
      ...(typeof notes === 'string' ? { notes } : {}),
      line: row.line,
    });
  }
  // A misfit row's id usually comes before the stray separator; counting it spares clients.csv a
  // cascade of "unknown manager" for a manager whose row is already reported.
  const ids = new Set(firstLineOfId.keys());
  for (const record of table.misfits) {
    const id = new Row(table, record, problems).cell('id');
    if (id) ids.add(id);
  }
  return { managers, ids };
}

/** A role may be written as its id ("farmer", "account-developer") or, for the default roles, in Russian. */
function roleWords(roles: readonly string[]): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const role of roles) {
    for (const word of ROLE_VALUES[role] ?? []) lookup.set(normalizeName(word), role);
  }
  // A scenario's own id wins over a Russian word that happens to normalise the same way.
  for (const role of roles) lookup.set(normalizeName(role), role);
  return lookup;
}

/**
 * Reading a statement file for the payslip calculator: YAML or JSON, checked by the statement
 * schema and for impossible values, every problem with its line, path and expectation at once.
 */
import { ScenarioError, type ScenarioProblem } from '../scenario/errors.js';
import { describeIssues } from '../scenario/issues.js';
import { fileMessages } from '../scenario/messages.js';
import { readYaml } from '../scenario/yaml-source.js';
import { StatementSchema, type Statement, type StatementClient } from './statement.js';

function pathText(path: readonly PropertyKey[], data: unknown): string {
  let text = '';
  let node: unknown = data;
  for (const segment of path) {
    if (typeof segment === 'number') {
      const item = Array.isArray(node) ? node[segment] : undefined;
      const id = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : null;
      text += id ? `[${id}]` : `[${segment}]`;
    } else text += (text ? '.' : '') + String(segment);
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[segment] : undefined;
  }
  return text;
}

export function loadStatement(text: string, file: string): Statement {
  const read = readYaml(text);
  if (!read.ok) {
    const message = (text: string) => (text === fileMessages.empty() ? 'the file is empty; expected a statement with a "clients" list' : text);
    throw new ScenarioError(read.problems.map((p) => ({ file, line: p.line, column: p.column, path: '', message: message(p.message) })));
  }
  const parsed = StatementSchema.safeParse(read.data);
  const problems: ScenarioProblem[] = [];
  const at = (path: (string | number)[], message: string): void => atPath(path, message);
  const atPath = (path: (string | number)[], message: string): void => {
    const position = read.locate(path);
    problems.push({ file, line: position.line, column: position.column, path: pathText(path, read.data), message });
  };
  if (!parsed.success) {
    // The scenario's plain-words messages ("expected a number of at least 0, found -100"), read from the statement schema.
    for (const problem of describeIssues(parsed.error.issues, read.data, StatementSchema)) at(problem.path, problem.message);
    throw new ScenarioError(problems);
  }
  const statement = parsed.data;
  if ((statement.clients === undefined) === (statement.months === undefined)) {
    at(
      statement.clients === undefined ? ['clients'] : ['months'],
      statement.clients === undefined
        ? 'expected "clients" (one month) or "months" (the period so far, each with its clients), found neither'
        : 'expected "clients" (one month) or "months" (several), found both',
    );
  }
  const months = statement.months ? statement.months.map((month, m) => ({ clients: month.clients, path: ['months', m] as (string | number)[] })) : [{ clients: statement.clients ?? [], path: [] as (string | number)[] }];
  for (const { clients, path } of months) clients.forEach((client, k) => checkClient(client, [...path, 'clients', k]));
  if (problems.length > 0) throw new ScenarioError(problems);
  return statement;

  function checkClient(client: StatementClient, where: (string | number)[]): void {
    const at = (path: (string | number)[], message: string): void => atPath([...where, ...path], message);

    const active = client.state === 'active';
    if (active && client.monthsSinceActivation === undefined) at(['state'], 'an active client needs monthsSinceActivation');
    if (client.state === 'contracted' && client.monthsSinceActivation !== undefined) at(['monthsSinceActivation'], 'a contracted client has not started shipping: remove monthsSinceActivation');
    if (client.monthsSinceActivation !== undefined && client.monthsSinceActivation > client.monthsSinceSigning) {
      at(['monthsSinceActivation'], `expected at most monthsSinceSigning (${client.monthsSinceSigning}): a client ships after signing`);
    }
    if (client.margin > client.revenue) at(['margin'], `expected at most the revenue (${client.revenue}), found ${client.margin}`);
    if (client.collectedRevenue !== undefined && client.collectedRevenue > client.revenue) {
      at(['collectedRevenue'], `expected at most the revenue (${client.revenue}), found ${client.collectedRevenue}`);
    }
  }
}

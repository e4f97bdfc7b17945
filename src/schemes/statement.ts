/**
 * A statement: one manager's month, or the months of his period so far, as the payslip
 * calculator reads it (`compsim pay`). Each client says its state, its money that month and how
 * old the relationship is; a client lost that month is listed with state `lost` so clawbacks can
 * apply. With several months (a quarter's components pay on the quarter), `fromMonth` says where
 * they fall in the calendar and `quota` the quota in force (a ratchet's).
 */
import { z } from 'zod';

const money = (what: string) => z.number().min(0).max(1e13).describe(`${what} (money this month, ≥ 0)`);
const months = (what: string) => z.number().int().min(0).max(1200).describe(`${what} (whole months, 0 = this month)`);

export const StatementClientSchema = z
  .strictObject({
    id: z.string().min(1).describe('Client id or name'),
    state: z.enum(['contracted', 'active', 'lost']).describe('contracted (signed, ships little), active (ships regularly), lost (left this month)'),
    revenue: money('Revenue from the client').default(0),
    margin: money('Gross margin from the client').default(0),
    collectedRevenue: money('Revenue actually paid (default: all of it)').optional(),
    growth: money('Growth of monthly margin since the client came to this manager').default(0),
    peakRevenue: money('Its highest monthly revenue before this month (for a volumeReached milestone; default 0)').optional(),
    monthsSinceSigning: months('Months since the contract was signed'),
    monthsSinceActivation: months('Months since the first regular shipment (active and lost clients)').optional(),
    wasActive: z.boolean().optional().describe('For a lost client: whether it had been active'),
    owned: z.boolean().default(true).describe('This manager services the client'),
    originated: z.boolean().default(true).describe('This manager brought the client in'),
  })
  .describe('One client of the manager this month');

export const StatementMonthSchema = z
  .strictObject({
    clients: z.array(StatementClientSchema).describe('The clients this month, each with an id, their ages as of this month'),
  })
  .describe('One month of the period so far');

export const StatementSchema = z
  .strictObject({
    manager: z.string().optional().describe('Who the statement is for'),
    clients: z.array(StatementClientSchema).optional().describe('One month: the clients, each with an id (or "months" for several)'),
    months: z.array(StatementMonthSchema).min(1).max(12).optional().describe('Several months, the period so far from its first month: each with its clients'),
    fromMonth: z.number().int().min(1).max(12).optional().describe('Calendar month of the first month (1 = January, the default): where the months fall in their quarter and year'),
    monthsSinceSwitch: months('With a scheme that has a changeover: months since the switch of the first month (0 = the first month under the new scheme)').optional(),
    roleAtSwitch: z.string().min(1).optional().describe('His role under the current scheme at the switch (default: the role of the same id, or its entry role): whose old rules protect him'),
    quota: z
      .record(z.string(), z.number().min(0).max(1e13))
      .optional()
      .describe('The quota in force this period by component id (e.g. where a ratchet has set it); default: the scheme\'s starting quota'),
  })
  .describe('One manager\'s month, or the months of his period so far: his clients with their money and ages');

export type Statement = z.infer<typeof StatementSchema>;
export type StatementClient = z.infer<typeof StatementClientSchema>;

/** The statement's months: `months`, or `clients` as one month. */
export function statementMonths(statement: Statement): StatementClient[][] {
  return statement.months ? statement.months.map((month) => month.clients) : [statement.clients ?? []];
}

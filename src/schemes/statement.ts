/**
 * A statement: one manager's month as the payslip calculator reads it (`compsim pay`). Each
 * client says its state, its money this month and how old the relationship is; a client lost
 * this month is listed with state `lost` so clawbacks can apply.
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
    monthsSinceSigning: months('Months since the contract was signed'),
    monthsSinceActivation: months('Months since the first regular shipment (active and lost clients)').optional(),
    wasActive: z.boolean().optional().describe('For a lost client: whether it had been active'),
    owned: z.boolean().default(true).describe('This manager services the client'),
    originated: z.boolean().default(true).describe('This manager brought the client in'),
  })
  .describe('One client of the manager this month');

export const StatementSchema = z
  .strictObject({
    manager: z.string().optional().describe('Who the statement is for'),
    clients: z.array(StatementClientSchema).describe('The clients, each with an id'),
  })
  .describe('One manager\'s month: his clients with their money and ages');

export type Statement = z.infer<typeof StatementSchema>;
export type StatementClient = z.infer<typeof StatementClientSchema>;

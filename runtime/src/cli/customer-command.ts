/**
 * `kefu customer erase <customerId>`: removes a customer and every conversation,
 * message and timer of theirs (right to erasure); the audit log records the erasure
 * by customer id only. `kefu customer find --phone … | --email …` prints the ids of
 * matching customers (through the blind index), to find whom to erase.
 */
import type { Command } from 'commander';
import type { AppContext } from '../app/app-context.js';
import { KefuError } from '../errors.js';
import { cliActor } from './cli-actor.js';
import { withCliServices } from './cli-services.js';
import { printError, printLine } from './cli-output.js';

export async function eraseCustomer(app: Pick<AppContext, 'customers' | 'audit'>, customerId: string): Promise<{ conversations: number; messages: number }> {
  const target = { type: 'customer', id: customerId };
  try {
    const erased = await app.customers.erase(customerId);
    await app.audit.record({ ...cliActor(), action: 'customer.erase', target, after: erased });
    return erased;
  } catch (error) {
    await app.audit.record({ ...cliActor(), action: 'customer.erase', target, outcome: 'failure' });
    throw error;
  }
}

export function registerCustomerCommand(program: Command): void {
  const customer = program.command('customer').description("find and erase customers' data");
  customer
    .command('erase')
    .description('delete a customer with all their conversations, messages and timers')
    .argument('<customerId>', 'the customer id (see `kefu customer find`)')
    .action(async (customerId: string) => {
      const erased = await withCliServices(({ app }) => eraseCustomer(app, customerId));
      printLine(`Erased customer ${customerId}: ${erased.conversations} conversation(s), ${erased.messages} message(s).`);
    });
  customer
    .command('find')
    .description('print the ids of customers with this phone number or email address')
    .option('--phone <phone>', 'phone number, any formatting')
    .option('--email <email>', 'email address, any case')
    .action(async (options: { phone?: string; email?: string }) => {
      if ((options.phone === undefined) === (options.email === undefined)) {
        throw new KefuError('KEFU_ERR_BAD_REQUEST', 'Give exactly one of --phone or --email.', { path: '/phone' });
      }
      const ids = await withCliServices(({ app }) =>
        options.phone !== undefined ? app.customers.findByPhone(options.phone) : app.customers.findByEmail(options.email ?? ''),
      );
      for (const id of ids) printLine(id);
      if (ids.length === 0) printError('No customer found.');
    });
}

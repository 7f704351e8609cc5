import type { CommandBus } from '@nestjs/cqrs';
import { ValidationFailedError } from '@app/core';
import type { CommandOutcome, UpdateCustomerCommand } from '@app/customer';
import { toRuleContext } from './rule-errors.mapper.js';

/** Renames a domain field path to the path of the surface's own body. */
export type FieldRename = (field: string) => string;

/**
 * Runs UpdateCustomerCommand for a connectFi surface. A validation failure of the domain's rules
 * (the body already passed the vendor schema) gets connectFi's ajv-shaped `context`, its fields
 * named as in the surface's body.
 */
export async function executeConnectFiCommand(
  commands: CommandBus,
  command: UpdateCustomerCommand,
  rename: FieldRename = (field) => field,
): Promise<CommandOutcome> {
  try {
    return await commands.execute<UpdateCustomerCommand, CommandOutcome>(command);
  } catch (error) {
    if (!(error instanceof ValidationFailedError)) throw error;
    const errors = error.errors.map(({ field, message }) => ({ field: rename(field), message }));
    throw new ValidationFailedError(errors, error.message, { context: toRuleContext(errors) });
  }
}

import type { FastifyReply } from 'fastify';
import { ValidationFailedError } from '@app/core';
import type { CommandOutcome, UpdateCustomerCommand } from '@app/customer';
import type { CommandGateway } from '../../http/idempotency/command.gateway.js';
import type { Answer } from '../../http/idempotency/idempotency.context.js';
import { toRuleContext } from './rule-errors.mapper.js';

/** Renames a domain field path to the path of the surface's own body. */
export type FieldRename = (field: string) => string;

/**
 * Runs UpdateCustomerCommand for a connectFi surface. A validation failure of the domain's rules
 * (the body already passed the vendor schema) gets connectFi's ajv-shaped `context`, its fields
 * named as in the surface's body.
 */
export async function executeConnectFiCommand(
  gateway: CommandGateway,
  reply: FastifyReply,
  command: UpdateCustomerCommand,
  answer: (outcome: CommandOutcome) => Answer,
  rename: FieldRename = (field) => field,
): Promise<unknown> {
  try {
    return await gateway.execute(reply, command, answer);
  } catch (error) {
    if (!(error instanceof ValidationFailedError)) throw error;
    const errors = error.errors.map(({ field, message }) => ({ field: rename(field), message }));
    throw new ValidationFailedError(errors, error.message, { context: toRuleContext(errors) });
  }
}

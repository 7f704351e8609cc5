import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { DomainError } from '@app/core';
import {
  CustomerAlreadyExistsError,
  CustomerNotFoundError,
  GetCustomerQuery,
  RegisterCustomerCommand,
  type CommandOutcome,
  type CustomerState,
} from '@app/customer';
import { cliCommandMetadata, describeFailure } from '../cli-output.js';
import { seedCustomers, type SeedRegistration } from './seed-customers.js';

export interface SeedReport {
  readonly registered: readonly string[];
  /** Already there: left as they are, whatever has changed since. */
  readonly skipped: readonly string[];
  /** Refused by a rule (a contact another customer holds, say): the reason, no values. */
  readonly refused: readonly { readonly customerId: string; readonly reason: string }[];
}

type Result = 'registered' | 'skipped' | { readonly reason: string };

async function exists(queries: QueryBus, customerId: string): Promise<boolean> {
  try {
    await queries.execute<GetCustomerQuery, CustomerState>(new GetCustomerQuery(customerId));
    return true;
  } catch (error) {
    if (error instanceof CustomerNotFoundError) return false;
    throw error;
  }
}

/**
 * A customer that exists is skipped before any command runs, so a second seeding writes nothing,
 * not even a rejected command-log row; one registered meanwhile by someone else is skipped too.
 */
async function seedOne(app: INestApplicationContext, input: SeedRegistration): Promise<Result> {
  if (await exists(app.get(QueryBus), input.customerId)) return 'skipped';
  try {
    await app
      .get(CommandBus)
      .execute<RegisterCustomerCommand, CommandOutcome>(
        new RegisterCustomerCommand(input, cliCommandMetadata()),
      );
    return 'registered';
  } catch (error) {
    if (error instanceof CustomerAlreadyExistsError) return 'skipped';
    if (error instanceof DomainError) return { reason: describeFailure(error) };
    throw error;
  }
}

/** Registers the vendor documents' customers through RegisterCustomer, audited as `cli:<user>`. */
export async function seedDemoCustomers(app: INestApplicationContext): Promise<SeedReport> {
  const registered: string[] = [];
  const skipped: string[] = [];
  const refused: { customerId: string; reason: string }[] = [];
  for (const input of seedCustomers()) {
    const { customerId } = input;
    const result = await seedOne(app, input);
    if (result === 'registered') registered.push(customerId);
    else if (result === 'skipped') skipped.push(customerId);
    else refused.push({ customerId, reason: result.reason });
  }
  return { registered, skipped, refused };
}

import { Inject, Injectable } from '@nestjs/common';
import { VersionConflictError, type Clock } from '@app/core';
import { CommandRunner, eventMetadata, type CommandMetadata } from '@app/event-store';
import { Outbox } from '@app/notifications';
import type { Transaction } from '@app/persistence';
import { Customer } from '../domain/customer.aggregate.js';
import { CustomerNotFoundError } from '../domain/errors/customer.errors.js';
import type { CustomerState } from '../domain/customer.types.js';
import type { CustomerCommand } from './command-metadata.js';
import type { CommandOutcome } from './command-outcome.js';
import { CustomerStore, type ClaimedContacts } from './ports/customer.store.js';
import { contactReplacedNotices } from './notifications/contact-replaced.notices.js';
import { CLOCK } from './tokens.js';

/**
 * Runs customer commands through the one CommandRunner: inside the transaction that holds the
 * customer's stream lock it loads the customer, checks the expected version against that locked
 * state, lets the aggregate decide, and saves events, read model and claims.
 */
@Injectable()
export class CustomerCommandRunner {
  constructor(
    private readonly runner: CommandRunner,
    private readonly store: CustomerStore,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * `decide` calls the aggregate; it may also read and write inside the command's transaction
   * (a verification it consumes), which commits or rolls back with the rest.
   */
  update(
    command: CustomerCommand,
    decide: (customer: Customer, tx: Transaction) => void | Promise<void>,
  ): Promise<CommandOutcome> {
    const { commandName, customerId, metadata, expectedVersion } = command;
    return this.runner.run(
      { commandName, streamId: customerId, customerId, metadata, lock: 'work' },
      async (tx) => {
        const state = await this.store.load(tx, customerId);
        if (!state) throw new CustomerNotFoundError(customerId);
        if (expectedVersion !== undefined && expectedVersion !== state.version) {
          throw new VersionConflictError(expectedVersion, state.version);
        }
        const customer = Customer.fromState(state, this.clock);
        const claims = customer.claimedContacts();
        await decide(customer, tx);
        return this.save(tx, commandName, metadata, { state, claims }, customer);
      },
    );
  }

  /**
   * Registration: the customer is new, so there is no row to lock; the save fails if the id or a
   * contact is taken.
   */
  register(
    commandName: string,
    metadata: CommandMetadata,
    customerId: string,
    create: () => Customer,
  ): Promise<CommandOutcome> {
    const command = {
      commandName,
      streamId: customerId,
      customerId,
      metadata,
      lock: 'work',
    } as const;
    return this.runner.run(command, (tx) => this.save(tx, commandName, metadata, null, create()));
  }

  private async save(
    tx: Transaction,
    commandName: string,
    metadata: CommandMetadata,
    previous: { readonly state: CustomerState; readonly claims: ClaimedContacts } | null,
    customer: Customer,
  ) {
    const events = customer.pullPendingEvents();
    if (previous && events.length === 0) {
      return {
        result: { outcome: 'noop', state: previous.state, appended: 0 } as const,
        changed: false,
      };
    }
    await this.store.save(tx, {
      previous: previous?.state ?? null,
      previousClaims: previous?.claims ?? {},
      current: customer.state,
      currentClaims: customer.claimedContacts(),
      events,
      metadata: eventMetadata(commandName, metadata),
    });
    await this.outbox.add(tx, contactReplacedNotices(customer.id, events));
    const result: CommandOutcome = {
      outcome: 'accepted',
      state: customer.state,
      appended: events.length,
    };
    return { result, changed: true };
  }
}

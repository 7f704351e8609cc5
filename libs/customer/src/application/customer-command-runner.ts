import { Inject, Injectable } from '@nestjs/common';
import { DomainError, VersionConflictError, type Clock } from '@app/core';
import type { CommandLogEntry } from '@app/event-store';
import { Customer } from '../domain/customer.aggregate.js';
import { CustomerNotFoundError } from '../domain/errors/customer.errors.js';
import type { CustomerState } from '../domain/customer.types.js';
import type { CustomerEvent } from '../domain/events/customer.event.js';
import { eventMetadata, type CommandMetadata, type CustomerCommand } from './command-metadata.js';
import type { CommandOutcome } from './command-outcome.js';
import { CLOCK } from './tokens.js';
import {
  CommandLog,
  CustomerStore,
  StaleVersionError,
  type ClaimedContacts,
} from './ports/customer.store.js';

/** Bounded so that a pathological hot stream fails loudly instead of spinning. */
const MAX_ATTEMPTS = 20;

/**
 * Runs one command against one customer: load, let the aggregate decide, save in one transaction,
 * and retry from a fresh load when another writer got there first (unless the client named the
 * version it expected). Every outcome lands in the command log.
 */
@Injectable()
export class CustomerCommandRunner {
  constructor(
    private readonly store: CustomerStore,
    private readonly commandLog: CommandLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async update(
    command: CustomerCommand,
    decide: (customer: Customer) => void,
  ): Promise<CommandOutcome> {
    const started = performance.now();
    try {
      return await this.attempt(command, decide, started);
    } catch (error) {
      await this.logRejection(
        command.commandName,
        command.customerId,
        command.metadata,
        error,
        started,
      );
      throw error;
    }
  }

  /** Registration: the customer is new, so the save fails if the id or a contact is taken. */
  async register(
    commandName: string,
    metadata: CommandMetadata,
    create: () => Customer,
  ): Promise<CommandOutcome> {
    const started = performance.now();
    let customerId: string | null = null;
    try {
      const customer = create();
      customerId = customer.id;
      const events = customer.pullPendingEvents();
      await this.save(commandName, metadata, null, customer, events, started);
      return { outcome: 'accepted', state: customer.state, appended: events.length };
    } catch (error) {
      await this.logRejection(commandName, customerId, metadata, error, started);
      throw error;
    }
  }

  private async attempt(
    command: CustomerCommand,
    decide: (customer: Customer) => void,
    started: number,
  ): Promise<CommandOutcome> {
    for (let attempt = 1; ; attempt++) {
      const state = await this.store.load(command.customerId);
      if (!state) throw new CustomerNotFoundError(command.customerId);
      const expected = command.expectedVersion;
      if (expected !== undefined && expected !== state.version) {
        throw new VersionConflictError(expected, state.version);
      }
      const customer = Customer.fromState(state, this.clock);
      const claimsBefore = customer.claimedContacts();
      decide(customer);
      const events = customer.pullPendingEvents();
      if (events.length === 0) {
        await this.commandLog.record(
          this.logEntry(command.commandName, command.customerId, command.metadata, 'noop', started),
        );
        return { outcome: 'noop', state, appended: 0 };
      }
      try {
        await this.save(
          command.commandName,
          command.metadata,
          { state, claims: claimsBefore },
          customer,
          events,
          started,
        );
        return { outcome: 'accepted', state: customer.state, appended: events.length };
      } catch (error) {
        if (!(error instanceof StaleVersionError)) throw error;
        if (expected !== undefined) throw new VersionConflictError(expected, state.version + 1);
        if (attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  private save(
    commandName: string,
    metadata: CommandMetadata,
    previous: { readonly state: CustomerState; readonly claims: ClaimedContacts } | null,
    customer: Customer,
    events: CustomerEvent[],
    started: number,
  ): Promise<void> {
    return this.store.save({
      previous: previous?.state ?? null,
      previousClaims: previous?.claims ?? {},
      current: customer.state,
      currentClaims: customer.claimedContacts(),
      events,
      metadata: eventMetadata(commandName, metadata),
      commandLog: this.logEntry(commandName, customer.id, metadata, 'accepted', started),
    });
  }

  private async logRejection(
    commandName: string,
    customerId: string | null,
    metadata: CommandMetadata,
    error: unknown,
    started: number,
  ): Promise<void> {
    const errorCode = error instanceof DomainError ? error.code : 'INTERNAL';
    const entry = this.logEntry(commandName, customerId, metadata, 'rejected', started, errorCode);
    // The rejection itself is what the client must see; a failing log write must not replace it.
    await this.commandLog.record(entry).catch(() => undefined);
  }

  private logEntry(
    commandName: string,
    customerId: string | null,
    metadata: CommandMetadata,
    outcome: CommandLogEntry['outcome'],
    started: number,
    errorCode?: string,
  ): CommandLogEntry {
    return {
      commandId: metadata.commandId,
      commandName,
      source: metadata.source,
      actor: metadata.actor,
      customerId,
      outcome,
      ...(errorCode ? { errorCode } : {}),
      requestId: metadata.requestId,
      receivedAt: metadata.receivedAt,
      durationMs: Math.round(performance.now() - started),
    };
  }
}

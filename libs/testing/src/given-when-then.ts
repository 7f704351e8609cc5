import type { Clock, DomainError, IdGenerator } from '@app/core';
import { Customer, type CustomerEvent, type RegistrationInput } from '@app/customer';
import { expectFailure, type ExpectedFailure } from './assertions/failure.assertions.js';
import { FixedClock } from './fixed-clock.js';
import { anIndividual } from './mothers/customer.mother.js';
import { SequentialIds } from './sequential-ids.js';

/** What a spec expects of an event: its type and data (time and schema version are stamped). */
export type ExpectedEvent = {
  [E in CustomerEvent as E['type']]: Pick<E, 'type' | 'data'>;
}[CustomerEvent['type']];

/** The events of registering `input`: the usual start of a `given`. */
export function registered(
  input: RegistrationInput = anIndividual(),
  clock: Clock = new FixedClock(),
  ids: IdGenerator = new SequentialIds(),
): CustomerEvent[] {
  return Customer.register(input, clock, ids).pullPendingEvents();
}

/** The answer to a `when`: assert the events it recorded or the error it threw. */
export class Outcome {
  constructor(
    readonly customer: Customer,
    private readonly before: Customer['state'],
    private readonly error: unknown,
  ) {}

  /** The command succeeded, recorded exactly `expected` in order, and moved the version as far. */
  then(expected: readonly ExpectedEvent[]): CustomerEvent[] {
    if (this.error instanceof Error) throw this.error;
    expect(this.error).toBeUndefined();
    const events = this.customer.pullPendingEvents();
    expect(events.map(({ type, data }) => ({ type, data }))).toStrictEqual(expected);
    expect(this.customer.version).toBe(this.before.version + expected.length);
    return events;
  }

  /** A no-op: no event, the version and the state unchanged. */
  thenNothing(): void {
    this.then([]);
    expect(this.customer.state).toStrictEqual(this.before);
  }

  /** The command failed as expected (code, fields, members) and changed nothing. */
  thenFails<E = DomainError>(expected: ExpectedFailure): E {
    expectFailure(this.error, expected);
    expect(this.customer.pullPendingEvents()).toStrictEqual([]);
    expect(this.customer.state).toBe(this.before);
    return this.error as E;
  }
}

export class Scenario {
  constructor(
    private readonly history: readonly CustomerEvent[],
    private readonly clock: Clock,
  ) {}

  /** Loads the customer from the given events and runs `command` on it. */
  when(command: (customer: Customer) => void): Outcome {
    const customer = Customer.fromEvents(this.history, this.clock);
    const before = customer.state;
    try {
      command(customer);
      return new Outcome(customer, before, undefined);
    } catch (error) {
      return new Outcome(customer, before, error);
    }
  }
}

/** Aggregate specs as given events / when command / then events (or then throws). */
export function given(
  history: readonly CustomerEvent[],
  clock: Clock = new FixedClock(),
): Scenario {
  return new Scenario(history, clock);
}

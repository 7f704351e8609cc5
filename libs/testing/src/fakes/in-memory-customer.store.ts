import type { Clock } from '@app/core';
import {
  ContactInUseError,
  Customer,
  CustomerAlreadyExistsError,
  CustomerCommandRunner,
  CustomerStore,
  ContactClaimsStore,
  type ClaimedContacts,
  type ContactClaim,
  type ReservedContactsPage,
  type CustomerChange,
  type CustomerState,
  type RegistrationInput,
} from '@app/customer';
import { CommandRunner, ConcurrentWriteError, type StoredEvent } from '@app/event-store';
import type { Transaction } from '@app/persistence';
import { FixedClock } from '../fixed-clock.js';
import { anIndividual } from '../mothers/customer.mother.js';
import { SequentialIds } from '../sequential-ids.js';
import { InMemoryCommandLog, InMemoryTransactions } from './in-memory-transactions.js';
import { InMemoryOutbox, InMemoryVerificationStore } from './in-memory-verifications.js';

function keysOf(claims: ClaimedContacts): string[] {
  return [claims.email, claims.mobile].filter((key): key is string => key !== undefined);
}

/**
 * Customers in memory, for handler specs: a stale version and an email or mobile active on
 * another customer fail as the database's constraints make them fail. Reserved (removed)
 * contacts are not modelled; the e2e suites cover them on the real store.
 */
export class InMemoryCustomerStore extends CustomerStore {
  private readonly customers = new Map<string, CustomerState>();
  private readonly claims = new Map<string, string>();
  /** Every accepted change, in order. */
  readonly saved: CustomerChange[] = [];

  constructor(private readonly clock: Clock) {
    super();
  }

  /** Registers a customer directly (no command log), contacts claimed; returns its state. */
  register(input: RegistrationInput = anIndividual()): CustomerState {
    const { state } = Customer.register(input, this.clock, new SequentialIds());
    this.customers.set(state.customerId, state);
    for (const key of keysOf(Customer.fromState(state, this.clock).claimedContacts())) {
      this.claims.set(key, state.customerId);
    }
    return state;
  }

  load(_tx: Transaction, customerId: string): Promise<CustomerState | null> {
    return this.find(customerId);
  }

  find(customerId: string): Promise<CustomerState | null> {
    return Promise.resolve(this.customers.get(customerId) ?? null);
  }

  save(_tx: Transaction, change: CustomerChange): Promise<void> {
    const id = change.current.customerId;
    const stored = this.customers.get(id);
    if (change.previous === null && stored) {
      return Promise.reject(new CustomerAlreadyExistsError(id));
    }
    if (change.previous !== null && stored?.version !== change.previous.version) {
      return Promise.reject(new ConcurrentWriteError(id));
    }
    for (const kind of ['email', 'mobile'] as const) {
      const key = change.currentClaims[kind];
      const owner = key === undefined ? undefined : this.claims.get(key);
      if (owner !== undefined && owner !== id) return Promise.reject(new ContactInUseError(kind));
    }
    for (const key of keysOf(change.previousClaims)) this.claims.delete(key);
    for (const key of keysOf(change.currentClaims)) this.claims.set(key, id);
    this.customers.set(id, change.current);
    this.saved.push(change);
    return Promise.resolve();
  }

  /** The holder of an active claim (the in-memory store models no removed ones). */
  holderOf(contactKey: string): string | undefined {
    return this.claims.get(contactKey);
  }

  findIdByContact(contactKey: string): Promise<string | null> {
    return Promise.resolve(this.claims.get(contactKey) ?? null);
  }

  /** The saved events of one customer (registrations through {@link register} have none). */
  history(customerId: string): Promise<StoredEvent[]> {
    const changes = this.saved.filter((change) => change.current.customerId === customerId);
    const events = changes.flatMap((change) =>
      change.events.map((event, i) => ({
        position: 0,
        eventId: `${change.metadata.commandId}:${i}`,
        streamId: customerId,
        version: (change.previous?.version ?? 0) + i + 1,
        type: event.type,
        occurredAt: event.occurredAt,
        data: event.data,
        metadata: change.metadata,
        prevHash: '',
        hash: '',
      })),
    );
    return Promise.resolve(events.map((event, i) => ({ ...event, position: i + 1 })));
  }
}

/** The real command runners over in-memory fakes, for handler specs (no database in unit tests). */
export function inMemoryCustomers(clock: Clock = new FixedClock()) {
  const commandLog = new InMemoryCommandLog();
  const transactions = new InMemoryTransactions();
  const store = new InMemoryCustomerStore(clock);
  const commands = new CommandRunner(transactions, commandLog, clock);
  const outbox = new InMemoryOutbox();
  const runner = new CustomerCommandRunner(commands, store, outbox, clock);
  const verifications = new InMemoryVerificationStore();
  const claims = new InMemoryContactClaims(store);
  return {
    store,
    claims,
    commandLog,
    transactions,
    commands,
    runner,
    outbox,
    verifications,
    clock,
  };
}

/** The claims of an InMemoryCustomerStore, as the claims port shows them (active ones only). */
export class InMemoryContactClaims extends ContactClaimsStore {
  readonly released: string[] = [];

  constructor(private readonly store: InMemoryCustomerStore) {
    super();
  }

  claimOf(_tx: Transaction, contactKey: string): Promise<ContactClaim | null> {
    const customerId = this.store.holderOf(contactKey);
    const value = contactKey.slice(contactKey.indexOf(':') + 1);
    return Promise.resolve(customerId ? { customerId, value, status: 'active' } : null);
  }

  release(_tx: Transaction, contactKey: string): Promise<boolean> {
    this.released.push(contactKey);
    return Promise.resolve(false);
  }

  listReserved(): Promise<ReservedContactsPage> {
    return Promise.resolve({ items: [] });
  }
}

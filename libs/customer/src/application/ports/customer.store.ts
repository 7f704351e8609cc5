import type { StoredEvent, StreamRange, EventMetadata } from '@app/event-store';
import type { Transaction } from '@app/persistence';
import type { CustomerState } from '../../domain/customer.types.js';
import type { CustomerEvent } from '../../domain/events/customer.event.js';

/** The contact keys a customer holds, by kind (the aggregate's claimedContacts()). */
export interface ClaimedContacts {
  readonly email?: string;
  readonly mobile?: string;
}

/** Everything one accepted command changes, inside the command's transaction. */
export interface CustomerChange {
  /** The state the command started from; null for a registration. */
  readonly previous: CustomerState | null;
  readonly previousClaims: ClaimedContacts;
  readonly current: CustomerState;
  readonly currentClaims: ClaimedContacts;
  readonly events: readonly CustomerEvent[];
  readonly metadata: EventMetadata;
}

/** Where customers are kept. The infrastructure implements it; the database decides races. */
export abstract class CustomerStore {
  /**
   * The customer's state inside a command's transaction, its row locked until the transaction
   * ends: this is the customer stream's lock (StreamLock `work`), so every command that writes
   * to an existing customer's stream loads it first.
   */
  abstract load(tx: Transaction, customerId: string): Promise<CustomerState | null>;
  /**
   * Appends the events, updates the read model and the contact claims, in `tx`. Throws
   * ConcurrentWriteError (retried), ContactInUseError, ContactReservedError or
   * CustomerAlreadyExistsError.
   */
  abstract save(tx: Transaction, change: CustomerChange): Promise<void>;
  /** The current state, for reads outside any command. */
  abstract find(customerId: string): Promise<CustomerState | null>;
  abstract findIdByContact(contactKey: string): Promise<string | null>;
  abstract history(customerId: string, range?: StreamRange): Promise<StoredEvent[]>;
}

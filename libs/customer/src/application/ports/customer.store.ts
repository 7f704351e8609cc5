import type { CommandLogEntry, EventMetadata, StoredEvent, StreamRange } from '@app/event-store';
import type { CustomerState } from '../../domain/customer.types.js';
import type { CustomerEvent } from '../../domain/events/customer.event.js';

/** The contact keys a customer holds, by kind (the aggregate's claimedContacts()). */
export interface ClaimedContacts {
  readonly email?: string;
  readonly mobile?: string;
}

/** Everything one accepted command writes, in one transaction. */
export interface CustomerChange {
  /** The state the command started from; null for a registration. */
  readonly previous: CustomerState | null;
  readonly previousClaims: ClaimedContacts;
  readonly current: CustomerState;
  readonly currentClaims: ClaimedContacts;
  readonly events: readonly CustomerEvent[];
  readonly metadata: EventMetadata;
  readonly commandLog: CommandLogEntry;
}

/** Another writer got there first; the command reloads and tries again. */
export class StaleVersionError extends Error {
  constructor(readonly customerId: string) {
    super(`customer ${customerId} changed while the command ran`);
  }
}

/** Where customers are kept. The infrastructure implements it; the database decides races. */
export abstract class CustomerStore {
  abstract load(customerId: string): Promise<CustomerState | null>;
  /**
   * Appends the events, updates the read model and the contact claims, writes the command log.
   * Throws StaleVersionError, ContactInUseError, ContactReservedError or CustomerAlreadyExistsError.
   */
  abstract save(change: CustomerChange): Promise<void>;
  abstract findIdByContact(contactKey: string): Promise<string | null>;
  abstract history(customerId: string, range?: StreamRange): Promise<StoredEvent[]>;
}

/** Records commands that wrote nothing: no-ops and rejections. */
export abstract class CommandLog {
  abstract record(entry: CommandLogEntry): Promise<void>;
}

import type { Transaction } from '@app/persistence';
import type { ContactKind } from '../../domain/errors/contact.errors.js';

/** A claimed contact: its holder, and whether it is active or removed (reserved for them). */
export interface ContactClaim {
  readonly customerId: string;
  /** The value as claimed: the email lowercase, the mobile number in E.164. */
  readonly value: string;
  readonly status: 'active' | 'removed';
}

/** A reserved (removed) contact, as operators list it (API.md §7). */
export interface ReservedContact {
  readonly kind: ContactKind;
  readonly value: string;
  readonly customerId: string;
  readonly removedAt: string;
}

export interface ReservedContactsPage {
  readonly items: readonly ReservedContact[];
  readonly nextCursor?: string;
}

/** The claims table seen from commands and operators; the customer store keeps it in step. */
export abstract class ContactClaimsStore {
  /** Who holds a contact key, and how, inside a command's transaction. */
  abstract claimOf(tx: Transaction, contactKey: string): Promise<ContactClaim | null>;
  /** Deletes the claim if it is still removed (reserved); false when it is not (any more). */
  abstract release(tx: Transaction, contactKey: string): Promise<boolean>;
  abstract listReserved(filter: {
    readonly customerId?: string;
    readonly after?: string;
    readonly limit: number;
  }): Promise<ReservedContactsPage>;
}

import type { StoredEvent } from '@app/event-store';
import { customerEventOf } from '../application/replay/customer-event-of.js';
import { claimedContactsOf, type ClaimedContactKeys } from '../domain/contact-claims.js';
import { apply } from '../domain/customer-apply.js';
import type { CustomerState } from '../domain/customer.types.js';
import type { ContactClaimRow } from './contact-claim.entity.js';
import type { CustomerRow } from './customer.entity.js';
import { toCustomerRow } from './customer-row.mapper.js';

const KINDS = ['email', 'mobile'] as const;

/** A customer's read model as its events say it must be: its row and its contact claims. */
export interface ReplayedCustomer {
  readonly row: CustomerRow;
  readonly claims: readonly ContactClaimRow[];
}

/**
 * Replays one customer's stream into a fresh read model with the aggregate's own `apply`, and
 * moves the contact claims as the live store does after each command (contact-claims.ts): a
 * replaced contact stays reserved for the customer as `removed`, a new one is claimed, a
 * customer's own removed one is taken back. The live store moves claims once per command, at
 * the time of its last event (the read model's `updatedAt`), so the replay groups a command's
 * events by `metadata.commandId`. Contacts released by an operator (API.md §7) are recorded on
 * the `ops` stream, not the customer's: the rebuild drops those claims (ReleasedClaims).
 */
export class CustomerReplay {
  private state: CustomerState | undefined;
  private readonly claims = new Map<string, ContactClaimRow>();
  /** The command being replayed, and the claims the customer held before it. */
  private command: { readonly id: string; readonly before: ClaimedContactKeys } | undefined;

  /** @throws EventNotApplicableError when the event cannot follow the state (a broken stream) */
  apply(event: StoredEvent): void {
    if (event.metadata.commandId !== this.command?.id) {
      this.settle();
      const before = this.state ? claimedContactsOf(this.state) : {};
      this.command = { id: event.metadata.commandId, before };
    }
    this.state = apply(this.state, customerEventOf(event));
  }

  result(): ReplayedCustomer | undefined {
    this.settle();
    if (!this.state) return undefined;
    return { row: toCustomerRow(this.state), claims: [...this.claims.values()] };
  }

  /** Moves the claims for the command replayed last, as its commit did. */
  private settle(): void {
    if (!this.command || !this.state) return;
    const { customerId, updatedAt } = this.state;
    this.moveClaims(customerId, this.command.before, claimedContactsOf(this.state), updatedAt);
    this.command = undefined;
  }

  private moveClaims(
    customerId: string,
    before: ClaimedContactKeys,
    after: ClaimedContactKeys,
    now: string,
  ): void {
    for (const kind of KINDS) {
      const [oldKey, newKey] = [before[kind], after[kind]];
      if (oldKey === newKey) continue;
      const old = oldKey ? this.claims.get(oldKey) : undefined;
      if (old) this.claims.set(old.contactKey, { ...old, status: 'removed', removedAt: now });
      if (!newKey) continue;
      const own = this.claims.get(newKey);
      const value = newKey.slice(kind.length + 1);
      this.claims.set(newKey, {
        ...(own ?? { contactKey: newKey, kind, value, customerId }),
        status: 'active',
        claimedAt: now,
        removedAt: null,
      });
    }
  }
}

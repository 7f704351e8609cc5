import type { EntityManager } from 'typeorm';
import { portableQuery, runStatement } from '@app/persistence';
import {
  ContactInUseError,
  ContactReservedError,
  type ContactKind,
} from '../domain/errors/contact.errors.js';
import type { ClaimedContacts } from '../application/ports/customer.store.js';
import type { ContactClaimRow } from './contact-claim.entity.js';

const KINDS: readonly ContactKind[] = ['email', 'mobile'];

const REMOVE = `UPDATE contact_claims SET status = 'removed', removed_at = $1
  WHERE contact_key = $2 AND customer_id = $3`;

/**
 * A new value is claimed, and a value the customer holds as removed is taken back; a value
 * another customer holds is left alone and comes back with no row (the conflicting row stays
 * locked until the transaction ends, so the refusal reads it as it is).
 */
const CLAIM = `INSERT INTO contact_claims
  (contact_key, kind, value, customer_id, status, claimed_at, removed_at)
  VALUES ($1, $2, $3, $4, 'active', $5, NULL)
  ON CONFLICT (contact_key) DO UPDATE
    SET status = 'active', removed_at = NULL, claimed_at = excluded.claimed_at
    WHERE contact_claims.customer_id = excluded.customer_id
  RETURNING contact_key`;

const HOLDER = 'SELECT status FROM contact_claims WHERE contact_key = $1';

/**
 * Moves a customer's claims from `before` to `after` inside the command's transaction, one
 * statement per change: a replaced contact becomes `removed` (still the customer's), a new one
 * is claimed. The primary key on the contact key decides races between customers.
 */
export async function reconcileClaims(
  manager: EntityManager,
  customerId: string,
  before: ClaimedContacts,
  after: ClaimedContacts,
  now: string,
): Promise<void> {
  for (const kind of KINDS) {
    const [oldKey, newKey] = [before[kind], after[kind]];
    if (oldKey === newKey) continue;
    if (oldKey) await runStatement(manager, REMOVE, [now, oldKey, customerId]);
    if (newKey) await claim(manager, customerId, kind, newKey, now);
  }
}

async function claim(
  manager: EntityManager,
  customerId: string,
  kind: ContactKind,
  contactKey: string,
  now: string,
): Promise<void> {
  const value = contactKey.slice(kind.length + 1);
  const { affected } = await runStatement(manager, CLAIM, [
    contactKey,
    kind,
    value,
    customerId,
    now,
  ]);
  if (affected > 0) return;
  const [holder] = await portableQuery<Pick<ContactClaimRow, 'status'>>(manager, HOLDER, [
    contactKey,
  ]);
  throw holder?.status === 'removed' ? new ContactReservedError(kind) : new ContactInUseError(kind);
}

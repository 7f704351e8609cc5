import type { EntityManager } from 'typeorm';
import { uniqueViolationTable } from '@app/persistence';
import {
  ContactInUseError,
  ContactReservedError,
  type ContactKind,
} from '../domain/errors/contact.errors.js';
import type { ClaimedContacts } from '../application/ports/customer.store.js';
import { ContactClaimEntity } from './contact-claim.entity.js';

const KINDS: readonly ContactKind[] = ['email', 'mobile'];

/**
 * Moves a customer's claims from `before` to `after` inside the command's transaction: a replaced
 * contact becomes `removed` (still the customer's), a new one is claimed. The primary key on the
 * contact key decides races: a concurrent claim of the same value fails the insert.
 */
export async function reconcileClaims(
  manager: EntityManager,
  customerId: string,
  before: ClaimedContacts,
  after: ClaimedContacts,
  now: string,
): Promise<void> {
  const claims = manager.getRepository(ContactClaimEntity);
  for (const kind of KINDS) {
    const [oldKey, newKey] = [before[kind], after[kind]];
    if (oldKey === newKey) continue;
    if (oldKey)
      await claims.update(
        { contactKey: oldKey, customerId },
        { status: 'removed', removedAt: now },
      );
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
  const claims = manager.getRepository(ContactClaimEntity);
  const existing = await claims.findOneBy({ contactKey });
  if (existing && existing.customerId !== customerId) {
    throw existing.status === 'active'
      ? new ContactInUseError(kind)
      : new ContactReservedError(kind);
  }
  if (existing) {
    // Conditional: an operator may have released the value since it was read; then it is new.
    const taken = await claims.update(
      { contactKey, customerId },
      { status: 'active', removedAt: null, claimedAt: now },
    );
    if (taken.affected) return;
  }
  const value = contactKey.slice(kind.length + 1);
  try {
    await claims.insert({
      contactKey,
      kind,
      value,
      customerId,
      status: 'active',
      claimedAt: now,
      removedAt: null,
    });
  } catch (error) {
    // Another transaction claimed it between our read and our insert.
    if (uniqueViolationTable(error) === 'contact_claims') throw new ContactInUseError(kind);
    throw error;
  }
}

import type { EntityManager } from 'typeorm';
import { ContactClaimEntity, CustomerEntity, type ReplayedCustomer } from '@app/customer';
import type { Database } from '@app/persistence';
import { claimSubject } from './read-model-diff.js';
import type { ReadModelDifference } from './rebuild-report.js';

const WITHOUT_STREAM = 'NOT EXISTS (SELECT 1 FROM events e WHERE e.stream_id = customer_id)';

/** Rows and claims of customers that have no events at all: nothing says they should exist. */
export async function orphanDifferences(
  manager: EntityManager,
  limit: number,
): Promise<ReadModelDifference[]> {
  const rows = await manager
    .getRepository(CustomerEntity)
    .createQueryBuilder()
    .where(WITHOUT_STREAM)
    .limit(limit)
    .getMany();
  const claims = await manager
    .getRepository(ContactClaimEntity)
    .createQueryBuilder()
    .where(WITHOUT_STREAM)
    .limit(limit)
    .getMany();
  return [
    ...rows.map((row) => ({
      customerId: row.customerId,
      subject: 'customer',
      kind: 'extra' as const,
    })),
    ...claims.map((claim) => ({
      customerId: claim.customerId,
      subject: claimSubject(claim),
      kind: 'extra' as const,
    })),
  ];
}

export async function deleteOrphans(tx: EntityManager): Promise<void> {
  for (const entity of [ContactClaimEntity, CustomerEntity]) {
    await tx.getRepository(entity).createQueryBuilder().delete().where(WITHOUT_STREAM).execute();
  }
}

/**
 * Replaces one customer's row and claims with the replay's. A claimed contact goes to the
 * customer whose events claim it, taken from whichever row held it.
 */
export async function replaceReadModel(tx: EntityManager, replayed: ReplayedCustomer) {
  const { customerId } = replayed.row;
  const customers = tx.getRepository(CustomerEntity);
  const claims = tx.getRepository(ContactClaimEntity);
  await customers.delete({ customerId });
  await customers.insert(replayed.row);
  await claims.delete({ customerId });
  for (const claim of replayed.claims) {
    await claims.delete({ contactKey: claim.contactKey });
    await claims.insert(claim);
  }
}

/**
 * Holds writers of the read model off until the repair commits. PostgreSQL: EXCLUSIVE lets
 * their reads through and makes their writes wait (a write that then finds its row changed
 * retries from a fresh load); SQLite: the writers' queue already runs one transaction at a time.
 */
export async function lockReadModel(db: Database, tx: EntityManager): Promise<void> {
  if (db.isPostgres) await tx.query('LOCK TABLE customers, contact_claims IN EXCLUSIVE MODE');
}

import { In, IsNull } from 'typeorm';
import type { Database } from '@app/persistence';
import { OutboxEntity, type OutboxRow } from './outbox.entity.js';

interface RawRow {
  message_id: string;
  payload: string;
  attempts: number;
}

export type ClaimedMessage = Pick<OutboxRow, 'messageId' | 'payload' | 'attempts'>;

/**
 * Takes up to `limit` due messages for one instance until `leaseUntil`. On PostgreSQL the rows
 * are locked with FOR UPDATE SKIP LOCKED, so two instances claiming at once get different
 * messages; SQLite has one writer, so its claim needs no lock. `leaseUntil` also names the claim:
 * a later claim of the same message has a later lease, so the conditional writes below touch a
 * message only while this claim still holds it.
 */
export async function claimDue(
  db: Database,
  now: string,
  leaseUntil: string,
  limit: number,
): Promise<ClaimedMessage[]> {
  const sql = db.isPostgres
    ? `UPDATE outbox SET claimed_until = $1, attempts = attempts + 1
       WHERE message_id IN (
         SELECT message_id FROM outbox
         WHERE sent_at IS NULL AND next_attempt_at <= $2
           AND (claimed_until IS NULL OR claimed_until < $2)
         ORDER BY created_at LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING message_id, payload, attempts`
    : `UPDATE outbox SET claimed_until = ?, attempts = attempts + 1
       WHERE message_id IN (
         SELECT message_id FROM outbox
         WHERE sent_at IS NULL AND next_attempt_at <= ?
           AND (claimed_until IS NULL OR claimed_until < ?)
         ORDER BY created_at LIMIT ?)
       RETURNING message_id, payload, attempts`;
  const params = db.isPostgres ? [leaseUntil, now, limit] : [leaseUntil, now, now, limit];
  const raw = await db.statement((tx) => tx.query<unknown>(sql, params));
  // TypeORM answers an UPDATE … RETURNING as [rows, count] on PostgreSQL and as rows on SQLite.
  const rows = (Array.isArray(raw) && Array.isArray(raw[0]) ? raw[0] : raw) as RawRow[];
  return rows.map((row) => ({
    messageId: row.message_id,
    payload: row.payload,
    attempts: Number(row.attempts),
  }));
}

/** Hands back claimed messages this instance did not try, uncounted, for anyone to take now. */
export async function releaseClaims(
  db: Database,
  messageIds: readonly string[],
  leaseUntil: string,
): Promise<void> {
  await db.statement((tx) =>
    tx
      .getRepository(OutboxEntity)
      .update(
        { messageId: In([...messageIds]), claimedUntil: leaseUntil, sentAt: IsNull() },
        { claimedUntil: null, attempts: () => 'attempts - 1' },
      ),
  );
}

/** Records a delivery and drops the code from the stored copy. */
export async function markSent(
  db: Database,
  messageId: string,
  sentAt: string,
  payload: string,
): Promise<void> {
  await db.statement((tx) =>
    tx.getRepository(OutboxEntity).update({ messageId }, { sentAt, claimedUntil: null, payload }),
  );
}

/** After a failed delivery: due again at `nextAttemptAt`, unless another claim holds it now. */
export async function reschedule(
  db: Database,
  messageId: string,
  leaseUntil: string,
  nextAttemptAt: string,
): Promise<void> {
  await db.statement((tx) =>
    tx
      .getRepository(OutboxEntity)
      .update({ messageId, claimedUntil: leaseUntil }, { claimedUntil: null, nextAttemptAt }),
  );
}

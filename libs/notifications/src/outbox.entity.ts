import { EntitySchema } from 'typeorm';

/** One message waiting in (or delivered from) the outbox; the message itself is JSON text. */
export interface OutboxRow {
  messageId: string;
  kind: string;
  payload: string;
  createdAt: string;
  attempts: number;
  nextAttemptAt: string;
  /** Until when an instance's dispatcher holds the message; another may take it after that. */
  claimedUntil: string | null;
  sentAt: string | null;
}

export const OutboxEntity = new EntitySchema<OutboxRow>({
  name: 'OutboxMessage',
  tableName: 'outbox',
  columns: {
    messageId: { name: 'message_id', type: 'varchar', primary: true },
    kind: { type: 'varchar' },
    payload: { type: 'text' },
    createdAt: { name: 'created_at', type: 'varchar' },
    attempts: { type: 'integer' },
    nextAttemptAt: { name: 'next_attempt_at', type: 'varchar' },
    claimedUntil: { name: 'claimed_until', type: 'varchar', nullable: true },
    sentAt: { name: 'sent_at', type: 'varchar', nullable: true },
  },
});

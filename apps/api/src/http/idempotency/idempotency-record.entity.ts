import { EntitySchema } from 'typeorm';

/**
 * An Idempotency-Key's record: `in_progress` while its first request runs, then `completed` with
 * that request's answer (sealed: it may hold personal data or a client's one-time secret).
 */
export interface IdempotencyRecordRow {
  clientId: string;
  idempotencyKey: string;
  fingerprint: string;
  state: 'in_progress' | 'completed';
  responseStatus: number | null;
  response: string | null;
  createdAt: string;
  expiresAt: string;
}

export const IdempotencyRecordEntity = new EntitySchema<IdempotencyRecordRow>({
  name: 'IdempotencyRecord',
  tableName: 'idempotency_records',
  columns: {
    clientId: { name: 'client_id', type: 'varchar', primary: true },
    idempotencyKey: { name: 'idempotency_key', type: 'varchar', primary: true },
    fingerprint: { type: 'varchar' },
    state: { type: 'varchar' },
    responseStatus: { name: 'response_status', type: 'integer', nullable: true },
    response: { type: 'text', nullable: true },
    createdAt: { name: 'created_at', type: 'varchar' },
    expiresAt: { name: 'expires_at', type: 'varchar' },
  },
});

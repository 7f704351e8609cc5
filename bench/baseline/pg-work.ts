import { randomUUID } from 'node:crypto';
import pg from 'pg';
import {
  decide,
  EVENT_COLUMNS,
  eventParameters,
  eventRow,
  INSERT_OUTBOX_COLUMNS,
  outboxParameters,
  parseState,
  type Change,
} from './change.js';
import type { BaselineWork, Meta } from './work.js';

const INSERT_EVENT = `INSERT INTO events (${EVENT_COLUMNS})
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`;
const CLAIM = `INSERT INTO contact_claims (contact_key, kind, value, customer_id, status, claimed_at, removed_at)
  VALUES ($1, 'mobile', $2, $3, 'active', $4, NULL)
  ON CONFLICT (contact_key) DO UPDATE SET status = 'active', removed_at = NULL, claimed_at = excluded.claimed_at
  WHERE contact_claims.customer_id = excluded.customer_id`;
const LOG = `INSERT INTO command_log (command_id, command_name, source, actor_client_id, customer_id,
  outcome, error_code, request_id, received_at, duration_ms) VALUES ($1, $2, $3, $4, $5, $6, NULL, $7, $8, 0)`;

/** The baseline on pg with a pool of `size`: the customer's row locked for its transaction. */
export function pgWork(url: string, sealKey: Buffer, size: number): BaselineWork {
  const pool = new pg.Pool({ connectionString: url, max: size });
  const write = async (customerId: string, change: Change, meta: Meta) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{ state: string; version: number }>(
        'SELECT state, version FROM customers WHERE customer_id = $1 FOR UPDATE',
        [customerId],
      );
      const row = rows[0];
      if (!row) {
        await client.query('ROLLBACK');
        return undefined;
      }
      const decided = decide(parseState(row.state), change);
      const now = new Date().toISOString();
      let commandId: string = randomUUID();
      if (decided) {
        const head = await client.query<{ version: number; hash: string }>(
          'SELECT version, hash FROM events WHERE stream_id = $1 ORDER BY version DESC LIMIT 1',
          [customerId],
        );
        const last = head.rows[0]!;
        const e = eventRow(customerId, last.version + 1, last.hash, decided, meta, sealKey);
        await client.query(INSERT_EVENT, eventParameters(e, meta));
        commandId = e.commandId;
        await client.query(
          'UPDATE customers SET state = $1, version = $2, updated_at = $3 WHERE customer_id = $4',
          [JSON.stringify(decided.state), e.version, now, customerId],
        );
        if (decided.claims) {
          await client.query(
            "UPDATE contact_claims SET status = 'removed', removed_at = $1 WHERE contact_key = $2 AND customer_id = $3",
            [now, decided.claims.from, customerId],
          );
          await client.query(CLAIM, [
            decided.claims.to,
            decided.claims.to.slice(7),
            customerId,
            now,
          ]);
        }
        if (decided.notice) {
          const [id, kind, payload, at] = outboxParameters(decided.notice, now);
          await client.query(
            `INSERT INTO outbox (${INSERT_OUTBOX_COLUMNS}) VALUES ($1, $2, $3, $4, 0, $4, NULL, NULL)`,
            [id, kind, payload, at],
          );
        }
      }
      await client.query(LOG, [
        commandId,
        meta.commandName,
        meta.source,
        meta.clientId,
        customerId,
        decided ? 'accepted' : 'noop',
        meta.requestId,
        now,
      ]);
      if (decided) {
        await client.query(
          `INSERT INTO command_event_types (type, received_at, command_id)
           SELECT DISTINCT type, CAST($1 AS varchar(30)), CAST($2 AS varchar(36))
           FROM events WHERE command_id = $2`,
          [now, commandId],
        );
      }
      await client.query('COMMIT');
      return {
        ...(decided?.state ?? parseState(row.state)),
        version: row.version + (decided ? 1 : 0),
      };
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };
  return {
    write,
    read: async (customerId) =>
      (
        await pool.query<{ state: string; version: number }>(
          'SELECT state, version FROM customers WHERE customer_id = $1',
          [customerId],
        )
      ).rows[0],
    history: async (customerId, limit) =>
      (
        await pool.query(
          `SELECT position, event_id, stream_id, version, type, data, metadata, occurred_at, prev_hash, hash
         FROM events WHERE stream_id = $1 ORDER BY position LIMIT $2`,
          [customerId, limit],
        )
      ).rows as Array<Record<string, unknown>>,
    close: () => pool.end(),
  };
}

import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
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

/**
 * The baseline on better-sqlite3 with the service's pragmas (WAL, synchronous=FULL: a commit is
 * on disk before the answer): one transaction, and one fsync, per write request.
 */
export function sqliteWork(path: string, sealKey: Buffer): BaselineWork {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  const readRow = db.prepare('SELECT state, version FROM customers WHERE customer_id = ?');
  const head = db.prepare(
    'SELECT version, hash FROM events WHERE stream_id = ? ORDER BY version DESC LIMIT 1',
  );
  const insertEvent = db.prepare(
    `INSERT INTO events (${EVENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const updateRow = db.prepare(
    'UPDATE customers SET state = ?, version = ?, updated_at = ? WHERE customer_id = ? AND version = ?',
  );
  const removeClaim = db.prepare(
    "UPDATE contact_claims SET status = 'removed', removed_at = ? WHERE contact_key = ? AND customer_id = ?",
  );
  const claim = db.prepare(
    `INSERT INTO contact_claims (contact_key, kind, value, customer_id, status, claimed_at, removed_at)
     VALUES (?, 'mobile', ?, ?, 'active', ?, NULL)
     ON CONFLICT (contact_key) DO UPDATE SET status = 'active', removed_at = NULL, claimed_at = excluded.claimed_at
     WHERE contact_claims.customer_id = excluded.customer_id`,
  );
  const log = db.prepare(
    `INSERT INTO command_log (command_id, command_name, source, actor_client_id, customer_id, outcome,
     error_code, request_id, received_at, duration_ms) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, 0)`,
  );
  const outbox = db.prepare(
    `INSERT INTO outbox (${INSERT_OUTBOX_COLUMNS}) VALUES (?, ?, ?, ?, 0, ?, NULL, NULL)`,
  );
  const eventTypes = db.prepare(
    `INSERT INTO command_event_types (type, received_at, command_id)
     SELECT DISTINCT type, ?, ? FROM events WHERE command_id = ?`,
  );
  const events = db.prepare(
    `SELECT position, event_id, stream_id, version, type, data, metadata, occurred_at, prev_hash, hash
     FROM events WHERE stream_id = ? ORDER BY position LIMIT ?`,
  );
  const write = db.transaction((customerId: string, change: Change, meta: Meta) => {
    const row = readRow.get(customerId) as { state: string; version: number } | undefined;
    if (!row) return undefined;
    const decided = decide(parseState(row.state), change);
    const now = new Date().toISOString();
    let commandId: string = randomUUID();
    if (decided) {
      const last = head.get(customerId) as { version: number; hash: string };
      const e = eventRow(customerId, last.version + 1, last.hash, decided, meta, sealKey);
      insertEvent.run(...eventParameters(e, meta));
      commandId = e.commandId;
      updateRow.run(JSON.stringify(decided.state), e.version, now, customerId, row.version);
      if (decided.claims) {
        removeClaim.run(now, decided.claims.from, customerId);
        claim.run(decided.claims.to, decided.claims.to.slice(7), customerId, now);
      }
      if (decided.notice) {
        const [id, kind, payload, at] = outboxParameters(decided.notice, now);
        outbox.run(id, kind, payload, at, at);
      }
    }
    log.run(
      commandId,
      meta.commandName,
      meta.source,
      meta.clientId,
      customerId,
      decided ? 'accepted' : 'noop',
      meta.requestId,
      now,
    );
    if (decided) eventTypes.run(now, commandId, commandId);
    return {
      ...(decided?.state ?? parseState(row.state)),
      version: row.version + (decided ? 1 : 0),
    };
  });
  return {
    write: (customerId, change, meta) => Promise.resolve(write(customerId, change, meta)),
    read: (customerId) =>
      Promise.resolve(readRow.get(customerId) as { state: string; version: number } | undefined),
    history: (customerId, limit) =>
      Promise.resolve(events.all(customerId, limit) as Array<Record<string, unknown>>),
    close: () => Promise.resolve(void db.close()),
  };
}

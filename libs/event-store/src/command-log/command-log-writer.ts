import type { EntityManager } from 'typeorm';
import type { CommandLogEntry } from './command-log-entry.js';
import { runStatement } from '@app/persistence';

const INSERT_ENTRY = `INSERT INTO command_log (command_id, command_name, source, actor_client_id,
  customer_id, outcome, error_code, request_id, received_at, duration_ms)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`;

/**
 * The types of the events the command appended in this transaction, for the log's `type` filter:
 * read where they were just written (a row of an accepted command only).
 */
const INSERT_EVENT_TYPES = `INSERT INTO command_event_types (type, received_at, command_id)
  SELECT DISTINCT type, CAST($9 AS varchar(30)), CAST($1 AS varchar(36))
  FROM events WHERE command_id = $1 AND $6 = 'accepted'`;

/** Both in one statement, where the database allows an INSERT in a WITH (PostgreSQL). */
const INSERT_ENTRY_AND_EVENT_TYPES = `WITH entry AS (${INSERT_ENTRY}) ${INSERT_EVENT_TYPES}`;

/**
 * Writes a command-log row on the given manager (inside the command's transaction, or alone),
 * and for an accepted command the types of the events it appended: on PostgreSQL in one round
 * trip, on SQLite (in-process, no round trips) in two statements.
 */
export async function writeCommandLog(
  manager: EntityManager,
  entry: CommandLogEntry,
): Promise<void> {
  const parameters = [
    entry.commandId,
    entry.commandName,
    entry.source,
    entry.actor.clientId,
    entry.customerId,
    entry.outcome,
    entry.errorCode ?? null,
    entry.requestId,
    entry.receivedAt,
    entry.durationMs,
  ];
  if (manager.connection.options.type === 'postgres') {
    await runStatement(manager, INSERT_ENTRY_AND_EVENT_TYPES, parameters);
    return;
  }
  await runStatement(manager, INSERT_ENTRY, parameters);
  if (entry.outcome === 'accepted') await runStatement(manager, INSERT_EVENT_TYPES, parameters);
}

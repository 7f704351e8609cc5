import type { EntityManager } from 'typeorm';
import type { CommandLogEntry } from './command-log-entry.js';
import { portableQuery } from '@app/persistence';

/**
 * Writes a command-log row on the given manager (inside the command's transaction, or alone),
 * and for an accepted command the types of the events it appended in that transaction, for the
 * log's `type` filter (one statement: the events are read where they were just written).
 */
export async function writeCommandLog(
  manager: EntityManager,
  entry: CommandLogEntry,
): Promise<void> {
  // Written on every command: a plain statement, not TypeORM's insert builder.
  await portableQuery(
    manager,
    `INSERT INTO command_log (command_id, command_name, source, actor_client_id, customer_id,
       outcome, error_code, request_id, received_at, duration_ms)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
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
    ],
  );
  if (entry.outcome === 'accepted') await recordEventTypes(manager, entry);
}

async function recordEventTypes(manager: EntityManager, entry: CommandLogEntry): Promise<void> {
  await portableQuery(
    manager,
    `INSERT INTO command_event_types (type, received_at, command_id)
     SELECT DISTINCT type, CAST($1 AS varchar(30)), CAST($2 AS varchar(36))
     FROM events WHERE command_id = $2`,
    [entry.receivedAt, entry.commandId],
  );
}

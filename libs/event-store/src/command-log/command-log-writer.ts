import type { EntityManager } from 'typeorm';
import type { CommandLogEntry } from './command-log-entry.js';
import { CommandLogEntity } from './command-log.entity.js';

/**
 * Writes a command-log row on the given manager (inside the command's transaction, or alone),
 * and for an accepted command the types of the events it appended in that transaction, for the
 * log's `type` filter (one statement: the events are read where they were just written).
 */
export async function writeCommandLog(
  manager: EntityManager,
  entry: CommandLogEntry,
): Promise<void> {
  await manager.getRepository(CommandLogEntity).insert({
    commandId: entry.commandId,
    commandName: entry.commandName,
    source: entry.source,
    actorClientId: entry.actor.clientId,
    customerId: entry.customerId,
    outcome: entry.outcome,
    errorCode: entry.errorCode ?? null,
    requestId: entry.requestId,
    receivedAt: entry.receivedAt,
    durationMs: entry.durationMs,
  });
  if (entry.outcome === 'accepted') await recordEventTypes(manager, entry);
}

async function recordEventTypes(manager: EntityManager, entry: CommandLogEntry): Promise<void> {
  const postgres = manager.connection.options.type === 'postgres';
  const [receivedAt, commandId] = postgres ? ['$1', '$2'] : ['?', '?'];
  const parameters = postgres
    ? [entry.receivedAt, entry.commandId]
    : [entry.receivedAt, entry.commandId, entry.commandId];
  await manager.query(
    `INSERT INTO command_event_types (type, received_at, command_id)
     SELECT DISTINCT type, CAST(${receivedAt} AS varchar(30)), CAST(${commandId} AS varchar(36))
     FROM events WHERE command_id = ${commandId}`,
    parameters,
  );
}

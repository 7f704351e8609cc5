import type { EntityManager } from 'typeorm';
import type { CommandLogEntry } from './command-log-entry.js';
import { CommandLogEntity } from './command-log.entity.js';

/** Writes a command-log row on the given manager (inside the command's transaction, or alone). */
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
}

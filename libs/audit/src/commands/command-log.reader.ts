import { Injectable } from '@nestjs/common';
import type { CommandLogEntry, CommandLogRow } from '@app/event-store';
import { Database } from '@app/persistence';
import { encodeCommandCursor, type CommandCursor } from '../filters/audit-cursor.js';
import type { AuditPage, CommandFilter } from '../filters/audit-filter.js';
import { commandQuery } from './command-query.js';

/** A command-log row as API.md §8 shows it. */
export function commandLogEntryOf(row: CommandLogRow): CommandLogEntry {
  return {
    commandId: row.commandId,
    commandName: row.commandName,
    source: row.source as CommandLogEntry['source'],
    actor: { clientId: row.actorClientId ?? 'anonymous' },
    customerId: row.customerId,
    outcome: row.outcome as CommandLogEntry['outcome'],
    ...(row.errorCode ? { errorCode: row.errorCode as CommandLogEntry['errorCode'] } : {}),
    requestId: row.requestId,
    receivedAt: row.receivedAt,
    durationMs: row.durationMs,
  };
}

/** The command log as auditors query it (API.md §8 `GET /api/audit/commands`). */
@Injectable()
export class CommandLogReader {
  constructor(private readonly db: Database) {}

  async page(
    filter: CommandFilter,
    after: CommandCursor | undefined,
    limit: number,
  ): Promise<AuditPage<CommandLogEntry>> {
    const rows = await this.db.read((manager) =>
      commandQuery(manager, filter, after)
        .limit(limit + 1)
        .getMany(),
    );
    const items = rows.slice(0, limit).map(commandLogEntryOf);
    const last = items.at(-1);
    if (rows.length <= limit || !last) return { items };
    const nextCursor = encodeCommandCursor({
      receivedAt: last.receivedAt,
      commandId: last.commandId,
    });
    return { items, nextCursor };
  }
}

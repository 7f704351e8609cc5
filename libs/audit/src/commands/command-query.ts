import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { CommandEventTypeEntity, CommandLogEntity, type CommandLogRow } from '@app/event-store';
import type { CommandCursor } from '../filters/audit-cursor.js';
import type { CommandFilter } from '../filters/audit-filter.js';

/** Most selective first: the first one present leads (see commandQuery). */
const EQUALS: ReadonlyArray<readonly [keyof CommandFilter, string]> = [
  ['customerId', 'c.customer_id'],
  ['clientId', 'c.actor_client_id'],
  ['commandName', 'c.command_name'],
  ['source', 'c.source'],
  ['outcome', 'c.outcome'],
];

/**
 * The command-log rows matching `filter` after `after`, in arrival order. The log has no
 * sequence of its own, so it pages on `(received_at, command_id)`; each filter's index ends with
 * that pair, so the time bounds and the cursor are one range of it. `type` reads the commands
 * that appended an event of that type from `command_event_types`, whose key is
 * `(type, received_at, command_id)`: the pages follow it, and each row's command is looked up.
 * Of several equality filters the one that leads is read by its index and the others are
 * checked on its rows: on SQLite, whose planner has no statistics (and would take `outcome`'s
 * index, three values, over a client's), they are written `+column`, which no index serves.
 */
export function commandQuery(
  manager: EntityManager,
  filter: CommandFilter,
  after?: CommandCursor,
): SelectQueryBuilder<CommandLogRow> {
  const query = manager.getRepository(CommandLogEntity).createQueryBuilder('c');
  const sqlite = manager.connection.options.type !== 'postgres';
  const byType = filter.type !== undefined;
  if (byType) {
    query.innerJoin(
      CommandEventTypeEntity.options.name,
      't',
      't.command_id = c.command_id AND t.type = :type',
      {
        type: filter.type,
      },
    );
  }
  let led = byType;
  for (const [key, column] of EQUALS) {
    const value = filter[key];
    if (value === undefined) continue;
    query.andWhere(`${led && sqlite ? `+${column}` : column} = :${key}`, { [key]: value });
    led = true;
  }
  const key = byType ? 't' : 'c';
  if (filter.from !== undefined)
    query.andWhere(`${key}.received_at >= :from`, { from: filter.from });
  if (filter.to !== undefined) query.andWhere(`${key}.received_at < :to`, { to: filter.to });
  if (after !== undefined) {
    query.andWhere(`(${key}.received_at, ${key}.command_id) > (:afterTime, :afterId)`, {
      afterTime: after.receivedAt,
      afterId: after.commandId,
    });
  }
  return query.orderBy(`${key}.received_at`, 'ASC').addOrderBy(`${key}.command_id`, 'ASC');
}

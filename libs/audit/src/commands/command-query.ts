import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { CommandLogEntity, type CommandLogRow } from '@app/event-store';
import type { CommandCursor } from '../filters/audit-cursor.js';
import type { CommandFilter } from '../filters/audit-filter.js';

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
 * that pair. `type` keeps the commands that appended an event of that type.
 */
export function commandQuery(
  manager: EntityManager,
  filter: CommandFilter,
  after?: CommandCursor,
): SelectQueryBuilder<CommandLogRow> {
  const query = manager.getRepository(CommandLogEntity).createQueryBuilder('c');
  for (const [key, column] of EQUALS) {
    const value = filter[key];
    if (value !== undefined) query.andWhere(`${column} = :${key}`, { [key]: value });
  }
  if (filter.type !== undefined) {
    query.andWhere(
      'EXISTS (SELECT 1 FROM events ev WHERE ev.command_id = c.command_id AND ev.type = :type)',
      { type: filter.type },
    );
  }
  if (filter.from !== undefined) query.andWhere('c.received_at >= :from', { from: filter.from });
  if (filter.to !== undefined) query.andWhere('c.received_at < :to', { to: filter.to });
  if (after !== undefined) {
    query.andWhere('(c.received_at, c.command_id) > (:afterTime, :afterId)', {
      afterTime: after.receivedAt,
      afterId: after.commandId,
    });
  }
  return query.orderBy('c.received_at', 'ASC').addOrderBy('c.command_id', 'ASC');
}

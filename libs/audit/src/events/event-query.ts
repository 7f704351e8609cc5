import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { EventEntity, type EventRow } from '@app/event-store';
import type { EventCursor } from '../filters/audit-cursor.js';
import type { EventFilter } from '../filters/audit-filter.js';

/**
 * How a list of events is ordered, which decides the index that serves its pages:
 * - `stream`: one customer's events, by version, from UNIQUE(stream_id, version);
 * - `time`: a list bounded in time, by `(occurred_at, position)`, from the time index of its
 *   equality filter (`(type | client_id | command_name | source, occurred_at, position)`, or
 *   `(occurred_at, position)`), so that a page is one range read however wide the window;
 * - `position`: the others, by position, from `(column, position)` of the filter.
 * Each is oldest first (API.md §8).
 */
export type EventOrder = 'stream' | 'time' | 'position';

export function eventOrderOf(filter: EventFilter): EventOrder {
  if (filter.customerId !== undefined) return 'stream';
  return filter.from !== undefined || filter.to !== undefined ? 'time' : 'position';
}

/** Whether a cursor was handed out by a list of this order (time cursors carry the time). */
export function cursorFits(order: EventOrder, cursor: EventCursor): boolean {
  return (order === 'time') === (cursor.occurredAt !== undefined);
}

/** Column of each equality filter; metadata members are read from their copied columns. */
const EQUALS: ReadonlyArray<readonly [keyof EventFilter, string]> = [
  ['customerId', 'e.stream_id'],
  ['type', 'e.type'],
  ['clientId', 'e.client_id'],
  ['commandName', 'e.command_name'],
  ['source', 'e.source'],
];

/**
 * The events matching `filter` after `after`, oldest first in `order` (the list's own by
 * default; the export always pages by position). Within one customer's stream the time bounds
 * are written `+e.occurred_at` on SQLite, which no index serves: its planner has no statistics
 * and would rather range over `(type, occurred_at, position)` than look the stream up
 * (PostgreSQL's statistics see that a stream is short).
 */
export function eventQuery(
  manager: EntityManager,
  filter: EventFilter,
  after?: EventCursor,
  order: EventOrder = eventOrderOf(filter),
): SelectQueryBuilder<EventRow> {
  const query = manager.getRepository(EventEntity).createQueryBuilder('e');
  for (const [key, column] of EQUALS) {
    const value = filter[key];
    if (value !== undefined) query.andWhere(`${column} = :${key}`, { [key]: value });
  }
  const sqlite = manager.connection.options.type !== 'postgres';
  const time = order === 'stream' && sqlite ? '+e.occurred_at' : 'e.occurred_at';
  if (filter.to !== undefined) query.andWhere(`${time} < :to`, { to: filter.to });
  if (order === 'time' && after?.occurredAt !== undefined) {
    return pageInTime(query, filter, { ...after, occurredAt: after.occurredAt });
  }
  if (filter.from !== undefined) query.andWhere(`${time} >= :from`, { from: filter.from });
  if (after !== undefined) query.andWhere('e.position > :after', { after: after.position });
  if (order === 'time') return query.orderBy('e.occurred_at', 'ASC').addOrderBy('e.position');
  return query.orderBy(order === 'stream' ? 'e.version' : 'e.position', 'ASC');
}

/**
 * The page after a time cursor: `(occurred_at, position)` past the cursor is one bound of the
 * index range, and it implies `from` (a cursor of this list lies in its window); a cursor from
 * before `from` stands for the start of the window.
 */
function pageInTime(
  query: SelectQueryBuilder<EventRow>,
  filter: EventFilter,
  after: Required<EventCursor>,
): SelectQueryBuilder<EventRow> {
  if (filter.from !== undefined && after.occurredAt < filter.from) {
    query.andWhere('e.occurred_at >= :from', { from: filter.from });
  } else {
    query.andWhere('(e.occurred_at, e.position) > (:afterTime, :after)', {
      afterTime: after.occurredAt,
      after: after.position,
    });
  }
  return query.orderBy('e.occurred_at', 'ASC').addOrderBy('e.position', 'ASC');
}

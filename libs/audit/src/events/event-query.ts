import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { EventEntity, type EventRow } from '@app/event-store';
import type { EventFilter } from '../filters/audit-filter.js';

/** Column of each equality filter; metadata members are read from their copied columns. */
const EQUALS: ReadonlyArray<readonly [keyof EventFilter, string]> = [
  ['customerId', 'e.stream_id'],
  ['type', 'e.type'],
  ['clientId', 'e.client_id'],
  ['commandName', 'e.command_name'],
  ['source', 'e.source'],
];

/**
 * The events matching `filter` after `afterPosition`, oldest first. Each filter has an index
 * that starts with its column and ends with `position`, so a page is one index range read.
 */
export function eventQuery(
  manager: EntityManager,
  filter: EventFilter,
  afterPosition?: number,
): SelectQueryBuilder<EventRow> {
  const query = manager.getRepository(EventEntity).createQueryBuilder('e');
  for (const [key, column] of EQUALS) {
    const value = filter[key];
    if (value !== undefined) query.andWhere(`${column} = :${key}`, { [key]: value });
  }
  if (filter.from !== undefined) query.andWhere('e.occurred_at >= :from', { from: filter.from });
  if (filter.to !== undefined) query.andWhere('e.occurred_at < :to', { to: filter.to });
  if (afterPosition !== undefined) query.andWhere('e.position > :after', { after: afterPosition });
  return query.orderBy('e.position', 'ASC');
}

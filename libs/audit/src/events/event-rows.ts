import type { SelectQueryBuilder } from 'typeorm';
import type { EventRow } from '@app/event-store';

/** Each member of a row and its column, for a query on `events` aliased `e`. */
const COLUMNS: Readonly<Record<keyof EventRow, string>> = {
  position: 'e.position',
  eventId: 'e.event_id',
  streamId: 'e.stream_id',
  version: 'e.version',
  type: 'e.type',
  data: 'e.data',
  metadata: 'e.metadata',
  occurredAt: 'e.occurred_at',
  prevHash: 'e.prev_hash',
  hash: 'e.hash',
  seal: 'e.seal',
  commandId: 'e.command_id',
  clientId: 'e.client_id',
  commandName: 'e.command_name',
  source: 'e.source',
};

/** The query selecting every column under its member's name (what eventRows runs). */
export function selectingEventRows(
  query: SelectQueryBuilder<EventRow>,
): SelectQueryBuilder<EventRow> {
  const [first, ...rest] = Object.entries(COLUMNS);
  query.select(first![1], first![0]);
  for (const [member, column] of rest) query.addSelect(column, member);
  return query;
}

/**
 * The rows as plain objects, skipping TypeORM's entity hydration, which costs several times the
 * query itself on the long reads of the audit side (exports, verification). PostgreSQL hands
 * `position` over as a string; toStoredEvent makes it a number.
 */
export function eventRows(query: SelectQueryBuilder<EventRow>): Promise<EventRow[]> {
  return selectingEventRows(query).getRawMany<EventRow>();
}

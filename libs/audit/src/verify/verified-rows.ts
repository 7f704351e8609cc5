import { eventRows } from '../events/event-rows.js';
import type { EntityManager } from 'typeorm';
import {
  EventEntity,
  eventColumnsMatch,
  type CheckedEvent,
  type EventMetadata,
  type EventRow,
  toStoredEvent,
  type StoredEvent,
} from '@app/event-store';

export const VERIFY_BATCH = 1000;

/** Where the last batch stopped, in the order `(stream_id, version, position)`. */
export interface RowKey {
  readonly streamId: string;
  readonly version: number;
  readonly position: number;
}

/**
 * The next batch of events in stream order. The key includes `position`, so that a duplicated
 * version (possible only if someone dropped the unique constraint) is read, not skipped.
 */
export function nextBatch(
  manager: EntityManager,
  after: RowKey | undefined,
  streams: { readonly only?: string; readonly except?: string } = {},
): Promise<EventRow[]> {
  const query = manager.getRepository(EventEntity).createQueryBuilder('e');
  if (streams.only !== undefined) query.where('e.stream_id = :only', { only: streams.only });
  if (streams.except !== undefined)
    query.andWhere('e.stream_id <> :except', { except: streams.except });
  if (after !== undefined) {
    query.andWhere('(e.stream_id, e.version, e.position) > (:s, :v, :p)', {
      s: after.streamId,
      v: after.version,
      p: after.position,
    });
  }
  return eventRows(
    query
      .orderBy('e.stream_id', 'ASC')
      .addOrderBy('e.version', 'ASC')
      .addOrderBy('e.position', 'ASC')
      .limit(VERIFY_BATCH),
  );
}

/** Where a batch ends: the next one starts after it. */
export function keyOf(row: EventRow): RowKey {
  return { streamId: row.streamId, version: row.version, position: Number(row.position) };
}

function parsed(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    // Text that is no JSON object cannot hash to anything stored: keep it so the hash differs.
    return { unreadable: text };
  }
}

/** The row as an event to check, with its seal, however its JSON was tampered with. */
export function checkedEventOf(row: EventRow): CheckedEvent {
  const unparsed = toStoredEvent({ ...row, data: '{}', metadata: '{}' });
  const metadata = parsed(row.metadata) as unknown as EventMetadata;
  return { ...unparsed, data: parsed(row.data), metadata, seal: row.seal };
}

export function columnsMatch(row: EventRow, event: StoredEvent): boolean {
  return eventColumnsMatch(row, event.metadata);
}

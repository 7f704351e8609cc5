import { Injectable } from '@nestjs/common';
import { ValidationFailedError } from '@app/core';
import { EventEntity, type EventRow } from '@app/event-store';
import { Database } from '@app/persistence';
import { encodeEventCursor, type EventCursor } from '../filters/audit-cursor.js';
import type { AuditPage, EventFilter } from '../filters/audit-filter.js';
import { sealedEventOf, type SealedEvent } from '../views/audit-event.view.js';
import { cursorFits, eventOrderOf, eventQuery } from './event-query.js';
import { eventRows } from './event-rows.js';

/** The events table as auditors query it (API.md §8 `GET /api/audit/events`). */
@Injectable()
export class AuditEventsReader {
  constructor(private readonly db: Database) {}

  /**
   * One page after the cursor, as stored rows (written out from their text, storedPageBuffer);
   * one row more than asked tells whether more follow. A cursor handed out by a list of another
   * order (bounded in time or not) is refused.
   */
  async page(
    filter: EventFilter,
    after: EventCursor | undefined,
    limit: number,
  ): Promise<AuditPage<EventRow>> {
    const order = eventOrderOf(filter);
    if (after !== undefined && !cursorFits(order, after)) {
      throw ValidationFailedError.field('cursor', 'cursor must be the nextCursor of this list');
    }
    const rows = await this.db.read((manager) =>
      eventRows(eventQuery(manager, filter, after).limit(limit + 1)),
    );
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    if (rows.length <= limit || !last) return { items };
    const position = Number(last.position);
    const cursor = order === 'time' ? { position, occurredAt: last.occurredAt } : { position };
    return { items, nextCursor: encodeEventCursor(cursor) };
  }

  async byId(eventId: string): Promise<SealedEvent | null> {
    const row = await this.db.read((manager) =>
      manager.getRepository(EventEntity).findOneBy({ eventId }),
    );
    return row ? sealedEventOf(row) : null;
  }
}

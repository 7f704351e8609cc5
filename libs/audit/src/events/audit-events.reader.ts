import { eventRows } from './event-rows.js';
import { Injectable } from '@nestjs/common';
import { EventEntity, toStoredEvent, type StoredEvent } from '@app/event-store';
import { Database } from '@app/persistence';
import { encodeEventCursor } from '../filters/audit-cursor.js';
import type { AuditPage, EventFilter } from '../filters/audit-filter.js';
import { eventQuery } from './event-query.js';

/** The events table as auditors query it (API.md §8 `GET /api/audit/events`). */
@Injectable()
export class AuditEventsReader {
  constructor(private readonly db: Database) {}

  /** One page after the cursor's position; one row more than asked tells whether more follow. */
  async page(
    filter: EventFilter,
    afterPosition: number | undefined,
    limit: number,
  ): Promise<AuditPage<StoredEvent>> {
    const rows = await this.db.read((manager) =>
      eventRows(eventQuery(manager, filter, afterPosition).limit(limit + 1)),
    );
    const items = rows.slice(0, limit).map(toStoredEvent);
    const last = items.at(-1);
    return rows.length > limit && last
      ? { items, nextCursor: encodeEventCursor(last.position) }
      : { items };
  }

  async byId(eventId: string): Promise<StoredEvent | null> {
    const row = await this.db.read((manager) =>
      manager.getRepository(EventEntity).findOneBy({ eventId }),
    );
    return row ? toStoredEvent(row) : null;
  }
}

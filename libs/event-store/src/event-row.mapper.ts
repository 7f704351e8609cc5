import type { EventRow } from './event.entity.js';
import type { EventMetadata, StoredEvent } from './stored-event.js';

export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    position: Number(row.position),
    eventId: row.eventId,
    streamId: row.streamId,
    version: row.version,
    type: row.type,
    occurredAt: row.occurredAt,
    data: JSON.parse(row.data) as Record<string, unknown>,
    metadata: JSON.parse(row.metadata) as EventMetadata,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

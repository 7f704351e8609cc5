import type { EntityManager } from 'typeorm';
import { EventEntity, eventColumnsOf, type EventSealer, type StoredEvent } from '@app/event-store';

/**
 * Inserts events as the appender stores them, sealed with the app's key (positions assigned
 * by the database), in bulk: for suites that need more events than requests could make quickly.
 */
export async function insertSealedEvents(
  manager: EntityManager,
  events: readonly StoredEvent[],
  sealer: EventSealer,
): Promise<void> {
  const rows = events.map(({ position: _position, ...event }) => ({
    ...event,
    ...eventColumnsOf(event.metadata),
    data: JSON.stringify(event.data),
    metadata: JSON.stringify(event.metadata),
    seal: sealer.seal(event.hash),
  }));
  for (let i = 0; i < rows.length; i += 250) {
    await manager.getRepository(EventEntity).insert(rows.slice(i, i + 250));
  }
}

import type { StoredEvent } from '@app/event-store';
import type { CustomerEvent } from '../../domain/events/customer.event.js';

/**
 * A stored event as the aggregate's `apply` takes it. The stored row is trusted to hold a
 * customer event of its recorded shape version; `apply` rejects one that cannot follow the state.
 */
export function customerEventOf(stored: StoredEvent): CustomerEvent {
  return {
    type: stored.type,
    schemaVersion: stored.metadata.schemaVersion ?? 1,
    occurredAt: stored.occurredAt,
    data: stored.data,
  } as unknown as CustomerEvent;
}

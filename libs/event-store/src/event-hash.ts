import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { StoredEvent } from './stored-event.js';

/**
 * SHA-256 over `prevHash` followed by the RFC 8785 canonical JSON of the event without
 * `position` and `hash` (API.md §8). `position` is left out because the database assigns it.
 */
export function eventHash(event: Omit<StoredEvent, 'position' | 'hash'>): string {
  const body = {
    eventId: event.eventId,
    streamId: event.streamId,
    version: event.version,
    type: event.type,
    occurredAt: event.occurredAt,
    data: event.data,
    metadata: event.metadata,
    prevHash: event.prevHash,
  };
  const canonical = canonicalize(body);
  if (canonical === undefined) throw new Error('event is not serialisable');
  return createHash('sha256')
    .update(event.prevHash + canonical, 'utf8')
    .digest('hex');
}

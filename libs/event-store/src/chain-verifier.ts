import { eventHash } from './event-hash.js';
import { GENESIS_HASH, type StoredEvent } from './stored-event.js';

export interface ChainFailure {
  readonly streamId: string;
  readonly version: number;
  readonly reason: 'hash-mismatch' | 'broken-link' | 'version-gap';
}

/**
 * Recomputes one stream's chain, oldest first. Reports every event whose stored hash is not the
 * hash of its content, whose prevHash is not its parent's hash, or whose version skips.
 */
export function verifyStreamChain(events: readonly StoredEvent[]): ChainFailure[] {
  const failures: ChainFailure[] = [];
  let parentHash = GENESIS_HASH;
  let expectedVersion = 1;
  for (const event of events) {
    const at = { streamId: event.streamId, version: event.version };
    if (event.version !== expectedVersion) failures.push({ ...at, reason: 'version-gap' });
    if (event.prevHash !== parentHash) failures.push({ ...at, reason: 'broken-link' });
    if (eventHash(event) !== event.hash) failures.push({ ...at, reason: 'hash-mismatch' });
    parentHash = event.hash;
    expectedVersion = event.version + 1;
  }
  return failures;
}

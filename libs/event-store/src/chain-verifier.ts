import { ChainChecker, type ChainFailure } from './chain-checker.js';
import type { StoredEvent } from './stored-event.js';

/**
 * Recomputes one stream's chain, oldest first. Reports every event whose stored hash is not the
 * hash of its content, whose prevHash is not its parent's hash, or whose version skips or repeats.
 */
export function verifyStreamChain(events: readonly StoredEvent[]): ChainFailure[] {
  const checker = new ChainChecker();
  return events.flatMap((event) => checker.check(event));
}
